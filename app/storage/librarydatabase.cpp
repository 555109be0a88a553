// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarydatabase.h"

#include "storage/librarylocation.h"
#include "storage/migrator.h"
#include "storage/serverlibrary.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Parallax {

namespace {

// The storage classes share the translation context of the class that once held them all.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

const QString kWrite = QStringLiteral("write");
const QString kBatch = QStringLiteral("batch");

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("parallax-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What PRAGMA quick_check finds wrong in the file; empty when it is sound.
QString integrityProblem(const QSqlDatabase &db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next() && problems.size() < 3)
        problems.append(q.value(0).toString());
    return problems == QStringList{QStringLiteral("ok")} ? QString()
                                                         : problems.join(QStringLiteral("; "));
}

// Why the library cannot be opened at `path` before SQLite is asked (a folder in the way,
// a folder that cannot be made); empty when it may be tried.
QString pathProblem(const QString &path) {
    if (path == QLatin1String(":memory:"))
        return {};
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Tr::tr("Cannot open the library %1: it is a folder.").arg(shown);
    if (!QDir().mkpath(info.absolutePath()))
        return Tr::tr("Cannot open the library %1: its folder cannot be created.").arg(shown);
    return {};
}

// Reads the schema (and every page, when `fullCheck`), then sets the connection up. Returns
// why it failed, empty when it did not; `damaged` says whether the file is at fault.
QString prepareConnection(const QSqlDatabase &db, bool fullCheck, bool *damaged) {
    QSqlQuery q(db);
    // Reading the schema first tells a damaged or foreign file from a library.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        *damaged = true;
        return Tr::tr("it is not an SQLite database (%1)").arg(q.lastError().text());
    }
    if (const QString problem = fullCheck ? integrityProblem(db) : QString(); !problem.isEmpty()) {
        *damaged = true;
        return Tr::tr("the file is damaged (%1)").arg(problem);
    }
    const QStringList settings{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // 64 MB of pages kept (SQLite's default is 2 MB): a large library's indexes stay in
        // memory instead of being read again for every search and import.
        QStringLiteral("PRAGMA cache_size = -65536"),
        // With WAL, NORMAL syncs at checkpoints, not at every commit: a killed process loses
        // nothing it committed and the file cannot be damaged; only a power cut may take back
        // the last commits. A large import runs twice as fast.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &setting : settings) {
        if (!q.exec(setting))
            return q.lastError().text();
    }
    return {};
}

} // namespace

LibraryDatabase::LibraryDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
    , m_dialect(Sql::dialectOf(m_db))
    , m_statements(std::make_unique<PreparedStatements>(m_db)) {}

