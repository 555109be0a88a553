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
class ImportService final {
public:
    // What became of one file or link: `path` is the file, or the link as given.
    using Outcome = ImportPipeline::Outcome;
    using Done = std::function<void(const Outcome &)>;
    // A last touch to an article read, before it is stored (a feed item's title, say).
    using Prepare = std::function<void(Article &)>;

    // What a caller hears of a long import, on the thread that runs it.
    struct Hooks {
        // How many files or links will be imported, before the first is read.
        std::function<void(int count)> begin;
        // A link is about to be downloaded (files are read ahead, on worker threads).
        std::function<void(const QString &source)> next;
        // One file or link is finished: stored (its batch committed), a duplicate, or not read.
        Done done;
        // Asked between steps: true stops the import; what was finished is kept.
        std::function<bool()> cancelled;
    };

    // Files read between two questions to Hooks::cancelled: each step is a run of
    // ImportPipeline, committed at its end. The first step is kStep files; a step that took
    // less than kStepMillis / 2 doubles the next, up to kMaxStep, so a cancel is heard
    // within about kStepMillis while a large import still commits in large batches. Every
    // step is a multiple of kStep. Without a cancelled hook there is one run.
    static constexpr int kStep = 16;
    static constexpr int kMaxStep = 32 * kStep;
    static constexpr int kStepMillis = 500;

    // Imports files and folders (recursively): read a chunk ahead on worker threads, stored
    // in batches; `done` is called for each file, in order, once its batch is committed.
    // Returns false when the import was cancelled.
    static bool importFiles(Library &library, const QStringList &paths, const Hooks &hooks);
    static void importFiles(Library &library, const QStringList &paths, const Done &done);

    // Downloads the articles at the links (http, https), one after another, and stores them.
    // Returns false when the import was cancelled.
    static bool importLinks(Library &library, const QList<QUrl> &links, const Hooks &hooks);

    // Downloads the article at a link and stores it.
    static Outcome importLink(Library &library, const QUrl &link,
                              const UrlImporter::Limits &limits = {}, const Prepare &prepare = {});

    // Stores an article read from `source` (a file, a link, a feed item), or passes on why
    // it could not be read.
    static Outcome store(Library &library, const QString &source, ImportResult read,
                         const Prepare &prepare = {});

    // Why `source` is not in the library when storing failed: "%1: the library could not
    // store it (%2)", for the lists of skipped files and feed items.
    static QString notStored(const QString &source, const QString &error);

    // The feeds of an OPML subscription list.
    struct FeedList {
        bool readable = false; // false: the file could not be opened
        QString error;         // the file is not a subscription list
        QStringList urls;
    };
    static FeedList readFeedList(const QString &path);

    // Subscribes to feeds (a list's, or addresses given), in order, until one cannot be
    // stored (its `error` says why, and it is the last). Addresses other than http and https
    // are passed over: id 0, no error.
    struct Subscribed {
        QString url;
        qint64 id = 0;
        QString error;
    };
    static QList<Subscribed> subscribe(Library &library, const QStringList &urls);
};

} // namespace Parallax
