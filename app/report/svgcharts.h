// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QString>

namespace Parallax {

// The figure charts as inline SVG for the printed report (vector, real text in the PDF):
// the market moves as grouped bars, the amounts as points on a log scale. Outlets are told
// apart by colour and by marker shape and value labels, so a black-and-white print reads.
class SvgCharts final {
public:
    // Empty when the comparison has nothing to chart.
    static QString moves(const Comparison &comparison);
    static QString amounts(const Comparison &comparison);
    // The outlets as boxes, each derived article below its source with an arrow to it,
    // labelled with the share of the copy found in the source. Never empty.
    static QString derivation(const Comparison &comparison);

    // The colour used for an article (Okabe-Ito, in article order).
    static QString colour(int article);
};

} // namespace Parallax
