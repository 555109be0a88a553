// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

#include <memory>
#include <vector>

namespace Parallax {

// The entry point of import: expands folders, checks each file (exists, readable, not
// empty, not too large, a format Parallax reads) and hands it to the importer for its
// format, chosen with QMimeDatabase. It never writes anything: storing is the library's job.
class FileImporter final {
public:
    static constexpr qint64 kMaxFileSize = 50LL * 1024 * 1024;

    FileImporter();
    ~FileImporter();
    Q_DISABLE_COPY_MOVE(FileImporter)

    // Files named by `paths`, folders expanded recursively (hidden files and saved pages'
    // resource folders skipped), in a stable order. Paths that do not exist are kept so
    // that importing them reports why.
    static QStringList collectFiles(const QStringList &paths);
    // Whether a file belongs to a saved web page's resource folder ("Story_files/").
    static bool isSavedPageResource(const QString &file);

    ImportResult importFile(const QString &path) const;
    // importFile() in two steps: the file read, checked and decoded now (any thread), the
    // rest (a web page's extraction, for the GUI thread) in the function returned. The
    // function needs this FileImporter alive.
    std::function<ImportResult()> stageFile(const QString &path) const;
    // Whether reading this file needs the GUI thread (a web page: the browser engine).
    bool needsGuiThread(const QString &path) const;

    // The two halves of reading files for a large import (ImportPipeline's Reader and
    // Split): a file read whole on any thread; and for a web page, read and decoded now
    // with its extraction left to the function returned (empty for other files).
    static std::optional<Article> readArticle(const QString &path, QString *error);
    static std::function<std::optional<Article>(QString *error)> splitWebPage(const QString &path);

private:
    const Importer *importerFor(const QString &path, const QByteArray &head) const;

    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace Parallax
