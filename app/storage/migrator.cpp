// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include "storage/serverlibrary.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Migrator)
};

// Migration number -> resource path, from the files compiled into the binary.
QMap<int, QString> migrationFiles(const QString &folder = QStringLiteral(":/sql")) {
    QMap<int, QString> files;
    static const QRegularExpression name(QStringLiteral(R"(^(\d{3})_[a-z0-9_]+\.sql$)"));
    const QDir dir(folder);
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

int userVersion(QSqlDatabase &db, bool *ok) {
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    const int version = *ok ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

const QString kServerFolder = QStringLiteral(":/sql/postgresql");

// The statements of a migration file, or why it cannot be read.
std::optional<QStringList> statementsOf(const QString &file, int version, QString *error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("migration %1 cannot be read").arg(version);
        return std::nullopt;
    }
    return Migrator::splitStatements(QString::fromUtf8(f.readAll()));
}

// Runs `statements` inside the open transaction of `q`; false with `error` set on a failure.
bool run(QSqlQuery &q, const QStringList &statements, int version, QString *error) {
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = Tr::tr("migration %1 failed: %2").arg(version).arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

// A server library: each migration in a transaction of its own, which first takes the
// writers' lock so that two readers opening a new library at once do not both create it,
// and reads the version again under it.
Migrator::Outcome migrateServer(QSqlDatabase &db, int targetVersion) {
    Migrator::Outcome out;
    const QMap<int, QString> files = migrationFiles(kServerFolder);
    const int latest = files.isEmpty() ? 0 : files.lastKey();
    if (targetVersion < 0)
        targetVersion = latest;
    QSqlQuery q(db);
    auto fail = [&](const QString &why) {
        out.error = why;
        q.exec(QStringLiteral("ROLLBACK"));
        return out;
    };
    // A library already up to date is opened without waiting for the write lock, which an
    // importer may hold for a while.
    if (q.exec(QStringLiteral("SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN -1 "
                              "ELSE (SELECT COALESCE(max(version), 0) FROM schema_version) END")) &&
        q.next() && q.value(0).toInt() == latest && targetVersion == latest) {
        out.fromVersion = out.toVersion = latest;
        return out;
    }
    for (int step = 0;; ++step) {
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                        .arg(ServerLibrary::kWriteLock)) ||
            !q.exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                               "KEY, applied_at TEXT NOT NULL)")) ||
            !q.exec(QStringLiteral("SELECT COALESCE(max(version), 0) FROM schema_version")) ||
            !q.next())
            return fail(Tr::tr("the database cannot be read as a Parallax library (%1)")
                            .arg(q.lastError().text()));
        const int version = q.value(0).toInt();
        if (step == 0)
            out.fromVersion = version;
        out.toVersion = version;
        if (version > latest)
            return fail(Tr::tr("the library was written by a newer Parallax (schema version %1; "
                               "this version knows up to %2)")
                            .arg(version)
                            .arg(latest));
        const auto next = files.upperBound(version);
        if (next == files.cend() || next.key() > targetVersion)
            break;
        const std::optional<QStringList> statements =
            statementsOf(next.value(), next.key(), &out.error);
        if (!statements)
            return fail(out.error);
        QString why;
        if (!run(q, *statements, next.key(), &why))
            return fail(why);
        if (!Sql::exec(
                q, QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)"),
                {next.key(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}) ||
            !q.exec(QStringLiteral("COMMIT")))
            return fail(Tr::tr("migration %1 could not be committed: %2")
                            .arg(next.key())
                            .arg(q.lastError().text()));
        out.toVersion = next.key();
    }
    q.exec(QStringLiteral("COMMIT"));
    return out;
}

// Applies migration `version` (its `statements`) to a library file, in a transaction that
// holds the write lock from its start (BEGIN IMMEDIATE): another process opening the same
// new library waits here, then finds the migration applied (the version is read again inside
// the transaction). Moves out->toVersion on; false with out->error set on a failure.
bool applyFileMigration(QSqlDatabase &db, int version, const QStringList &statements,
                        Migrator::Outcome *out) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        out->error =
            Tr::tr("could not start migration %1 (%2)").arg(version).arg(q.lastError().text());
        return false;
    }
    bool ok = false;
    const int now = userVersion(db, &ok);
    if (ok && now >= version) {
        q.exec(QStringLiteral("COMMIT"));
        out->toVersion = now;
        return true;
    }
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            out->error = Tr::tr("migration %1 failed: %2").arg(version).arg(why);
            return false;
        }
    }
    const bool versioned = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (!versioned || !q.exec(QStringLiteral("COMMIT"))) {
        const QString why = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        out->error = Tr::tr("migration %1 could not be committed: %2").arg(version).arg(why);
        return false;
    }
    out->toVersion = version;
    return true;
}

} // namespace

int Migrator::latestServerVersion() {
    const QMap<int, QString> files = migrationFiles(kServerFolder);
    return files.isEmpty() ? 0 : files.lastKey();
}

int Migrator::latestVersion() {
    const QMap<int, QString> files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

QStringList Migrator::splitStatements(const QString &script) {
    QStringList statements;
    QString current;
    bool inTrigger = false; // an SQLite trigger's BEGIN ... END; is one statement
    bool inDollar = false;  // so is a PostgreSQL function's body between $$ and $$
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
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (!inDollar && upper.endsWith(QLatin1String(" BEGIN")) &&
            (current.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) ||
             current.startsWith(QLatin1String("CREATE TEMP TRIGGER"), Qt::CaseInsensitive)))
            inTrigger = true;
        const bool ends = upper.endsWith(QLatin1Char(';')) && !inDollar;
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

Migrator::Outcome Migrator::migrate(QSqlDatabase &db, const QString &filePath, int targetVersion) {
    if (Sql::dialectOf(db) == Sql::Dialect::PostgreSQL)
        return migrateServer(db, targetVersion);
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

    // The statements of every migration to apply, read before anything is changed.
    QMap<int, QStringList> pending;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= out.fromVersion || it.key() > targetVersion)
            continue;
        const std::optional<QStringList> statements =
            statementsOf(it.value(), it.key(), &out.error);
        if (!statements)
            return out;
        pending.insert(it.key(), *statements);
    }
    // Keep a copy of an existing library before changing its schema (versions that change
    // nothing in a file, kept in step with the server's, need none).
    const bool changes = std::any_of(pending.cbegin(), pending.cend(),
                                     [](const QStringList &s) { return !s.isEmpty(); });
    if (changes && out.fromVersion > 0 && filePath != QLatin1String(":memory:")) {
        const QFileInfo info(filePath);
        out.backupPath = info.dir().filePath(
            QStringLiteral("%1.v%2-%3-%4.bak")
                .arg(info.fileName())
                .arg(out.fromVersion)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")))
                .arg(QCoreApplication::applicationPid())); // two processes upgrading at once
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

    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.key() > out.toVersion && !applyFileMigration(db, it.key(), it.value(), &out))
            return out;
    }
    return out;
}

} // namespace Parallax
