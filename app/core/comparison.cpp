// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparison.h"

#include "core/text.h"

namespace Parallax {

QList<int> ComparedSentence::verbatimIn() const {
    QList<int> out;
    for (const SentenceLink &l : links) {
        if (l.kind == AlignmentKind::Verbatim)
            out.append(l.article);
    }
    return out;
}

std::optional<AlignmentKind> ComparedSentence::strongestKind() const {
    std::optional<AlignmentKind> best;
    for (const SentenceLink &l : links) {
        if (!best || int(l.kind) < int(*best))
            best = l.kind;
    }
    return best;
}

double ComparedArticle::sharedShare() const {
    int total = 0;
    int shared = 0;
    for (const ComparedSentence &s : sentences) {
        if (s.heading)
            continue;
        const int words = Text::countWords(textOf(s.range));
        total += words;
        if (!s.isUnique())
            shared += words;
    }
    return total == 0 ? 0.0 : double(shared) / double(total);
}

const PairComparison *Comparison::pair(int a, int b) const {
    for (const PairComparison &p : pairs) {
        if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
            return &p;
    }
    return nullptr;
}

Comparison::Coverage Comparison::coverage(int claim, int article) const {
    for (const Claim::Member &m : claims.at(claim).members) {
        if (m.article != article)
            continue;
        const std::optional<AlignmentKind> kind =
            articles.at(article).sentences.at(m.sentences.first()).strongestKind();
        if (!kind)
            return Coverage::Only;
        switch (*kind) {
        case AlignmentKind::Verbatim:
            return Coverage::Verbatim;
        case AlignmentKind::Reworded:
            return Coverage::Reworded;
        case AlignmentKind::Partial:
            return Coverage::Partial;
        }
    }
    return Coverage::Absent;
}

} // namespace Parallax
