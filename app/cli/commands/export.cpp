// SPDX-License-Identifier: GPL-3.0-or-later
// parallax export: a comparison as a PDF, or the library as Markdown, through ExportService.
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "core/comparer.h"
#include "services/exportservice.h"

#include <QDir>

namespace Parallax::Cli {

void declareExport(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the comparison as a PDF to OUT."),
                      QStringLiteral("OUT")});
    parser.addOption(
        {QStringLiteral("title"),
         Tr::tr("The story's title for the title block (default: the first article's)."),
         QStringLiteral("TITLE")});
    parser.addOption(
        {QStringLiteral("markdown"),
         Tr::tr("Write the library (or --story) as Markdown files with an index.json into DIR."),
         QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("story"), Tr::tr("With --markdown: only this story."),
                      QStringLiteral("ID")});
    addInputs(parser);
}

int runExport(const QCommandLineParser &parser, const QString &synopsis) {
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (parser.isSet(QStringLiteral("markdown"))) {
        const std::unique_ptr<Library> library = openLibrary(parser);
        if (!library)
            return Failed;
        QString error;
        const std::optional<int> written = ExportService::writeMarkdown(
            *library, parser.value(QStringLiteral("markdown")),
            parser.value(QStringLiteral("story")).toLongLong(), &error);
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
        err() << Tr::tr("parallax export: say where the PDF goes with --pdf OUT.pdf") << '\n'
              << synopsis << '\n';
        return Usage;
    }
    if (!inputCountFits(inputs, QStringLiteral("export"), synopsis))
        return Usage;
    QList<Article> articles;
    if (!loadInputs(parser, inputs, QStringLiteral("export"), &articles))
        return Failed;
    const QString target = parser.value(QStringLiteral("pdf"));
    const ExportService::PdfResult written = ExportService::writePdf(
        Comparer::compare(articles), target, parser.value(QStringLiteral("title")));
    if (!written.ok) {
        err() << Tr::tr("parallax export: %1").arg(written.error) << '\n';
        return Failed;
    }
    out() << Tr::tr("exported %n page(s) to %1", nullptr, written.pages)
                 .arg(QDir::toNativeSeparators(target))
          << '\n';
    return Ok;
}

} // namespace Parallax::Cli
