// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Parallax {

// The engine's one longest-common-subsequence routine, over sequences of comparison keys
// (word keys, folded quote words). Word differences and quote differences walk the same
// table, so that a change shows alike wherever it is marked: matching heads are always
// taken, and where deleting and inserting keep an equally long subsequence, the deletion
// comes first.
class Lcs final {
public:
    enum class Op { Equal, Delete, Insert };

    // A run of one operation: `length` elements from `a` (Equal, Delete) and from `b`
    // (Equal, Insert), starting at those indexes; the other start is where the walk stood.
    struct Run {
        Op op = Op::Equal;
        qsizetype a = 0;
        qsizetype b = 0;
        qsizetype length = 0;

        bool operator==(const Run &) const = default;
    };

    // The length of a longest common subsequence, in memory linear in `b` (quote pairing
    // asks this of every pair of quotes, some long).
    static int length(const QStringList &a, const QStringList &b);

    // The edit script that turns `a` into `b`, as maximal runs of one operation; the
    // table is |a|·|b| cells, so callers bound what they pass.
    static QList<Run> runs(const QStringList &a, const QStringList &b);
};

} // namespace Parallax
