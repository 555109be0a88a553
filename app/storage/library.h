// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/storygrouper.h"
#include "core/storyprofile.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Parallax {

class StoryIndex;

// A search hit: enough to list it and open it.
struct SearchHit final
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QDate published;
    QString snippet; // with the matched words between [ and ]
};

// A row of the library's list: an article without its body, and where a search matched
// (the matched words between [ and ]; empty when no search runs).
struct ListedArticle final
{
    Article article;
    QString snippet;
};

// The reader's article library: one SQLite file (WAL, foreign keys on), brought to the
// current schema when opened. Every write is one transaction, so a failure never leaves
// half an article behind. A Library is used from the thread that opened it.
class Library final
{
public:
    struct OpenResult
    {
        std::unique_ptr<Library> library;
        QString error; // names the file and the reason
        QString backupPath; // the copy kept before a schema upgrade, if one ran
        bool damaged = false; // the file exists but is not a readable library
    };
    // Opening reads the schema, which tells a foreign or badly damaged file; Full (and Auto,
    // for files up to kCheckedOnOpenBytes) also reads every page (PRAGMA quick_check).
    enum class Check { Auto, Full };
    static constexpr qint64 kCheckedOnOpenBytes = 64 << 20;
    static OpenResult open(const QString &path, Check check = Check::Auto);
    // The whole check, on a read-only connection of its own (any thread): a message naming
    // the file and what is wrong, or nothing when it is sound.
    static std::optional<QString> checkIntegrity(const QString &path);

    // Writes the articles (all, or one story's) into `folder` as Markdown files with a
    // header of their metadata, and an index.json that lists them; the number written.
    std::optional<int> exportMarkdown(const QString &folder, qint64 story, QString *error) const;

    // Writes a consistent copy of the library to `target` (VACUUM INTO), which must not exist.
    bool backup(const QString &target, QString *error = nullptr) const;
    // Puts a backup in place of the library at `path`: the backup is checked first, and the
    // file it replaces is kept beside it as "<name>.replaced-<time>" (never overwritten).
    // Returns where the replaced file went (empty when there was none).
    static std::optional<QString> restore(const QString &backupFile, const QString &path, QString *error);

    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    QString path() const { return m_path; }
    int schemaVersion() const;

    enum class AddStatus { Imported, Duplicate, Failed };
    struct AddResult
    {
        AddStatus status = AddStatus::Failed;
        qint64 id = 0; // the stored article, or the one it duplicates
        QString error;
        double groupingMs = 0; // of which spent finding its story (for bench/library-scale)
    };
    // Stores an article unless one with the same normalised body is already there. An
    // article with an id (one brought back after a delete) keeps it.
    AddResult addArticle(const Article &article);
    // The same in two steps: prepare() does the work that needs no database (hashing,
    // counting, the story profile) and may run on any thread; addPrepared() stores.
    struct Prepared
    {
        Article article;
        QByteArray hash;
        StoryProfile profile;
        double profileMs = 0;
    };
    static Prepared prepare(Article article);
    AddResult addPrepared(const Prepared &prepared);
    // A large import: the writes until commitBatch() share one transaction (each article in
    // it still all or nothing), so the full-text index is written once per batch instead of
    // once per article. What is not committed is lost if the process dies: commit often.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
    bool inBatch() const { return m_batch; }

    // Deletes an article (and its place in stories and sketches); see MainWindow's undo.
    bool deleteArticle(qint64 id, QString *error = nullptr);

    // Articles without their bodies (for lists), newest first.
    QList<Article> listArticles(QString *error = nullptr) const;
    std::optional<Article> article(qint64 id) const;
    // Whole articles in the order of `ids`; unknown ids are left out.
    QList<Article> articles(const QList<qint64> &ids) const;
    int articleCount() const;

    enum class QuerySyntax { Fts5, Plain };
    // Full-text search over titles and bodies. Fts5 takes SQLite FTS5 query syntax (for the
    // command line); Plain treats the words as prefixes that must all occur (for the search
    // box, where a stray quote must not be an error).
    // Narrowing a search: by outlet (exact name), dates (inclusive), story; newest first
    // instead of best match first.
    struct SearchFilter
    {
        QString outlet;
        QDate from;
        QDate to;
        qint64 story = 0;
        qint64 feed = 0;
        QString tag;
        bool newestFirst = false;
    };
    std::optional<QList<SearchHit>> search(const QString &query, QuerySyntax syntax, const SearchFilter &filter,
                                           QString *error = nullptr) const;
    std::optional<QList<SearchHit>> search(const QString &query, QuerySyntax syntax,
                                           QString *error = nullptr) const;

