// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Parallax::Cli {

// The headless subcommands (import, list, search, compare, export, --version, --help). They need no
// display and print to stdout; errors go to stderr with the file and the reason.

// True when the arguments ask for a subcommand rather than the window.
bool isHeadless(const QStringList &arguments);

// True for the subcommands that use Qt WebEngine (export renders, import and compare may
// read web pages): they need a
// QApplication, on the offscreen platform when there is no display.
bool needsWebEngine(const QStringList &arguments);

// Runs the subcommand and returns the process exit status.
int run(const QStringList &arguments);

} // namespace Parallax::Cli
