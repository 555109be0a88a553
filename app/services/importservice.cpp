// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"

#include "importers/feedparser.h"
#include "importers/fileimporter.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <utility>

namespace Parallax {

bool ImportService::importFiles(Library &library, const QStringList &paths, const Hooks &hooks) {
    const QStringList files = FileImporter::collectFiles(paths);
    if (hooks.begin)
        hooks.begin(int(files.size()));
    const Done done = hooks.done ? hooks.done : [](const Outcome &) {
    };
    ImportPipeline pipeline(library, &FileImporter::readArticle,
                            &FileImporter::splitWebPage); // a web page's extraction on this thread
    if (!hooks.cancelled) {
        pipeline.run(files, done);
        return true;
    }
    qsizetype step = kStep;
    QElapsedTimer clock;
    for (qsizetype at = 0; at < files.size();) {
        if (hooks.cancelled())
            return false;
        clock.start();
        pipeline.run(files.mid(at, step), done);
        at += step;
        if (clock.elapsed() < kStepMillis / 2 && step < kMaxStep)
            step *= 2;
    }
    return true;
}

void ImportService::importFiles(Library &library, const QStringList &paths, const Done &done) {
    importFiles(library, paths, Hooks{{}, {}, done, {}});
}

bool ImportService::importLinks(Library &library, const QList<QUrl> &links, const Hooks &hooks) {
    if (hooks.begin)
        hooks.begin(int(links.size()));
    for (const QUrl &link : links) {
        if (hooks.cancelled && hooks.cancelled())
            return false;
        if (hooks.next)
            hooks.next(link.toString());
        const Outcome outcome = importLink(library, link);
        if (hooks.done)
            hooks.done(outcome);
    }
    return true;
}

ImportService::Outcome ImportService::importLink(Library &library, const QUrl &link,
                                                 const UrlImporter::Limits &limits,
                                                 const Prepare &prepare) {
    return store(library, link.toString(), UrlImporter::fetch(link, limits), prepare);
}

// The words keep the context of their first home, the window, and so its translations.
QString ImportService::notStored(const QString &source, const QString &error) {
    return QCoreApplication::translate("Parallax::MainWindow",
                                       "%1: the library could not store it (%2)")
        .arg(source, error);
}

ImportService::Outcome ImportService::store(Library &library, const QString &source,
                                            ImportResult read, const Prepare &prepare) {
    Outcome outcome;
    outcome.path = source;
    outcome.read = read.ok();
    if (!outcome.read) {
        outcome.error = read.error;
        return outcome;
    }
    if (prepare)
        prepare(*read.article);
    outcome.added = library.addArticle(*read.article);
    return outcome;
}

ImportService::FeedList ImportService::readFeedList(const QString &path) {
    FeedList list;
    QFile f(path);
    list.readable = f.open(QIODevice::ReadOnly);
    if (list.readable)
        list.urls = FeedParser::opmlFeeds(f.readAll(), &list.error);
    return list;
}

QList<ImportService::Subscribed> ImportService::subscribe(Library &library,
                                                          const QStringList &urls) {
    QList<Subscribed> subscribed;
    for (const QString &url : urls) {
        Subscribed s{url, 0, {}};
        if (!UrlImporter::isWebLink(QUrl(url))) {
            subscribed.append(s);
            continue;
        }
        s.id = library.addFeed(url, &s.error);
        subscribed.append(s);
        if (s.id == 0)
            break;
    }
    return subscribed;
}

} // namespace Parallax
