// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"

#include "core/storyprofile.h"
#include "storage/storyindex.h"

#include <functional>

#include "core/text.h"
#include "storage/migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("parallax-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// Every write goes through these three: a savepoint is a transaction of its own outside a
// batch and nests inside one (Library::beginBatch), so a large import commits once per batch
// while each article in it stays all or nothing.
bool beginWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SAVEPOINT write"));
}

bool commitWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("RELEASE write"));
}

void rollbackWrite(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK TO write"));
    q.exec(QStringLiteral("RELEASE write"));
}

// "?, ?, ?" for n values.
QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

// The outlet's id (created when new), or NULL for no outlet; inside the caller's transaction.
bool outletValue(QSqlQuery &q, const QString &outlet, QVariant *value)
{
    *value = QVariant(QMetaType::fromType<qlonglong>());
    const QString name = outlet.trimmed();
    if (name.isEmpty())
        return true;
    q.prepare(QStringLiteral("INSERT INTO outlets(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    q.addBindValue(name);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("SELECT id FROM outlets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return false;
    *value = q.value(0);
    return true;
}

// Replaces an article's tags (inside the caller's transaction); blank and repeated ones dropped.
bool writeTags(QSqlQuery &q, qint64 article, const QStringList &tags)
{
    q.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"));
    q.addBindValue(article);
    if (!q.exec())
        return false;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (name.isEmpty())
            continue;
        q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        q.addBindValue(name);
        if (!q.exec())
            return false;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO article_tags(article_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
        q.addBindValue(article);
        q.addBindValue(name);
        if (!q.exec())
            return false;
    }
    return true;
}

// The WHERE clauses (and their values) of a search filter, over articles `a` and outlets `o`.
void filterClauses(const Library::SearchFilter &filter, QStringList *where, QVariantList *values)
{
    if (!filter.outlet.trimmed().isEmpty()) {
        where->append(QStringLiteral("o.name = ? COLLATE NOCASE"));
        values->append(filter.outlet.trimmed());
    }
    if (filter.from.isValid()) {
        where->append(QStringLiteral("a.published_date >= ?"));
        values->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        where->append(QStringLiteral("a.published_date <= ?"));
        values->append(filter.to.toString(Qt::ISODate));
    }
    if (filter.story > 0) {
        where->append(QStringLiteral("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"));
        values->append(filter.story);
    }
    if (filter.feed > 0) {
        where->append(QStringLiteral("a.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?)"));
        values->append(filter.feed);
    }
    if (!filter.tag.trimmed().isEmpty()) {
        where->append(QStringLiteral("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                                     "WHERE t.name = ? COLLATE NOCASE)"));
        values->append(filter.tag.simplified());
    }
}

const QString kArticleColumns = QStringLiteral(
    "a.id, a.title, COALESCE(o.name, ''), a.byline, a.url, a.published_date, a.language, "
    "a.source_path, a.source_format, a.imported_at, a.word_count, a.trimmed, a.credits, "
    "(SELECT group_concat(t.name, char(10)) FROM article_tags at JOIN tags t ON t.id = at.tag_id "
    " WHERE at.article_id = a.id), a.outlet_source");

// Reads the columns of kArticleColumns (and the body after them when asked).
Article articleFromQuery(const QSqlQuery &q, bool withBody)
{
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

// Plain words -> an FTS5 query in which every word must occur, as a prefix ("market" finds
// "markets" too); a single letter only as a whole word (as a prefix it would match most of
// a large library while the reader is still typing).
QString plainToFts(const QString &text)
{
    static const QRegularExpression wordRe(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    auto it = wordRe.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        terms.append(QLatin1Char('"') + word + (word.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace

Library::Library(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connectionName(m_db.connectionName())
    , m_stories(std::make_unique<StoryIndex>(m_db))
{
}

bool Library::beginBatch(QString *error)
{
    if (m_batch)
        return true;
    QSqlQuery q(m_db);
    m_batch = q.exec(QStringLiteral("SAVEPOINT batch"));
    if (!m_batch && error)
        *error = q.lastError().text();
    return m_batch;
}

bool Library::commitBatch(QString *error)
{
    if (!m_batch)
        return true;
    m_batch = false;
    QSqlQuery q(m_db);
    // The batch's articles find their stories (the days around them regrouped) before it is
    // committed, in the same transaction.
    QString grouping;
    if (!m_stories->regroupPending(&grouping)) {
        m_stories->discardPending();
        if (error)
            *error = grouping;
    } else if (q.exec(QStringLiteral("RELEASE batch"))) {
        return true;
    } else if (error) {
        *error = q.lastError().text();
    }
    q.exec(QStringLiteral("ROLLBACK TO batch"));
    q.exec(QStringLiteral("RELEASE batch"));
    return false;
}

Library::~Library()
{
    commitBatch();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// What PRAGMA quick_check finds wrong in the file; empty when it is sound.
QString integrityProblem(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next() && problems.size() < 3)
        problems.append(q.value(0).toString());
    return problems == QStringList{QStringLiteral("ok")} ? QString() : problems.join(QStringLiteral("; "));
}

} // namespace

std::optional<QString> Library::checkIntegrity(const QString &path)
{
    const QString name = nextConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        problem = db.open() ? integrityProblem(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        return std::nullopt;
    return Tr::tr("The library %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), problem);
}

Library::OpenResult Library::open(const QString &path, Check check)
{
    OpenResult result;
    // Reading every page costs about a second per 100 MB: a large library is checked after
    // the window is up instead (see checkIntegrity and MainWindow).
    const bool fullCheck = check == Check::Full ||
                           (check == Check::Auto && QFileInfo(path).size() <= kCheckedOnOpenBytes);
    const QString shown = QDir::toNativeSeparators(path);
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (info.exists() && info.isDir()) {
            result.error = Tr::tr("Cannot open the library %1: it is a folder.").arg(shown);
            return result;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            result.error = Tr::tr("Cannot open the library %1: its folder cannot be created.").arg(shown);
            return result;
        }
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        auto fail = [&](const QString &why) {
            db.close();
            result.error = Tr::tr("Cannot open the library %1: %2").arg(shown, why);
        };
        if (!db.open()) {
            fail(db.lastError().text());
        } else {
            QSqlQuery q(db);
            // Reading the schema first tells a damaged or foreign file from a library.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
                fail(Tr::tr("it is not an SQLite database (%1)").arg(q.lastError().text()));
                result.damaged = true;
            } else if (const QString problem = fullCheck ? integrityProblem(db) : QString(); !problem.isEmpty()) {
                fail(Tr::tr("the file is damaged (%1)").arg(problem));
                result.damaged = true;
            } else if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
                fail(q.lastError().text());
            } else if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
                fail(q.lastError().text());
            } else if (!q.exec(QStringLiteral("PRAGMA cache_size = -65536"))) {
                // 64 MB of pages kept (SQLite's default is 2 MB): a large library's indexes
                // stay in memory instead of being read again for every search and import.
                fail(q.lastError().text());
            } else if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
                // With WAL, NORMAL syncs at checkpoints, not at every commit: a killed process
                // loses nothing it committed and the file cannot be damaged; only a power cut
                // may take back the last commits. A large import runs twice as fast.
                fail(q.lastError().text());
            } else {
                q.finish(); // an open statement would block the migrations' commits
                const Migrator::Outcome m = Migrator::migrate(db, path);
                if (!m.ok())
                    fail(m.error);
                result.backupPath = m.backupPath;
            }
        }
        if (result.error.isEmpty()) {
            result.library.reset(new Library(db, path));
            return result;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int Library::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Library::Prepared Library::prepare(Article article)
{
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

Library::AddResult Library::addArticle(const Article &article)
{
    return addPrepared(prepare(article));
}

Library::AddResult Library::addPrepared(const Prepared &prepared)
{
    AddResult result;
    const Article &article = prepared.article;
    const QString hash = QString::fromLatin1(prepared.hash);

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"));
    q.addBindValue(hash);
    if (!q.exec()) {
        result.error = q.lastError().text();
        return result;
    }
    if (q.next()) {
        result.status = AddStatus::Duplicate;
        result.id = q.value(0).toLongLong();
        return result;
    }

    if (!beginWrite(m_db)) {
        result.error = m_db.lastError().text();
        return result;
    }
    auto rollback = [&](const QSqlQuery &failed) {
        // SQLite's words for the two failures a reader can do something about, made plain.
        const QSqlError e = failed.lastError();
        if (e.nativeErrorCode() == QLatin1String("8")) // SQLITE_READONLY
            result.error = Tr::tr("the library file %1 is read-only").arg(QDir::toNativeSeparators(m_path));
        else if (e.nativeErrorCode() == QLatin1String("13")) // SQLITE_FULL
            result.error = Tr::tr("the disk holding the library is full (%1)").arg(e.databaseText());
        else
            result.error = e.text();
        rollbackWrite(m_db);
        result.status = AddStatus::Failed;
        result.id = 0;
        return result;
    };

    QVariant outletId;
    if (!outletValue(q, article.outlet, &outletId))
        return rollback(q);

    q.prepare(QStringLiteral(
        "INSERT INTO articles(id, title, outlet_id, byline, url, published_date, language, body, "
        "content_hash, source_path, source_format, imported_at, word_count, trimmed, credits, outlet_source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // An article brought back (undo of a delete) keeps its id; a new one gets the next.
    q.addBindValue(article.id > 0 ? QVariant(article.id) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(text(article.title));
    q.addBindValue(outletId);
    q.addBindValue(text(article.byline));
    q.addBindValue(text(article.url));
    q.addBindValue(dateValue(article.published));
    q.addBindValue(text(article.language));
    q.addBindValue(text(article.body));
    q.addBindValue(hash);
    q.addBindValue(text(article.sourcePath));
    q.addBindValue(text(article.sourceFormat));
    q.addBindValue((article.importedAt.isValid() ? article.importedAt
                                                 : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODate));
    q.addBindValue(article.wordCount); // counted by prepare() when the importer did not
    q.addBindValue(text(article.trimmed.join(QStringLiteral("\n\n"))));
    q.addBindValue(text(article.credits.join(u'\n')));
    q.addBindValue(Article::sourceCode(article.outlet.isEmpty() ? Article::OutletSource::Stated : article.outletSource));
    if (!q.exec())
        return rollback(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!writeTags(q, id, article.tags))
        return rollback(q);
    // In the same transaction: the article's profile is stored; outside a batch, the days
    // around it are regrouped now (in a batch, when it is committed).
    QElapsedTimer grouping;
    grouping.start();
    QString groupingError;
    const bool grouped = m_stories->add(id, article.published, prepared.profile, &groupingError) &&
                         (m_batch || m_stories->regroupPending(&groupingError));
    result.groupingMs = prepared.profileMs + double(grouping.nsecsElapsed()) / 1e6;
    if (!grouped) {
        if (!m_batch) // a batch keeps the others' terms and days
            m_stories->discardPending();
        rollbackWrite(m_db);
        result.error = groupingError;
        result.status = AddStatus::Failed;
        return result;
    }
    if (!commitWrite(m_db)) {
        if (!m_batch) // a batch keeps the others' terms and days
            m_stories->discardPending();
        return rollback(q);
    }
    result.status = AddStatus::Imported;
    result.id = id;
    return result;
}

QList<Article> Library::listArticles(QString *error) const
{
    QList<Article> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kArticleColumns +
                QStringLiteral(" FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                               "ORDER BY a.published_date DESC, a.id DESC"))) {
        if (error)
            *error = q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(articleFromQuery(q, false));
    return list;
}

std::optional<Article> Library::article(qint64 id) const
{
    const QList<Article> found = articles({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Article> Library::articles(const QList<qint64> &ids) const
{
    QList<Article> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kArticleColumns +
              QStringLiteral(", a.body FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id "
                             "WHERE a.id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            list.append(articleFromQuery(q, true));
    }
    return list;
}

int Library::articleCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
        return q.value(0).toInt();
    return -1;
}

std::optional<QList<SearchHit>> Library::search(const QString &query, QuerySyntax syntax,
                                                QString *error) const
{
    return search(query, syntax, SearchFilter{}, error);
}

std::optional<QList<SearchHit>> Library::search(const QString &query, QuerySyntax syntax, const SearchFilter &filter,
                                                QString *error) const
{
    if (query.trimmed().isEmpty())
        return QList<SearchHit>{};
    const std::optional<QList<qint64>> ids =
        findArticles(query, syntax, filter, filter.newestFirst ? Order::Date : Order::Relevance, Qt::DescendingOrder, error);
    if (!ids)
        return std::nullopt;
    QList<SearchHit> hits;
    for (const ListedArticle &row : listed(ids->mid(0, 500), query, syntax)) {
        SearchHit h;
        h.id = row.article.id;
        h.title = row.article.title;
        h.outlet = row.article.outlet;
        h.published = row.article.published;
        h.snippet = row.snippet;
        hits.append(h);
    }
    return hits;
}

namespace {

// The words a query looks for, to show them in snippets (FTS5's operators left out).
QStringList searchTerms(const QString &query)
{
    static const QRegularExpression wordRe(QStringLiteral(R"([\p{L}\p{N}]+)"));
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("NEAR")};
    QStringList terms;
    auto it = wordRe.globalMatch(query);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (!operators.contains(w))
            terms.append(w);
    }
    return terms;
}

QString ftsMatch(const QString &query, Library::QuerySyntax syntax)
{
    return syntax == Library::QuerySyntax::Plain ? plainToFts(query) : query.trimmed();
}

} // namespace

std::optional<QList<qint64>> Library::findArticles(const QString &query, QuerySyntax syntax, const SearchFilter &filter,
                                                   Order order, Qt::SortOrder direction, QString *error) const
{
    const QString match = ftsMatch(query, syntax);
    if (match.isEmpty() && !query.trimmed().isEmpty())
        return QList<qint64>{}; // only punctuation: nothing to find
    QStringList where;
    QVariantList values;
    QString sql = match.isEmpty() ? QStringLiteral("SELECT a.id FROM articles a ")
                                  : QStringLiteral("SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid ");
    if (!match.isEmpty()) {
        where.append(QStringLiteral("articles_fts MATCH ?"));
        values.append(match);
    }
    if (!filter.outlet.trimmed().isEmpty() || order == Order::Outlet)
        sql += QStringLiteral("LEFT JOIN outlets o ON o.id = a.outlet_id ");
    filterClauses(filter, &where, &values);
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
    const QString dir = direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    switch (order) {
    case Order::Relevance:
        sql += match.isEmpty() ? QStringLiteral("ORDER BY a.published_date DESC, a.id DESC") : QStringLiteral("ORDER BY rank");
        break;
    case Order::Date:
        sql += QStringLiteral("ORDER BY a.published_date") + dir + QStringLiteral(", a.id") + dir;
        break;
    case Order::Title:
        sql += QStringLiteral("ORDER BY a.title COLLATE NOCASE") + dir + QStringLiteral(", a.id") + dir;
        break;
    case Order::Outlet:
        sql += QStringLiteral("ORDER BY o.name COLLATE NOCASE") + dir + QStringLiteral(", a.published_date DESC, a.id DESC");
        break;
    case Order::Words:
        sql += QStringLiteral("ORDER BY a.word_count") + dir + QStringLiteral(", a.id") + dir;
        break;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Tr::tr("the search \u201C%1\u201D is not valid: %2").arg(query, q.lastError().databaseText());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<ListedArticle> Library::listed(const QList<qint64> &ids, const QString &query, QuerySyntax syntax) const
{
    QHash<qint64, ListedArticle> found;
    const QString match = query.trimmed().isEmpty() ? QString() : ftsMatch(query, syntax);
    const QStringList terms = searchTerms(query);
    constexpr qsizetype kChunk = 500;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const QList<qint64> chunk = ids.mid(at, kChunk);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + kArticleColumns +
                  QStringLiteral(" FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (") +
                  placeholders(chunk.size()) + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            Article a = articleFromQuery(q, false);
            found.insert(a.id, ListedArticle{std::move(a), {}});
        }
        if (match.isEmpty())
            continue;
        // Snippets from the bodies, here: FTS5's snippet() looked up with "rowid IN (...)"
        // expands a prefix query again for every row, which took seconds on large libraries.
        q.prepare(QStringLiteral("SELECT id, body FROM articles WHERE id IN (") + placeholders(chunk.size()) + u')');
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            const auto it = found.find(q.value(0).toLongLong());
            if (it != found.end())
                it->snippet = Text::searchSnippet(q.value(1).toString(), terms);
        }
    }
    QList<ListedArticle> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            rows.append(*it);
    }
    return rows;
}

QStringList Library::outlets() const
{
    QStringList names;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM outlets WHERE id IN (SELECT outlet_id FROM articles) ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

QStringList Library::tags() const
{
    QStringList names;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM tags WHERE id IN (SELECT tag_id FROM article_tags) ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}

bool Library::updateDetails(const Article &edited, QString *error)
{
    if (edited.title.trimmed().isEmpty()) {
        if (error)
            *error = Tr::tr("an article needs a title");
        return false;
    }
    if (!beginWrite(m_db)) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    auto fail = [&] {
        if (error)
            *error = q.lastError().text().isEmpty() ? Tr::tr("there is no article %1").arg(edited.id) : q.lastError().text();
        rollbackWrite(m_db);
        return false;
    };
    QVariant outletId;
    if (!outletValue(q, edited.outlet, &outletId))
        return fail();
    q.prepare(QStringLiteral("UPDATE articles SET title = ?, outlet_id = ?, outlet_source = ?, byline = ?, url = ?, published_date = ? WHERE id = ?"));
    q.addBindValue(edited.title.trimmed());
    q.addBindValue(outletId);
    q.addBindValue(Article::sourceCode(edited.outlet.trimmed().isEmpty() ? Article::OutletSource::Stated : edited.outletSource));
    q.addBindValue(text(edited.byline.trimmed()));
    q.addBindValue(text(edited.url.trimmed()));
    q.addBindValue(dateValue(edited.published));
    q.addBindValue(edited.id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail();
    if (!writeTags(q, edited.id, edited.tags))
        return fail();
    if (!commitWrite(m_db))
        return fail();
    return true;
}

bool Library::restoreTrimmed(qint64 id, QString *error)
{
    if (!beginWrite(m_db)) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        rollbackWrite(m_db);
        return false;
    };
    q.prepare(QStringLiteral("SELECT body, trimmed FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return fail(Tr::tr("there is no article %1").arg(id));
    const QString trimmed = q.value(1).toString();
    if (trimmed.isEmpty())
        return fail(Tr::tr("nothing was trimmed from this article"));
    // Stored paragraphs are separated by a blank line, as the body's are.
    const QString body = q.value(0).toString() + QStringLiteral("\n\n") + trimmed;
    q.finish();
    q.prepare(QStringLiteral("UPDATE articles SET body = ?, trimmed = '', word_count = ? WHERE id = ?"));
    q.addBindValue(body);
    q.addBindValue(Text::countWords(body));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(q.lastError().text());
    if (!commitWrite(m_db))
        return fail(m_db.lastError().text());
    return true;
}

qint64 Library::createStory(const QString &title, const QList<qint64> &articleIds, QString *error)
{
    if (!beginWrite(m_db)) {
        if (error)
            *error = m_db.lastError().text();
        return 0;
    }
    QSqlQuery q(m_db);
    auto fail = [&]() -> qint64 {
        if (error)
            *error = q.lastError().text();
        rollbackWrite(m_db);
        return 0;
    };
    q.prepare(QStringLiteral("INSERT INTO stories(title) VALUES (?)"));
    q.addBindValue(title);
    if (!q.exec())
        return fail();
    const qint64 storyId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)"));
    for (qint64 id : articleIds) {
        q.addBindValue(storyId);
        q.addBindValue(id);
        if (!q.exec())
            return fail();
    }
    if (!commitWrite(m_db))
        return fail();
    return storyId;
}

qint64 Library::addFeed(const QString &url, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO feeds(url, added_at) VALUES (?, ?)"));
    q.addBindValue(url.trimmed());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    q.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    q.addBindValue(url.trimmed());
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

namespace {

const QString kFeedColumns = QStringLiteral(
    "f.id, f.url, f.title, f.last_checked, f.last_error, "
    "(SELECT count(DISTINCT i.article_id) FROM feed_items i WHERE i.feed_id = f.id), "
    "(SELECT count(DISTINCT i.article_id) FROM feed_items i WHERE i.feed_id = f.id AND i.is_read = 0)");

Library::Feed feedFromQuery(const QSqlQuery &q)
{
    Library::Feed f;
    f.id = q.value(0).toLongLong();
    f.url = q.value(1).toString();
    f.title = q.value(2).toString();
    f.lastChecked = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    f.lastError = q.value(4).toString();
    f.articles = q.value(5).toInt();
    f.unread = q.value(6).toInt();
    return f;
}

} // namespace

QList<Library::Feed> Library::feeds() const
{
    QList<Feed> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT ") + kFeedColumns + QStringLiteral(" FROM feeds f ORDER BY lower(f.title), f.url"))) {
        while (q.next())
            list.append(feedFromQuery(q));
    }
    return list;
}

std::optional<Library::Feed> Library::feed(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kFeedColumns + QStringLiteral(" FROM feeds f WHERE f.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return feedFromQuery(q);
}

bool Library::knowsFeedItem(qint64 feedId, const QString &guid, const QString &link) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM feed_items WHERE (feed_id = ? AND guid = ?) OR (link <> '' AND link = ?) LIMIT 1"));
    q.addBindValue(feedId);
    q.addBindValue(guid);
    q.addBindValue(link);
    return q.exec() && q.next();
}

bool Library::recordFeedItem(qint64 feedId, const QString &guid, const QString &link, qint64 articleId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO feed_items(feed_id, guid, link, article_id, seen_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(feedId);
    q.addBindValue(guid);
    q.addBindValue(link);
    q.addBindValue(articleId > 0 ? QVariant(articleId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Library::setFeedChecked(qint64 feedId, const QString &title, const QString &error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE feeds SET title = CASE WHEN ? <> '' THEN ? ELSE title END, last_checked = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(title);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(feedId);
    return q.exec();
}

QList<qint64> Library::feedArticles(qint64 feedId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.article_id FROM feed_items i JOIN articles a ON a.id = i.article_id "
                             "WHERE i.feed_id = ? GROUP BY i.article_id "
                             "ORDER BY COALESCE(max(a.published_date), '') DESC, max(i.id) DESC"));
    q.addBindValue(feedId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

bool Library::markFeedRead(qint64 feedId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE feed_items SET is_read = 1 WHERE feed_id = ?"));
    q.addBindValue(feedId);
    return q.exec();
}

QList<Library::Story> Library::stories() const
{
    QList<Story> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.id, s.title, sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
                               "JOIN articles a ON a.id = sa.article_id ORDER BY s.id, a.published_date, a.id")))
        return list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id)
            list.append(Story{id, q.value(1).toString(), {}});
        list.last().articles.append(q.value(2).toLongLong());
    }
    return list;
}

QList<qint64> Library::storyIds(const QDate &from, const QDate &to) const
{
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT story_id FROM story_articles ") +
              (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
              QStringLiteral(" GROUP BY story_id ORDER BY max(published_date) DESC, story_id DESC"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

QList<Library::StorySummary> Library::storySummaries(const QList<qint64> &ids) const
{
    QHash<qint64, StorySummary> found;
    constexpr qsizetype kChunk = 500;
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const QList<qint64> chunk = ids.mid(at, kChunk);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT s.id, s.title, a.id, COALESCE(o.name, ''), a.title, a.published_date "
                                 "FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id "
                                 "LEFT JOIN outlets o ON o.id = a.outlet_id WHERE s.id IN (") +
                  placeholders(chunk.size()) + QStringLiteral(") ORDER BY s.id, a.published_date, a.id"));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            StorySummary &s = found[q.value(0).toLongLong()];
            s.id = q.value(0).toLongLong();
            s.title = q.value(1).toString();
            s.articles.append(q.value(2).toLongLong());
            const QString outlet = q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
            if (!s.outlets.contains(outlet))
                s.outlets.append(outlet);
            const QDate date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            if (date.isValid()) {
                s.first = s.first.isValid() ? std::min(s.first, date) : date;
                s.last = s.last.isValid() ? std::max(s.last, date) : date;
            }
        }
    }
    QList<StorySummary> list;
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            list.append(*it);
    }
    return list;
}

QList<Library::Story> Library::findStories(const QString &text, int limit) const
{
    QList<Story> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, title FROM stories WHERE ? = '' OR instr(lower(title), lower(?)) > 0 "
                             "ORDER BY id DESC LIMIT ?"));
    const QString t = text.trimmed().isNull() ? QStringLiteral("") : text.trimmed();
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            list.append(Story{q.value(0).toLongLong(), q.value(1).toString(), {}});
    }
    return list;
}

bool Library::rebuildStories(QString *error)
{
    if (!beginWrite(m_db)) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    // The reader's own choices stay: stories they edited and articles they placed.
    QString e;
    if (!m_stories->rebuild(&e)) {
        if (error)
            *error = e;
        m_stories->discardPending();
        rollbackWrite(m_db);
        return false;
    }
    return commitWrite(m_db);
}

StoryGrouper::Evidence Library::storyEvidence(qint64 story) const
{
    return m_stories->evidence(story);
}

namespace {

// Runs statements in one transaction; on failure rolls back and reports.
bool inTransaction(QSqlDatabase &db, QString *error, const std::function<bool(QSqlQuery &)> &work)
{
    if (!beginWrite(db)) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!work(q)) {
        if (error)
            *error = q.lastError().text();
        rollbackWrite(db);
        return false;
    }
    if (!commitWrite(db)) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return true;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

bool Library::renameStory(qint64 story, const QString &title, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return exec(q, QStringLiteral("UPDATE stories SET title = ?, automatic = 0 WHERE id = ?"), {title.simplified(), story}) &&
               q.numRowsAffected() == 1;
    });
}

bool Library::moveToStory(qint64 article, qint64 story, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return exec(q, QStringLiteral("DELETE FROM story_articles WHERE article_id = ?"), {article}) &&
               exec(q, QStringLiteral("INSERT INTO story_articles(story_id, article_id, pinned) VALUES (?, ?, 1)"), {story, article}) &&
               exec(q, QStringLiteral("DELETE FROM stories WHERE automatic = 1 AND id NOT IN (SELECT story_id FROM story_articles)"), {});
    });
}

bool Library::mergeStories(qint64 from, qint64 into, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return exec(q, QStringLiteral("INSERT OR IGNORE INTO story_articles(story_id, article_id, pinned) "
                                      "SELECT ?, article_id, 1 FROM story_articles WHERE story_id = ?"), {into, from}) &&
               exec(q, QStringLiteral("UPDATE story_articles SET pinned = 1 WHERE story_id = ?"), {into}) &&
               exec(q, QStringLiteral("DELETE FROM stories WHERE id = ?"), {from}) &&
               exec(q, QStringLiteral("UPDATE stories SET automatic = 0 WHERE id = ?"), {into});
    });
}

qint64 Library::splitStory(const QList<qint64> &articles, const QString &title, QString *error)
{
    qint64 story = 0;
    const bool ok = inTransaction(m_db, error, [&](QSqlQuery &q) {
        if (!exec(q, QStringLiteral("INSERT INTO stories(title, automatic) VALUES (?, 0)"), {title.simplified()}))
            return false;
        story = q.lastInsertId().toLongLong();
        for (qint64 a : articles) {
            if (!exec(q, QStringLiteral("DELETE FROM story_articles WHERE article_id = ?"), {a}) ||
                !exec(q, QStringLiteral("INSERT INTO story_articles(story_id, article_id, pinned) VALUES (?, ?, 1)"), {story, a}))
                return false;
        }
        return exec(q, QStringLiteral("DELETE FROM stories WHERE automatic = 1 AND id NOT IN (SELECT story_id FROM story_articles)"), {});
    });
    return ok ? story : 0;
}

bool Library::backup(const QString &target, QString *error) const
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = Tr::tr("%1 already exists").arg(QDir::toNativeSeparators(target));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(QDir::toNativeSeparators(target), q.lastError().text());
        return false;
    }
    return true;
}

