// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "core/comparer.h"
#include "core/comparisonjson.h"
#include "importers/fileimporter.h"
#include "importers/urlimporter.h"
#include "report/labels.h"
#include "services/exportservice.h"
#include "services/feedservice.h"
#include "services/importservice.h"
#include "storage/library.h"
#include "storage/librarylocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Parallax::Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::Cli)
};

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QCommandLineOption libraryOption()
{
    return {QStringLiteral("library"),
            Tr::tr("Use the library file PATH (default: $PARALLAX_LIBRARY, then the "
                   "application data folder)."),
            QStringLiteral("PATH")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), Tr::tr("Print JSON instead of text.")};
}

// Parses the options of a subcommand; prints the problem and returns false on a usage error.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis)
{
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Let the web engine's diagnostics through to the terminal.")});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << synopsis << '\n';
        err().flush();
        return false;
    }
    return true;
}

std::unique_ptr<Library> openLibrary(const QCommandLineParser &parser)
{
    const QString path = LibraryLocation::resolve(parser.value(QStringLiteral("library")));
    Library::OpenResult opened = Library::open(path);
    if (!opened.library) {
        err() << opened.error << '\n';
        err().flush();
    } else if (!opened.backupPath.isEmpty()) {
        err() << Tr::tr("The library was upgraded; a copy of the previous version is at %1")
                     .arg(QDir::toNativeSeparators(opened.backupPath))
              << '\n';
    }
    return std::move(opened.library);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString declareImport(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("url"), Tr::tr("Download the article at URL (http or https) and import it; repeatable."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Files or folders to import."),
                                 QStringLiteral("PATH..."));
    return Tr::tr("Usage: parallax import [--library P] [--url URL]... [PATH...]");
}

int runImport(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList paths = parser.positionalArguments().mid(1);
    const QStringList urls = parser.values(QStringLiteral("url"));
    if (paths.isEmpty() && urls.isEmpty()) {
        err() << Tr::tr("parallax import: no file, folder or --url given") << '\n' << synopsis << '\n';
        return Usage;
    }
    for (const QString &url : urls) {
        if (!UrlImporter::isWebLink(QUrl(url))) {
            err() << Tr::tr("parallax import: %1 is not an http or https link").arg(url) << '\n';
            return Usage;
        }
    }
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;

    bool skippedAny = false;
    auto report = [&](const QString &shown, const ImportService::Outcome &o) {
        if (!o.read) {
            out() << "skipped " << shown << ": " << o.error << '\n';
            skippedAny = true;
            return;
        }
        switch (o.added.status) {
        case Library::AddStatus::Imported:
            out() << "imported " << o.added.id << ' ' << shown << '\n';
            break;
        case Library::AddStatus::Duplicate:
            out() << "duplicate " << o.added.id << ' ' << shown << '\n';
            break;
        case Library::AddStatus::Failed:
            out() << "skipped " << shown << ": " << Tr::tr("the library could not store it (%1)").arg(o.added.error) << '\n';
            skippedAny = true;
            break;
        }
        out().flush();
    };
    // Files are read a chunk ahead on worker threads and stored in batches; a line says
    // "imported" once its batch is committed (see ImportPipeline).
    ImportService::importFiles(*library, paths, [&](const ImportService::Outcome &o) {
        // One line per file, even when its name holds a line break.
        QString shown = QDir::toNativeSeparators(o.path);
        shown.replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r"));
        report(shown, o);
    });
    for (const QString &url : urls)
        report(url, ImportService::importLink(*library, QUrl(url)));
    return skippedAny ? Failed : Ok;
}

QString declareList(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    return Tr::tr("Usage: parallax list [--library P] [--json]");
}

int runList(const QCommandLineParser &parser, const QString &synopsis)
{
    if (parser.positionalArguments().size() > 1) {
        err() << Tr::tr("parallax list: unexpected argument %1").arg(parser.positionalArguments().at(1))
              << '\n' << synopsis << '\n';
        return Usage;
    }
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    QString error;
    const QList<Article> articles = library->listArticles(&error);
    if (!error.isEmpty()) {
        err() << Tr::tr("parallax list: %1").arg(error) << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Article &a : articles) {
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("title"), a.title},
                                     {QStringLiteral("outlet"), a.outlet},
                                     {QStringLiteral("byline"), a.byline},
                                     {QStringLiteral("url"), a.url},
                                     {QStringLiteral("published"), dateJson(a.published)},
                                     {QStringLiteral("language"), a.language},
                                     {QStringLiteral("words"), a.wordCount},
                                     {QStringLiteral("sourcePath"), a.sourcePath},
                                     {QStringLiteral("sourceFormat"), a.sourceFormat},
                                     {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                                     {QStringLiteral("importedAt"),
                                      a.importedAt.toString(Qt::ISODate)}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Article &a : articles) {
        out() << a.id << '\t' << dateText(a.published) << '\t' << a.outlet << '\t'
              << a.wordCount << '\t' << a.title << '\n';
    }
    return Ok;
}

QString declareSearch(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("outlet"), Tr::tr("Only articles of this outlet."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), Tr::tr("Only articles published on or after this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Only articles published on or before this date."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("story"), Tr::tr("Only articles of this story."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("tag"), Tr::tr("Only articles with this tag."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("sort"), Tr::tr("relevance (the default) or date (newest first)."), QStringLiteral("ORDER")});
    parser.addPositionalArgument(QStringLiteral("QUERY"), Tr::tr("An SQLite FTS5 query."));
    return Tr::tr("Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] "
                  "[--tag T] [--sort relevance|date] QUERY");
}

int runSearch(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList words = parser.positionalArguments().mid(1);
    if (words.isEmpty()) {
        err() << Tr::tr("parallax search: no query given") << '\n' << synopsis << '\n';
        return Usage;
    }
    Library::SearchFilter filter;
    filter.outlet = parser.value(QStringLiteral("outlet"));
    filter.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    filter.story = parser.value(QStringLiteral("story")).toLongLong();
    filter.tag = parser.value(QStringLiteral("tag"));
    const QString sort = parser.value(QStringLiteral("sort"));
    if ((parser.isSet(QStringLiteral("from")) && !filter.from.isValid()) || (parser.isSet(QStringLiteral("to")) && !filter.to.isValid()) ||
        (!sort.isEmpty() && sort != QLatin1String("relevance") && sort != QLatin1String("date"))) {
        err() << Tr::tr("parallax search: dates are YYYY-MM-DD and --sort is relevance or date") << '\n' << synopsis << '\n';
        return Usage;
    }
    filter.newestFirst = sort == QLatin1String("date");
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    QString error;
    const auto hits = library->search(words.join(QLatin1Char(' ')), Library::QuerySyntax::Fts5, filter, &error);
    if (!hits) {
        err() << Tr::tr("parallax search: %1").arg(error) << '\n';
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &h : *hits) {
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("outlet"), h.outlet},
                                     {QStringLiteral("published"), dateJson(h.published)},
                                     {QStringLiteral("snippet"), h.snippet}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const SearchHit &h : *hits) {
        out() << h.id << '\t' << dateText(h.published) << '\t' << h.outlet << '\t' << h.title
              << "\n    " << h.snippet << '\n';
    }
    return Ok;
}

QString kindLabel(AlignmentKind kind)
{
    switch (kind) {
    case AlignmentKind::Verbatim:
        return Tr::tr("verbatim");
    case AlignmentKind::Reworded:
        return Tr::tr("reworded");
    case AlignmentKind::Partial:
        return Tr::tr("partial");
    }
    return {};
}

void printSummary(const Comparison &c)
{
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &a = c.articles.at(i);
        int unique = 0;
        for (const ComparedSentence &s : a.sentences)
            unique += s.isUnique() ? 1 : 0;
        out() << '[' << i << "] " << a.article.displayName() << " \u2014 " << a.article.title << '\n'
              << "    " << Tr::tr("%1 sentences, %2 only here, %3% found in the others")
                               .arg(a.sentences.size())
                               .arg(unique)
                               .arg(qRound(a.sharedShare() * 100))
              << '\n';
    }
    for (const PairComparison &p : c.pairs) {
        int counts[3] = {0, 0, 0};
        for (const Alignment &al : p.alignments)
            ++counts[int(al.kind)];
        out() << '\n' << Tr::tr("[%1] \u2194 [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]")
                            .arg(p.a)
                            .arg(p.b)
                            .arg(qRound(p.aInB * 100))
                            .arg(qRound(p.bInA * 100))
              << '\n';
        out() << "    " << Tr::tr("%1 %2, %3 %4, %5 %6")
                             .arg(counts[0]).arg(kindLabel(AlignmentKind::Verbatim))
                             .arg(counts[1]).arg(kindLabel(AlignmentKind::Reworded))
                             .arg(counts[2]).arg(kindLabel(AlignmentKind::Partial))
              << '\n';
        if (p.derived == PairComparison::Derived::BFromA)
            out() << "    " << Tr::tr("[%1] looks derived from [%2]").arg(p.b).arg(p.a) << '\n';
        else if (p.derived == PairComparison::Derived::AFromB)
            out() << "    " << Tr::tr("[%1] looks derived from [%2]").arg(p.a).arg(p.b) << '\n';
    }
    out() << '\n' << Tr::tr("%n figure(s), %1 quote(s), %2 discrepancy(s)", nullptr, int(c.figures.size()))
                         .arg(c.quotes.size())
                         .arg(c.discrepancies.size())
          << '\n';
    for (const Discrepancy &d : c.discrepancies) {
        QStringList items;
        for (const Discrepancy::Item &item : d.items)
            items.append(QStringLiteral("[%1] %2").arg(item.article).arg(item.text.size() > 60 ? item.text.left(57) + QStringLiteral("...") : item.text));
        out() << "  " << ComparisonJson::discrepancyKindName(d.kind) << ": "
              << Labels::discrepancyAbout(d.about) << '\n'
              << "    " << items.join(QStringLiteral("; ")) << '\n';
    }
    out() << '\n' << Tr::tr("Engine time: %1 ms").arg(c.timing.total, 0, 'f', 1) << '\n';
}

