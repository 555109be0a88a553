// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlestore.h"
#include "storage/feedstore.h"
#include "storage/librarydatabase.h"
#include "storage/searchqueries.h"
#include "storage/storystore.h"
#include "storage/tagstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Parallax {

class StoryIndex;

// The reader's article library as one object: it opens the file (LibraryDatabase) and holds
// the stores built on it, each owning one concern (ArticleStore, SearchQueries, StoryStore,
// FeedStore, TagStore). Its own functions only hand on to them, so that the window and the
// command line keep one entry point; new code may use the stores directly. Every write is
// one transaction, so a failure never leaves half an article behind. A Library is used from
// the thread that opened it.
class Library final {
public:
    using Check = LibraryDatabase::Check;
    static constexpr qint64 kCheckedOnOpenBytes = LibraryDatabase::kCheckedOnOpenBytes;
    struct OpenResult {
        std::unique_ptr<Library> library;
        QString error;        // names the file and the reason
        QString backupPath;   // the copy kept before a schema upgrade, if one ran
        bool damaged = false; // the file exists but is not a readable library
    };
    static OpenResult open(const QString &path, Check check = Check::Auto);
    static std::optional<QString> checkIntegrity(const QString &path);
    static std::optional<QString> restore(const QString &backupFile, const QString &path,
                                          QString *error);

    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    // The stores, for code that needs only one concern.
    LibraryDatabase &libraryDatabase() { return *m_database; }
    ArticleStore &articleStore() { return m_articles; }
    const ArticleStore &articleStore() const { return m_articles; }
    const SearchQueries &searchQueries() const { return m_search; }
    StoryStore &storyStore() { return m_stories; }
    const StoryStore &storyStore() const { return m_stories; }
    FeedStore &feedStore() { return m_feeds; }
    const TagStore &tagStore() const { return m_tags; }

    // The library file (LibraryDatabase).
    QString path() const { return m_database->path(); }
    int schemaVersion() const { return m_database->schemaVersion(); }
    bool backup(const QString &target, QString *error = nullptr) const {
        return m_database->backup(target, error);
    }
    // The connection, for tests and tools that need raw SQL.
    QSqlDatabase database() const { return m_database->connection(); }
    bool connectionLost() const { return m_database->connectionLost(); }
    // Writes the articles (all, or one story's) as Markdown (see MarkdownExport).
    std::optional<int> exportMarkdown(const QString &folder, qint64 story, QString *error) const;

    // Articles (ArticleStore).
    using AddStatus = ArticleStore::AddStatus;
    using AddResult = ArticleStore::AddResult;
    using Prepared = ArticleStore::Prepared;
    static Prepared prepare(Article article) { return ArticleStore::prepare(std::move(article)); }
    AddResult addArticle(const Article &article) {
        return m_articles.add(ArticleStore::prepare(article));
    }
    AddResult addPrepared(const Prepared &prepared) { return m_articles.add(prepared); }
    QList<AddResult> addPrepared(const QList<const Prepared *> &prepared) {
        return m_articles.add(prepared);
    }
    bool beginBatch(QString *error = nullptr) { return m_articles.beginBatch(error); }
    bool commitBatch(QString *error = nullptr) { return m_articles.commitBatch(error); }
    bool inBatch() const { return m_articles.inBatch(); }
    bool deleteArticle(qint64 id, QString *error = nullptr) { return m_articles.remove(id, error); }
    QList<Article> listArticles(QString *error = nullptr) const { return m_articles.list(error); }
    std::optional<Article> article(qint64 id) const { return m_articles.article(id); }
    QList<Article> articles(const QList<qint64> &ids) const { return m_articles.articles(ids); }
    int articleCount() const { return m_articles.count(); }
    QStringList outlets() const { return m_articles.outlets(); }
    bool updateDetails(const Article &edited, QString *error = nullptr) {
        return m_articles.updateDetails(edited, error);
    }
    bool restoreTrimmed(qint64 id, QString *error = nullptr) {
        return m_articles.restoreTrimmed(id, error);
    }

    // Tags (TagStore).
    QStringList tags() const { return m_tags.names(); }

