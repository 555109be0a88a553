// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lcs.h"

#include <algorithm>
#include <vector>

namespace Parallax {

int Lcs::length(const QStringList &a, const QStringList &b) {
    // Two rows of the prefix table: row i holds the LCS of a[..i] with every prefix of b.
    std::vector<int> prev(size_t(b.size()) + 1, 0), cur(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = a.at(i - 1) == b.at(j - 1)
                                 ? prev[size_t(j - 1)] + 1
                                 : std::max(prev[size_t(j)], cur[size_t(j - 1)]);
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QList<Lcs::Run> Lcs::runs(const QStringList &a, const QStringList &b) {
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs(i, j): length of the LCS of a[i..] and b[j..], from the end so the walk goes forwards.
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    auto lcs = [&](qsizetype i, qsizetype j) -> int & {
        return table[size_t(i * (m + 1) + j)];
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs(i, j) =
                a.at(i) == b.at(j) ? lcs(i + 1, j + 1) + 1 : std::max(lcs(i + 1, j), lcs(i, j + 1));
    }

    QList<Run> out;
    auto step = [&](Op op, qsizetype i, qsizetype j) {
        if (!out.isEmpty() && out.last().op == op)
            ++out.last().length;
        else
            out.append({op, i, j, 1});
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            step(Op::Equal, i++, j++);
        } else if (i < n && (j == m || lcs(i + 1, j) >= lcs(i, j + 1))) {
            step(Op::Delete, i++, j); // deletions before insertions on a tie
        } else {
            step(Op::Insert, i, j++);
        }
    }
    return out;
}

} // namespace Parallax
