// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlestore.h"

#include "core/text.h"
#include "storage/librarydatabase.h"
#include "storage/sql.h"
#include "storage/storyindex.h"
#include "storage/storystore.h"
#include "storage/tagstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Parallax {

namespace {

// The storage classes share the translation context of the class that once held them all.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

// An article's columns, its tags (one per line) among them; the body, when read, after them.
QString articleColumns(Sql::Dialect dialect) {
    return QStringLiteral(
               "a.id, a.title, COALESCE(o.name, ''), a.byline, a.url, a.published_date, "
               "a.language, a.source_path, a.source_format, a.imported_at, a.word_count, "
               "a.trimmed, a.credits, (SELECT %1 FROM article_tags at JOIN tags t ON "
               "t.id = at.tag_id WHERE at.article_id = a.id), a.outlet_source")
        .arg(Sql::joinedLines(dialect, QStringLiteral("t.name")));
}

// Reads the columns of articleColumns() (and the body after them when asked).
Article articleFromQuery(const QSqlQuery &q, bool withBody) {
    Article a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.outlet = q.value(2).toString();
    a.byline = q.value(3).toString();
    a.url = q.value(4).toString();
    a.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    a.language = q.value(6).toString();
    a.sourcePath = q.value(7).toString();
    a.sourceFormat = q.value(8).toString();
    a.importedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    a.wordCount = q.value(10).toInt();
    const QString trimmed = q.value(11).toString();
    if (!trimmed.isEmpty())
        a.trimmed = trimmed.split(QStringLiteral("\n\n"));
    const QString credits = q.value(12).toString();
    if (!credits.isEmpty())
        a.credits = credits.split(u'\n');
    a.outletSource = Article::sourceFromCode(q.value(14).toString());
    const QString tags = q.value(13).toString();
    if (!tags.isEmpty()) {
        a.tags = tags.split(u'\n');
        a.tags.sort(Qt::CaseInsensitive);
    }
    if (withBody)
        a.body = q.value(15).toString();
    return a;
}

// The outlet's id (created when new), or NULL for no outlet; inside the caller's transaction.
// Looked up first: nearly every article's outlet is there already (one statement, not two).
bool outletValue(PreparedStatements &statements, const QString &outlet, QVariant *value,
                 QSqlError *error) {
    *value = QVariant(QMetaType::fromType<qlonglong>());
    const QString name = outlet.trimmed();
    if (name.isEmpty())
        return true;
    // Names are one outlet whatever their case (a unique index on lower(name)).
    const QString find = QStringLiteral("SELECT id FROM outlets WHERE lower(name) = lower(?)");
    QVariant id;
    if (!statements.run(find, {name}, &id, error))
        return false;
    if (!id.isValid() &&
        (!statements.run(
             QStringLiteral("INSERT INTO outlets(name) VALUES (?) ON CONFLICT DO NOTHING"), {name},
             nullptr, error) ||
         !statements.run(find, {name}, &id, error) || !id.isValid()))
        return false;
    *value = id;
    return true;
}

// How an outlet was found out, as stored: an article without an outlet has none to explain.
QString outletSourceCode(const QString &outlet, Article::OutletSource source) {
    return Article::sourceCode(outlet.trimmed().isEmpty() ? Article::OutletSource::Stated : source);
}

// The columns ArticleStore::row gives, in its order.
const QString kColumns = QStringLiteral(
    "title, outlet_id, byline, url, published_date, language, body, content_hash, source_path, "
    "source_format, imported_at, word_count, trimmed, credits, outlet_source");

} // namespace

ArticleStore::Prepared ArticleStore::prepare(Article article) {
    Prepared p;
    p.hash = Text::contentHash(article.body);
    if (article.wordCount <= 0)
        article.wordCount = Text::countWords(article.body);
    QElapsedTimer clock;
    clock.start();
    p.profile = StoryProfile::of(article);
    p.profileMs = double(clock.nsecsElapsed()) / 1e6;
    p.article = std::move(article);
    return p;
}

