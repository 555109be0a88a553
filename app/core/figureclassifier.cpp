// SPDX-License-Identifier: GPL-3.0-or-later
// Step 2, classify: money, percent, count, or no figure at all
// (dates, years, numbers in names, sizes).
#include "core/figuresteps.h"

#include "core/comparison.h"

#include <QRegularExpression>

#include <cmath>

namespace Parallax::FigureSteps {

// A plain number that looks like a year: never a figure, nor the start of a range.
bool looksLikeYear(const Candidate &c) {
    return c.scale == 1.0 && c.integer && !c.grouped && c.number >= 1800 && c.number <= 2100;
}

// Whether a bare number is a date, a year or part of a name rather than an amount.
bool dateYearOrName(const Candidate &c, const Words &words) {
    const int before = wordBefore(words, c.start);
    const int after = wordAtOrAfter(words, c.end);
    const bool adjacentBefore = before >= 0 && c.start - words.at(before).end == 1;
    const bool adjacentAfter = after < words.size() && words.at(after).start - c.end == 1;
    if ((adjacentBefore && monthNames().contains(words.at(before).lower)) ||
        (adjacentAfter && monthNames().contains(words.at(after).lower)))
        return true; // "5 February", "July 2024"
    if (looksLikeYear(c))
        return true;
    return c.scale == 1.0 && adjacentBefore && words.at(before).text.at(0).isUpper() &&
           !notNameWords().contains(words.at(before).lower) &&
           !words.at(before).possessive; // "FTSE 100", "Nikkei 225", "DALL-E 3"
}

// Ranges: "5 to 6 per cent", "between 10 and 12%", "$5-6bn": a bare first number takes the
// unit and scale of the second.
void spreadOverRanges(QStringView s, const QList<Candidate> &candidates,
                      QList<std::optional<Kept>> &kept) {
    for (int ci = 0; ci + 1 < candidates.size(); ++ci) {
        if (kept.at(ci) || !kept.at(ci + 1))
            continue;
        const Candidate &x = candidates.at(ci);
        const Candidate &y = candidates.at(ci + 1);
        const QString between = s.mid(x.end, y.start - x.end).toString().trimmed().toLower();
        if (between != QStringLiteral("to") && between != QStringLiteral("and") &&
            between != u'-' && between != u'–')
            continue;
        if (looksLikeYear(x))
            continue;
        Kept k{x, kept.at(ci + 1)->kind, kept.at(ci + 1)->counted};
        if (k.c.scale == 1.0)
            k.c.scale = y.scale;
        k.c.currency = y.currency;
        k.c.percent = y.percent;
        k.c.points = y.points;
        k.c.subunit = y.subunit;
        kept[ci] = k;
    }
}

// Step 2: classify each candidate as money, percent, count, or not a figure at all (empty),
// one entry per candidate.
QList<std::optional<Kept>> classify(QStringView s, const Words &words,
                                    const QList<Candidate> &candidates) {
    QList<std::optional<Kept>> kept(candidates.size());
    QString lastCounted;
    for (int ci = 0; ci < candidates.size(); ++ci) {
        const Candidate &c = candidates.at(ci);
        if (c.percent) {
            kept[ci] = Kept{c, Figure::Kind::Percent, {}};
            continue;
        }
        if (!c.currency.isEmpty()) {
            kept[ci] = Kept{c, Figure::Kind::Money, {}};
            continue;
        }
        // A bare number: a date, a year, a name, a count, or nothing.
        if (c.letterScale || c.negative)
            continue; // "1500b packet", "32K word": sizes, not counts
        if (dateYearOrName(c, words))
            continue;
        if (const auto noun = countedNoun(s, words, c.end)) {
            lastCounted = *noun;
            kept[ci] = Kept{c, Figure::Kind::Count, *noun};
            continue;
        }
        // "2,000 chips compared to 16,000 for leading models": the noun carries over.
        if (!lastCounted.isEmpty() && (c.grouped || c.scale > 1.0)) {
            kept[ci] = Kept{c, Figure::Kind::Count, lastCounted};
        }
    }
    spreadOverRanges(s, candidates, kept);
    return kept;
}

} // namespace Parallax::FigureSteps
