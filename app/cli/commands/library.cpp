// SPDX-License-Identifier: GPL-3.0-or-later
// parallax library copy FROM TO: a library moved between a file and a server (LibraryCopy).
#include "cli/commands/commands.h"

#include "cli/command.h"
#include "storage/librarycopy.h"
#include "storage/librarylocation.h"

namespace Parallax::Cli {

void declareLibrary(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addPositionalArgument(QStringLiteral("copy"), Tr::tr("Copy a library."));
    parser.addPositionalArgument(QStringLiteral("FROM"),
                                 Tr::tr("The library to copy: a file or a postgresql:// address."));
    parser.addPositionalArgument(
        QStringLiteral("TO"),
        Tr::tr("An empty library (a new file, or an empty database on a server)."));
}

// parallax library copy [--library P] [FROM] TO: FROM defaults to the library of --library,
// PARALLAX_LIBRARY or the default one.
int runLibrary(const QCommandLineParser &parser, const QString &synopsis) {
    QStringList args = parser.positionalArguments().mid(1);
    if (args.size() == 2 && args.first() == QLatin1String("copy"))
        args.insert(1, LibraryLocation::resolve(parser.value(QStringLiteral("library"))));
    if (args.size() != 3 || args.first() != QLatin1String("copy")) {
        err() << synopsis << '\n';
        return Usage;
    }
    const QString from = args.at(1);
    const QString to = args.at(2);
    const LibraryCopy::Result r =
        LibraryCopy::copy(from, to, [](const QString &table, qint64 rows) {
            err() << Tr::tr("copying %1: %2 rows").arg(table).arg(rows) << '\n';
        });
    if (!r.ok) {
        err() << Tr::tr("parallax library copy: %1").arg(r.error) << '\n';
        return Failed;
    }
    for (const LibraryCopy::Table &t : r.tables)
        out() << "copied " << t.name << ' ' << t.rows << '\n';
    out() << "verified " << LibraryLocation::shown(to) << '\n';
    return Ok;
}

} // namespace Parallax::Cli
