// SPDX-License-Identifier: GPL-3.0-or-later
// parallax stories: coverage grouped by event, and why.
#include "cli/commands/commands.h"

#include "cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parallax::Cli {

void declareStories(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    parser.addOption({QStringLiteral("rebuild"),
                      Tr::tr("Regroup every article, keeping the reader's own choices.")});
}

int runStories(const QCommandLineParser &parser, const QString & /*synopsis*/) {
    const std::unique_ptr<Library> library = openLibrary(parser);
    if (!library)
        return Failed;
    if (parser.isSet(QStringLiteral("rebuild"))) {
        QString error;
        if (!library->rebuildStories(&error)) {
            err() << Tr::tr("parallax stories: the stories could not be rebuilt (%1)").arg(error)
                  << '\n';
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
            const auto list = [](const QStringList &l) {
                return QJsonArray::fromStringList(l);
            };
            const QJsonObject whyJson{{QStringLiteral("names"), list(why.names)},
                                      {QStringLiteral("places"), list(why.places)},
                                      {QStringLiteral("figures"), list(why.figures)},
                                      {QStringLiteral("dates"), list(why.dates)},
                                      {QStringLiteral("words"), list(why.words)}};
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("articles"), ids},
                                     {QStringLiteral("why"), whyJson}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("stories"), array}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
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

} // namespace Parallax::Cli
