// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

namespace Parallax {

// The comparison engine: segments each article, turns sentences into comparison keys,
// aligns every pair of articles, diffs the words of each alignment, groups aligned
// sentences into claims across all articles and flags derived articles. 1 to 12 articles.
class Comparer final {
public:
    static constexpr int kMaxArticles = 12;

    // A derived article has at least this share of its words found in the other.
    static constexpr double kDerivedShare = 0.6;

    static Comparison compare(const QList<Article> &articles);
};

} // namespace Parallax
