// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/searchqueries.h"

#include "core/text.h"
#include "storage/articlestore.h"
#include "storage/librarydatabase.h"
#include "storage/serverquery.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Parallax {

namespace {

// The storage classes share the translation context of the class that once held them all.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

constexpr int kMaxHits = 500;

// Plain words -> an FTS5 query in which every word must occur, as a prefix ("market" finds
// "markets" too); a single letter only as a whole word (as a prefix it would match most of
// a large library while the reader is still typing).
QString plainToFts(const QString &text) {
    static const QRegularExpression wordRe(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList terms;
    auto it = wordRe.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        terms.append(QLatin1Char('"') + word +
                     (word.size() > 1 ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return terms.join(QLatin1Char(' '));
}

QString ftsMatch(const QString &query, SearchQueries::QuerySyntax syntax) {
    return syntax == SearchQueries::QuerySyntax::Plain ? plainToFts(query) : query.trimmed();
}

// A search on a server as a tsquery expression (with its values), empty when the query is
// not valid: plain words must all occur, each as a prefix (as plainToFts); the command
// line's FTS5 syntax is read by ServerQuery.
QString serverQuery(const QString &query, SearchQueries::QuerySyntax syntax, QVariantList *values) {
    // Each word is looked up as written (the 'simple' words of the search column, see
    // resources/sql/postgresql/002_fulltext.sql), so that one GIN index answers it and a
    // prefix means what it means in a library file.
    const auto term = [](const QString &text, bool phrase, QVariantList *into) {
        into->append(text);
        return phrase ? QStringLiteral("phraseto_tsquery('simple', ?)")
                      : QStringLiteral("to_tsquery('simple', ?)");
    };
    if (syntax == SearchQueries::QuerySyntax::Fts5) {
        const ServerQuery::Result read = ServerQuery::fromFts5(query, term);
        values->append(read.values);
        return read.ok ? read.sql : QString();
    }
    static const QRegularExpression wordRe(QStringLiteral(R"([\p{L}\p{N}]+)"));
    QStringList words;
    auto it = wordRe.globalMatch(query);
    while (it.hasNext()) {
        const QString word = it.next().captured(0);
        words.append(term(word.size() > 1 ? word + QStringLiteral(":*") : word, false, values));
    }
    return words.join(QStringLiteral(" && "));
}

// The words a query looks for, to show them in snippets (FTS5's operators left out).
QStringList searchTerms(const QString &query) {
    static const QRegularExpression wordRe(QStringLiteral(R"([\p{L}\p{N}]+)"));
    static const QStringList operators{QStringLiteral("AND"), QStringLiteral("OR"),
                                       QStringLiteral("NOT"), QStringLiteral("NEAR")};
    QStringList terms;
    auto it = wordRe.globalMatch(query);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (!operators.contains(w))
            terms.append(w);
    }
    return terms;
}

// The WHERE clauses (and their values) of a search filter, over articles `a` and outlets `o`.
void filterClauses(const SearchQueries::SearchFilter &filter, QStringList *where,
                   QVariantList *values) {
    if (!filter.outlet.trimmed().isEmpty()) {
        where->append(QStringLiteral("lower(o.name) = lower(?)"));
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
        where->append(
            QStringLiteral("a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)"));
        values->append(filter.story);
    }
    if (filter.feed > 0) {
        where->append(
            QStringLiteral("a.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?)"));
        values->append(filter.feed);
    }
    if (!filter.tag.trimmed().isEmpty()) {
        where->append(QStringLiteral(
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id "
            "WHERE lower(t.name) = lower(?))"));
        values->append(filter.tag.simplified());
    }
}

// The ORDER BY clause of a list of ids; `match` is the FTS5 query, empty when none runs;
// a server ranks by its own measure.
QString orderClause(SearchQueries::Order order, Qt::SortOrder direction, const QString &match,
                    bool server) {
    using Order = SearchQueries::Order;
    const QString dir =
        direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // SQLite puts NULL (no date, no outlet) before every value, PostgreSQL after: spelled out
    // so that both backends list alike.
    const QString nulls = direction == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST")
                                                          : QStringLiteral(" NULLS LAST");
    switch (order) {
    case Order::Relevance:
        return match.isEmpty()
                   ? QStringLiteral("ORDER BY a.published_date DESC NULLS LAST, a.id DESC")
               : server ? QStringLiteral("ORDER BY ts_rank(a.rank_terms, m.q) DESC, a.id DESC")
                        : QStringLiteral("ORDER BY rank");
    case Order::Date:
        return QStringLiteral("ORDER BY a.published_date") + dir + nulls +
               QStringLiteral(", a.id") + dir;
    case Order::Title:
        return QStringLiteral("ORDER BY lower(a.title)") + dir + QStringLiteral(", a.id") + dir;
    case Order::Outlet:
        return QStringLiteral("ORDER BY lower(o.name)") + dir + nulls +
               QStringLiteral(", a.published_date DESC NULLS LAST, a.id DESC");
    case Order::Words:
        return QStringLiteral("ORDER BY a.word_count") + dir + QStringLiteral(", a.id") + dir;
    }
    return {};
}

} // namespace

std::optional<QList<SearchHit>> SearchQueries::search(const QString &query, QuerySyntax syntax,
                                                      const SearchFilter &filter,
                                                      QString *error) const {
    if (query.trimmed().isEmpty())
        return QList<SearchHit>{};
    const std::optional<QList<qint64>> ids =
        find(query, syntax, filter, filter.newestFirst ? Order::Date : Order::Relevance,
             Qt::DescendingOrder, error);
    if (!ids)
        return std::nullopt;
    QList<SearchHit> hits;
    for (const ListedArticle &row : listed(ids->mid(0, kMaxHits), query, syntax))
        hits.append(SearchHit{row.article.id, row.article.title, row.article.outlet,
                              row.article.published, row.snippet});
    return hits;
}

std::optional<QList<qint64>> SearchQueries::find(const QString &query, QuerySyntax syntax,
                                                 const SearchFilter &filter, Order order,
                                                 Qt::SortOrder direction, QString *error) const {
    const QString match = ftsMatch(query, syntax);
    if (match.isEmpty() && !query.trimmed().isEmpty())
        return QList<qint64>{}; // only punctuation: nothing to find
    QStringList where;
    QVariantList values;
    QString sql;
    if (match.isEmpty()) {
        sql = QStringLiteral("SELECT a.id FROM articles a ");
    } else if (m_database.isServer()) {
        const QString tsquery = serverQuery(query, syntax, &values);
        if (tsquery.isEmpty()) {
            if (error)
                *error = Tr::tr("the search \u201C%1\u201D is not valid: %2")
                             .arg(query, Tr::tr("see the FTS5 query syntax"));
            return std::nullopt;
        }
        sql = QStringLiteral("SELECT a.id FROM articles a CROSS JOIN (SELECT %1 AS q) m ")
                  .arg(tsquery);
        where.append(QStringLiteral("a.search @@ m.q"));
    } else {
        sql = QStringLiteral(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid ");
        where.append(QStringLiteral("articles_fts MATCH ?"));
        values.append(match);
    }
    if (!filter.outlet.trimmed().isEmpty() || order == Order::Outlet)
        sql += QStringLiteral("LEFT JOIN outlets o ON o.id = a.outlet_id ");
    filterClauses(filter, &where, &values);
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + u' ';
    sql += orderClause(order, direction, match, m_database.isServer());
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // On a server the matches are read through the words' index however many they are: the
    // planner does not count what reading every article's words costs, and for a word in a
    // fifth of the library it chose to read them all (0.9 s instead of 0.06 s at 100,000).
    const bool byIndex = m_database.isServer() && !match.isEmpty();
    if (byIndex)
        q.exec(QStringLiteral("SET enable_seqscan = off"));
    const bool found = Sql::exec(q, sql, values);
    QList<qint64> ids;
    while (found && q.next())
        ids.append(q.value(0).toLongLong());
    const QString why = found ? QString() : q.lastError().databaseText();
    if (byIndex)
        q.exec(QStringLiteral("RESET enable_seqscan"));
    if (!found) {
        if (error)
            *error = Tr::tr("the search \u201C%1\u201D is not valid: %2").arg(query, why);
        return std::nullopt;
    }
    return ids;
}

QList<ListedArticle> SearchQueries::listed(const QList<qint64> &ids, const QString &query,
                                           QuerySyntax syntax) const {
    const QString match = query.trimmed().isEmpty() ? QString() : ftsMatch(query, syntax);
    QList<ListedArticle> rows;
    if (match.isEmpty()) {
        for (const Article &a : m_articles.headers(ids))
            rows.append(ListedArticle{a, {}});
        return rows;
    }
    // Snippets from the bodies, here: FTS5's snippet() looked up with "rowid IN (...)"
    // expands a prefix query again for every row, which took seconds on large libraries.
    const QStringList terms = searchTerms(query);
    QList<Article> found = m_articles.articles(ids);
    for (Article &a : found) {
        const QString snippet = Text::searchSnippet(a.body, terms);
        a.body.clear(); // a row of a list carries no body
        rows.append(ListedArticle{std::move(a), snippet});
    }
    return rows;
}

} // namespace Parallax