LibraryDatabase::~LibraryDatabase() {
    m_statements.reset(); // its queries go before the connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<QString> LibraryDatabase::checkIntegrity(const QString &path) {
    if (LibraryLocation::isServer(path))
        return std::nullopt; // the server keeps its own pages sound
    const QString name = nextConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        problem = db.open() ? integrityProblem(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        return std::nullopt;
    return Tr::tr("The library %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), problem);
}

LibraryDatabase::OpenResult LibraryDatabase::open(const QString &path, Check check) {
    return LibraryLocation::isServer(path) ? openServer(path) : openFile(path, check);
}

LibraryDatabase::OpenResult LibraryDatabase::openServer(const QString &address) {
    OpenResult result;
    const QString name = nextConnectionName();
    QString why;
    {
        QSqlDatabase db = ServerLibrary::connect(address, name, &why);
        if (db.isValid()) {
            const Migrator::Outcome m = Migrator::migrate(db, address);
            if (m.ok()) {
                result.database.reset(new LibraryDatabase(db, address));
                return result;
            }
            why = m.error;
            db.close();
        }
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    result.error =
        Tr::tr("Cannot open the library %1: %2").arg(LibraryLocation::shown(address), why);
    return result;
}

LibraryDatabase::OpenResult LibraryDatabase::openFile(const QString &path, Check check) {
    OpenResult result;
    result.error = pathProblem(path);
    if (!result.error.isEmpty())
        return result;
    // Reading every page costs about a second per 100 MB: a large library is checked after
    // the window is up instead (see checkIntegrity and MainWindow).
    const bool fullCheck = check == Check::Full ||
                           (check == Check::Auto && QFileInfo(path).size() <= kCheckedOnOpenBytes);
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QString why;
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            why = prepareConnection(db, fullCheck, &result.damaged);
            if (why.isEmpty()) {
                const Migrator::Outcome m = Migrator::migrate(db, path);
                why = m.error;
                result.backupPath = m.backupPath;
            }
        }
        if (why.isEmpty()) {
            result.database.reset(new LibraryDatabase(db, path));
            return result;
        }
        db.close();
        result.error =
            Tr::tr("Cannot open the library %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int LibraryDatabase::schemaVersion() const {
    QSqlQuery q(m_db);
    if (q.exec(isServer() ? QStringLiteral("SELECT max(version) FROM schema_version")
                          : QStringLiteral("PRAGMA user_version")) &&
        q.next())
        return q.value(0).toInt();
    return -1;
}

// SQLite opens a transaction with the first savepoint. PostgreSQL needs one begun first; its
// outermost savepoint is the transaction itself, which waits for the other writers' turn.
// The outermost level is a transaction that holds the right to write from its start: on a
// file BEGIN IMMEDIATE (another process's writer waits for it, up to the busy timeout, rather
// than failing when its reading transaction would turn into a writing one), on a server BEGIN
// and the advisory write lock (ServerLibrary::kWriteLock). The levels inside are savepoints.
bool LibraryDatabase::savepoint(const QString &name, QString *error) {
    QSqlQuery q(m_db);
    const bool begin = m_depth == 0;
    bool opened = false;
    if (!begin)
        opened = q.exec(QStringLiteral("SAVEPOINT ") + name);
    else if (isServer())
        opened =
            q.exec(QStringLiteral("BEGIN")) &&
            q.exec(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ServerLibrary::kWriteLock));
    else
        opened = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (opened) {
        m_transactions += begin ? 1 : 0;
        ++m_depth;
        return true;
    }
    if (error)
        *error = describe(q.lastError());
    if (begin && isServer())
        q.exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool LibraryDatabase::release(const QString &name, QString *error) {
    QSqlQuery q(m_db);
    const bool commit = m_depth == 1;
    if (q.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + name)) {
        --m_depth;
        return true;
    }
    if (error)
        *error = describe(q.lastError());
    return false;
}

void LibraryDatabase::rollbackTo(const QString &name) {
    QSqlQuery q(m_db);
    --m_depth;
    ++m_rollbacks;
    if (m_depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    q.exec(QStringLiteral("ROLLBACK TO ") + name);
    q.exec(QStringLiteral("RELEASE ") + name);
}

bool LibraryDatabase::write(const Work &work, QString *error) {
    QString why;
    if (!savepoint(kWrite, &why)) {
        if (error)
            *error = failure(why);
        return false;
    }
    bool done = false;
    {
        QSqlQuery q(m_db);
        done = work(q, &why);
        if (!done && why.isEmpty())
            why = describe(q.lastError());
    } // the statement is finished before the commit, which it could otherwise block
    if (done && release(kWrite, &why))
        return true;
    rollbackTo(kWrite);
    if (error)
        *error = failure(why);
    return false;
}

QString LibraryDatabase::failure(const QString &why) {
    QSqlError error(why, {}, QSqlError::ConnectionError);
    // A connection gone shows as its error or, once the driver has given it up, as
    // statements that do not run at all (and leave no error).
    if (!isServer() || (!m_lost && !ServerLibrary::connectionLost(error) && m_db.isOpen()))
        return why;
    m_lost = true;
    if (!ServerLibrary::connectionLost(error))
        error = QSqlError(QStringLiteral("no connection to the server"), {},
                          QSqlError::ConnectionError);
    return ServerLibrary::describe(error, LibraryLocation::shown(m_path));
}

bool LibraryDatabase::beginBatch(QString *error) {
    if (!m_batch)
        m_batch = savepoint(kBatch, error);
    return m_batch;
}

bool LibraryDatabase::commitBatch(const std::function<bool(QString *)> &finish, QString *error) {
    if (!m_batch)
        return true;
    m_batch = false;
    QString why;
    if ((!finish || finish(&why)) && release(kBatch, &why))
        return true;
    rollbackTo(kBatch);
    if (error)
        *error = failure(why);
    return false;
}

QString LibraryDatabase::describe(const QSqlError &error) const {
    if (isServer())
        return ServerLibrary::describe(error, LibraryLocation::shown(m_path));
    if (error.nativeErrorCode() == QLatin1String("8")) // SQLITE_READONLY
        return Tr::tr("the library file %1 is read-only").arg(QDir::toNativeSeparators(m_path));
    if (error.nativeErrorCode() == QLatin1String("13")) // SQLITE_FULL
        return Tr::tr("the disk holding the library is full (%1)").arg(error.databaseText());
    return error.text();
}

bool LibraryDatabase::backup(const QString &target, QString *error) const {
    if (isServer()) {
        if (error)
            *error = Tr::tr("a library on a server is backed up by the server's own tools "
                            "(pg_dump), not by Parallax");
        return false;
    }
    if (QFileInfo::exists(target)) {
        if (error)
            *error = Tr::tr("%1 already exists").arg(QDir::toNativeSeparators(target));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(target), q.lastError().text());
        return false;
    }
    return true;
}

std::optional<QString> LibraryDatabase::restore(const QString &backupFile, const QString &path,
                                                QString *error) {
    if (LibraryLocation::isServer(path) || LibraryLocation::isServer(backupFile)) {
        if (error)
            *error = Tr::tr("a library on a server is restored with the server's own tools "
                            "(pg_restore), not by Parallax");
        return std::nullopt;
    }
    // The backup must itself be a sound library.
    if (const OpenResult check = open(backupFile); !check.database) {
        if (error)
            *error = Tr::tr("%1 is not a usable backup: %2")
                         .arg(QDir::toNativeSeparators(backupFile), check.error);
        return std::nullopt;
    }
    QString replaced;
    if (QFileInfo::exists(path)) {
        replaced = path + QStringLiteral(".replaced-") +
                   QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, replaced)) {
            if (error)
                *error = Tr::tr("%1 cannot be moved aside").arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        for (const char *suffix : {"-wal", "-shm"}) // SQLite's companions go with it
            QFile::rename(path + QLatin1String(suffix), replaced + QLatin1String(suffix));
    }
    if (!QFile::copy(backupFile, path)) {
        if (error)
            *error = Tr::tr("%1 cannot be copied to %2")
                         .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(path));
        if (!replaced.isEmpty())
            QFile::rename(replaced, path);
        return std::nullopt;
    }
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return replaced;
}

} // namespace Parallax
