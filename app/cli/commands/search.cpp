// SPDX-License-Identifier: GPL-3.0-or-later
// parallax search: full-text search of the library.
#include "cli/commands/commands.h"

#include "cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parallax::Cli {

void declareSearch(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("outlet"), Tr::tr("Only articles of this outlet."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"),
                      Tr::tr("Only articles published on or after this date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("Only articles published on or before this date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("story"), Tr::tr("Only articles of this story."), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("tag"), Tr::tr("Only articles with this tag."), QStringLiteral("TAG")});
    parser.addOption({QStringLiteral("sort"),
                      Tr::tr("relevance (the default) or date (newest first)."),
                      QStringLiteral("ORDER")});
    parser.addPositionalArgument(QStringLiteral("QUERY"), Tr::tr("An SQLite FTS5 query."));
}

int runSearch(const QCommandLineParser &parser, const QString &synopsis) {
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
    if ((parser.isSet(QStringLiteral("from")) && !filter.from.isValid()) ||
        (parser.isSet(QStringLiteral("to")) && !filter.to.isValid()) ||
        (!sort.isEmpty() && sort != QLatin1String("relevance") && sort != QLatin1String("date"))) {
        err() << Tr::tr("parallax search: dates are YYYY-MM-DD and --sort is relevance or date")
              << '\n'
              << synopsis << '\n';
        return Usage;
    }
    filter.newestFirst = sort == QLatin1String("date");
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    QString error;
    const auto hits =
        library->search(words.join(QLatin1Char(' ')), Library::QuerySyntax::Fts5, filter, &error);
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

} // namespace Parallax::Cli
