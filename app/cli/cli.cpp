// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/command.h"
#include "cli/commands/commands.h"
#include "storage/librarylocation.h"

#include <QDir>

namespace Parallax::Cli {

namespace {

// Parses the options of a subcommand; prints the problem and returns false on a usage error.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis) {
    parser.setApplicationDescription(synopsis);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("verbose"),
                      Tr::tr("Let the web engine's diagnostics through to the terminal.")});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << synopsis << '\n';
        err().flush();
        return false;
    }
    return true;
}

void printHelp() {
    out()
        << Tr::tr(
               "Usage:\n"
               "  parallax [--library P] [FILE...]          open the window, importing and "
               "comparing FILEs\n"
               "  parallax [--library P] --sample           open the window on the sample story\n"
               "  parallax import [--library P] [--url URL]... [PATH...]\n"
               "                                            import files, folders and web links\n"
               "  parallax list [--library P] [--json]      list the articles in the library\n"
               "  parallax search [--library P] [--json] QUERY\n"
               "                                            full-text search (SQLite FTS5 syntax)\n"
               "  parallax compare [--json] [--library P] INPUT...\n"
               "                                            compare 2 to 12 files or library ids\n"
               "  parallax backup [--library P] OUT         a consistent copy of the library\n"
               "  parallax restore [--library P] BACKUP     put a backup in place (the old file is "
               "kept)\n"
               "  parallax stories [--library P] [--json] [--rebuild]\n"
               "                                            stories: coverage grouped by event\n"
               "  parallax feeds add [--library P] (URL... | --opml FILE)\n"
               "  parallax feeds list [--library P] [--json]\n"
               "  parallax feeds refresh [--library P] [ID...]\n"
               "                                            RSS and Atom subscriptions\n"
               "  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...\n"
               "                                            the comparison as a PDF (no display "
               "needed)\n"
               "  parallax library copy FROM TO             a library moved between a file and a "
               "server\n"
               "  parallax --version | --help\n"
               "\n"
               "The library is --library P, else $PARALLAX_LIBRARY, else %1\n"
               "P is a file, or a PostgreSQL server's postgresql://user@host:port/database\n")
               .arg(QDir::toNativeSeparators(LibraryLocation::defaultPath()));
    out() << Tr::tr("With --verbose, any of these lets the web engine's (Chromium's) diagnostics "
                    "through to the terminal.")
          << '\n';
}

// The subcommands: the one list of their names. Adding one: its file under commands/, its
// two functions in commands/commands.h, and a row here.
const Command kCommands[] = {
    {"import",
     QT_TRANSLATE_NOOP("Parallax::Cli",
                       "Usage: parallax import [--library P] [--url URL]... [PATH...]"),
     true, declareImport, runImport},
    {"list", QT_TRANSLATE_NOOP("Parallax::Cli", "Usage: parallax list [--library P] [--json]"),
     false, declareList, runList, false},
    {"search",
     QT_TRANSLATE_NOOP("Parallax::Cli",
                       "Usage: parallax search [--library P] [--json] [--outlet O] [--from D] "
                       "[--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY"),
     false, declareSearch, runSearch},
    {"compare",
     QT_TRANSLATE_NOOP("Parallax::Cli", "Usage: parallax compare [--json] [--library P] INPUT..."),
     true, declareCompare, runCompare},
    {"export",
     QT_TRANSLATE_NOOP("Parallax::Cli",
                       "Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...\n"
                       "       parallax export --markdown DIR [--story ID] [--library P]"),
     true, declareExport, runExport},
    {"feeds",
     QT_TRANSLATE_NOOP("Parallax::Cli",
                       "Usage: parallax feeds add [--library P] (URL... | --opml FILE)\n"
                       "       parallax feeds list [--library P] [--json]\n"
                       "       parallax feeds refresh [--library P] [ID...]"),
     true, declareFeeds, runFeeds},
    {"stories",
     QT_TRANSLATE_NOOP("Parallax::Cli",
                       "Usage: parallax stories [--library P] [--json] [--rebuild]"),
     false, declareStories, runStories, false},
    {"backup", QT_TRANSLATE_NOOP("Parallax::Cli", "Usage: parallax backup [--library P] OUT"),
     false, declareBackup, runBackup},
    {"restore", QT_TRANSLATE_NOOP("Parallax::Cli", "Usage: parallax restore [--library P] BACKUP"),
     false, declareRestore, runRestore},
    {"library",
     QT_TRANSLATE_NOOP("Parallax::Cli", "Usage: parallax library copy [--library P] [FROM] TO"),
     false, declareLibrary, runLibrary},
};

// The subcommand the arguments name, or none.
const Command *commandOf(const QStringList &arguments) {
    const QString name = arguments.value(1);
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The opening every subcommand shares: its command line parsed, --help answered.
int runCommand(const Command &command, const QStringList &arguments) {
    QCommandLineParser parser;
    command.declare(parser);
    const QString synopsis = Tr::tr(command.synopsis);
    if (!parse(parser, arguments, synopsis))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (!command.takesArguments && parser.positionalArguments().size() > 1) {
        err() << Tr::tr("parallax %1: unexpected argument %2")
                     .arg(QLatin1String(command.name), parser.positionalArguments().at(1))
              << '\n'
              << synopsis << '\n';
        return Usage;
    }
    return command.run(parser, synopsis);
}

} // namespace

bool needsWebEngine(const QStringList &arguments) {
    const Command *command = commandOf(arguments);
    return command && command->webEngine && !arguments.contains(QStringLiteral("--help"));
}

bool isHeadless(const QStringList &arguments) {
    if (arguments.size() < 2)
        return false;
    return commandOf(arguments) || arguments.contains(QStringLiteral("--version")) ||
           arguments.contains(QStringLiteral("-v")) ||
           arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

int run(const QStringList &arguments) {
    int status = Usage;
    if (const Command *command = commandOf(arguments)) {
        status = runCommand(*command, arguments);
    } else if (arguments.contains(QStringLiteral("--version")) ||
               arguments.contains(QStringLiteral("-v"))) {
        out() << "parallax " << QCoreApplication::applicationVersion() << '\n';
        status = Ok;
    } else if (arguments.contains(QStringLiteral("--help")) ||
               arguments.contains(QStringLiteral("-h"))) {
        printHelp();
        status = Ok;
    }
    out().flush();
    err().flush();
    return status;
}

} // namespace Parallax::Cli