// Reads the inputs of compare and export: files (read with the importers, not stored) or
// library ids (a number that is not the name of a file). Errors go to stderr.
bool loadInputs(const QCommandLineParser &parser, const QStringList &inputs, const QString &command, QList<Article> *articles)
{
    std::unique_ptr<Library> library;
    FileImporter importer;
    for (const QString &input : inputs) {
        bool isId = false;
        const qint64 id = input.toLongLong(&isId);
        if (isId && !QFileInfo::exists(input)) {
            if (!library && !(library = openLibrary(parser)))
                return false;
            const std::optional<Article> a = library->article(id);
            if (!a) {
                err() << Tr::tr("parallax %1: there is no article %2 in the library %3")
                             .arg(command, input, QDir::toNativeSeparators(library->path()))
                      << '\n';
                return false;
            }
            articles->append(*a);
            continue;
        }
        ImportResult read = importer.importFile(input);
        if (!read.ok()) {
            err() << Tr::tr("parallax %1: %2: %3").arg(command, QDir::toNativeSeparators(input), read.error) << '\n';
            return false;
        }
        read.article->sourcePath = input;
        articles->append(*read.article);
    }
    return true;
}

// The INPUT... argument of compare and export.
void addInputs(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 Tr::tr("2 to %1 article files or library article ids.").arg(Comparer::kMaxArticles),
                                 QStringLiteral("INPUT..."));
}

