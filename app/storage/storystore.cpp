// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storystore.h"

#include "storage/librarydatabase.h"
#include "storage/sql.h"
#include "storage/storyindex.h"

#include <QHash>
#include <QSqlQuery>

namespace Parallax {

namespace {

// An article placed by the reader: out of its stories, pinned into `story`.
bool place(QSqlQuery &q, qint64 article, qint64 story) {
    return Sql::exec(q, QStringLiteral("DELETE FROM story_articles WHERE article_id = ?"),
                     {article}) &&
           Sql::exec(
               q,
               QStringLiteral(
                   "INSERT INTO story_articles(story_id, article_id, pinned) VALUES (?, ?, 1)"),
               {story, article});
}

// Adds a row of the summaries query to its story.
void addToSummary(const QSqlQuery &q, StoryStore::StorySummary *s) {
    s->id = q.value(0).toLongLong();
    s->title = q.value(1).toString();
    s->articles.append(q.value(2).toLongLong());
    const QString outlet =
        q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
    if (!s->outlets.contains(outlet))
        s->outlets.append(outlet);
    const QDate date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (date.isValid()) {
        s->first = s->first.isValid() ? std::min(s->first, date) : date;
        s->last = s->last.isValid() ? std::max(s->last, date) : date;
    }
}

} // namespace

bool StoryStore::dropEmpty(QSqlQuery &q) {
    return q.exec(QStringLiteral("DELETE FROM stories WHERE automatic = 1 AND id NOT IN (SELECT "
                                 "story_id FROM story_articles)"));
}

QList<StoryStore::Story> StoryStore::stories() const {
    QList<Story> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT s.id, s.title, sa.article_id FROM stories s "
                               "JOIN story_articles sa ON sa.story_id = s.id "
                               "JOIN articles a ON a.id = sa.article_id ORDER BY s.id, "
                               "a.published_date NULLS FIRST, a.id")))
        return list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id)
            list.append(Story{id, q.value(1).toString(), {}});
        list.last().articles.append(q.value(2).toLongLong());
    }
    return list;
}

StoryGrouper::Evidence StoryStore::evidence(qint64 story) const {
    return m_index.evidence(story);
}

