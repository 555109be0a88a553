// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/preparedstatements.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Parallax {

PreparedStatements::PreparedStatements(QSqlDatabase db)
    : m_db(std::move(db)) {}

PreparedStatements::~PreparedStatements() = default;

QSqlQuery *PreparedStatements::execute(const QString &sql, const QVariantList &values,
                                       QSqlError *error) {
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            if (error)
                *error = q->lastError();
            return nullptr; // not kept: the next call tries again
        }
        found = m_queries.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *found->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (q.exec())
        return &q;
    if (error)
        *error = q.lastError();
    q.finish();
    return nullptr;
}

bool PreparedStatements::run(const QString &sql, const QVariantList &values, QVariant *first,
                             QSqlError *error) {
    QSqlQuery *q = execute(sql, values, error);
    if (!q)
        return false;
    if (first)
        *first = q->next() ? q->value(0) : QVariant();
    q->finish();
    return true;
}

bool PreparedStatements::runRows(const QString &sql, const QVariantList &values,
                                 QList<QVariantList> *rows, QSqlError *error) {
    QSqlQuery *q = execute(sql, values, error);
    if (!q)
        return false;
    const int columns = q->record().count();
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row.append(q->value(i));
        rows->append(row);
    }
    q->finish();
    return true;
}

} // namespace Parallax
