// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax {

class LibraryDatabase;

// Feeds (RSS, Atom) the reader subscribed to and every item seen in them, so that an item
// becomes an article once and its feed can list and count what it brought.
class FeedStore final {
public:
    explicit FeedStore(LibraryDatabase &database)
        : m_database(database) {}

    struct Feed {
        qint64 id = 0;
        QString url;
        QString title;
        QDateTime lastChecked; // invalid: never
        QString lastError;
        int articles = 0; // items imported as articles
        int unread = 0;   // of which not yet opened
    };
    // Subscribes to a feed (or finds it): its id, 0 on failure.
    qint64 add(const QString &url, QString *error = nullptr);
    QList<Feed> feeds() const;
    std::optional<Feed> feed(qint64 id) const;
    // Whether the feed has had this item before (by its guid, or by its link in any feed).
    bool knowsItem(qint64 feedId, const QString &guid, const QString &link) const;
    // Records an item (and the article it became, or 0); a known item is left as it is.
    bool recordItem(qint64 feedId, const QString &guid, const QString &link, qint64 articleId,
                    QString *error = nullptr);
    // After a refresh: the feed's title and the error of the last attempt (empty when fine).
    bool setChecked(qint64 feedId, const QString &title, const QString &error);
    // The articles of a feed, newest first, and marking them read.
    QList<qint64> articles(qint64 feedId) const;
    bool markRead(qint64 feedId);

private:
    LibraryDatabase &m_database;
};

} // namespace Parallax
