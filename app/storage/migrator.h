// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Parallax {

// Brings a library to the current schema with the numbered SQL files in resources/sql
// (":/sql/NNN_name.sql" for SQLite, ":/sql/postgresql/NNN_name.sql" for a server: the same
// numbers, the same schema). Each migration runs in its own transaction and records its
// number (SQLite's PRAGMA user_version; a schema_version table on a server). Before an
// existing library file is migrated, a copy of it is written next to it so that a failed or
// unwanted upgrade never costs the reader their library; a server's copies are its own job.
class Migrator final {
public:
    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when no copy was needed
        QString error;      // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static int latestVersion();
    static int latestServerVersion();

    // Migrates `db` up to `targetVersion` (the latest by default).
    static Outcome migrate(QSqlDatabase &db, const QString &filePath, int targetVersion = -1);

    // A migration file cut into the statements QSqlQuery can run one at a time.
    static QStringList splitStatements(const QString &script);
};

} // namespace Parallax
