// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql.h"

#include <QSqlDatabase>
#include <QSqlDriver>
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

QString valueRows(qsizetype rows, qsizetype width) {
    return QStringList(rows, QStringLiteral("(%1)").arg(placeholders(width)))
        .join(QStringLiteral(", "));
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values) {
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

Dialect dialectOf(const QSqlDatabase &db) {
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? Dialect::PostgreSQL
                                                                            : Dialect::SQLite;
}

QString joinedLines(Dialect dialect, const QString &expr) {
    return dialect == Dialect::PostgreSQL ? QStringLiteral("string_agg(%1, chr(10))").arg(expr)
                                          : QStringLiteral("group_concat(%1, char(10))").arg(expr);
}

QString contains(Dialect dialect, const QString &haystack, const QString &needle) {
    return dialect == Dialect::PostgreSQL
               ? QStringLiteral("strpos(%1, %2) > 0").arg(haystack, needle)
               : QStringLiteral("instr(%1, %2) > 0").arg(haystack, needle);
}

} // namespace Parallax::Sql
