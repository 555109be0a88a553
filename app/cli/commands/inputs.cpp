// SPDX-License-Identifier: GPL-3.0-or-later
// The INPUT... of compare and export: article files (read, not stored) or library ids.
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "core/comparer.h"
#include "importers/fileimporter.h"

#include <QDir>
#include <QFileInfo>

namespace Parallax::Cli {

// Reads the inputs of compare and export: files (read with the importers, not stored) or
// library ids (a number that is not the name of a file). Errors go to stderr.
bool loadInputs(const QCommandLineParser &parser, const QStringList &inputs, const QString &command,
                QList<Article> *articles) {
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
            err() << Tr::tr("parallax %1: %2: %3")
                         .arg(command, QDir::toNativeSeparators(input), read.error)
                  << '\n';
            return false;
        }
        read.article->sourcePath = input;
        articles->append(*read.article);
    }
    return true;
}

// The INPUT... argument of compare and export.
void addInputs(QCommandLineParser &parser) {
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        Tr::tr("2 to %1 article files or library article ids.").arg(Comparer::kMaxArticles),
        QStringLiteral("INPUT..."));
}

// Whether there are 2 to 12 inputs; says so on stderr when not.
bool inputCountFits(const QStringList &inputs, const QString &command, const QString &synopsis) {
    if (inputs.size() >= 2 && inputs.size() <= Comparer::kMaxArticles)
        return true;
    err() << Tr::tr("parallax %1: give 2 to %2 articles (got %3)")
                 .arg(command)
                 .arg(Comparer::kMaxArticles)
                 .arg(inputs.size())
          << '\n'
          << synopsis << '\n';
    return false;
}

} // namespace Parallax::Cli
