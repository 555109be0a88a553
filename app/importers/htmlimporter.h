// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

namespace Parallax {

// Saved web pages (HTML, XHTML): the article body as paragraphs, with title, byline,
// outlet, canonical address, date and language from the page's metadata (JSON-LD, Open
// Graph, article:published_time, meta author, <time>, <html lang>).
//
// The body is found by Mozilla's Readability (the Firefox Reader View algorithm, pinned in
// readability/package-lock.json and built in), run on the page in an offscreen Qt WebEngine
// page with the page's own scripts disabled and every request refused: nothing the page
// references (images, frames, scripts, styles) is fetched. Needs a QGuiApplication
// (offscreen is enough) on the calling thread; parse() runs the event loop until done.
class HtmlImporter final : public Importer {
public:
    QStringList mimeTypes() const override;
    static constexpr int kMaxNesting = 2000;
    // What the page's extraction found (its JSON: title, byline, outlet, url, published,
    // language, paragraphs) made into an article: header lines dropped, furniture trimmed
    // and kept aside. The part of reading a page that runs outside the engine.
    static ImportResult fromExtraction(const QByteArray &json, const QString &sourcePath);
    ImportResult parse(const QByteArray &data, const QString &sourcePath) const override;
    // The page checked and decoded now (any thread); the extraction left for the GUI thread.
    std::function<ImportResult()> stage(const QByteArray &data,
                                        const QString &sourcePath) const override;
    bool needsGuiThread() const override { return true; }
};

} // namespace Parallax
