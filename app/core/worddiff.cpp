// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worddiff.h"

#include <vector>

namespace Parallax {

namespace {

// Longer sequences than this (a huge merged group) are reported as one replacement rather
// than diffed: the table would cost more memory than the whole comparison.
constexpr qsizetype kMaxCells = 400 * 400;

TextRange span(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    const qsizetype start = tokens.at(from).range.start;
    return {start, tokens.at(to - 1).range.end() - start};
}

} // namespace

QList<DiffOp> WordDiff::diff(const QList<Token> &a, const QList<Token> &b)
{
    QList<DiffOp> ops;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    auto push = [&](DiffOp::Op op, qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1) {
        DiffOp d;
        d.op = op;
        if (a1 > a0)
            d.a = span(a, a0, a1);
        if (b1 > b0)
            d.b = span(b, b0, b1);
        ops.append(d);
    };
    if (n == 0 || m == 0 || n * m > kMaxCells) {
        if (n > 0)
            push(DiffOp::Op::Delete, 0, n, 0, 0);
        if (m > 0)
            push(DiffOp::Op::Insert, 0, 0, 0, m);
        return ops;
    }

    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i).key == b.at(j).key ? at(i + 1, j + 1) + 1
                                                  : std::max(at(i + 1, j), at(i, j + 1));
    }

    // Walk the table, collecting runs of the same operation.
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i).key == b.at(j).key) {
            const qsizetype i0 = i, j0 = j;
            while (i < n && j < m && a.at(i).key == b.at(j).key) {
                ++i;
                ++j;
            }
            push(DiffOp::Op::Equal, i0, i, j0, j);
            continue;
        }
        const qsizetype i0 = i, j0 = j;
        while (i < n && (j >= m || (a.at(i).key != b.at(j).key && at(i + 1, j) >= at(i, j + 1))))
            ++i;
        if (i > i0)
            push(DiffOp::Op::Delete, i0, i, 0, 0);
        while (j < m && (i >= n || (a.at(i).key != b.at(j).key && at(i, j + 1) > at(i + 1, j))))
            ++j;
        if (j > j0)
            push(DiffOp::Op::Insert, 0, 0, j0, j);
    }
    return ops;
}

} // namespace Parallax
