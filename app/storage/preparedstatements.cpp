// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/preparedstatements.h"

#include <QSqlQuery>

namespace Parallax {

PreparedStatements::PreparedStatements(QSqlDatabase db)
    : m_db(std::move(db)) {}

PreparedStatements::~PreparedStatements() = default;

bool PreparedStatements::run(const QString &sql, const QVariantList &values, QVariant *first,
                             QSqlError *error) {
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            if (error)
                *error = q->lastError();
            return false; // not kept: the next call tries again
        }
        found = m_queries.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *found->second;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    const bool ok = q.exec();
    if (ok && first)
        *first = q.next() ? q.value(0) : QVariant();
    if (!ok && error)
        *error = q.lastError();
    q.finish();
    return ok;
}

} // namespace Parallax