std::optional<QHash<QByteArray, qint64>>
ArticleStore::storedWithHashes(const QList<QByteArray> &hashes, QString *error) const {
    // Kept prepared (an import's chunks are of few sizes, a lone article's of one).
    QHash<QByteArray, qint64> stored;
    for (qsizetype at = 0; at < hashes.size(); at += Sql::kChunk) {
        const qsizetype n = std::min(Sql::kChunk, hashes.size() - at);
        QVariantList values;
        for (qsizetype i = at; i < at + n; ++i)
            values.append(QString::fromLatin1(hashes.at(i)));
        QList<QVariantList> rows;
        QSqlError why;
        if (!m_database.statements().runRows(
                QStringLiteral("SELECT content_hash, id FROM articles WHERE content_hash IN (%1)")
                    .arg(Sql::placeholders(n)),
                values, &rows, &why)) {
            *error = m_database.describe(why);
            return std::nullopt;
        }
        for (const QVariantList &row : std::as_const(rows))
            stored.insert(row.at(0).toString().toLatin1(), row.at(1).toLongLong());
    }
    return stored;
}

QList<ArticleStore::AddResult> ArticleStore::add(const QList<const Prepared *> &articles) {
    QList<AddResult> results(articles.size());
    QList<QByteArray> hashes;
    for (const Prepared *p : articles)
        hashes.append(p->hash);
    // Not known when the look-up fails (but for a lost server): then the unique hash tells
    // when each is stored.
    QString error;
    const std::optional<QHash<QByteArray, qint64>> found = storedWithHashes(hashes, &error);
    if (!found) {
        error = m_database.failure(error);
        if (m_database.connectionLost()) {
            for (AddResult &r : results)
                r.error = error;
            return results;
        }
    }
    const QHash<QByteArray, qint64> stored = found.value_or(QHash<QByteArray, qint64>());
    // The articles to store: those not stored yet, each body once.
    QList<const Prepared *> fresh;
    QList<qsizetype> freshAt;
    QHash<QByteArray, qsizetype> first; // a body -> where it first comes
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QByteArray &hash = articles.at(i)->hash;
        if (const qint64 id = stored.value(hash); id > 0) {
            results[i] = {AddStatus::Duplicate, id, {}, 0};
        } else if (!first.contains(hash)) {
            first.insert(hash, i);
            fresh.append(articles.at(i));
            freshAt.append(i);
        }
    }
    // One statement for many: when it fails, each article alone, so that only a bad one fails.
    if (!fresh.isEmpty() && !store(fresh, freshAt, &results) && fresh.size() > 1) {
        for (qsizetype k = 0; k < fresh.size(); ++k)
            store({fresh.at(k)}, {freshAt.at(k)}, &results);
    }
    // A body that came twice: the second is the first one's duplicate.
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const qsizetype at = first.value(articles.at(i)->hash, i);
        if (at == i || results.at(i).status == AddStatus::Duplicate)
            continue;
        results[i] = results.at(at);
        if (results[i].status == AddStatus::Imported)
            results[i].status = AddStatus::Duplicate;
    }
    return results;
}

bool ArticleStore::store(const QList<const Prepared *> &articles, const QList<qsizetype> &at,
                         QList<AddResult> *results) {
    QHash<QByteArray, qint64> ids; // a body stored -> its article
    double groupingMs = 0;
    QString error;
    const bool stored = m_database.write(
        [&](QSqlQuery &q, QString *why) {
            if (!insert(articles, &ids, why))
                return false;
            std::vector<StoryIndex::Filed> filed;
            for (const Prepared *p : articles) {
                const qint64 id = ids.value(p->hash);
                if (id == 0)
                    continue; // stored meanwhile by another importer (see insert)
                // A new article has no tags to replace: none is asked for when it brings none.
                if (!p->article.tags.isEmpty() && !TagStore::replace(q, id, p->article.tags))
                    return false;
                filed.push_back({id, p->article.published, &p->profile});
            }
            return file(filed, why, &groupingMs);
        },
        &error);
    if (!stored && !m_database.inBatch()) // a batch keeps the others' terms and days
        m_index.discardPending();
    for (qsizetype k = 0; k < articles.size(); ++k) {
        AddResult &r = (*results)[at.at(k)];
        const Prepared &p = *articles.at(k);
        r = {AddStatus::Failed, ids.value(p.hash), stored ? QString() : error, 0};
        if (stored && r.id > 0) {
            r.status = AddStatus::Imported;
            r.groupingMs = p.profileMs + groupingMs / double(articles.size());
        } else if (stored) {
            const std::optional<QHash<QByteArray, qint64>> other =
                storedWithHashes({p.hash}, &r.error);
            if (other && other->value(p.hash) > 0)
                r = {AddStatus::Duplicate, other->value(p.hash), {}, 0};
        }
    }
    return stored;
}