    // Search (SearchQueries).
    using QuerySyntax = SearchQueries::QuerySyntax;
    using SearchFilter = SearchQueries::SearchFilter;
    using Order = SearchQueries::Order;
    std::optional<QList<SearchHit>> search(const QString &query, QuerySyntax syntax,
                                           const SearchFilter &filter,
                                           QString *error = nullptr) const {
        return m_search.search(query, syntax, filter, error);
    }
    std::optional<QList<SearchHit>> search(const QString &query, QuerySyntax syntax,
                                           QString *error = nullptr) const {
        return m_search.search(query, syntax, SearchFilter{}, error);
    }
    std::optional<QList<qint64>> findArticles(const QString &query, QuerySyntax syntax,
                                              const SearchFilter &filter, Order order,
                                              Qt::SortOrder direction,
                                              QString *error = nullptr) const {
        return m_search.find(query, syntax, filter, order, direction, error);
    }
    QList<ListedArticle> listed(const QList<qint64> &ids, const QString &query = {},
                                QuerySyntax syntax = QuerySyntax::Plain) const {
        return m_search.listed(ids, query, syntax);
    }

    // Stories (StoryStore).
    using Story = StoryStore::Story;
    using StorySummary = StoryStore::StorySummary;
    qint64 createStory(const QString &title, const QList<qint64> &articleIds,
                       QString *error = nullptr) {
        return m_stories.create(title, articleIds, error);
    }
    QList<Story> stories() const { return m_stories.stories(); }
    StoryGrouper::Evidence storyEvidence(qint64 story) const { return m_stories.evidence(story); }
    QList<qint64> storyIds(const QDate &from = {}, const QDate &to = {}) const {
        return m_stories.ids(from, to);
    }
    QList<StorySummary> storySummaries(const QList<qint64> &ids) const {
        return m_stories.summaries(ids);
    }
    QList<Story> findStories(const QString &text, int limit) const {
        return m_stories.find(text, limit);
    }
    bool rebuildStories(QString *error = nullptr) { return m_stories.rebuild(error); }
    bool renameStory(qint64 story, const QString &title, QString *error = nullptr) {
        return m_stories.rename(story, title, error);
    }
    bool moveToStory(qint64 article, qint64 story, QString *error = nullptr) {
        return m_stories.move(article, story, error);
    }
    bool mergeStories(qint64 from, qint64 into, QString *error = nullptr) {
        return m_stories.merge(from, into, error);
    }
    qint64 splitStory(const QList<qint64> &articles, const QString &title,
                      QString *error = nullptr) {
        return m_stories.split(articles, title, error);
    }

    // Feeds (FeedStore).
    using Feed = FeedStore::Feed;
    qint64 addFeed(const QString &url, QString *error = nullptr) { return m_feeds.add(url, error); }
    QList<Feed> feeds() const { return m_feeds.feeds(); }
    std::optional<Feed> feed(qint64 id) const { return m_feeds.feed(id); }
    bool knowsFeedItem(qint64 feedId, const QString &guid, const QString &link) const {
        return m_feeds.knowsItem(feedId, guid, link);
    }
    bool recordFeedItem(qint64 feedId, const QString &guid, const QString &link, qint64 articleId,
                        QString *error = nullptr) {
        return m_feeds.recordItem(feedId, guid, link, articleId, error);
    }
    bool setFeedChecked(qint64 feedId, const QString &title, const QString &error) {
        return m_feeds.setChecked(feedId, title, error);
    }
    QList<qint64> feedArticles(qint64 feedId) const { return m_feeds.articles(feedId); }
    bool markFeedRead(qint64 feedId) { return m_feeds.markRead(feedId); }

private:
    explicit Library(std::unique_ptr<LibraryDatabase> database);

    // Declared in the order they are made: each is built on those above it.
    std::unique_ptr<LibraryDatabase> m_database;
    std::unique_ptr<StoryIndex> m_index; // the automatic grouping, kept between imports
    TagStore m_tags;
    ArticleStore m_articles;
    SearchQueries m_search;
    StoryStore m_stories;
    FeedStore m_feeds;
};

} // namespace Parallax
