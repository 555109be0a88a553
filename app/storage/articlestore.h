// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/storyprofile.h"
#include "storage/storyindex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace Parallax {

class LibraryDatabase;
class StoryIndex;

// The articles: storing one (with its outlet, its tags and its story profile, all or
// nothing; a duplicate of a stored body is refused), reading them back, editing their
// details, deleting them. A stored article is filed into its story (StoryIndex) in the same
// transaction: at once, or when the batch it came in is committed.
class ArticleStore final {
public:
    ArticleStore(LibraryDatabase &database, StoryIndex &index)
        : m_database(database)
        , m_index(index) {}

    enum class AddStatus { Imported, Duplicate, Failed };
    struct AddResult {
        AddStatus status = AddStatus::Failed;
        qint64 id = 0; // the stored article, or the one it duplicates
        QString error;
        double groupingMs = 0; // of which spent finding its story (for bench/library-scale)
    };
    // What storing an article needs that no database does (hashing, counting, the story
    // profile): made by prepare() on any thread, stored by add().
    struct Prepared {
        Article article;
        QByteArray hash;
        StoryProfile profile;
        double profileMs = 0;
    };
    static Prepared prepare(Article article);
    // Stores an article unless one with the same normalised body is already there. An
    // article with an id (one brought back after a delete) keeps it.
    AddResult add(const Prepared &prepared) {
        return add(QList<const Prepared *>{&prepared}).first();
    }
    // The same for many (an import's chunk of files), in a few statements: the bodies looked
    // up at once, a chunk of rows to an INSERT. Each is still all or nothing: when the
    // statement they share fails, each is tried alone. A result per article, in their order.
    QList<AddResult> add(const QList<const Prepared *> &articles);

    // A large import in one transaction (see LibraryDatabase::beginBatch); the batch's
    // articles find their stories when it is committed.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
    bool inBatch() const;

    // Deletes an article (and its place in stories and sketches).
    bool remove(qint64 id, QString *error = nullptr);
    // Changes an article's details (title, outlet, byline, link, date and tags, taken from
    // `edited`, whose id says which article); the body stays as imported.
    bool updateDetails(const Article &edited, QString *error = nullptr);
    // Puts the text the importer trimmed from an article (Article::trimmed) back at the end
    // of its body, for a reader who judges it part of the article; the credits stay.
    bool restoreTrimmed(qint64 id, QString *error = nullptr);

    // Articles without their bodies (for lists), newest first.
    QList<Article> list(QString *error = nullptr) const;
    std::optional<Article> article(qint64 id) const;
    // Whole articles, or (headers) without their bodies, in the order of `ids`; unknown ids
    // are left out.
    QList<Article> articles(const QList<qint64> &ids) const;
    QList<Article> headers(const QList<qint64> &ids) const;
    int count() const;
    // The outlets that articles have, sorted.
    QStringList outlets() const;

private:
    QList<Article> read(const QList<qint64> &ids, bool withBodies) const;
    // The stored articles with these bodies (by their hashes; a hash not stored is absent),
    // a chunk of hashes to a look-up. Nothing on an error, which `error` gives.
    std::optional<QHash<QByteArray, qint64>> storedWithHashes(const QList<QByteArray> &hashes,
                                                              QString *error) const;
    // Stores the articles (none stored yet, as far as known) in one transaction, their
    // results into `results` at `at`; false when the transaction failed.
    bool store(const QList<const Prepared *> &articles, const QList<qsizetype> &at,
               QList<AddResult> *results);
    // The steps of store(), inside its transaction: the rows (`ids`: each body stored -> its
    // id; a body another importer stored meanwhile is absent), then the stories' side.
    bool insert(const QList<const Prepared *> &articles, QHash<QByteArray, qint64> *ids,
                QString *why) const;
    bool file(const std::vector<StoryIndex::Filed> &articles, QString *why, double *groupingMs);
    // An article's row, in the order of the columns insert() names.
    static QVariantList row(const Prepared &prepared, const QVariant &outlet);
    // An outlet's id (NULL for none; created when new), inside the caller's transaction.
    bool outletId(const QString &outlet, QVariant *value, QSqlError *error) const;

    LibraryDatabase &m_database;
    StoryIndex &m_index;
    // The outlets looked up in the open transaction: an import's batch names the same few
    // over and over. Forgotten when the transaction ends or anything is rolled back.
    struct Outlets {
        quint64 transaction = 0;
        quint64 rollbacks = 0;
        QHash<QString, qint64> ids; // by the name as written
    };
    mutable Outlets m_outlets;
};

} // namespace Parallax
