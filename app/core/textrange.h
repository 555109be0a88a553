// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Parallax {

// A half-open range of UTF-16 code units in an article body, so that everything the engine
// finds can be mapped back to the exact characters the outlet wrote.
struct TextRange final {
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool isEmpty() const { return length <= 0; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

} // namespace Parallax
