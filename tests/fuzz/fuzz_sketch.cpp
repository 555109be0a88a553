// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: story sketches read back from the library (stored bytes), and made from text.
#include "core/article.h"
#include "core/storysketch.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parallax::StorySketch stored = Parallax::StorySketch::fromBytes(bytes);
    Parallax::Article article;
    article.body = QString::fromUtf8(bytes);
    const Parallax::StorySketch made = Parallax::StorySketch::of(article);
    stored.similarity(made);
    stored.factOverlap(made);
    made.factOverlap(stored);
    return 0;
}
