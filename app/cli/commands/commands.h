// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/command.h"

// The subcommands, one file each under commands/; the table that names them (and their
// synopses) is kCommands in cli.cpp. Each declares its options and arguments on the parser,
// and runs once they parsed, returning the exit status (ExitCode).
namespace Parallax::Cli {

void declareImport(QCommandLineParser &parser);
int runImport(const QCommandLineParser &parser, const QString &synopsis);

void declareList(QCommandLineParser &parser);
int runList(const QCommandLineParser &parser, const QString &synopsis);

void declareSearch(QCommandLineParser &parser);
int runSearch(const QCommandLineParser &parser, const QString &synopsis);

void declareCompare(QCommandLineParser &parser);
int runCompare(const QCommandLineParser &parser, const QString &synopsis);

void declareExport(QCommandLineParser &parser);
int runExport(const QCommandLineParser &parser, const QString &synopsis);

void declareFeeds(QCommandLineParser &parser);
int runFeeds(const QCommandLineParser &parser, const QString &synopsis);

void declareStories(QCommandLineParser &parser);
int runStories(const QCommandLineParser &parser, const QString &synopsis);

void declareBackup(QCommandLineParser &parser);
int runBackup(const QCommandLineParser &parser, const QString &synopsis);
void declareRestore(QCommandLineParser &parser);
int runRestore(const QCommandLineParser &parser, const QString &synopsis);

void declareLibrary(QCommandLineParser &parser);
int runLibrary(const QCommandLineParser &parser, const QString &synopsis);

// The INPUT... of compare and export (inputs.cpp).
void addInputs(QCommandLineParser &parser);
// Whether there are 2 to 12 inputs; says so on stderr when not.
bool inputCountFits(const QStringList &inputs, const QString &command, const QString &synopsis);
// Reads the inputs: files (read with the importers, not stored) or library ids (a number
// that is not the name of a file). Errors go to stderr.
bool loadInputs(const QCommandLineParser &parser, const QStringList &inputs, const QString &command,
                QList<Article> *articles);

} // namespace Parallax::Cli
