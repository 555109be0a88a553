// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Parallax {

// Moves a library between backends (a SQLite file and a PostgreSQL server, either way, or
// file to file): every table the reader's work lives in, with its ids kept, in one
// transaction on the target, which must be empty. At the end the two are compared: the row
// count of each table, and a SHA-256 over each table's rows in id order (articles by
// their content hashes and texts, stories by their members).
class LibraryCopy final {
public:
    struct Table {
        QString name;
        qint64 rows = 0;
    };
    struct Result {
        bool ok = false;
        QString error;
        QList<Table> tables; // what was copied, in order
    };
    // `progress(table, rows so far)` is called now and then, for a long copy.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    static Result copy(const QString &from, const QString &to, const Progress &progress = {});
};

} // namespace Parallax
