// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QJsonObject>

namespace Parallax {

// The JSON form of a Comparison, as `parallax compare --json` prints it. The shape is a
// contract (docs/compare-json.md): later versions add keys, never rename or remove them.
class ComparisonJson final
{
public:
    static constexpr int kSchema = 1;
    static QJsonObject toJson(const Comparison &comparison);
    static QString kindName(AlignmentKind kind);
    static QString figureKindName(Figure::Kind kind);
    static QString quoteMatchName(QuoteMatch::Kind kind);
    static QString speakerBasisName(Quote::SpeakerBasis basis);
    static QString discrepancyKindName(Discrepancy::Kind kind);
};

} // namespace Parallax
