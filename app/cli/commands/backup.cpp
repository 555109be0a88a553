// SPDX-License-Identifier: GPL-3.0-or-later
// parallax backup and parallax restore.
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "storage/librarylocation.h"

#include <QDir>

#include <optional>

namespace Parallax::Cli {

namespace {

// The one FILE of backup and restore; prints the synopsis when there is not exactly one.
std::optional<QString> onlyFile(const QCommandLineParser &parser, const QString &synopsis) {
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() == 1)
        return files.first();
    err() << synopsis << '\n';
    return std::nullopt;
}

} // namespace

void declareBackup(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Where the backup goes."));
}

void declareRestore(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The backup to restore."));
}

// parallax backup OUT
int runBackup(const QCommandLineParser &parser, const QString &synopsis) {
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
int runRestore(const QCommandLineParser &parser, const QString &synopsis) {
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

} // namespace Parallax::Cli
