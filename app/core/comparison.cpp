// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparison.h"

#include "core/text.h"

namespace Parallax {

QList<int> ComparedSentence::verbatimIn() const
{
    QList<int> out;
    for (const SentenceLink &l : links) {
        if (l.kind == AlignmentKind::Verbatim)
            out.append(l.article);
    }
    return out;
}

std::optional<AlignmentKind> ComparedSentence::strongestKind() const
{
    std::optional<AlignmentKind> best;
    for (const SentenceLink &l : links) {
        if (!best || int(l.kind) < int(*best))
            best = l.kind;
    }
    return best;
}

double ComparedArticle::sharedShare() const
{
    int total = 0;
    int shared = 0;
    for (const ComparedSentence &s : sentences) {
        const int words = Text::countWords(textOf(s.range));
        total += words;
        if (!s.isUnique())
            shared += words;
    }
    return total == 0 ? 0.0 : double(shared) / double(total);
}

const PairComparison *Comparison::pair(int a, int b) const
{
    for (const PairComparison &p : pairs) {
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return &p;
    }
    return nullptr;
}

} // namespace Parallax
