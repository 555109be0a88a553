// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the whole engine on two articles (segmentation, alignment, word diff,
// figures, quotes, discrepancies): the input is split at its first NUL byte, or in half.
#include "core/comparer.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0; // the engine's cost is tested by the benchmarks, not here
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype cut = bytes.indexOf('\0');
    if (cut < 0)
        cut = bytes.size() / 2;
    Parallax::Article a, b;
    a.title = QStringLiteral("A");
    b.title = QStringLiteral("B");
    a.body = QString::fromUtf8(bytes.left(cut));
    b.body = QString::fromUtf8(bytes.mid(cut + 1));
    Parallax::Comparer::compare({a, b});
    return 0;
}
