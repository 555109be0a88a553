// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QJsonObject>

namespace Parallax {

// The JSON form of a Comparison, as `parallax compare --json` prints it. The shape is a
// contract (docs/compare-json.md): later versions add keys, never rename or remove them,
// except at a new schema. It carries codes and data, never words in a reader's language.
class ComparisonJson final {
public:
    static constexpr int kSchema = 2;
    static QJsonObject toJson(const Comparison &comparison);
    static QString kindName(AlignmentKind kind);
    static QString figureKindName(Figure::Kind kind);
    static QString quoteMatchName(QuoteMatch::Kind kind);
    static QString speakerBasisName(Quote::SpeakerBasis basis);
    static QString discrepancyKindName(Discrepancy::Kind kind);
    static QString aboutCodeName(Discrepancy::About::Code code);
};

} // namespace Parallax
