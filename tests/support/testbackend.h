// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The backend a storage, CLI or stories test runs against. The same test code runs twice
// (see tests/CMakeLists.txt): on SQLite files, and with PARALLAX_TEST_BACKEND=postgresql
// against the throwaway server of tests/postgresql/cluster.sh, whose address is in
// PARALLAX_TEST_SERVER. Header only, so that any test can include it.

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace TestBackend {

inline bool server()
{
    return qgetenv("PARALLAX_TEST_BACKEND") == "postgresql";
}

// The server's own database (not a library): for creating and inspecting test databases.
inline QString serverAddress()
{
    return QString::fromLocal8Bit(qgetenv("PARALLAX_TEST_SERVER"));
}

// A fresh, empty library location for one test, the same for the same name within a test
// process: a file `name` in `dir`, or a new database on the test server.
inline QString library(const QTemporaryDir &dir, const QString &name)
{
    if (!server())
        return dir.filePath(name);
    static QHash<QString, QString> made;
    const QString key = dir.path() + u'/' + name;
    if (const auto it = made.constFind(key); it != made.cend())
        return *it;
    QString database = QStringLiteral("t%1_%2_").arg(QCoreApplication::applicationPid()).arg(made.size());
    for (const QChar c : name.toLower())
        database.append(c.isLetterOrNumber() ? c : u'_');
    QUrl url(serverAddress());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open())
            qFatal("test server %s: %s", qPrintable(serverAddress()), qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(database)))
            qFatal("CREATE DATABASE %s: %s", qPrintable(database), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    url.setPath(u'/' + database);
    made.insert(key, url.toString());
    return url.toString();
}

// SQL for a trigger that makes inserts into `table` fail when `condition` (over `new`) holds,
// with the message 'simulated failure', in the dialect of the backend; and its removal.
inline QStringList failingInsertTrigger(const QString &name, const QString &table, const QString &condition)
{
    if (!server())
        return {QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 %3 BEGIN SELECT RAISE(ABORT, "
                               "'simulated failure'); END")
                    .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN ") + condition)};
    return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "RAISE EXCEPTION 'simulated failure'; END $$")
                .arg(name),
            QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW %3 EXECUTE FUNCTION %1()")
                .arg(name, table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (") + condition + u')')};
}

inline QStringList droppedTrigger(const QString &name, const QString &table)
{
    if (!server())
        return {QStringLiteral("DROP TRIGGER %1").arg(name)};
    return {QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table), QStringLiteral("DROP FUNCTION %1()").arg(name)};
}

inline bool execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace TestBackend

// For a test that is about the SQLite file itself (its pages, backup, permissions).
#define SQLITE_ONLY(why)                                                                            \
    do {                                                                                           \
        if (TestBackend::server())                                                                 \
            QSKIP("SQLite only: " why);                                                            \
    } while (false)