// Whether there are 2 to 12 inputs; says so on stderr when not.
bool inputCountFits(const QStringList &inputs, const QString &command, const QString &synopsis)
{
    if (inputs.size() >= 2 && inputs.size() <= Comparer::kMaxArticles)
        return true;
    err() << Tr::tr("parallax %1: give 2 to %2 articles (got %3)").arg(command).arg(Comparer::kMaxArticles).arg(inputs.size())
          << '\n' << synopsis << '\n';
    return false;
}

QString declareCompare(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    addInputs(parser);
    return Tr::tr("Usage: parallax compare [--json] [--library P] INPUT...");
}

int runCompare(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (!inputCountFits(inputs, QStringLiteral("compare"), synopsis))
        return Usage;

    QList<Article> articles;
    if (!loadInputs(parser, inputs, QStringLiteral("compare"), &articles))
        return Failed;

    const Comparison comparison = Comparer::compare(articles);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(ComparisonJson::toJson(comparison)).toJson(QJsonDocument::Compact) << '\n';
    else
        printSummary(comparison);
    return Ok;
}

QString declareExport(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the comparison as a PDF to OUT."), QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("title"), Tr::tr("The story's title for the title block (default: the first article's)."),
                      QStringLiteral("TITLE")});
    parser.addOption({QStringLiteral("markdown"), Tr::tr("Write the library (or --story) as Markdown files with an index.json into DIR."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("story"), Tr::tr("With --markdown: only this story."), QStringLiteral("ID")});
    addInputs(parser);
    return Tr::tr("Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...\n"
                  "       parallax export --markdown DIR [--story ID] [--library P]");
}

