// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/serverlibrary.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Parallax {

namespace {

// The storage classes share the translation context of the class that once held them all.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

// What libpq said when the connection failed, made plain.
QString connectionProblem(const QString &said) {
    const QString text = said.toLower();
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("authentication failed")) ||
        text.contains(QLatin1String("no pg_hba.conf entry")))
        return Tr::tr("the server refused the login (%1). Put the password in ~/.pgpass, in the "
                      "file PGPASSFILE names, or in a PGSERVICE entry.")
            .arg(said.trimmed());
    if (text.contains(QLatin1String("does not exist")))
        return Tr::tr("the server has no such database or role (%1)").arg(said.trimmed());
    if (text.contains(QLatin1String("timeout expired")) ||
        text.contains(QLatin1String("connection refused")) ||
        text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("could not translate host name")) ||
        text.contains(QLatin1String("no such file or directory")))
        return Tr::tr("the server cannot be reached (%1)").arg(said.trimmed());
    return said.trimmed();
}

} // namespace

QSqlDatabase ServerLibrary::connect(const QString &address, const QString &connectionName,
                                    QString *error) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Tr::tr("PostgreSQL support is not installed (Debian package libqt6sql6-psql)");
        return {};
    }
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Tr::tr("the address is not valid (%1)").arg(url.errorString());
        return {};
    }
    if (!url.password().isEmpty()) {
        *error = Tr::tr("the address holds a password. Leave it out and put it in ~/.pgpass, "
                        "in the file PGPASSFILE names, or in a PGSERVICE entry, so that it is "
                        "never stored in plain text.");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    // The rest of the address (sslmode, host for a socket folder, service, ...) goes to libpq
    // as it is; libpq rejects what it does not know, in its own words.
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        options.append(key + u'=' + value);
        timeout = timeout || key == QLatin1String("connect_timeout");
    }
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds));
    options.append(QStringLiteral("application_name=Parallax"));
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error =
            connectionProblem(db.lastError().driverText() + u' ' + db.lastError().databaseText());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    // The server's NOTICE lines (a table that already exists, ...) are not for the reader.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return db;
}

QString ServerLibrary::probe(const QString &address) {
    static QAtomicInt probes;
    const QString name = QStringLiteral("parallax-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = connect(address, name, &error);
        if (!error.isEmpty())
            return error;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return {};
}

bool ServerLibrary::connectionLost(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    const QString text = error.text().toLower();
    return code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
           text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection"));
}

QString ServerLibrary::describe(const QSqlError &error, const QString &address) {
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("25006") || code == QLatin1String("42501"))
        return Tr::tr("this login may only read the library on %1 (%2)")
            .arg(address, error.databaseText().trimmed());
    if (code == QLatin1String("53100"))
        return Tr::tr("the disk of the server holding %1 is full (%2)")
            .arg(address, error.databaseText().trimmed());
    if (connectionLost(error))
        return Tr::tr("the connection to the server of %1 was lost; nothing after the last "
                      "commit was stored (%2)")
            .arg(address, error.text().trimmed());
    return error.text().trimmed();
}

} // namespace Parallax