QList<qint64> StoryStore::ids(const QDate &from, const QDate &to) const {
    // The dates kept beside the memberships (schema 8), not read from the articles (rows
    // that hold whole bodies): on a cold start of a large library, megabytes instead of
    // hundreds of them.
    QStringList where;
    QVariantList values;
    if (from.isValid()) {
        where.append(QStringLiteral("published_date >= ?"));
        values.append(from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        where.append(QStringLiteral("published_date <= ?"));
        values.append(to.toString(Qt::ISODate));
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT story_id FROM story_articles ") +
        (where.isEmpty() ? QString()
                         : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(
            " GROUP BY story_id ORDER BY max(published_date) DESC NULLS LAST, story_id DESC");
    QList<qint64> ids;
    if (Sql::exec(q, sql, values)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QList<StoryStore::StorySummary> StoryStore::summaries(const QList<qint64> &ids) const {
    QHash<qint64, StorySummary> found; // looked up by id only, never iterated
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    for (qsizetype at = 0; at < ids.size(); at += Sql::kChunk) {
        const QList<qint64> chunk = ids.mid(at, Sql::kChunk);
        q.prepare(QStringLiteral(
                      "SELECT s.id, s.title, a.id, COALESCE(o.name, ''), a.title, a.published_date "
                      "FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
                      "JOIN articles a ON a.id = sa.article_id "
                      "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE s.id IN (") +
                  Sql::placeholders(chunk.size()) +
                  QStringLiteral(") ORDER BY s.id, a.published_date NULLS FIRST, a.id"));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next())
            addToSummary(q, &found[q.value(0).toLongLong()]);
    }
    QList<StorySummary> list;
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            list.append(*it);
    }
    return list;
}

QList<StoryStore::Story> StoryStore::find(const QString &text, int limit) const {
    QList<Story> list;
    QSqlQuery q(m_database.connection());
    const QString t = Sql::text(text.trimmed());
    if (Sql::exec(q,
                  QStringLiteral(
                      "SELECT id, title FROM stories WHERE ? = '' OR %1 ORDER BY id DESC LIMIT ?")
                      .arg(Sql::contains(m_database.dialect(), QStringLiteral("lower(title)"),
                                         QStringLiteral("lower(?)"))),
                  {t, t, limit})) {
        while (q.next())
            list.append(Story{q.value(0).toLongLong(), q.value(1).toString(), {}});
    }
    return list;
}

bool StoryStore::writeStories(const LibraryDatabase::Work &work, QString *error) {
    m_index.forgetWindow();
    return m_database.write(work, error);
}

qint64 StoryStore::create(const QString &title, const QList<qint64> &articles, QString *error) {
    qint64 story = 0;
    const bool ok = writeStories(
        [&](QSqlQuery &q, QString *) {
            if (!Sql::exec(q, QStringLiteral("INSERT INTO stories(title) VALUES (?) RETURNING id"),
                           {title}) ||
                !q.next())
                return false;
            story = q.value(0).toLongLong();
            q.finish();
            for (qint64 id : articles) {
                if (!Sql::exec(q,
                               QStringLiteral("INSERT INTO story_articles(story_id, article_id) "
                                              "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                               {story, id}))
                    return false;
            }
            return true;
        },
        error);
    return ok ? story : 0;
}

bool StoryStore::rebuild(QString *error) {
    // The reader's own choices stay: stories they edited and articles they placed.
    if (m_database.write([&](QSqlQuery &, QString *why) { return m_index.rebuild(why); }, error))
        return true;
    m_index.discardPending();
    return false;
}

bool StoryStore::rename(qint64 story, const QString &title, QString *error) {
    return writeStories(
        [&](QSqlQuery &q, QString *) {
            return Sql::exec(
                       q,
                       QStringLiteral("UPDATE stories SET title = ?, automatic = 0 WHERE id = ?"),
                       {title.simplified(), story}) &&
                   q.numRowsAffected() == 1;
        },
        error);
}

bool StoryStore::move(qint64 article, qint64 story, QString *error) {
    return writeStories(
        [&](QSqlQuery &q, QString *) { return place(q, article, story) && dropEmpty(q); }, error);
}

bool StoryStore::merge(qint64 from, qint64 into, QString *error) {
    return writeStories(
        [&](QSqlQuery &q, QString *) {
            return Sql::exec(q,
                             QStringLiteral(
                                 "INSERT INTO story_articles(story_id, article_id, pinned) "
                                 "SELECT ?, article_id, 1 FROM story_articles WHERE story_id = ? "
                                 "ON CONFLICT DO NOTHING"),
                             {into, from}) &&
                   Sql::exec(
                       q, QStringLiteral("UPDATE story_articles SET pinned = 1 WHERE story_id = ?"),
                       {into}) &&
                   Sql::exec(q, QStringLiteral("DELETE FROM stories WHERE id = ?"), {from}) &&
                   Sql::exec(q, QStringLiteral("UPDATE stories SET automatic = 0 WHERE id = ?"),
                             {into});
        },
        error);
}

qint64 StoryStore::split(const QList<qint64> &articles, const QString &title, QString *error) {
    qint64 story = 0;
    const bool ok = writeStories(
        [&](QSqlQuery &q, QString *) {
            if (!Sql::exec(q,
                           QStringLiteral(
                               "INSERT INTO stories(title, automatic) VALUES (?, 0) RETURNING id"),
                           {title.simplified()}) ||
                !q.next())
                return false;
            story = q.value(0).toLongLong();
            q.finish();
            for (qint64 a : articles) {
                if (!place(q, a, story))
                    return false;
            }
            return dropEmpty(q);
        },
        error);
    return ok ? story : 0;
}

} // namespace Parallax