int runExport(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("markdown"))) {
        const std::unique_ptr<Library> library = openLibrary(parser);
        if (!library)
            return Failed;
        QString error;
        const std::optional<int> written = ExportService::writeMarkdown(
            *library, parser.value(QStringLiteral("markdown")), parser.value(QStringLiteral("story")).toLongLong(), &error);
        if (!written) {
            err() << Tr::tr("parallax export: %1").arg(error) << '\n';
            return Failed;
        }
        out() << Tr::tr("exported %n article(s) to %1", nullptr, *written)
                     .arg(QDir::toNativeSeparators(parser.value(QStringLiteral("markdown"))))
              << '\n';
        return Ok;
    }
    if (!parser.isSet(QStringLiteral("pdf")) || parser.value(QStringLiteral("pdf")).isEmpty()) {
        err() << Tr::tr("parallax export: say where the PDF goes with --pdf OUT.pdf") << '\n' << synopsis << '\n';
        return Usage;
    }
    if (!inputCountFits(inputs, QStringLiteral("export"), synopsis))
        return Usage;
    QList<Article> articles;
    if (!loadInputs(parser, inputs, QStringLiteral("export"), &articles))
        return Failed;
    const QString target = parser.value(QStringLiteral("pdf"));
    const ExportService::PdfResult written = ExportService::writePdf(Comparer::compare(articles), target, parser.value(QStringLiteral("title")));
    if (!written.ok) {
        err() << Tr::tr("parallax export: %1").arg(written.error) << '\n';
        return Failed;
    }
    out() << Tr::tr("exported %n page(s) to %1", nullptr, written.pages).arg(QDir::toNativeSeparators(target)) << '\n';
    return Ok;
}

QString declareFeeds(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("opml"), Tr::tr("Subscribe to every feed of an OPML subscription list."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("add, list or refresh."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), Tr::tr("Feed addresses (add) or feed ids (refresh)."), QStringLiteral("[ARGS...]"));
    return Tr::tr("Usage: parallax feeds add [--library P] (URL... | --opml FILE)\n"
                  "       parallax feeds list [--library P] [--json]\n"
                  "       parallax feeds refresh [--library P] [ID...]");
}

int runFeeds(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    const QString action = positional.value(0);
    const QStringList args = positional.mid(1);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("refresh")) {
        err() << Tr::tr("parallax feeds: say add, list or refresh") << '\n' << synopsis << '\n';
        return Usage;
    }
    QStringList urls = args;
    if (action == QLatin1String("add")) {
        if (parser.isSet(QStringLiteral("opml"))) {
            const QString opml = parser.value(QStringLiteral("opml"));
            const ImportService::FeedList list = ImportService::readFeedList(opml);
            if (!list.readable) {
                err() << Tr::tr("parallax feeds: %1: cannot be read").arg(QDir::toNativeSeparators(opml)) << '\n';
                return Failed;
            }
            if (!list.error.isEmpty()) {
                err() << Tr::tr("parallax feeds: %1: %2").arg(QDir::toNativeSeparators(opml), list.error) << '\n';
                return Failed;
            }
            urls += list.urls;
        }
        if (urls.isEmpty()) {
            err() << Tr::tr("parallax feeds add: give feed addresses or --opml FILE") << '\n' << synopsis << '\n';
            return Usage;
        }
        for (const QString &url : std::as_const(urls)) {
            if (!UrlImporter::isWebLink(QUrl(url))) {
                err() << Tr::tr("parallax feeds add: %1 is not an http or https address").arg(url) << '\n';
                return Usage;
            }
        }
    }
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;

    if (action == QLatin1String("add")) {
        for (const QString &url : std::as_const(urls)) {
            QString error;
            const qint64 id = library->addFeed(url, &error);
            if (id == 0) {
                err() << Tr::tr("parallax feeds add: %1: %2").arg(url, error) << '\n';
                return Failed;
            }
            out() << "added " << id << ' ' << url << '\n';
        }
        return Ok;
    }
    if (action == QLatin1String("list")) {
        const QList<Library::Feed> feeds = library->feeds();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Library::Feed &f : feeds)
                array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                         {QStringLiteral("url"), f.url},
                                         {QStringLiteral("title"), f.title},
                                         {QStringLiteral("articles"), f.articles},
                                         {QStringLiteral("unread"), f.unread},
                                         {QStringLiteral("last_checked"), f.lastChecked.isValid() ? QJsonValue(f.lastChecked.toString(Qt::ISODate)) : QJsonValue()},
                                         {QStringLiteral("last_error"), f.lastError.isEmpty() ? QJsonValue() : QJsonValue(f.lastError)}});
            out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
            return Ok;
        }
        for (const Library::Feed &f : feeds) {
            out() << f.id << '\t' << f.unread << '/' << f.articles << '\t' << (f.title.isEmpty() ? QStringLiteral("-") : f.title)
                  << '\t' << f.url << '\t' << (f.lastChecked.isValid() ? f.lastChecked.toString(Qt::ISODate) : Tr::tr("never"));
            if (!f.lastError.isEmpty())
                out() << '\t' << f.lastError;
            out() << '\n';
        }
        return Ok;
    }
    // refresh
    QList<qint64> ids;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || !library->feed(id)) {
            err() << Tr::tr("parallax feeds refresh: there is no feed %1").arg(a) << '\n';
            return Failed;
        }
        ids.append(id);
    }
    if (ids.isEmpty()) {
        for (const Library::Feed &f : library->feeds())
            ids.append(f.id);
    }
    bool failed = false;
    for (qint64 id : std::as_const(ids)) {
        const FeedService::Result r = FeedService::refresh(*library, id);
        if (!r.error.isEmpty()) {
            out() << "failed " << id << ' ' << library->feed(id)->url << ": " << r.error << '\n';
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

QString declareStories(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("rebuild"), Tr::tr("Regroup every article, keeping the reader's own choices.")});
    return Tr::tr("Usage: parallax stories [--library P] [--json] [--rebuild]");
}

