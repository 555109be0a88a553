// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importresult.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Parallax {

// One importer per file format. FileImporter picks the importer whose MIME types match the
// file (as QMimeDatabase sees it) and hands it the file's bytes.
class Importer {
public:
    virtual ~Importer() = default;

    // MIME types this importer reads; a file matches when its type is or inherits one.
    virtual QStringList mimeTypes() const = 0;

    // Turns the bytes of a file into an article. `sourcePath` names the file in messages and
    // gives fallbacks (the outlet from the file name).
    virtual ImportResult parse(const QByteArray &data, const QString &sourcePath) const = 0;
    // Whether parse() must run on the GUI thread (it uses the browser engine).
    virtual bool needsGuiThread() const { return false; }
    // parse() in two steps: what can run on any thread now (decoding), and the rest, for the
    // GUI thread, as a function that holds what it needs (it may outlive this importer).
    // By default all of parse() is left for later, which needs this importer alive then.
    virtual std::function<ImportResult()> stage(const QByteArray &data,
                                                const QString &sourcePath) const {
        return [this, data, sourcePath] {
            return parse(data, sourcePath);
        };
    }
    // Whether the format is binary (PDF); a text format given binary bytes is refused
    // before it is parsed (a zip archive named .html never reaches the HTML reader).
    virtual bool readsBinary() const { return false; }
};

} // namespace Parallax
