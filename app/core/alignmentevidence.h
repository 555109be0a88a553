// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/aligner.h"
#include "core/comparison.h"

namespace Parallax {

// Weighs what two aligned groups of sentences share and what sets them apart, and calls
// the kind from it: "reworded" only when both sides carry the same content (most of each
// side's weighted keys found in the other, no figure changed, no name or figure added),
// "partial" when they share a fact or a clause and differ in the rest. The evidence is kept
// in the alignment's basis so that a reader can see why two sentences were matched.
class AlignmentEvidence final {
public:
    struct Verdict {
        AlignmentKind kind = AlignmentKind::Partial;
        AlignmentBasis basis;
    };

    // `a` and `b` are the member sentences of the group on each side, in order.
    static Verdict judge(const QList<SentenceKeys> &sideA, const QList<int> &a,
                         const QList<SentenceKeys> &sideB, const QList<int> &b,
                         const KeyWeights &weights);

    // The weight two sentences share counting, beyond equal keys, figures equal within
    // rounding and words WordNet lists as synonyms (each weighing the less of its two).
    static double sharedWeight(const SentenceKeys &x, const SentenceKeys &y,
                               const KeyWeights &weights);

    // A run of words both sentences carry in the same order: where it starts on each side
    // (token indices) and how many words it holds; length 0 when there is none.
    struct Run {
        int x = 0;
        int y = 0;
        int length = 0;
    };
    // The longest run of at least five keys, two of them content words, the two sentences
    // share word for word ("the Labor Department reported Friday"): a clause told alike.
    static Run sharedClause(const SentenceKeys &x, const SentenceKeys &y,
                            const KeyWeights &weights);

    // The content words two sentences share, as (id in x, id in y): equal keys, and words
    // WordNet lists as synonyms, in the order of x's ids.
    static std::vector<std::pair<int, int>>
    sharedWords(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &weights);

    // The value and unit of a figure key ("#6e+06$" -> 6e6 and "$"); false for any other key.
    static bool parseFigure(const QString &key, double *value, QString *unit);

    // True when two figure keys ("#6e+06$") have the same unit and the same value once the
    // more precise is rounded to the precision of the other ("$5.6m" ~ "$6m", not "9.4%" ~ "9.8%").
    static bool sameFigure(const QString &x, const QString &y);
};

} // namespace Parallax