int runStories(const QCommandLineParser &parser, const QString &synopsis)
{
    if (parser.positionalArguments().size() > 1) {
        err() << Tr::tr("parallax stories: unexpected %1").arg(parser.positionalArguments().at(1)) << '\n' << synopsis << '\n';
        return Usage;
    }
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    if (parser.isSet(QStringLiteral("rebuild"))) {
        QString error;
        if (!library->rebuildStories(&error)) {
            err() << Tr::tr("parallax stories: the stories could not be rebuilt (%1)").arg(error) << '\n';
            return Failed;
        }
    }
    const QList<Library::Story> stories = library->stories();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Library::Story &s : stories) {
            QJsonArray ids;
            for (qint64 id : s.articles)
                ids.append(id);
            const StoryGrouper::Evidence why = library->storyEvidence(s.id);
            const auto list = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
            const QJsonObject whyJson{{QStringLiteral("names"), list(why.names)},   {QStringLiteral("places"), list(why.places)},
                                      {QStringLiteral("figures"), list(why.figures)}, {QStringLiteral("dates"), list(why.dates)},
                                      {QStringLiteral("words"), list(why.words)}};
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("articles"), ids},
                                     {QStringLiteral("why"), whyJson}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("stories"), array}}).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    for (const Library::Story &s : stories) {
        QStringList ids;
        for (qint64 id : s.articles)
            ids.append(QString::number(id));
        out() << s.id << '\t' << s.title << '\t' << ids.join(u',') << '\n';
    }
    return Ok;
}

QString declareBackup(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Where the backup goes."));
    return Tr::tr("Usage: parallax backup [--library P] OUT");
}

QString declareRestore(QCommandLineParser &parser)
{
    parser.addOption(libraryOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The backup to restore."));
    return Tr::tr("Usage: parallax restore [--library P] BACKUP");
}

// The one FILE of backup and restore; prints the synopsis when there is not exactly one.
std::optional<QString> onlyFile(const QCommandLineParser &parser, const QString &synopsis)
{
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() == 1)
        return files.first();
    err() << synopsis << '\n';
    return std::nullopt;
}

// parallax backup OUT
int runBackup(const QCommandLineParser &parser, const QString &synopsis)
{
    const std::optional<QString> file = onlyFile(parser, synopsis);
    if (!file)
        return Usage;
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    QString error;
    if (!library->backup(*file, &error)) {
        err() << Tr::tr("parallax backup: %1").arg(error) << '\n';
        return Failed;
    }
    out() << "backed up to " << QDir::toNativeSeparators(*file) << '\n';
    return Ok;
}

