// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/discrepancies.h"
#include "core/discrepancytable.h"
#include "core/figures.h"
#include "core/quotes.h"

#include <QCoreApplication>
#include <QString>

namespace Parallax {

// Where the engine's codes become words in the reader's language, for the window, the HTML
// report, the PDF and the CLI's text output. The engine (and its JSON, docs/compare-json.md)
// carries codes and data only: what a figure measures in English ("training cost"), how two
// sentences relate (AlignmentKind), what a discrepancy is about (Discrepancy::About).
class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Labels)

public:
    // What a figure measures, translated; a measure the table does not know stays as it is.
    static QString measure(const QString &code);

    // How a sentence's counterpart relates to it: "word for word", "reworded", "in part".
    static QString alignmentKind(AlignmentKind kind);
    // The same for a hover: "Word for word in Reuters", "Reworded in Reuters".
    static QString alignedIn(AlignmentKind kind, const QString &outlet);
    // The same for a legend: "Word for word elsewhere", "Partly elsewhere".
    static QString alignedElsewhere(AlignmentKind kind);

    // Where a figure moved: "up", "down", or nothing for a level.
    static QString direction(Figure::Direction direction);

    // How a quote matches another outlet's: "word for word", "≠ altered", "shortened".
    static QString quoteMatch(QuoteMatch::Kind kind);
    // How a group of quotes relates, by the weakest match among its members: "≠ altered",
    // "shortened in some", "word for word"; "only in this outlet" when nothing matches it.
    static QString quoteGroupMatch(const Comparison &c, const QList<int> &group);
    // A quote or fact no other outlet carries.
    static QString onlyInThisOutlet();

    // The coverage grid's marks with their words, by separator ", ": "● word for word,
    // ◑ reworded, ○ in part".
    static QString coverageMarks(const QString &separator);

    // A discrepancy's kind, for a heading or tooltip: "Figure", "Quote in one outlet".
    static QString discrepancyKind(Discrepancy::Kind kind);
    // Why the engine flagged a discrepancy of this kind, in a few words: "the outlets give
    // different values".
    static QString discrepancyWhy(Discrepancy::Kind kind);
    // Where an inferred outlet's name came from, for a tooltip: "Inferred from the byline.";
    // nothing for a name the article states.
    static QString outletInferredFrom(Article::OutletSource source);
    // What a discrepancy is about: "Calloway Freight deal value", "FTSE 250 move",
    // "USD→GBP rate 1.43 in one conversion, 1.25 in the other".
    static QString discrepancyAbout(const Discrepancy::About &about);
    // Why a row of the discrepancy table was flagged: "different value", "conversion off".
    static QString discrepancyReason(DiscrepancyRow::Reason reason);

    // An exchange rate as the words above write it: three significant digits, whole units
    // from 100 up ("1.43", "7.1", "152").
    static QString rate(double rate);
};

} // namespace Parallax
