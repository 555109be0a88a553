// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command.h"

#include "storage/librarylocation.h"

#include <QDir>

namespace Parallax::Cli {

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}

QCommandLineOption libraryOption() {
    return {QStringLiteral("library"),
            Tr::tr("Use the library file PATH (default: $PARALLAX_LIBRARY, then the "
                   "application data folder)."),
            QStringLiteral("PATH")};
}

QCommandLineOption jsonOption() {
    return {QStringLiteral("json"), Tr::tr("Print JSON instead of text.")};
}

std::unique_ptr<Library> openLibrary(const QCommandLineParser &parser) {
    const QString path = LibraryLocation::resolve(parser.value(QStringLiteral("library")));
    Library::OpenResult opened = Library::open(path);
    if (!opened.library) {
        err() << opened.error << '\n';
        err().flush();
    } else if (!opened.backupPath.isEmpty()) {
        err() << Tr::tr("The library was upgraded; a copy of the previous version is at %1")
                     .arg(QDir::toNativeSeparators(opened.backupPath))
              << '\n';
    }
    return std::move(opened.library);
}

QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue dateJson(const QDate &d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace Parallax::Cli
