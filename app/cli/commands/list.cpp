// SPDX-License-Identifier: GPL-3.0-or-later
// parallax list: the articles in the library.
#include "cli/commands/commands.h"

#include "cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parallax::Cli {

void declareList(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
}

int runList(const QCommandLineParser &parser, const QString & /*synopsis*/) {
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
            array.append(
                QJsonObject{{QStringLiteral("id"), a.id},
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
                            {QStringLiteral("importedAt"), a.importedAt.toString(Qt::ISODate)}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const Article &a : articles) {
        out() << a.id << '\t' << dateText(a.published) << '\t' << a.outlet << '\t' << a.wordCount
              << '\t' << a.title << '\n';
    }
    return Ok;
}

} // namespace Parallax::Cli
