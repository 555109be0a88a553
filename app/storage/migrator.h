// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Parallax {

// Brings a library file to the current schema with the numbered SQL files in resources/sql
// (":/sql/NNN_name.sql"). Each migration runs in its own transaction and sets
// PRAGMA user_version; before an existing library is migrated, a copy of it is written
// next to it so that a failed or unwanted upgrade never costs the reader their library.
class Migrator final
{
public:
    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when no copy was needed
        QString error;      // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    static int latestVersion();

    // Migrates `db` up to `targetVersion` (the latest by default).
    static Outcome migrate(QSqlDatabase &db, const QString &filePath, int targetVersion = -1);

    // A migration file cut into the statements QSqlQuery can run one at a time.
    static QStringList splitStatements(const QString &script);
};

} // namespace Parallax
