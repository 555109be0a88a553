// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a text file as it arrives (encoding detection, header, body), then its
// segmentation into paragraphs and sentences.
#include "core/segmenter.h"
#include "importers/textimporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parallax::ImportResult r = Parallax::TextImporter().parse(bytes, QStringLiteral("fuzz.txt"));
    if (r.ok())
        Parallax::Segmenter::segment(r.article->body);
    return 0;
}