// parallax restore BACKUP
int runRestore(const QCommandLineParser &parser, const QString &synopsis)
{
    const std::optional<QString> file = onlyFile(parser, synopsis);
    if (!file)
        return Usage;
    const QString path = LibraryLocation::resolve(parser.value(QStringLiteral("library")));
    QString error;
    const std::optional<QString> replaced = Library::restore(*file, path, &error);
    if (!replaced) {
        err() << Tr::tr("parallax restore: %1").arg(error) << '\n';
        return Failed;
    }
    out() << "restored " << QDir::toNativeSeparators(path);
    if (!replaced->isEmpty())
        out() << " (the previous file is kept as " << QDir::toNativeSeparators(*replaced) << ')';
    out() << '\n';
    return Ok;
}

void printHelp()
{
    out() << Tr::tr(
        "Usage:\n"
        "  parallax [--library P] [FILE...]          open the window, importing and comparing FILEs\n"
        "  parallax [--library P] --sample           open the window on the sample story\n"
        "  parallax import [--library P] [--url URL]... [PATH...]\n"
        "                                            import files, folders and web links\n"
        "  parallax list [--library P] [--json]      list the articles in the library\n"
        "  parallax search [--library P] [--json] QUERY\n"
        "                                            full-text search (SQLite FTS5 syntax)\n"
        "  parallax compare [--json] [--library P] INPUT...\n"
        "                                            compare 2 to 12 files or library ids\n"
        "  parallax backup [--library P] OUT         a consistent copy of the library\n"
        "  parallax restore [--library P] BACKUP     put a backup in place (the old file is kept)\n"
        "  parallax stories [--library P] [--json] [--rebuild]\n"
        "                                            stories: coverage grouped by event\n"
        "  parallax feeds add [--library P] (URL... | --opml FILE)\n"
        "  parallax feeds list [--library P] [--json]\n"
        "  parallax feeds refresh [--library P] [ID...]\n"
        "                                            RSS and Atom subscriptions\n"
        "  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...\n"
        "                                            the comparison as a PDF (no display needed)\n"
        "  parallax --version | --help\n"
        "\n"
        "The library is --library P, else $PARALLAX_LIBRARY, else %1\n")
                 .arg(QDir::toNativeSeparators(LibraryLocation::defaultPath()));
    out() << Tr::tr("With --verbose, any of these lets the web engine's (Chromium's) diagnostics through to the terminal.")
          << '\n';
}

// A subcommand: its name, whether it needs Qt WebEngine (export renders; import, compare
// and feeds may read web pages), how its command line is declared (its options and
// arguments; returns its synopsis), and what runs once that parsed. The one list of them.
struct Command
{
    const char *name;
    bool webEngine = false;
    QString (*declare)(QCommandLineParser &parser);
    int (*run)(const QCommandLineParser &parser, const QString &synopsis);
};

const Command kCommands[] = {
    {"import", true, declareImport, runImport},
    {"list", false, declareList, runList},
    {"search", false, declareSearch, runSearch},
    {"compare", true, declareCompare, runCompare},
    {"export", true, declareExport, runExport},
    {"feeds", true, declareFeeds, runFeeds},
    {"stories", false, declareStories, runStories},
    {"backup", false, declareBackup, runBackup},
    {"restore", false, declareRestore, runRestore},
};

// The subcommand the arguments name, or none.
const Command *commandOf(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The opening every subcommand shares: its command line parsed, --help answered.
int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString synopsis = command.declare(parser);
    if (!parse(parser, arguments, synopsis))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return command.run(parser, synopsis);
}

} // namespace

bool needsWebEngine(const QStringList &arguments)
{
    const Command *command = commandOf(arguments);
    return command && command->webEngine && !arguments.contains(QStringLiteral("--help"));
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    return commandOf(arguments) || arguments.contains(QStringLiteral("--version")) ||
           arguments.contains(QStringLiteral("-v")) || arguments.contains(QStringLiteral("--help")) ||
           arguments.contains(QStringLiteral("-h"));
}

int run(const QStringList &arguments)
{
    int status = Usage;
    if (const Command *command = commandOf(arguments)) {
        status = runCommand(*command, arguments);
    } else if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
        out() << "parallax " << QCoreApplication::applicationVersion() << '\n';
        status = Ok;
    } else if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        printHelp();
        status = Ok;
    }
    out().flush();
    err().flush();
    return status;
}

} // namespace Parallax::Cli
