// SPDX-License-Identifier: GPL-3.0-or-later
// parallax feeds: subscriptions (add, list) and their refresh, through ImportService and
// FeedService.
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "importers/urlimporter.h"
#include "services/feedservice.h"
#include "services/importservice.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Parallax::Cli {

void declareFeeds(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("opml"),
                      Tr::tr("Subscribe to every feed of an OPML subscription list."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("add, list or refresh."));
    parser.addPositionalArgument(QStringLiteral("ARGS"),
                                 Tr::tr("Feed addresses (add) or feed ids (refresh)."),
                                 QStringLiteral("[ARGS...]"));
}

namespace {

// The addresses of feeds add: those given and those of --opml FILE, each an http or https
// address; nothing (after saying why on stderr) when they are not. `status` is the exit code then.
std::optional<QStringList> feedAddresses(const QCommandLineParser &parser, QStringList urls,
                                         const QString &synopsis, int *status) {
    *status = Failed;
    if (parser.isSet(QStringLiteral("opml"))) {
        const QString opml = parser.value(QStringLiteral("opml"));
        const ImportService::FeedList list = ImportService::readFeedList(opml);
        if (!list.readable) {
            err()
                << Tr::tr("parallax feeds: %1: cannot be read").arg(QDir::toNativeSeparators(opml))
                << '\n';
            return std::nullopt;
        }
        if (!list.error.isEmpty()) {
            err()
                << Tr::tr("parallax feeds: %1: %2").arg(QDir::toNativeSeparators(opml), list.error)
                << '\n';
            return std::nullopt;
        }
        urls += list.urls;
    }
    *status = Usage;
    if (urls.isEmpty()) {
        err() << Tr::tr("parallax feeds add: give feed addresses or --opml FILE") << '\n'
              << synopsis << '\n';
        return std::nullopt;
    }
    for (const QString &url : std::as_const(urls)) {
        if (!UrlImporter::isWebLink(QUrl(url))) {
            err() << Tr::tr("parallax feeds add: %1 is not an http or https address").arg(url)
                  << '\n';
            return std::nullopt;
        }
    }
    return urls;
}

int addFeeds(Library &library, const QStringList &urls) {
    for (const ImportService::Subscribed &s : ImportService::subscribe(library, urls)) {
        if (s.id == 0) {
            err() << Tr::tr("parallax feeds add: %1: %2").arg(s.url, s.error) << '\n';
            return Failed;
        }
        out() << "added " << s.id << ' ' << s.url << '\n';
    }
    return Ok;
}

int listFeeds(Library &library, bool json) {
    const QList<Library::Feed> feeds = library.feeds();
    if (json) {
        QJsonArray array;
        for (const Library::Feed &f : feeds)
            array.append(QJsonObject{
                {QStringLiteral("id"), f.id},
                {QStringLiteral("url"), f.url},
                {QStringLiteral("title"), f.title},
                {QStringLiteral("articles"), f.articles},
                {QStringLiteral("unread"), f.unread},
                {QStringLiteral("last_checked"),
                 f.lastChecked.isValid() ? QJsonValue(f.lastChecked.toString(Qt::ISODate))
                                         : QJsonValue()},
                {QStringLiteral("last_error"),
                 f.lastError.isEmpty() ? QJsonValue() : QJsonValue(f.lastError)}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    for (const Library::Feed &f : feeds) {
        out() << f.id << '\t' << f.unread << '/' << f.articles << '\t'
              << (f.title.isEmpty() ? QStringLiteral("-") : f.title) << '\t' << f.url << '\t'
              << (f.lastChecked.isValid() ? f.lastChecked.toString(Qt::ISODate) : Tr::tr("never"));
        if (!f.lastError.isEmpty())
            out() << '\t' << f.lastError;
        out() << '\n';
    }
    return Ok;
}

int refreshFeeds(Library &library, const QStringList &args) {
    QList<qint64> ids;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || !library.feed(id)) {
            err() << Tr::tr("parallax feeds refresh: there is no feed %1").arg(a) << '\n';
            return Failed;
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        for (const Library::Feed &f : library.feeds())
            ids.append(f.id);
    }
    bool failed = false;
    for (qint64 id : std::as_const(ids)) {
        const FeedService::Result r = FeedService::refresh(library, id);
        if (!r.error.isEmpty()) {
            out() << "failed " << id << ' ' << library.feed(id)->url << ": " << r.error << '\n';
            failed = true;
            continue;
        }
        out() << "refreshed " << id << ' ' << r.title << ": "
              << Tr::tr("%1 new, %2 seen before, %3 already in the library, %4 skipped")
                     .arg(r.ids.size())
                     .arg(r.known)
                     .arg(r.duplicates)
                     .arg(r.skipped.size())
              << '\n';
        for (qint64 article : r.ids)
            out() << "imported " << article << '\n';
        for (const QString &s : r.skipped)
            out() << "skipped " << s << '\n';
        out().flush();
    }
    return failed ? Failed : Ok;
}
} // namespace

int runFeeds(const QCommandLineParser &parser, const QString &synopsis) {
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList args = positional.mid(1);
    if (action != QLatin1String("add") && action != QLatin1String("list") &&
        action != QLatin1String("refresh")) {
        err() << Tr::tr("parallax feeds: say add, list or refresh") << '\n' << synopsis << '\n';
        return Usage;
    }
    std::optional<QStringList> urls;
    if (action == QLatin1String("add")) {
        int status = Ok;
        if (!(urls = feedAddresses(parser, args, synopsis, &status)))
            return status;
    }
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    if (urls)
        return addFeeds(*library, *urls);
    if (action == QLatin1String("list"))
        return listFeeds(*library, parser.isSet(QStringLiteral("json")));
    return refreshFeeds(*library, args);
}

} // namespace Parallax::Cli
