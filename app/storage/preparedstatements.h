// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <map>
#include <memory>

class QSqlQuery;

namespace Parallax {

// Statements prepared once on a connection and run many times. On a server Qt's driver makes
// every prepare() a PREPARE of its own and every re-prepare a DEALLOCATE, two round trips
// around each one-off statement, and an import runs the same few statements for every
// article. Each statement is finished once it has run, so none keeps a read open (on a file,
// a statement left open would hold its snapshot). Destroy it before its connection closes.
class PreparedStatements final {
public:
    explicit PreparedStatements(QSqlDatabase db);
    ~PreparedStatements();
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // Runs `sql` with `values` bound in order. `first` gets the first row's first column (an
    // invalid QVariant when there is no row); on a failure false, and `error` says why.
    bool run(const QString &sql, const QVariantList &values, QVariant *first = nullptr,
             QSqlError *error = nullptr);
    // The same, with every row's columns appended to `rows`.
    bool runRows(const QString &sql, const QVariantList &values, QList<QVariantList> *rows,
                 QSqlError *error = nullptr);

private:
    // The statement run, positioned before its first row; nullptr on a failure.
    QSqlQuery *execute(const QString &sql, const QVariantList &values, QSqlError *error);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries; // by their SQL
};

} // namespace Parallax
