// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::Migrator)
};

// Migration number -> resource path, from the files compiled into the binary.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral(R"(^(\d{3})_[a-z0-9_]+\.sql$)"));
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

int userVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    const int version = *ok ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

} // namespace

int Migrator::latestVersion()
{
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        QString line = rawLine;
        // Comments are whole-line or trailing "-- ..." outside string literals; the migration
        // files keep "--" out of literals so this simple rule holds.
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        const QString upper = line.trimmed().toUpper();
        if (upper.startsWith(QLatin1String("CREATE TRIGGER")) ||
            upper.startsWith(QLatin1String("CREATE TEMP TRIGGER")))
            inTrigger = true;
        const bool ends = upper.endsWith(QLatin1Char(';'));
        if (ends && (!inTrigger || upper == QLatin1String("END;"))) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Migrator::Outcome Migrator::migrate(QSqlDatabase &db, const QString &filePath, int targetVersion)
{
    Outcome out;
    const QMap<int, QString> files = migrationFiles();
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    if (targetVersion < 0)
        targetVersion = latest;

    bool ok = false;
    out.fromVersion = out.toVersion = userVersion(db, &ok);
    if (!ok) {
        out.error = Tr::tr("the file is not a Parallax library or is damaged (%1)")
                        .arg(db.lastError().text());
        return out;
    }
    if (out.fromVersion > latest) {
        out.error = Tr::tr("the library was written by a newer Parallax (schema version %1; "
                           "this version knows up to %2)")
                        .arg(out.fromVersion)
                        .arg(latest);
        return out;
    }
    if (out.fromVersion >= targetVersion)
        return out;

    // Keep a copy of an existing library before changing its schema.
    if (out.fromVersion > 0 && filePath != QLatin1String(":memory:")) {
        const QFileInfo info(filePath);
        out.backupPath = info.dir().filePath(
            QStringLiteral("%1.v%2-%3.bak")
                .arg(info.fileName())
                .arg(out.fromVersion)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"))));
        QSqlQuery backup(db);
        backup.prepare(QStringLiteral("VACUUM INTO ?"));
        backup.addBindValue(out.backupPath);
        if (!backup.exec()) {
            out.error = Tr::tr("could not keep a copy of the library before upgrading it (%1)")
                            .arg(backup.lastError().text());
            out.backupPath.clear();
            return out;
        }
    }

    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const int version = it.key();
        if (version <= out.toVersion || version > targetVersion)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = Tr::tr("migration %1 cannot be read").arg(version);
            return out;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            out.error = Tr::tr("could not start migration %1 (%2)").arg(version).arg(db.lastError().text());
            return out;
        }
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QString why = q.lastError().text();
                db.rollback();
                out.error = Tr::tr("migration %1 failed: %2").arg(version).arg(why);
                return out;
            }
        }
        const bool versioned = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        q.finish();
        if (!versioned || !db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            out.error = Tr::tr("migration %1 could not be committed: %2").arg(version).arg(why);
            return out;
        }
        out.toVersion = version;
    }
    return out;
}

} // namespace Parallax
