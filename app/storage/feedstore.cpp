// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/feedstore.h"

#include "storage/librarydatabase.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Parallax {

namespace {

const QString kFeedColumns = QStringLiteral(
    "f.id, f.url, f.title, f.last_checked, f.last_error, "
    "(SELECT count(DISTINCT i.article_id) FROM feed_items i WHERE i.feed_id = f.id), "
    "(SELECT count(DISTINCT i.article_id) FROM feed_items i WHERE i.feed_id = f.id AND i.is_read = "
    "0)");

FeedStore::Feed feedFromQuery(const QSqlQuery &q) {
    FeedStore::Feed f;
    f.id = q.value(0).toLongLong();
    f.url = q.value(1).toString();
    f.title = q.value(2).toString();
    f.lastChecked = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    f.lastError = q.value(4).toString();
    f.articles = q.value(5).toInt();
    f.unread = q.value(6).toInt();
    return f;
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

qint64 FeedStore::add(const QString &url, QString *error) {
    qint64 id = 0;
    const bool ok = m_database.write(
        [&](QSqlQuery &q, QString *) {
            if (!Sql::exec(
                    q,
                    QStringLiteral(
                        "INSERT INTO feeds(url, added_at) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                    {url.trimmed(), now()}) ||
                !Sql::exec(q, QStringLiteral("SELECT id FROM feeds WHERE url = ?"),
                           {url.trimmed()}) ||
                !q.next())
                return false;
            id = q.value(0).toLongLong();
            return true;
        },
        error);
    return ok ? id : 0;
}

QList<FeedStore::Feed> FeedStore::feeds() const {
    QList<Feed> list;
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT ") + kFeedColumns +
               QStringLiteral(" FROM feeds f ORDER BY lower(f.title), f.url"))) {
        while (q.next())
            list.append(feedFromQuery(q));
    }
    return list;
}

std::optional<FeedStore::Feed> FeedStore::feed(qint64 id) const {
    QSqlQuery q(m_database.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT ") + kFeedColumns +
                       QStringLiteral(" FROM feeds f WHERE f.id = ?"),
                   {id}) ||
        !q.next())
        return std::nullopt;
    return feedFromQuery(q);
}

bool FeedStore::knowsItem(qint64 feedId, const QString &guid, const QString &link) const {
    QSqlQuery q(m_database.connection());
    return Sql::exec(q,
                     QStringLiteral("SELECT 1 FROM feed_items WHERE (feed_id = ? AND guid = ?) "
                                    "OR (link <> '' AND link = ?) LIMIT 1"),
                     {feedId, guid, link}) &&
           q.next();
}

bool FeedStore::recordItem(qint64 feedId, const QString &guid, const QString &link,
                           qint64 articleId, QString *error) {
    const QVariant article =
        articleId > 0 ? QVariant(articleId) : QVariant(QMetaType::fromType<qint64>());
    return m_database.write(
        [&](QSqlQuery &q, QString *) {
            return Sql::exec(
                q,
                QStringLiteral("INSERT INTO feed_items(feed_id, guid, link, article_id, seen_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {feedId, guid, link, article, now()});
        },
        error);
}

bool FeedStore::setChecked(qint64 feedId, const QString &title, const QString &error) {
    return m_database.write([&](QSqlQuery &q, QString *) {
        return Sql::exec(
            q,
            QStringLiteral("UPDATE feeds SET title = CASE WHEN ? <> '' THEN ? ELSE title END, "
                           "last_checked = ?, last_error = ? WHERE id = ?"),
            {title, title, now(), Sql::text(error), feedId});
    });
}

QList<qint64> FeedStore::articles(qint64 feedId) const {
    QList<qint64> ids;
    QSqlQuery q(m_database.connection());
    if (Sql::exec(
            q,
            QStringLiteral(
                "SELECT i.article_id FROM feed_items i JOIN articles a ON a.id = i.article_id "
                "WHERE i.feed_id = ? GROUP BY i.article_id "
                "ORDER BY COALESCE(max(a.published_date), '') DESC, max(i.id) DESC"),
            {feedId})) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool FeedStore::markRead(qint64 feedId) {
    return m_database.write([&](QSqlQuery &q, QString *) {
        return Sql::exec(q, QStringLiteral("UPDATE feed_items SET is_read = 1 WHERE feed_id = ?"),
                         {feedId});
    });
}

} // namespace Parallax
