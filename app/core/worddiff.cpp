// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worddiff.h"

#include "core/lcs.h"

namespace Parallax {

namespace {

// Longer sequences than this (a huge merged group) are reported as one replacement rather
// than diffed: the table would cost more memory than the whole comparison.
constexpr qsizetype kMaxCells = 400 * 400;

TextRange span(const QList<Token> &tokens, qsizetype from, qsizetype to) {
    const qsizetype start = tokens.at(from).range.start;
    return {start, tokens.at(to - 1).range.end() - start};
}

} // namespace

QList<DiffOp> WordDiff::diff(const QList<Token> &a, const QList<Token> &b) {
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

    QStringList keysA, keysB;
    for (const Token &t : a)
        keysA.append(t.key);
    for (const Token &t : b)
        keysB.append(t.key);
    for (const Lcs::Run &run : Lcs::runs(keysA, keysB)) {
        switch (run.op) {
        case Lcs::Op::Equal:
            push(DiffOp::Op::Equal, run.a, run.a + run.length, run.b, run.b + run.length);
            break;
        case Lcs::Op::Delete:
            push(DiffOp::Op::Delete, run.a, run.a + run.length, 0, 0);
            break;
        case Lcs::Op::Insert:
            push(DiffOp::Op::Insert, 0, 0, run.b, run.b + run.length);
            break;
        }
    }
    return ops;
}

} // namespace Parallax
