// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the part of reading a web page that runs outside QtWebEngine: what the
// page's extraction returned (JSON: metadata and paragraphs) made into an article, with its
// header lines, furniture, credits and dates parsed. (The extraction itself runs inside the
// engine, which a fuzzer cannot drive; its hostile pages are tests in tst_htmlimporter.)
#include "importers/htmlimporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Parallax::HtmlImporter::fromExtraction(bytes, QStringLiteral("https://news.example/story"));
    return 0;
}
