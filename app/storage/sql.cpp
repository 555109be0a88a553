// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql.h"

#include <QSqlQuery>

namespace Parallax::Sql {

QString text(const QString &s) {
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant date(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QString placeholders(qsizetype n) {
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values) {
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace Parallax::Sql
