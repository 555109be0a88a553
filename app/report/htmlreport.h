// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QDateTime>
#include <QString>

namespace Parallax {

// Renders a Comparison as one self-contained HTML page: the articles in columns, each
// sentence marked with what the engine found. All article text is escaped and the page
// carries a Content-Security-Policy that forbids scripts and remote resources, so nothing
// from an imported article can run or load. The same page is shown on screen and printed.
class HtmlReport final
{
public:
    struct Options
    {
        bool dark = false;
        int fontPercent = 100;
        QList<int> columns; // on screen: the articles shown, in order; all when empty
        // For paper (the PDF export): a title block, the columns as a table that breaks
        // between paragraphs, then the figures (charts and table), quotes, discrepancies and
        // the coverage matrix; no script.
        bool print = false;
        enum class Part : quint8 { Everything, Articles, Facts };
        Part part = Part::Everything; // for print: the title block and columns, the facts, or both
        QString title;         // the story's title; the first article's when empty
        QDateTime exportedAt;  // shown in the title block; now when invalid
    };

    static QString render(const Comparison &comparison, const Options &options);
    static QString render(const Comparison &comparison) { return render(comparison, Options{}); }
};

} // namespace Parallax