std::optional<QString> Library::restore(const QString &backupFile, const QString &path, QString *error)
{
    // The backup must itself be a sound library.
    {
        const OpenResult check = open(backupFile);
        if (!check.library) {
            if (error)
                *error = Tr::tr("%1 is not a usable backup: %2").arg(QDir::toNativeSeparators(backupFile), check.error);
            return std::nullopt;
        }
    }
    QString replaced;
    if (QFileInfo::exists(path)) {
        replaced = path + QStringLiteral(".replaced-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(path, replaced)) {
            if (error)
                *error = Tr::tr("%1 cannot be moved aside").arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        for (const char *suffix : {"-wal", "-shm"}) // SQLite's companions go with it
            QFile::rename(path + QLatin1String(suffix), replaced + QLatin1String(suffix));
    }
    if (!QFile::copy(backupFile, path)) {
        if (error)
            *error = Tr::tr("%1 cannot be copied to %2").arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(path));
        if (!replaced.isEmpty())
            QFile::rename(replaced, path);
        return std::nullopt;
    }
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return replaced;
}

bool Library::deleteArticle(qint64 id, QString *error)
{
    return inTransaction(m_db, error, [&](QSqlQuery &q) {
        return m_stories->forget(id, nullptr) &&
               exec(q, QStringLiteral("DELETE FROM articles WHERE id = ?"), {id}) && q.numRowsAffected() == 1 &&
               exec(q, QStringLiteral("DELETE FROM stories WHERE automatic = 1 AND id NOT IN (SELECT story_id FROM story_articles)"), {});
    });
}

