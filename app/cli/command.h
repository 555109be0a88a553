// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

// What every subcommand of the command line shares: the table row that names it (Command),
// its exit codes, the output streams, the common options and opening the library. One
// subcommand is one file under commands/ and one row of the table in cli.cpp.
namespace Parallax::Cli {

// The command line's messages, in the translation context Parallax::Cli.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Cli)
};

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// A subcommand: its name, its synopsis (translated when shown: QT_TRANSLATE_NOOP in the
// context Parallax::Cli), whether it needs Qt WebEngine (export renders; import, compare and
// feeds may read web pages), how its command line is declared (its options and arguments),
// and what runs once that parsed (--help is answered before, and so is an argument given to
// a subcommand that takes none).
struct Command {
    const char *name;
    const char *synopsis;
    bool webEngine = false;
    void (*declare)(QCommandLineParser &parser);
    int (*run)(const QCommandLineParser &parser, const QString &synopsis);
    bool takesArguments = true;
};

QTextStream &out();
QTextStream &err();

// --library PATH and --json.
QCommandLineOption libraryOption();
QCommandLineOption jsonOption();

// The library of --library (else $PARALLAX_LIBRARY, else the default); says why not on stderr.
std::unique_ptr<Library> openLibrary(const QCommandLineParser &parser);

// A date as YYYY-MM-DD; "-" (text) or null (JSON) when there is none.
QString dateText(const QDate &d);
QJsonValue dateJson(const QDate &d);

} // namespace Parallax::Cli
