// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importresult.h"
#include "importers/urlimporter.h"
#include "storage/importpipeline.h"

#include <QStringList>
#include <QUrl>

#include <functional>

namespace Parallax {

class Library;

// Bringing articles into the library, written once for the window, the command line and the
// feeds: files and folders (through ImportPipeline), links (downloaded with UrlImporter) and
// feed lists (OPML). Each article stored says how it went in the same Outcome, and the
// callers only word it; progress comes through the callbacks, per file or link.
class ImportService final
{
public:
    // What became of one file or link: `path` is the file, or the link as given.
    using Outcome = ImportPipeline::Outcome;
    using Done = std::function<void(const Outcome &)>;
    // A last touch to an article read, before it is stored (a feed item's title, say).
    using Prepare = std::function<void(Article &)>;

    // Imports files and folders (recursively): read a chunk ahead on worker threads, stored
    // in batches; `done` is called for each file, in order, once its batch is committed.
    static void importFiles(Library &library, const QStringList &paths, const Done &done);

    // Downloads the article at a link and stores it.
    static Outcome importLink(Library &library, const QUrl &link, const UrlImporter::Limits &limits = {},
                              const Prepare &prepare = {});

    // Stores an article read from `source` (a file, a link, a feed item), or passes on why
    // it could not be read.
    static Outcome store(Library &library, const QString &source, ImportResult read, const Prepare &prepare = {});

    // The feeds of an OPML subscription list.
    struct FeedList
    {
        bool readable = false; // false: the file could not be opened
        QString error;         // the file is not a subscription list
        QStringList urls;
    };
    static FeedList readFeedList(const QString &path);
};

} // namespace Parallax
