// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/htmlreport.h"

namespace Parallax {

// The report on paper (the PDF): the findings first (a summary page with the outlets, what
// derives from what, the discrepancies and the charts), then the columns, then an appendix
// (the claims two or more outlets carry, what only one has, the figures, quotes and
// discrepancies in full); no script.
class PrintReport final {
public:
    // The page's body, from after <body> to the end: the part of the report `options` asks for.
    static QString body(const Comparison &comparison, const HtmlReport::Options &options);
};

} // namespace Parallax
