// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/tagstore.h"

#include "storage/librarydatabase.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Parallax {

QStringList TagStore::names() const {
    QStringList names;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT name FROM tags WHERE id IN (SELECT tag_id FROM article_tags) "
                              "ORDER BY lower(name), name"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

bool TagStore::replace(QSqlQuery &q, qint64 article, const QStringList &tags) {
    if (!Sql::exec(q, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"), {article}))
        return false;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty())
            continue;
        // A tag is one tag whatever its case (a unique index on lower(name)).
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT DO NOTHING"),
                       {name}) ||
            !Sql::exec(q,
                       QStringLiteral("INSERT INTO article_tags(article_id, tag_id) "
                                      "SELECT ?, id FROM tags WHERE lower(name) = lower(?) "
                                      "ON CONFLICT DO NOTHING"),
                       {article, name}))
            return false;
    }
    return true;
}

} // namespace Parallax
