// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storygrouper.h"
#include "storage/librarydatabase.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace Parallax {

class StoryIndex;

// Stories: coverage of one event, grouped automatically on import (StoryIndex, deciding
// with StoryGrouper) and by the reader. This class reads them for the lists and writes the
// reader's choices, which later automatic grouping keeps: a renamed story is theirs; an
// article they moved stays where they put it; a merged or split story is theirs.
class StoryStore final {
public:
    StoryStore(LibraryDatabase &database, StoryIndex &index)
        : m_database(database)
        , m_index(index) {}

    struct Story {
        qint64 id = 0;
        QString title;
        QList<qint64> articles; // by date
    };
    // For the library panel: a story summed up.
    struct StorySummary {
        qint64 id = 0;
        QString title;
        QStringList outlets; // the outlets (or titles, where none) of its articles
        QDate first, last;   // invalid when no article has a date
        QList<qint64> articles;
    };

    QList<Story> stories() const;
    // Why a story's articles belong together (the names, places, figures, dates and words
    // most of them share).
    StoryGrouper::Evidence evidence(qint64 story) const;
    // The stories with an article in the dates (either may be invalid: open), latest
    // coverage first, as ids; then a page of them summed up, in the order of `ids`.
    QList<qint64> ids(const QDate &from = {}, const QDate &to = {}) const;
    QList<StorySummary> summaries(const QList<qint64> &ids) const;
    // The stories whose title contains `text` (all when empty), latest first, at most `limit`.
    QList<Story> find(const QString &text, int limit) const;

    // A story of the given articles; its id, or 0 when it could not be stored.
    qint64 create(const QString &title, const QList<qint64> &articles, QString *error = nullptr);
    // Regroups every article automatically, keeping the reader's own choices.
    bool rebuild(QString *error = nullptr);
    bool rename(qint64 story, const QString &title, QString *error = nullptr);
    bool move(qint64 article, qint64 story, QString *error = nullptr);
    bool merge(qint64 from, qint64 into, QString *error = nullptr);
    // A new story of the given articles, taken out of their stories; its id, 0 on failure.
    qint64 split(const QList<qint64> &articles, const QString &title, QString *error = nullptr);

    // Deletes the automatic stories left without articles, inside the caller's transaction
    // (after articles were moved or deleted); a story the reader made stays even when empty.
    static bool dropEmpty(QSqlQuery &q);

private:
    // A write to the stories, after which the story index reads its days again.
    bool writeStories(const LibraryDatabase::Work &work, QString *error);

    LibraryDatabase &m_database;
    StoryIndex &m_index;
};

} // namespace Parallax
