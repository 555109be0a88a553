// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/feedservice.h"

#include "importers/feedparser.h"
#include "importers/htmlimporter.h"
#include "services/importservice.h"
#include "storage/library.h"

#include <QCoreApplication>

namespace Parallax {

namespace {

// Messages of this file, in the translation context of FeedUpdater, as this class was called
// before it moved into the services (lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::FeedUpdater)
};

// Stores the article an item stands for: from the feed when it carries the whole text, else
// downloaded from its link.
ImportService::Outcome importItem(Library &library, const ParsedFeed::Item &item,
                                  const QString &feedTitle, const UrlImporter::Limits &limits) {
    const QString source = item.link.isEmpty() ? item.guid : item.link;
    const auto prepare = [&](Article &a) {
        if (!item.title.isEmpty())
            a.title = item.title;
        if (!a.published.isValid())
            a.published = item.published;
        if (a.byline.isEmpty())
            a.byline = item.author;
        if (!item.link.isEmpty())
            a.url = item.link;
        const QUrl link(item.link);
        if (a.outlet.isEmpty() || a.outlet == link.host())
            a.outlet = feedTitle.isEmpty() ? link.host() : feedTitle;
        a.sourcePath = source;
    };
    if (FeedParser::carriesArticle(item)) {
        const QByteArray page =
            QStringLiteral(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                "<body><article><h1>%1</h1>%2</article></body></html>")
                .arg(item.title.toHtmlEscaped(), item.content)
                .toUtf8();
        return ImportService::store(library, source, HtmlImporter().parse(page, source), prepare);
    }
    if (UrlImporter::isWebLink(QUrl(item.link)))
        return ImportService::importLink(library, QUrl(item.link), limits, prepare);
    return ImportService::store(
        library, source,
        ImportResult::failure(Tr::tr("the item has neither the article nor a link to it")));
}

} // namespace

FeedService::Result FeedService::refresh(Library &library, qint64 feedId,
                                         const UrlImporter::Limits &limits) {
    Result result;
    const std::optional<Library::Feed> feed = library.feed(feedId);
    if (!feed) {
        result.error = Tr::tr("there is no feed %1").arg(feedId);
        return result;
    }
    const UrlImporter::Download d = UrlImporter::download(
        QUrl(feed->url), limits,
        "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5");
    std::optional<ParsedFeed> parsed;
    if (d.error.isEmpty()) {
        QString error;
        parsed = FeedParser::parse(d.data, &error);
        if (!parsed)
            result.error = error;
    } else {
        result.error = d.error;
    }
    if (!parsed) {
        library.setFeedChecked(feedId, QString(), result.error);
        return result;
    }
    result.title = parsed->title.isEmpty() ? feed->title : parsed->title;
    int taken = 0;
    for (const ParsedFeed::Item &item : parsed->items) {
        if (library.knowsFeedItem(feedId, item.guid, item.link)) {
            ++result.known;
            continue;
        }
        if (taken == kMaxNewItems) {
            ++result.postponed;
            continue;
        }
        ++taken;
        const ImportService::Outcome stored = importItem(library, item, result.title, limits);
        if (!stored.read) {
            result.skipped.append(QStringLiteral("%1: %2").arg(
                item.link.isEmpty() ? item.guid : item.link, stored.error));
            continue;
        }
        const Library::AddResult &added = stored.added;
        if (added.status == Library::AddStatus::Failed) {
            result.skipped.append(ImportService::notStored(item.link, added.error));
            continue;
        }
        if (added.status == Library::AddStatus::Duplicate)
            ++result.duplicates;
        else
            result.ids.append(added.id);
        library.recordFeedItem(feedId, item.guid, item.link, added.id);
    }
    library.setFeedChecked(feedId, result.title, QString());
    return result;
}

} // namespace Parallax
