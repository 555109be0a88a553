// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QString>

namespace Parallax {

// Renders a Comparison as one self-contained HTML page: the articles in columns, each
// sentence marked with what the engine found. All article text is escaped and the page
// carries a Content-Security-Policy that forbids scripts and remote resources, so nothing
// from an imported article can run or load. The page's head is written here; its body by
// ScreenReport (the window) or PrintReport (the PDF), with the parts both share, the style
// sheet and the script (resources/report/) in ReportParts.
class HtmlReport final {
public:
    struct Options {
        bool dark = false;
        int fontPercent = 100;
        QList<int> columns; // on screen: the articles shown, in order; all when empty
        // For paper (the PDF export), the findings first: a summary page (the outlets and
        // what derives from what, the discrepancies, the charts, a line per outlet), then
        // the columns, then an appendix (the claims two or more outlets carry, what only one
        // has, the figures, quotes and discrepancies in full); no script.
        bool print = false;
        enum class Part : quint8 { Everything, Summary, Articles, Facts };
        Part part = Part::Everything; // for print: one of the three parts, or all of them
        QString title;                // the story's title; the first article's when empty
        QDateTime exportedAt;         // shown in the title block; now when invalid
    };

    static QString render(const Comparison &comparison, const Options &options);
    static QString render(const Comparison &comparison) { return render(comparison, Options{}); }

    // The share of the page's width each printed column takes: in proportion to the
    // article's length, so that the columns end on about the same page, but never narrower
    // than a readable minimum. Sums to 1; the PDF's column labels use the same shares.
    static QList<double> printColumnShares(const Comparison &comparison);
};

} // namespace Parallax