bool ArticleStore::insert(const QList<const Prepared *> &articles, QHash<QByteArray, qint64> *ids,
                          QString *why) const {
    // A chunk of articles to a statement; an article brought back (undo of a delete) keeps
    // its id and goes alone, a new one gets the next.
    constexpr qsizetype kRows = 64;
    for (qsizetype at = 0; at < articles.size();) {
        const bool ownId = articles.at(at)->article.id > 0;
        qsizetype n = 1;
        while (!ownId && n < kRows && at + n < articles.size() &&
               articles.at(at + n)->article.id <= 0)
            ++n;
        QVariantList values;
        if (ownId)
            values.append(articles.at(at)->article.id);
        QSqlError error;
        for (qsizetype i = at; i < at + n; ++i) {
            QVariant outlet;
            if (!outletId(articles.at(i)->article.outlet, &outlet, &error)) {
                *why = m_database.describe(error);
                return false;
            }
            values.append(row(*articles.at(i), outlet));
        }
        // The same body stored meanwhile by another importer (a server library) is no error:
        // the unique hash turns its row into nothing, and the caller reports the duplicate.
        QList<QVariantList> stored;
        if (!m_database.statements().runRows(
                QStringLiteral("INSERT INTO articles(%1%2) VALUES %3 ON CONFLICT(content_hash) DO "
                               "NOTHING RETURNING id, content_hash")
                    .arg(ownId ? QStringLiteral("id, ") : QString(), kColumns,
                         Sql::valueRows(n, values.size() / n)),
                values, &stored, &error)) {
            *why = m_database.describe(error);
            return false;
        }
        for (const QVariantList &r : std::as_const(stored))
            ids->insert(r.at(1).toString().toLatin1(), r.at(0).toLongLong());
        at += n;
    }
    return true;
}

QVariantList ArticleStore::row(const Prepared &prepared, const QVariant &outlet) {
    const Article &article = prepared.article;
    const QDateTime importedAt =
        article.importedAt.isValid() ? article.importedAt : QDateTime::currentDateTimeUtc();
    return {Sql::text(article.title),
            outlet,
            Sql::text(article.byline),
            Sql::text(article.url),
            Sql::date(article.published),
            Sql::text(article.language),
            Sql::text(article.body),
            QString::fromLatin1(prepared.hash),
            Sql::text(article.sourcePath),
            Sql::text(article.sourceFormat),
            importedAt.toUTC().toString(Qt::ISODate),
            article.wordCount, // counted by prepare() when the importer did not
            Sql::text(article.trimmed.join(QStringLiteral("\n\n"))),
            Sql::text(article.credits.join(u'\n')),
            Article::sourceCode(article.outlet.isEmpty() ? Article::OutletSource::Stated
                                                         : article.outletSource)};
}

bool ArticleStore::outletId(const QString &outlet, QVariant *value, QSqlError *error) const {
    if (m_outlets.transaction != m_database.transactions() ||
        m_outlets.rollbacks != m_database.rollbacks())
        m_outlets = {m_database.transactions(), m_database.rollbacks(), {}};
    const QString name = outlet.trimmed();
    if (const auto known = m_outlets.ids.constFind(name); known != m_outlets.ids.cend()) {
        *value = *known;
        return true;
    }
    if (!outletValue(m_database.statements(), name, value, error))
        return false;
    if (!value->isNull())
        m_outlets.ids.insert(name, value->toLongLong());
    return true;
}

bool ArticleStore::file(const std::vector<StoryIndex::Filed> &articles, QString *why,
                        double *groupingMs) {
    // The articles' profiles are stored; outside a batch, the days around them are regrouped
    // now (in a batch, when it is committed).
    QElapsedTimer grouping;
    grouping.start();
    const bool filed = (articles.empty() || m_index.add(articles, why)) &&
                       (m_database.inBatch() || m_index.regroupPending(why));
    *groupingMs = double(grouping.nsecsElapsed()) / 1e6;
    return filed;
}

bool ArticleStore::beginBatch(QString *error) {
    return m_database.beginBatch(error);
}

bool ArticleStore::commitBatch(QString *error) {
    // The batch's articles find their stories (the days around them regrouped) before it is
    // committed, in the same transaction.
    if (m_database.commitBatch([this](QString *why) { return m_index.regroupPending(why); }, error))
        return true;
    m_index.discardPending();
    return false;
}

