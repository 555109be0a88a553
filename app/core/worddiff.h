// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/tokenizer.h"

namespace Parallax {

// The word-level difference between two token sequences (a longest common subsequence on
// the comparison keys), mapped back to character ranges of the two bodies so that a view
// can mark exactly the changed words.
class WordDiff final {
public:
    static QList<DiffOp> diff(const QList<Token> &a, const QList<Token> &b);
};

} // namespace Parallax