std::optional<int> Library::exportMarkdown(const QString &folder, qint64 story, QString *error) const
{
    QList<qint64> ids;
    QHash<qint64, QList<qint64>> storiesOf;
    for (const Story &s : stories()) {
        for (qint64 a : s.articles)
            storiesOf[a].append(s.id);
        if (s.id == story)
            ids = s.articles;
    }
    if (story == 0) {
        for (const Article &a : listArticles())
            ids.append(a.id);
    } else if (ids.isEmpty()) {
        if (error)
            *error = Tr::tr("there is no story %1").arg(story);
        return std::nullopt;
    }
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = Tr::tr("%1 cannot be created").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QJsonArray index;
    int written = 0;
    for (const Article &a : articles(ids)) {
        QString slug = a.title.toLower().replace(unsafe, QStringLiteral("-")).left(60);
        while (slug.endsWith(u'-'))
            slug.chop(1);
        const QString name = QStringLiteral("%1-%2.md").arg(a.id).arg(slug.isEmpty() ? QStringLiteral("article") : slug);
        QString text = QStringLiteral("---\n");
        auto field = [&](const QString &key, const QString &value) {
            if (!value.isEmpty())
                text += key + QStringLiteral(": ") + value + u'\n';
        };
        field(QStringLiteral("title"), a.title);
        field(QStringLiteral("outlet"), a.outlet);
        field(QStringLiteral("byline"), a.byline);
        field(QStringLiteral("date"), a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
        field(QStringLiteral("url"), a.url);
        field(QStringLiteral("language"), a.language);
        text += QStringLiteral("---\n\n# ") + a.title + QStringLiteral("\n\n") + a.body + u'\n';
        QSaveFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
            if (error)
                *error = Tr::tr("%1 cannot be written").arg(QDir::toNativeSeparators(dir.filePath(name)));
            return std::nullopt;
        }
        QJsonArray inStories;
        for (qint64 s : storiesOf.value(a.id))
            inStories.append(s);
        index.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("file"), name},
                                 {QStringLiteral("title"), a.title},
                                 {QStringLiteral("outlet"), a.outlet},
                                 {QStringLiteral("published"), a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate)) : QJsonValue()},
                                 {QStringLiteral("url"), a.url},
                                 {QStringLiteral("stories"), inStories}});
        ++written;
    }
    QSaveFile f(dir.filePath(QStringLiteral("index.json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(QJsonObject{{QStringLiteral("articles"), index}}).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = Tr::tr("%1 cannot be written").arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("index.json"))));
        return std::nullopt;
    }
    return written;
}

} // namespace Parallax
