// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarycopy.h"

#include "storage/library.h"
#include "storage/librarydatabase.h"
#include "storage/librarylocation.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

// The tables of a library in an order that keeps every reference valid, each with the
// columns that order its rows. story_changes (each library's own change token) and
// article_bands (no longer written) are not copied; search indexes fill themselves.
struct TableSpec {
    const char *name;
    const char *order;
    bool identity; // an id the server numbers: its sequence moves past the copied ids
};
constexpr TableSpec kTables[] = {
    {"outlets", "id", true},
    {"articles", "id", true},
    {"stories", "id", true},
    {"story_articles", "story_id, article_id", false},
    {"tags", "id", true},
    {"article_tags", "article_id, tag_id", false},
    {"feeds", "id", true},
    {"feed_items", "id", true},
    {"article_sketches", "article_id", false},
    {"story_terms", "term", false},
};

// The columns both libraries have, in the target's order (a server's generated search
// columns, the words and the ranking vector, are not copied).
QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table) {
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList columns;
    for (int i = 0; i < target.count(); ++i) {
        const QString name = target.fieldName(i);
        const bool generated =
            name == QLatin1String("search") || name == QLatin1String("rank_terms");
        if (!generated && source.indexOf(name) >= 0)
            columns.append(name);
    }
    return columns;
}

// A value as the same text on both backends (a blob as hex, a number without its type).
QByteArray canonical(const QVariant &value) {
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    if (value.typeId() == QMetaType::QByteArray)
        return value.toByteArray().toHex();
    return value.toString().toUtf8();
}

// The row count and a SHA-256 over the rows of `table` (over `columns`), whatever order the
// backend reads them in: the rows' own hashes, sorted, hashed again.
std::pair<qint64, QByteArray> digest(const QSqlDatabase &db, const QString &table,
                                     const QStringList &columns, QString *error) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        *error = q.lastError().text();
        return {-1, {}};
    }
    QList<QByteArray> rows;
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i) {
            row.addData(canonical(q.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        rows.append(row.result());
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &row : std::as_const(rows))
        all.addData(row);
    return {rows.size(), all.result()};
}

// A value as it is bound: an empty blob reads back as a null QByteArray, which would be
// bound as NULL.
QVariant boundValue(const QSqlQuery &read, int column) {
    const QVariant value = read.value(column);
    const bool emptyBlob = !read.isNull(column) && value.typeId() == QMetaType::QByteArray &&
                           value.toByteArray().isNull();
    return emptyBlob ? QVariant(QByteArray("")) : value;
}

// The rows of `values` (a row's columns after another's) written into `table` by one
// statement: a copy is a few statements per thousand rows rather than one per row.
class RowWriter {
public:
    static constexpr int kRows = 200;
    RowWriter(const QSqlDatabase &to, const QString &table, const QStringList &columns)
        : m_full(to)
        , m_to(to)
        , m_table(table)
        , m_columns(columns) {}

    bool add(const QSqlQuery &read, QString *error) {
        for (int i = 0; i < m_columns.size(); ++i)
            m_values.append(boundValue(read, i));
        return m_values.size() < kRows * m_columns.size() || flush(error);
    }
    bool flush(QString *error) {
        const qsizetype rows = m_values.size() / std::max<qsizetype>(m_columns.size(), 1);
        if (rows == 0)
            return true;
        QSqlQuery part(m_to);
        QSqlQuery &q = rows == kRows ? m_full : part;
        if ((&q == &part || !m_prepared) && !q.prepare(statement(rows))) {
            *error = q.lastError().text();
            return false;
        }
        m_prepared = m_prepared || &q == &m_full;
        for (const QVariant &value : std::as_const(m_values))
            q.addBindValue(value);
        m_values.clear();
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString statement(qsizetype rows) const {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_table, m_columns.join(QStringLiteral(", ")),
                 Sql::valueRows(rows, m_columns.size()));
    }

    QSqlQuery m_full;
    QSqlDatabase m_to;
    QString m_table;
    QStringList m_columns;
    QVariantList m_values;
    bool m_prepared = false;
};

bool copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const TableSpec &spec,
               const QStringList &columns, const LibraryCopy::Progress &progress, qint64 *rows,
               QString *error) {
    const QString table = QString::fromLatin1(spec.name);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(columns.join(QStringLiteral(", ")), table, QLatin1String(spec.order)))) {
        *error = read.lastError().text();
        return false;
    }
    RowWriter writer(to, table, columns);
    *rows = 0;
    while (read.next()) {
        if (!writer.add(read, error))
            return false;
        if (++*rows % 5000 == 0 && progress)
            progress(table, *rows);
    }
    return writer.flush(error);
}

// True when the library holds nothing the reader made (a new library may hold its own
// change token and such).
bool isEmpty(const QSqlDatabase &db) {
    for (const char *table : {"articles", "stories", "feeds", "tags"}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next() || q.value(0).toLongLong() != 0)
            return false;
    }
    return true;
}

} // namespace

LibraryCopy::Result LibraryCopy::copy(const QString &from, const QString &to,
                                      const Progress &progress) {
    Result result;
    Library::OpenResult source = Library::open(from);
    if (!source.library) {
        result.error = source.error;
        return result;
    }
    Library::OpenResult target = Library::open(to);
    if (!target.library) {
        result.error = target.error;
        return result;
    }
    const QSqlDatabase in = source.library->database();
    const QSqlDatabase out = target.library->database();
    if (!isEmpty(out)) {
        result.error = Tr::tr("%1 already holds articles, stories, feeds or tags: a library is "
                              "copied only into an empty one")
                           .arg(LibraryLocation::shown(to));
        return result;
    }
    QList<Table> copied;
    QString why;
    const bool written = target.library->libraryDatabase().write(
        [&](QSqlQuery &q, QString *error) {
            for (const TableSpec &spec : kTables) {
                const QString table = QString::fromLatin1(spec.name);
                Table done{table, 0};
                if (!copyTable(in, out, spec, sharedColumns(in, out, table), progress, &done.rows,
                               error)) {
                    *error = QStringLiteral("%1: %2").arg(table, *error);
                    return false;
                }
                copied.append(done);
                if (spec.identity && target.library->libraryDatabase().isServer() &&
                    !q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                           "GREATEST((SELECT max(id) FROM %1), 1), "
                                           "(SELECT max(id) FROM %1) IS NOT NULL)")
                                .arg(table))) {
                    *error = q.lastError().text();
                    return false;
                }
            }
            return true;
        },
        &why);
    if (!written) {
        result.error =
            Tr::tr("Nothing was copied into %1: %2").arg(LibraryLocation::shown(to), why);
        return result;
    }
    // The check: both libraries read back, table by table.
    for (const TableSpec &spec : kTables) {
        const QString table = QString::fromLatin1(spec.name);
        const QStringList columns = sharedColumns(in, out, table);
        const auto [rowsIn, hashIn] = digest(in, table, columns, &why);
        const auto [rowsOut, hashOut] = digest(out, table, columns, &why);
        if (rowsIn < 0 || rowsOut < 0 || rowsIn != rowsOut || hashIn != hashOut) {
            result.error = Tr::tr("the copy in %1 differs from %2 in the table %3 (%4 rows "
                                  "against %5)%6")
                               .arg(LibraryLocation::shown(to), LibraryLocation::shown(from), table)
                               .arg(rowsOut)
                               .arg(rowsIn)
                               .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why);
            return result;
        }
    }
    result.ok = true;
    result.tables = copied;
    return result;
}

} // namespace Parallax
