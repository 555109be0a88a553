// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/discrepancies.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Parallax {

struct Comparison;

// The discrepancies of a comparison laid out as a table: one row per discrepancy, one cell
// per article with what it writes (its value or wording), the odd one out marked, and why
// the row was flagged. Shared by the window's table and anything else that lists them.
struct DiscrepancyRow final {
    // Why a row was flagged, as a code; Labels::discrepancyReason() puts it in words.
    enum class Reason : quint8 {
        DifferentValue,
        DifferentQualifier,
        ConversionOff,
        AlteredQuote,
        OnlyOneOutlet
    };
    struct Cell {
        QString text;     // the article's figures or quote, " / " between several; empty: none
        QList<int> items; // indexes into the discrepancy's items
        bool odd = false; // this article departs from what most of the others write
    };

    int discrepancy = 0; // index into Comparison::discrepancies
    Discrepancy::Kind kind = Discrepancy::Kind::Figure;
    Reason reason = Reason::DifferentValue;
    Discrepancy::About about;
    QList<Cell> cells; // one per article, in the comparison's order
};

class DiscrepancyTable final {
public:
    static QList<DiscrepancyRow> rows(const Comparison &comparison);
    static DiscrepancyRow row(const Comparison &comparison, int discrepancy);
    // The figures in cells that depart from the others (the odd ones out): what a chart
    // marks as disagreeing.
    static QSet<int> oddFigures(const Comparison &comparison);
};

} // namespace Parallax