bool ArticleStore::inBatch() const {
    return m_database.inBatch();
}

bool ArticleStore::remove(qint64 id, QString *error) {
    return m_database.write(
        [&](QSqlQuery &q, QString *why) {
            return m_index.forget(id, why) &&
                   Sql::exec(q, QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}) &&
                   q.numRowsAffected() == 1 && StoryStore::dropEmpty(q);
        },
        error);
}

bool ArticleStore::updateDetails(const Article &edited, QString *error) {
    if (edited.title.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("an article needs a title");
        return false;
    }
    return m_database.write(
        [&](QSqlQuery &q, QString *why) {
            QVariant outletId;
            QSqlError failed;
            if (!outletValue(m_database.statements(), edited.outlet, &outletId, &failed)) {
                *why = m_database.describe(failed);
                return false;
            }
            if (!Sql::exec(q,
                           QStringLiteral("UPDATE articles SET title = ?, outlet_id = ?, "
                                          "outlet_source = ?, byline = ?, "
                                          "url = ?, published_date = ? WHERE id = ?"),
                           {edited.title.trimmed(), outletId,
                            outletSourceCode(edited.outlet, edited.outletSource),
                            Sql::text(edited.byline.trimmed()), Sql::text(edited.url.trimmed()),
                            Sql::date(edited.published), edited.id}))
                return false;
            if (q.numRowsAffected() != 1) {
                *why = Tr::tr("there is no article %1").arg(edited.id);
                return false;
            }
            return TagStore::replace(q, edited.id, edited.tags);
        },
        error);
}

bool ArticleStore::restoreTrimmed(qint64 id, QString *error) {
    return m_database.write(
        [&](QSqlQuery &q, QString *why) {
            if (!Sql::exec(q, QStringLiteral("SELECT body, trimmed FROM articles WHERE id = ?"),
                           {id}))
                return false;
            if (!q.next()) {
                *why = Tr::tr("there is no article %1").arg(id);
                return false;
            }
            const QString trimmed = q.value(1).toString();
            if (trimmed.isEmpty()) {
                *why = Tr::tr("nothing was trimmed from this article");
                return false;
            }
            // Stored paragraphs are separated by a blank line, as the body's are.
            const QString body = q.value(0).toString() + QStringLiteral("\n\n") + trimmed;
            q.finish();
            return Sql::exec(q,
                             QStringLiteral("UPDATE articles SET body = ?, trimmed = '', "
                                            "word_count = ? WHERE id = ?"),
                             {body, Text::countWords(body), id}) &&
                   q.numRowsAffected() == 1;
        },
        error);
}

QList<Article> ArticleStore::list(QString *error) const {
    QList<Article> list;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + articleColumns(m_database.dialect()) +
                QStringLiteral(" FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                               "ORDER BY a.published_date DESC NULLS LAST, a.id DESC"))) {
        if (error)
            *error = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(articleFromQuery(q, false));
    return list;
}

std::optional<Article> ArticleStore::article(qint64 id) const {
    const QList<Article> found = articles({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> ArticleStore::articles(const QList<qint64> &ids) const {
    return read(ids, true);
}

QList<Article> ArticleStore::headers(const QList<qint64> &ids) const {
    return read(ids, false);
}

QList<Article> ArticleStore::read(const QList<qint64> &ids, bool withBodies) const {
    QHash<qint64, Article> found; // looked up by id only, never iterated
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    const QString columns = articleColumns(m_database.dialect()) +
                            (withBodies ? QStringLiteral(", a.body") : QString());
    for (qsizetype at = 0; at < ids.size(); at += Sql::kChunk) {
        const QList<qint64> chunk = ids.mid(at, Sql::kChunk);
        q.prepare(
            QStringLiteral("SELECT ") + columns +
            QStringLiteral(
                " FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (") +
            Sql::placeholders(chunk.size()) + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            Article a = articleFromQuery(q, withBodies);
            const qint64 id = a.id;
            found.insert(id, std::move(a));
        }
    }
    QList<Article> list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            list.append(*it);
    }
    return list;
}

int ArticleStore::count() const {
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QStringList ArticleStore::outlets() const {
    QStringList names;
    QSqlQuery q(m_database.connection());
    if (q.exec(
            QStringLiteral("SELECT name FROM outlets WHERE id IN (SELECT outlet_id FROM articles) "
                           "ORDER BY lower(name), name"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

} // namespace Parallax
