// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storygrouper.h"
#include "storage/librarydatabase.h"
#include "storage/preparedstatements.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>

#include <map>
#include <set>
#include <vector>

namespace Parallax {

// The library's side of story grouping: it keeps each article's profile and the counts of
// articles per term (how rare a term is), and after new articles come in it regroups the
// days around them, writing what StoryGrouper decides. The reader's stories (renamed,
// merged, split or with articles they placed) are kept; articles may join them. Runs inside
// the caller's transaction.
class StoryIndex final {
public:
    explicit StoryIndex(const LibraryDatabase &database)
        : m_database(database)
        , m_db(database.connection())
        , m_statements(m_db) {}

    // Stores an article's profile and counts its terms; its days will be regrouped.
    bool add(qint64 id, const QDate &date, const StoryProfile &profile, QString *error) {
        return add({{id, date, &profile}}, error);
    }
    // The same for many articles, their profiles stored a chunk to a statement.
    struct Filed {
        qint64 id = 0;
        QDate date;
        const StoryProfile *profile = nullptr;
    };
    bool add(const std::vector<Filed> &articles, QString *error);
    // Before an article is deleted: its terms are no longer counted.
    bool forget(qint64 id, QString *error);
    // Regroups the days of the articles added since the last call.
    bool regroupPending(QString *error);
    // After a rollback: what was added since the last regrouping is gone.
    void discardPending();
    // Before another write to the stories on this connection (a merge, a rename): the days
    // held in memory are read again. The library's change token tells of other connections'
    // writes, and on a server of only the first write of a transaction.
    void forgetWindow() { m_window = {}; }
    // Profiles every article anew, recounts the terms and regroups the whole library.
    bool rebuild(QString *error);

    // Why a story's articles belong together.
    StoryGrouper::Evidence evidence(qint64 story) const;

    static constexpr int kMaxUndated = 2000; // undated articles regrouped with new ones, newest
    static constexpr int kMaxCachedProfiles = 50000; // decoded profiles kept between regroupings
    // New articles are few when the days around them hold this many times as many: then only
    // what they reach is regrouped (StoryGrouper::regroup).
    static constexpr int kFewNew = 20;
    // Terms written or read by one statement (two values each, below SQLite's limit).
    static constexpr qsizetype kTermsAtOnce = 250;

    // An article as regrouping finds it: its date and the story it is in (its first, the
    // reader's placement first).
    struct Row {
        QDate date;
        qint64 story = 0;
        bool pinned = false;
        bool automatic = true;
    };

private:
    bool flushCounts(QString *error);
    // The stored counts of these terms (those stored), read together.
    bool readCounts(const QStringList &keys, QHash<QString, int> *counts) const;
    // `added`: the new articles among them, when only what they reach need be regrouped.
    bool regroup(const QDate &from, const QDate &to, bool undated, QString *error,
                 const QList<qint64> *added = nullptr);
    bool write(const QList<StoryGrouper::Group> &groups, const std::map<qint64, qint64> &previous,
               QString *error);
    StoryGrouper::Rarity rarity(const QList<StoryProfile> &profiles, int minimumShare = 1) const;

    void clearPending();
    // Reads the profiles of these articles into the cache, those not there yet.
    bool loadProfiles(const std::vector<qint64> &ids, QString *error) const;

    // The articles of the days around [from, to] (and the newest undated ones), with the
    // other members of their automatic stories, wherever those lie.
    bool readRows(const QDate &from, const QDate &to, bool undated, std::map<qint64, Row> *rows,
                  QString *error);
    // Reads the articles of [first, last] that the window does not hold into it.
    bool readDays(const QDate &first, const QDate &last, QString *error);
    // Whether the library's story_changes token is the one this index left; if not, what
    // the window holds is dropped.
    bool windowCurrent();
    // After this index's own changes, inside the same transaction: its token is the library's.
    void keepToken();
    // An added article's profile cached, its terms counted and its day marked for regrouping.
    void pend(const Filed &article, const QByteArray &bytes);
    // True while the token read last cannot have moved: on a server it moves once per
    // transaction (migration 013) and no other writer runs inside ours, so once read after
    // the transaction's first change it stands until the transaction ends or rolls back.
    bool tokenSettled() const;
    // After write(): the rows of the articles it moved, and the stories they left or joined.
    bool keepWindow(const std::vector<qint64> &moved, const std::set<qint64> &touched,
                    QString *error);

    // The rows of the days regrouped lately, kept from one regrouping to the next while no
    // one else changes what they come from (migration 011's token): a lone article reads only
    // what is new. Undated articles are read each time.
    struct Window {
        bool valid = false;
        qint64 token = 0;
        quint64 settledIn = 0; // the transaction in which the token is settled, 0: none
        quint64 rollbacks = 0; // LibraryDatabase::rollbacks() when the window was filled
        std::map<QDate, std::vector<qint64>> days;     // the days read whole: their articles
        std::map<qint64, Row> rows;                    // theirs, and other stories' members read
        std::map<qint64, std::vector<qint64>> members; // automatic stories read: their articles
    };
    Window m_window;

    const LibraryDatabase &m_database;
    QSqlDatabase m_db;
    PreparedStatements m_statements; // what every added article runs
    // The counts read so far (documents < 0: not yet); an article's terms are a few dozen of
    // a library's hundred thousand, so regrouping a few days reads most of them once.
    mutable StoryGrouper::Rarity m_rarityCache{{}, -1};
    QSet<qint64> m_rarityKnown; // articles whose terms the cache holds
    // Profiles decoded once (a profile never changes but by add()), with their stored bytes,
    // which order the items for the grouping.
    struct CachedProfile {
        StoryProfile profile;
        QByteArray bytes;
        QList<quint64> terms;                               // StoryGrouper::termsOf(profile)
        std::shared_ptr<const StoryGrouper::Counts> counts; // StoryGrouper::countsOf(profile)
    };
    mutable QHash<qint64, CachedProfile> m_profiles;
    QMap<QString, int>
        m_counts;       // term key -> articles added (or, negative, removed); "" counts articles
    QDate m_from, m_to; // the dates added since the last regrouping
    bool m_undated = false; // an undated article among them
    bool m_pending = false;
    QList<qint64> m_new; // the articles added since the last regrouping
};

} // namespace Parallax
