// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginelog.h"

#include <QList>

#include <QtGlobal>
#include <algorithm>

#include <cstring>

namespace Parallax {

namespace {

QtMessageHandler previousHandler = nullptr;

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type != QtFatalMsg && EngineLog::isEngineDiagnostic(context.category, message))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

QByteArray EngineLog::quietFlags(const QByteArray &userFlags) {
    const QList<QByteArray> flags = userFlags.simplified().split(' ');
    const bool chosen = std::any_of(flags.cbegin(), flags.cend(), [](const QByteArray &f) {
        return f.startsWith("--log-level") || f.startsWith("--enable-logging") ||
               f.startsWith("--v=") || f.startsWith("--vmodule");
    });
    const QByteArray kept = userFlags.simplified();
    if (chosen)
        return kept;
    return kept.isEmpty() ? QByteArray("--log-level=3") : kept + " --log-level=3";
}

bool EngineLog::isEngineDiagnostic(const char *category, const QString &message) {
    const char *name = category ? category : "";
    if (std::strncmp(name, "qt.webengine", 12) == 0 || std::strcmp(name, "js") == 0)
        return true;
    // Qt WebEngine's own notes at start-up, written without a category of their own.
    if (std::strcmp(name, "default") == 0)
        return message.startsWith(QLatin1String("Sandboxing disabled")) ||
               message.trimmed() == QLatin1String("No suitable graphics backend found");
    return false;
}

void EngineLog::quieten() {
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", quietFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
    previousHandler = qInstallMessageHandler(filteringHandler);
}

} // namespace Parallax
