// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"

#include "importers/feedparser.h"
#include "importers/fileimporter.h"
#include "storage/library.h"

#include <QFile>

#include <utility>

namespace Parallax {

void ImportService::importFiles(Library &library, const QStringList &paths, const Done &done)
{
    ImportPipeline pipeline(library, &FileImporter::readArticle,
                            &FileImporter::splitWebPage); // a web page's extraction on this thread
    pipeline.run(FileImporter::collectFiles(paths), done);
}

ImportService::Outcome ImportService::importLink(Library &library, const QUrl &link, const UrlImporter::Limits &limits,
                                                 const Prepare &prepare)
{
    return store(library, link.toString(), UrlImporter::fetch(link, limits), prepare);
}

ImportService::Outcome ImportService::store(Library &library, const QString &source, ImportResult read,
                                            const Prepare &prepare)
{
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

ImportService::FeedList ImportService::readFeedList(const QString &path)
{
    FeedList list;
    QFile f(path);
    list.readable = f.open(QIODevice::ReadOnly);
    if (list.readable)
        list.urls = FeedParser::opmlFeeds(f.readAll(), &list.error);
    return list;
}

} // namespace Parallax
