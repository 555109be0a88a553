// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/preparedstatements.h"
#include "storage/sql.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace Parallax {

// The library itself: the connection (a file in SQLite's WAL mode with foreign keys on, or a
// PostgreSQL server's database: see ServerLibrary), brought to the current schema when
// opened, its checks, backup and restore, and the one way to write. The stores (articles,
// search, stories, feeds, tags) build on it; what only one backend understands (PRAGMAs,
// VACUUM INTO, advisory locks) stays here. Used from the thread that opened it.
class LibraryDatabase final {
public:
    struct OpenResult {
        std::unique_ptr<LibraryDatabase> database;
        QString error;        // names the file and the reason
        QString backupPath;   // the copy kept before a schema upgrade, if one ran
        bool damaged = false; // the file exists but is not a readable library
    };
    // Opening reads the schema, which tells a foreign or badly damaged file; Full (and Auto,
    // for files up to kCheckedOnOpenBytes) also reads every page (PRAGMA quick_check).
    enum class Check { Auto, Full };
    static constexpr qint64 kCheckedOnOpenBytes = 64 << 20;
    // `path` is a file or a server's address (LibraryLocation::isServer).
    static OpenResult open(const QString &path, Check check = Check::Auto);
    // The whole check, on a read-only connection of its own (any thread): a message naming
    // the file and what is wrong, or nothing when it is sound.
    static std::optional<QString> checkIntegrity(const QString &path);

    // Writes a consistent copy of the library to `target` (VACUUM INTO), which must not exist.
    bool backup(const QString &target, QString *error = nullptr) const;
    // Puts a backup in place of the library at `path`: the backup is checked first, and the
    // file it replaces is kept beside it as "<name>.replaced-<time>" (never overwritten).
    // Returns where the replaced file went (empty when there was none).
    static std::optional<QString> restore(const QString &backupFile, const QString &path,
                                          QString *error);

    ~LibraryDatabase();
    Q_DISABLE_COPY_MOVE(LibraryDatabase)

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    Sql::Dialect dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect == Sql::Dialect::PostgreSQL; }
    // True once a write found the server's connection gone: nothing more can be stored
    // until the library is opened again, so a long import stops instead of failing file
    // after file.
    bool connectionLost() const { return m_lost; }
    int schemaVersion() const;
    // The statements an import runs for every article, prepared once (see PreparedStatements).
    PreparedStatements &statements() const { return *m_statements; }

    // The one way to write. `work` runs its statements on `q` inside a savepoint: a
    // transaction of its own outside a batch, nested in the batch inside one, so a failure
    // never leaves half a change behind. On a server, a transaction first waits for the
    // others' writes (one advisory lock), so importers take turns. When `work` returns false
    // everything it did is rolled back and `error` says why: `why` if it set it, else the error of
    // q's last statement in words a reader can act on.
    using Work = std::function<bool(QSqlQuery &q, QString *why)>;
    bool write(const Work &work, QString *error = nullptr);

    // A large import: the writes until commitBatch() share one transaction (each write in it
    // still all or nothing), so the full-text index is written once per batch instead of
    // once per article. What is not committed is lost if the process dies: commit often.
    bool beginBatch(QString *error = nullptr);
    // `finish` runs last inside the batch (the new articles find their stories); when it or
    // the commit fails, the whole batch is rolled back.
    bool commitBatch(const std::function<bool(QString *)> &finish, QString *error = nullptr);
    bool inBatch() const { return m_batch; }
    // Counts of the transactions begun and of the rollbacks (whole or to a savepoint) on this
    // connection. What a store learnt inside a transaction holds while both stay the same and
    // the transaction is open: on a server no other writer runs meanwhile (they wait for the
    // write lock), on a file none can (BEGIN IMMEDIATE).
    quint64 transactions() const { return m_transactions; }
    quint64 rollbacks() const { return m_rollbacks; }
    bool inTransaction() const { return m_depth > 0; }

    // `why` a write failed, in plain words when the server's connection is gone (which it
    // then remembers: see connectionLost).
    QString failure(const QString &why);

    // The words for the failures a reader can do something about (a read-only file or login,
    // a full disk, a lost server) made plain; other errors as the database gives them.
    QString describe(const QSqlError &error) const;

private:
    LibraryDatabase(QSqlDatabase db, QString path);
    static OpenResult openFile(const QString &path, Check check);
    static OpenResult openServer(const QString &address);

    // The savepoint commands behind write() and the batch.
    bool savepoint(const QString &name, QString *error);
    bool release(const QString &name, QString *error);
    void rollbackTo(const QString &name);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    bool m_batch = false;
    Sql::Dialect m_dialect = Sql::Dialect::SQLite;
    int m_depth = 0; // savepoints open (a server opens the outermost as a transaction)
    quint64 m_transactions = 0;
    quint64 m_rollbacks = 0;
    bool m_lost = false; // the server's connection is gone (see connectionLost)
    std::unique_ptr<PreparedStatements> m_statements;
};

} // namespace Parallax
