// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/htmlreport.h"

namespace Parallax {

// The report on screen (the window's view): the articles in columns, a compact heading
// each, the legend, and the page's script (hover, filters, overview strips).
class ScreenReport final {
public:
    // The page's body, from after <body> to the end; `nonce` lets the script run.
    static QString body(const Comparison &comparison, const HtmlReport::Options &options,
                        const QString &nonce);
};

} // namespace Parallax
