// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QList>
#include <QString>

namespace Parallax {

// The claims of a comparison in the order an editor reads them, for the report's coverage
// matrix and the window's Coverage dock alike: first what two or more outlets carry, the
// most-carried first (ties in the order the claims first appear), then, per outlet, the
// sentences only that outlet has, in its reading order, numbered from 1. Headings are in
// neither: they are no claims.
struct ClaimOrder final {
    QList<int> shared;        // claim ids carried by two or more articles
    QList<QList<int>> onlyIn; // per article: its sentences no other article carries

    static ClaimOrder of(const Comparison &comparison);

    // A sentence cut to about `maxChars` characters at a word, with "…" when cut.
    static QString shortened(const QString &sentence, int maxChars);
    // How many articles carry the claim.
    static int outletsOf(const Comparison &comparison, int claim);
};

} // namespace Parallax
