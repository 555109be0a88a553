// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

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
    };

    static QString render(const Comparison &comparison, const Options &options);
    static QString render(const Comparison &comparison) { return render(comparison, Options{}); }
};

} // namespace Parallax
