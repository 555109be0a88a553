// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax {

// Keeps the diagnostics of Qt WebEngine and Chromium (the engine's set-up report, sandbox
// and graphics notes, Chromium's own log, web pages' console messages) out of the terminal:
// they say nothing a reader of Parallax can act on. `--verbose` lets them through.
class EngineLog final {
public:
    // The Chromium flags to start with: the user's own flags (QTWEBENGINE_CHROMIUM_FLAGS)
    // kept, plus --log-level=3 (fatal errors only) unless they choose a log level themselves.
    static QByteArray quietFlags(const QByteArray &userFlags);

    // True for a message from the engine rather than from Parallax.
    static bool isEngineDiagnostic(const char *category, const QString &message);

    // Before the QApplication exists: sets the quiet Chromium flags and filters the engine's
    // messages out of Qt's message handling (everything else still goes to the handler
    // installed before).
    static void quieten();
};

} // namespace Parallax
