// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSqlQuery;

namespace Parallax {

class LibraryDatabase;

// The reader's tags: which tags are in use, and an article's set of them. An article's tags
// are read with the article (ArticleStore) and written in the same transaction as its other
// details.
class TagStore final {
public:
    explicit TagStore(const LibraryDatabase &database)
        : m_database(database) {}

    // The tags that articles have, sorted.
    QStringList names() const;

    // Replaces an article's tags inside the caller's transaction (see LibraryDatabase::write);
    // blank and repeated ones are dropped.
    static bool replace(QSqlQuery &q, qint64 article, const QStringList &tags);

private:
    const LibraryDatabase &m_database;
};

} // namespace Parallax
