// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarylocation.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace Parallax {

QString LibraryLocation::resolve(const QString &commandLineValue) {
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnv = qEnvironmentVariable("PARALLAX_LIBRARY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return defaultPath();
}

QString LibraryLocation::remembered() {
    return QSettings().value(QStringLiteral("library/location")).toString();
}

void LibraryLocation::remember(const QString &location) {
    QSettings().setValue(QStringLiteral("library/location"),
                         isServer(location) ? shown(location) : location);
}

QString LibraryLocation::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

bool LibraryLocation::isServer(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString LibraryLocation::shown(const QString &location) {
    if (!isServer(location))
        return QDir::toNativeSeparators(location);
    QUrl url(location);
    if (!url.isValid())
        return location.section(u'@', -1); // whatever came before an @ may be a password
    return url.toString(QUrl::RemovePassword);
}

} // namespace Parallax
