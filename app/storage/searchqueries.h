// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax {

class ArticleStore;
class LibraryDatabase;

// A search hit: enough to list it and open it.
struct SearchHit final {
    qint64 id = 0;
    QString title;
    QString outlet;
    QDate published;
    QString snippet; // with the matched words between [ and ]
};

// A row of the library's list: an article without its body, and where a search matched
// (the matched words between [ and ]; empty when no search runs).
struct ListedArticle final {
    Article article;
    QString snippet;
};

// Finding articles: full-text search over titles and bodies (SQLite FTS5, kept in sync by
// triggers) with the outlet, date, story, feed and tag filters, and the sorted lists of ids
// the library panel pages through. The query syntax and the ranking are FTS5's and stay
// behind this class.
class SearchQueries final {
public:
    SearchQueries(const LibraryDatabase &database, const ArticleStore &articles)
        : m_database(database)
        , m_articles(articles) {}

    // Fts5 takes SQLite FTS5 query syntax (for the command line); Plain treats the words as
    // prefixes that must all occur (for the search box, where a stray quote must not be an
    // error).
    enum class QuerySyntax { Fts5, Plain };
    // Narrowing a search: by outlet (exact name), dates (inclusive), story, feed, tag; newest
    // first instead of best match first.
    struct SearchFilter {
        QString outlet;
        QDate from;
        QDate to;
        qint64 story = 0;
        qint64 feed = 0;
        QString tag;
        bool newestFirst = false;
    };
    enum class Order { Relevance, Date, Title, Outlet, Words };

    // The first 500 hits, with snippets.
    std::optional<QList<SearchHit>> search(const QString &query, QuerySyntax syntax,
                                           const SearchFilter &filter,
                                           QString *error = nullptr) const;
    // Every article that matches the search and the filter (all when `query` is empty), as
    // ids in the asked order. Cheap even for 100,000 articles (no rows are read): the list
    // reads the rows a page at a time with listed().
    std::optional<QList<qint64>> find(const QString &query, QuerySyntax syntax,
                                      const SearchFilter &filter, Order order,
                                      Qt::SortOrder direction, QString *error = nullptr) const;
    // The articles of `ids` (without bodies) in that order, with a snippet where `query`
    // matched them.
    QList<ListedArticle> listed(const QList<qint64> &ids, const QString &query = {},
                                QuerySyntax syntax = QuerySyntax::Plain) const;

private:
    const LibraryDatabase &m_database;
    const ArticleStore &m_articles;
};

} // namespace Parallax