    // Every article that matches the search and the filter (all when `query` is empty), as
    // ids in the asked order. Cheap even for 100,000 articles (no rows are read): the list
    // reads the rows a page at a time with listed().
    enum class Order { Relevance, Date, Title, Outlet, Words };
    std::optional<QList<qint64>> findArticles(const QString &query, QuerySyntax syntax, const SearchFilter &filter,
                                              Order order, Qt::SortOrder direction, QString *error = nullptr) const;
    // The articles of `ids` (without bodies) in that order, with a snippet where `query`
    // matched them.
    QList<ListedArticle> listed(const QList<qint64> &ids, const QString &query = {},
                                QuerySyntax syntax = QuerySyntax::Plain) const;
    // The outlets and tags that articles have, sorted.
    QStringList outlets() const;
    QStringList tags() const;
    // Changes an article's details (title, outlet, byline, link, date and tags, taken from
    // `edited`, whose id says which article); the body stays as imported.
    bool updateDetails(const Article &edited, QString *error = nullptr);
    // Puts the text the importer trimmed from an article (Article::trimmed) back at the end
    // of its body, for a reader who judges it part of the article; the credits stay.
    bool restoreTrimmed(qint64 id, QString *error = nullptr);

    // A story groups articles on one event; returns its id, or 0 when it could not be stored.
    qint64 createStory(const QString &title, const QList<qint64> &articleIds, QString *error = nullptr);

    // Stories: coverage of one event, grouped automatically on import (see StoryGrouper)
    // and by the reader.
    struct Story
    {
        qint64 id = 0;
        QString title;
        QList<qint64> articles; // by date
    };
    QList<Story> stories() const;
    // Why a story's articles belong together (the names, places, figures, dates and words
    // most of them share).
    StoryGrouper::Evidence storyEvidence(qint64 story) const;
    // For the library panel: the stories with an article in the dates (either may be
    // invalid: open), latest coverage first, as ids; then a page of them summed up.
    struct StorySummary
    {
        qint64 id = 0;
        QString title;
        QStringList outlets; // the outlets (or titles, where none) of its articles
        QDate first, last;   // invalid when no article has a date
        QList<qint64> articles;
    };
    QList<qint64> storyIds(const QDate &from = {}, const QDate &to = {}) const;
    QList<StorySummary> storySummaries(const QList<qint64> &ids) const;
    // The stories whose title contains `text` (all when empty), latest first, at most `limit`.
    QList<Story> findStories(const QString &text, int limit) const;
    // Regroups every article automatically, keeping the reader's own choices.
    bool rebuildStories(QString *error = nullptr);
    // The reader's choices, kept by later automatic grouping: a renamed story is theirs; an
    // article they moved stays where they put it; a merged or split story is theirs.
    bool renameStory(qint64 story, const QString &title, QString *error = nullptr);
    bool moveToStory(qint64 article, qint64 story, QString *error = nullptr);
    bool mergeStories(qint64 from, qint64 into, QString *error = nullptr);
    // A new story of the given articles, taken out of their stories; its id, 0 on failure.
    qint64 splitStory(const QList<qint64> &articles, const QString &title, QString *error = nullptr);

    // Feeds (RSS, Atom) and the items seen in them.
    struct Feed
    {
        qint64 id = 0;
        QString url;
        QString title;
        QDateTime lastChecked; // invalid: never
        QString lastError;
        int articles = 0; // items imported as articles
        int unread = 0;   // of which not yet opened
    };
    // Subscribes to a feed (or finds it): its id, 0 on failure.
    qint64 addFeed(const QString &url, QString *error = nullptr);
    QList<Feed> feeds() const;
    std::optional<Feed> feed(qint64 id) const;
    // Whether the feed has had this item before (by its guid, or by its link in any feed).
    bool knowsFeedItem(qint64 feedId, const QString &guid, const QString &link) const;
    // Records an item (and the article it became, or 0); a known item is left as it is.
    bool recordFeedItem(qint64 feedId, const QString &guid, const QString &link, qint64 articleId,
                        QString *error = nullptr);
    // After a refresh: the feed's title and the error of the last attempt (empty when fine).
    bool setFeedChecked(qint64 feedId, const QString &title, const QString &error);
    // The articles of a feed, newest first, and marking them read.
    QList<qint64> feedArticles(qint64 feedId) const;
    bool markFeedRead(qint64 feedId);

    // The connection, for tests and tools that need raw SQL.
    QSqlDatabase database() const { return m_db; }

private:
    Library(QSqlDatabase db, QString path);

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    bool m_batch = false;
    std::unique_ptr<StoryIndex> m_stories; // grouping written after each commit's articles
};

} // namespace Parallax
