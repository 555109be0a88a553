// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylocation.h"

#include <QDir>
#include <QStandardPaths>

namespace Parallax {

QString LibraryLocation::resolve(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnv = qEnvironmentVariable("PARALLAX_LIBRARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultPath();
}

QString LibraryLocation::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

} // namespace Parallax
