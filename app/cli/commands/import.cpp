// SPDX-License-Identifier: GPL-3.0-or-later
// parallax import: files, folders and web links into the library, through ImportService.
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "importers/urlimporter.h"
#include "services/importservice.h"

#include <QDir>
#include <QUrl>

namespace Parallax::Cli {

void declareImport(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(
        {QStringLiteral("url"),
         Tr::tr("Download the article at URL (http or https) and import it; repeatable."),
         QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("PATH"), Tr::tr("Files or folders to import."),
                                 QStringLiteral("PATH..."));
}

int runImport(const QCommandLineParser &parser, const QString &synopsis) {
    const QStringList paths = parser.positionalArguments().mid(1);
    const QStringList urls = parser.values(QStringLiteral("url"));
    if (paths.isEmpty() && urls.isEmpty()) {
        err() << Tr::tr("parallax import: no file, folder or --url given") << '\n'
              << synopsis << '\n';
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
            out() << "skipped " << shown << ": "
                  << Tr::tr("the library could not store it (%1)").arg(o.added.error) << '\n';
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
    QList<QUrl> links;
    for (const QString &url : urls)
        links.append(QUrl(url));
    int next = 0;
    ImportService::Hooks hooks;
    hooks.done = [&](const ImportService::Outcome &o) {
        report(urls.at(next++), o);
    };
    ImportService::importLinks(*library, links, hooks);
    return skippedAny ? Failed : Ok;
}

} // namespace Parallax::Cli
