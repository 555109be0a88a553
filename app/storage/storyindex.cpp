// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyindex.h"

#include "core/article.h"
#include "storage/sql.h"
#include "storage/storystore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <set>

namespace Parallax {

namespace {

bool failed(const QSqlQuery &q, QString *error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

// The distinct term keys of a profile (a place is also counted once as a name).
QStringList keysOf(const StoryProfile &profile) {
    QStringList keys;
    for (const StoryProfile::Term &t : profile.terms)
        keys.append(StoryGrouper::termKey(t));
    keys.removeDuplicates();
    return keys;
}

// Each article once (its first membership, the pinned one first), in id order; with `into`
// already holding one, that stays.
bool load(QSqlQuery &q, std::map<qint64, StoryIndex::Row> *into,
          std::vector<qint64> *ids = nullptr) {
    if (!q.exec())
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (into->count(id))
            continue;
        StoryIndex::Row r;
        r.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.story = q.value(2).toLongLong();
        r.pinned = q.value(3).toInt() != 0;
        r.automatic = q.value(4).isNull() || q.value(4).toInt() != 0;
        into->emplace(id, r);
        if (ids)
            ids->push_back(id);
    }
    return true;
}

constexpr size_t kChunk = size_t(Sql::kChunk); // ids bound at a time

QString marks(size_t n) {
    return Sql::placeholders(qsizetype(n));
}

// Runs `sql` (with "%1" where the ids go) for the ids, a chunk at a time.
bool forEachChunk(QSqlQuery &q, const std::vector<qint64> &ids, const QString &sql) {
    for (size_t at = 0; at < ids.size(); at += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - at);
        q.prepare(sql.arg(marks(n)));
        for (size_t i = at; i < at + n; ++i)
            q.addBindValue(ids[i]);
        if (!q.exec())
            return false;
    }
    return true;
}

// Inserts rows of `width` values each (`values` one row after another) into `table`
// ("name(columns)"), a chunk of rows to a statement; a row already there is left alone.
bool insertRows(QSqlQuery &q, const QString &table, int width, const QVariantList &values) {
    const qsizetype rows = values.size() / width;
    for (qsizetype at = 0; at < rows; at += qsizetype(kChunk) / width) {
        const qsizetype n = std::min(qsizetype(kChunk) / width, rows - at);
        q.prepare(QStringLiteral("INSERT INTO %1 VALUES %2 ON CONFLICT DO NOTHING")
                      .arg(table, Sql::valueRows(n, width)));
        for (qsizetype i = at * width; i < (at + n) * width; ++i)
            q.addBindValue(values.at(i));
        if (!q.exec())
            return false;
    }
    return true;
}

// The profiles are read apart (see StoryIndex::loadProfiles): most are cached already.
const QString kSelect = QStringLiteral(
    "SELECT s.article_id, s.published_date, sa.story_id, sa.pinned, st.automatic "
    "FROM article_sketches s LEFT JOIN story_articles sa ON sa.article_id = s.article_id "
    "LEFT JOIN stories st ON st.id = sa.story_id ");

// These articles' rows (see load()), a chunk of ids at a time.
bool loadArticles(QSqlQuery &q, const std::vector<qint64> &ids,
                  std::map<qint64, StoryIndex::Row> *into, std::vector<qint64> *read = nullptr) {
    for (size_t at = 0; at < ids.size(); at += kChunk) {
        const size_t n = std::min(kChunk, ids.size() - at);
        q.prepare(kSelect + QStringLiteral("WHERE s.article_id IN (") + marks(n) +
                  QStringLiteral(") ORDER BY s.article_id, sa.pinned DESC"));
        for (size_t i = 0; i < n; ++i)
            q.addBindValue(ids[at + i]);
        if (!load(q, into, read))
            return false;
    }
    return true;
}

} // namespace

bool StoryIndex::loadProfiles(const std::vector<qint64> &ids, QString *error) const {
    // Only those not cached are read, a chunk at a time; a regrouping of a few days around
    // one new article finds nearly all of them cached.
    std::vector<qint64> missing;
    for (qint64 id : ids) {
        if (!m_profiles.contains(id))
            missing.push_back(id);
    }
    if (m_profiles.size() + qsizetype(missing.size()) > kMaxCachedProfiles) {
        m_profiles.clear();
        missing = ids;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (size_t at = 0; at < missing.size(); at += kChunk) {
        const size_t n = std::min(kChunk, missing.size() - at);
        q.prepare(QStringLiteral(
                      "SELECT article_id, profile FROM article_sketches WHERE article_id IN (") +
                  marks(n) + QStringLiteral(")"));
        for (size_t i = 0; i < n; ++i)
            q.addBindValue(missing[at + i]);
        if (!q.exec())
            return failed(q, error);
        while (q.next()) {
            const QByteArray bytes = q.value(1).toByteArray();
            const StoryProfile profile = StoryProfile::fromBytes(bytes);
            m_profiles.insert(
                q.value(0).toLongLong(),
                {profile, bytes, StoryGrouper::termsOf(profile), StoryGrouper::countsOf(profile)});
        }
    }
    return true;
}

bool StoryIndex::add(const std::vector<Filed> &articles, QString *error) {
    const bool current = windowCurrent();
    std::vector<QByteArray> bytes;
    bytes.reserve(articles.size());
    QVariantList rows;
    for (const Filed &a : articles) {
        bytes.push_back(a.profile->toBytes());
        rows << a.id << QByteArray("") // the MinHash sketches of schema 6 are no longer made
             << Sql::date(a.date) << bytes.back();
    }
    // The profiles a chunk to a statement (kept prepared: an import's chunks are of few sizes).
    constexpr qsizetype kWidth = 4, kRows = 64;
    for (qsizetype at = 0; at < rows.size(); at += kWidth * kRows) {
        const qsizetype n = std::min(kWidth * kRows, rows.size() - at);
        QSqlError why;
        if (!m_statements.run(
                QStringLiteral("INSERT INTO article_sketches(article_id, minhash, published_date, "
                               "profile) VALUES %1 ON CONFLICT(article_id) DO UPDATE SET "
                               "published_date = excluded.published_date, profile = "
                               "excluded.profile")
                    .arg(Sql::valueRows(n / kWidth, kWidth)),
                rows.mid(at, n), nullptr, &why)) {
            if (error)
                *error = why.text();
            return false;
        }
    }
    // The window holds them when it holds their days (an article stored anew is read anew).
    const bool storedAnew = std::any_of(articles.begin(), articles.end(), [this](const Filed &a) {
        return m_window.rows.count(a.id) > 0;
    });
    if (current && storedAnew) {
        m_window = {};
    } else if (current) {
        for (const Filed &a : articles) {
            if (a.date.isValid() && m_window.days.count(a.date)) {
                m_window.rows.emplace(a.id, Row{a.date});
                m_window.days[a.date].push_back(a.id);
            }
        }
        keepToken();
    }
    for (size_t i = 0; i < articles.size(); ++i)
        pend(articles[i], bytes[i]);
    return true;
}

void StoryIndex::pend(const Filed &article, const QByteArray &bytes) {
    // Its regrouping comes next: the profile is cached now rather than read back.
    const StoryProfile &profile = *article.profile;
    if (m_profiles.size() >= kMaxCachedProfiles)
        m_profiles.clear();
    m_profiles.insert(article.id, {profile, bytes, StoryGrouper::termsOf(profile),
                                   StoryGrouper::countsOf(profile)});
    for (const QString &key : keysOf(profile))
        ++m_counts[key];
    ++m_counts[QString()];
    const QDate &date = article.date;
    if (date.isValid()) {
        m_from = m_from.isValid() ? std::min(m_from, date) : date;
        m_to = m_to.isValid() ? std::max(m_to, date) : date;
    } else {
        m_undated = true;
    }
    m_pending = true;
    m_new.append(article.id);
}

bool StoryIndex::forget(qint64 id, QString *error) {
    m_profiles.remove(id);
    forgetWindow();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT profile FROM article_sketches WHERE article_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error);
    if (!q.next() || q.value(0).isNull())
        return true;
    const StoryProfile profile = StoryProfile::fromBytes(q.value(0).toByteArray());
    for (const QString &key : keysOf(profile))
        --m_counts[key];
    --m_counts[QString()];
    return flushCounts(error);
}

void StoryIndex::discardPending() {
    m_window = {};
    // What was counted may have been rolled back with it: the cache is read anew.
    m_rarityCache = {};
    m_rarityKnown.clear();
    clearPending();
}

void StoryIndex::clearPending() {
    m_counts.clear();
    m_from = m_to = QDate();
    m_undated = m_pending = false;
    m_new.clear();
}

bool StoryIndex::flushCounts(QString *error) {
    // Every count changed since the last flush, in one statement per chunk of terms rather
    // than one per term: a batch of a few hundred articles changes thousands of counts, and on
    // a server each statement is a round trip. The terms go in key order (QMap), so two
    // importers taking turns lock the same rows in the same order.
    QList<std::pair<QString, int>> changed;
    bool removed = false;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() == 0)
            continue;
        changed.append({it.key().isNull() ? QStringLiteral("") : it.key(), it.value()});
        removed = removed || it.value() < 0;
    }
    m_counts.clear();
    QSqlQuery q(m_db);
    for (qsizetype at = 0; at < changed.size(); at += kTermsAtOnce) {
        const qsizetype n = std::min(kTermsAtOnce, changed.size() - at);
        q.prepare(QStringLiteral("INSERT INTO story_terms(term, df) VALUES %1 ON CONFLICT(term) "
                                 "DO UPDATE SET df = story_terms.df + excluded.df")
                      .arg(Sql::valueRows(n, 2)));
        for (qsizetype i = at; i < at + n; ++i) {
            q.addBindValue(changed.at(i).first);
            q.addBindValue(changed.at(i).second);
        }
        if (!q.exec())
            return failed(q, error);
    }
    for (const auto &[key, change] : std::as_const(changed)) {
        if (key.isEmpty() && m_rarityCache.documents >= 0)
            m_rarityCache.documents += change;
        else if (const auto cached =
                     m_rarityCache.documentFrequency.find(StoryGrouper::keyHash(key));
                 cached != m_rarityCache.documentFrequency.end())
            *cached += change;
    }
    if (removed && !q.exec(QStringLiteral("DELETE FROM story_terms WHERE df <= 0")))
        return failed(q, error);
    return true;
}

bool StoryIndex::regroupPending(QString *error) {
    if (!m_pending)
        return true;
    const QDate from = m_from, to = m_to;
    const bool undated = m_undated;
    const QList<qint64> added = m_new;
    const bool ok = flushCounts(error) && regroup(from, to, undated, error, &added);
    clearPending();
    return ok;
}

bool StoryIndex::readCounts(const QStringList &keys, QHash<QString, int> *counts) const {
    // A chunk of terms at a time (one round trip each on a server); a term not stored counts 0.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype at = 0; at < keys.size(); at += Sql::kChunk) {
        const qsizetype n = std::min(Sql::kChunk, keys.size() - at);
        q.prepare(QStringLiteral("SELECT term, df FROM story_terms WHERE term IN (%1)")
                      .arg(Sql::placeholders(n)));
        for (qsizetype i = at; i < at + n; ++i)
            q.addBindValue(keys.at(i));
        if (!q.exec())
            return false;
        while (q.next())
            counts->insert(q.value(0).toString(), q.value(1).toInt());
    }
    return true;
}

StoryGrouper::Rarity StoryIndex::rarity(const QList<StoryProfile> &profiles,
                                        int minimumShare) const {
    // Only the terms of at least `minimumShare` profiles are wanted (see evidence()). Counts
    // read once stay in the cache, kept current by flushCounts(). Steps: the terms wanted
    // that the cache lacks, their counts read together, the cache filled in the profiles'
    // order (two terms of one hash: the first one's count, as one at a time did).
    QMap<QString, int> share;
    if (minimumShare > 1) {
        for (const StoryProfile &p : profiles) {
            for (const QString &key : keysOf(p))
                ++share[key];
        }
    }
    QList<std::pair<quint64, QString>> wanted;
    QSet<quint64> seen;
    for (const StoryProfile &p : profiles) {
        for (const StoryProfile::Term &t : p.terms) {
            const quint64 hash = StoryGrouper::termHash(t);
            if (m_rarityCache.documentFrequency.contains(hash) || seen.contains(hash))
                continue;
            const QString key = StoryGrouper::termKey(t);
            if (minimumShare <= 1 || share.value(key) >= minimumShare) {
                wanted.append({hash, key});
                seen.insert(hash);
            }
        }
    }
    QStringList keys;
    if (m_rarityCache.documents < 0)
        keys.append(QStringLiteral(""));
    for (const auto &[hash, key] : std::as_const(wanted))
        keys.append(key);
    QHash<QString, int> counts;
    if (!readCounts(keys, &counts))
        return m_rarityCache; // as a failed look-up did: what is known, nothing cached anew
    if (m_rarityCache.documents < 0)
        m_rarityCache.documents = counts.value(QStringLiteral(""));
    for (const auto &[hash, key] : std::as_const(wanted))
        m_rarityCache.documentFrequency.insert(hash, counts.value(key));
    return m_rarityCache;
}

bool StoryIndex::tokenSettled() const {
    return m_window.valid && m_window.settledIn != 0 && m_database.inTransaction() &&
           m_database.transactions() == m_window.settledIn;
}

bool StoryIndex::windowCurrent() {
    // Whatever was rolled back since may have been in the window (an article whose write
    // failed inside a batch, after the transaction's token had moved).
    if (m_window.valid && m_database.rollbacks() != m_window.rollbacks)
        m_window = {};
    if (tokenSettled())
        return true;
    QSqlQuery q(m_db);
    const bool read =
        q.exec(QStringLiteral("SELECT token FROM story_changes WHERE id = 1")) && q.next();
    if (!read || !m_window.valid || q.value(0).toLongLong() != m_window.token)
        m_window = {};
    return m_window.valid;
}

void StoryIndex::keepToken() {
    if (tokenSettled())
        return;
    // On a server, also whether this transaction has moved the token already.
    const QString sql =
        m_database.isServer()
            ? QStringLiteral("SELECT token, changed_in = pg_current_xact_id_if_assigned() "
                             "FROM story_changes WHERE id = 1")
            : QStringLiteral("SELECT token, 0 FROM story_changes WHERE id = 1");
    QSqlQuery q(m_db);
    if (q.exec(sql) && q.next()) {
        if (!m_window.valid)
            m_window.rollbacks = m_database.rollbacks();
        m_window.token = q.value(0).toLongLong();
        m_window.valid = true;
        const bool moved = !q.isNull(1) && q.value(1).toBool();
        m_window.settledIn = moved && m_database.inTransaction() ? m_database.transactions() : 0;
    } else {
        m_window = {};
    }
}

bool StoryIndex::readDays(const QDate &first, const QDate &last, QString *error) {
    // The days not held yet, read as one span (from the first missing to the last).
    QDate from, to;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (!m_window.days.count(d)) {
            from = from.isValid() ? from : d;
            to = d;
        }
    }
    if (!from.isValid())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect +
              QStringLiteral(
                  "WHERE s.published_date BETWEEN ? AND ? ORDER BY s.article_id, sa.pinned DESC"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    std::map<qint64, Row> read;
    if (!load(q, &read))
        return failed(q, error);
    std::set<QDate> added; // the days missing until now (the span may hold some held already)
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (m_window.days.try_emplace(d).second)
            added.insert(d);
    }
    for (const auto &[id, row] : read) {
        if (!added.count(row.date))
            continue;
        m_window.rows.emplace(id, row); // a member read before has the same row
        m_window.days[row.date].push_back(id);
    }
    return true;
}

bool StoryIndex::readRows(const QDate &from, const QDate &to, bool undated,
                          std::map<qint64, Row> *rows, QString *error) {
    // Steps: the days (from the window, reading those it lacks), the undated articles, the
    // members of their automatic stories (those the window lacks read), the members' rows.
    constexpr int kDays = StoryGrouper::kDays;
    windowCurrent();
    if (m_window.rows.size() > size_t(kMaxCachedProfiles))
        m_window = {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (from.isValid()) {
        if (!readDays(from.addDays(-kDays), to.addDays(kDays), error))
            return false;
        for (QDate d = from.addDays(-kDays); d <= to.addDays(kDays); d = d.addDays(1)) {
            for (qint64 id : m_window.days.at(d))
                rows->emplace(id, m_window.rows.at(id));
        }
    }
    if (undated) {
        q.prepare(
            kSelect +
            QStringLiteral("WHERE s.article_id IN (SELECT article_id FROM article_sketches WHERE "
                           "published_date IS NULL ORDER BY article_id DESC LIMIT ?) "
                           "ORDER BY s.article_id, sa.pinned DESC"));
        q.addBindValue(kMaxUndated);
        if (!load(q, rows))
            return failed(q, error);
    }
    std::set<qint64> automatic;
    for (const auto &[id, r] : *rows) {
        if (r.story != 0 && r.automatic && !r.pinned)
            automatic.insert(r.story);
    }
    std::vector<qint64> unread;
    for (qint64 story : automatic) {
        if (!m_window.members.count(story))
            unread.push_back(story);
    }
    for (size_t at = 0; at < unread.size(); at += kChunk) {
        const size_t n = std::min(kChunk, unread.size() - at);
        q.prepare(
            QStringLiteral("SELECT story_id, article_id FROM story_articles WHERE story_id IN (") +
            marks(n) + QStringLiteral(") ORDER BY story_id, article_id"));
        for (size_t i = 0; i < n; ++i) {
            q.addBindValue(unread[at + i]);
            m_window.members.try_emplace(unread[at + i]);
        }
        if (!q.exec())
            return failed(q, error);
        while (q.next())
            m_window.members[q.value(0).toLongLong()].push_back(q.value(1).toLongLong());
    }
    // Members beyond the days: from the window when it read them before, else read now.
    std::vector<qint64> outside;
    for (qint64 story : automatic) {
        for (qint64 id : m_window.members.at(story)) {
            if (rows->count(id))
                continue;
            if (const auto known = m_window.rows.find(id); known != m_window.rows.end())
                rows->emplace(id, known->second);
            else
                outside.push_back(id);
        }
    }
    std::sort(outside.begin(), outside.end());
    outside.erase(std::unique(outside.begin(), outside.end()), outside.end());
    std::vector<qint64> read;
    if (!loadArticles(q, outside, rows, &read))
        return failed(q, error);
    for (qint64 id : read)
        m_window.rows.emplace(id, rows->at(id));
    return true;
}

bool StoryIndex::regroup(const QDate &from, const QDate &to, bool undated, QString *error,
                         const QList<qint64> *added) {
    // Steps: the articles of the days around (and undated ones), which of them stay where
    // the reader or an earlier regrouping beyond these days put them, the grouping, the
    // stories written.
    constexpr int kDays = StoryGrouper::kDays;
    std::map<qint64, Row> stored;
    if (!readRows(from, to, undated, &stored, error))
        return false;

    std::vector<qint64> ids;
    for (const auto &[id, s] : stored)
        ids.push_back(id);
    if (!loadProfiles(ids, error))
        return false;
    QList<StoryGrouper::Item> items;
    items.reserve(qsizetype(stored.size()));
    QList<StoryProfile> profiles;
    std::map<qint64, qint64> previous; // free article -> the automatic story it was in
    for (const auto &[id, s] : stored) {
        const CachedProfile &cached = m_profiles[id];
        StoryGrouper::Item item;
        item.id = id;
        item.date = s.date;
        item.profile = cached.profile;
        item.terms = cached.terms;
        item.counts = cached.counts;
        if (item.profile.isEmpty())
            continue; // stored before profiles: stays as it is until the stories are rebuilt
        const bool inner =
            !s.date.isValid() || (s.date >= from.addDays(-kDays) && s.date <= to.addDays(kDays));
        if (s.story != 0 && (s.pinned || !s.automatic || !inner))
            item.fixedStory = s.story;
        else
            previous.emplace(id, s.story);
        item.story = s.story;
        item.order = cached.bytes;
        items.append(item);
        if (!m_rarityKnown.contains(id)) {
            profiles.append(item.profile);
            m_rarityKnown.insert(id);
        }
    }
    // A few new articles among many: only what they reach is regrouped (the same stories, in
    // a fraction of the time); a large batch regroups its days whole.
    if (added && added->size() * kFewNew <= items.size()) {
        const StoryGrouper::Regrouping r = StoryGrouper::regroup(items, rarity(profiles), *added);
        const std::set<qint64> regrouped(r.regrouped.cbegin(), r.regrouped.cend());
        std::erase_if(previous, [&](const auto &entry) { return !regrouped.count(entry.first); });
        return write(r.groups, previous, error);
    }
    return write(StoryGrouper::group(items, rarity(profiles)), previous, error);
}

bool StoryIndex::write(const QList<StoryGrouper::Group> &groups,
                       const std::map<qint64, qint64> &previous, QString *error) {
    // Steps: each group's story (the one most of its articles were in keeps its id and title,
    // so the reader's list stays put; else a new one named after its central article), then
    // only the memberships that change, then the stories left empty.
    QSqlQuery q(m_db);
    std::map<qint64, qint64> next; // free article -> its story now
    std::set<qint64> used;
    for (const StoryGrouper::Group &g : groups) {
        qint64 target = g.fixedStory;
        if (target == 0) {
            std::map<qint64, int> votes;
            for (qint64 id : g.ids) {
                const auto it = previous.find(id);
                if (it != previous.end() && it->second != 0 && !used.count(it->second))
                    ++votes[it->second];
            }
            int most = 0;
            for (const auto &[story, n] : votes) {
                if (n > most) {
                    most = n;
                    target = story;
                }
            }
        }
        if (target == 0) {
            QVariant created;
            QSqlError why;
            if (!m_statements.run(QStringLiteral("INSERT INTO stories(title) SELECT title FROM "
                                                 "articles WHERE id = ? RETURNING id"),
                                  {g.central}, &created, &why) ||
                !created.isValid()) {
                if (error)
                    *error = why.text();
                return false;
            }
            target = created.toLongLong();
        }
        used.insert(target);
        for (qint64 id : g.ids)
            next[id] = target;
    }
    std::set<qint64> left, touched;
    std::vector<qint64> moved, leaving;
    QVariantList joining; // story, article, story, article, ...
    for (const auto &[id, before] : previous) {
        const auto it = next.find(id);
        const qint64 now = it != next.end() ? it->second : 0;
        if (now == before)
            continue;
        moved.push_back(id);
        touched.insert(before);
        touched.insert(now);
        if (before != 0) {
            left.insert(before);
            leaving.push_back(id);
        }
        if (now != 0)
            joining << now << id;
    }
    // The changes a chunk to a statement (on a server each statement is a round trip).
    const std::vector<qint64> emptied(left.begin(), left.end());
    const bool written =
        forEachChunk(q, leaving,
                     QStringLiteral("DELETE FROM story_articles WHERE pinned = 0 AND "
                                    "article_id IN (%1)")) &&
        insertRows(q, QStringLiteral("story_articles(story_id, article_id)"), 2, joining) &&
        forEachChunk(q, emptied,
                     QStringLiteral("DELETE FROM stories WHERE automatic = 1 AND id IN (%1) AND "
                                    "NOT EXISTS (SELECT 1 FROM story_articles "
                                    "WHERE story_id = stories.id)"));
    if (!written)
        return failed(q, error);
    return keepWindow(moved, touched, error);
}

bool StoryIndex::keepWindow(const std::vector<qint64> &moved, const std::set<qint64> &touched,
                            QString *error) {
    // The window follows what this index wrote: the moved articles' rows read again, the
    // stories they left or joined read again when next wanted; then its token is the
    // library's (other writes inside this transaction call forgetWindow).
    for (qint64 story : touched)
        m_window.members.erase(story);
    std::vector<qint64> held;
    for (qint64 id : moved) {
        if (m_window.rows.erase(id))
            held.push_back(id);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!loadArticles(q, held, &m_window.rows))
        return failed(q, error);
    keepToken();
    return true;
}

bool StoryIndex::rebuild(QString *error) {
    // Steps: the automatic groupings cleared, every article profiled and its terms counted
    // anew, then the whole library regrouped a month at a time.
    discardPending();
    QSqlQuery q(m_db);
    const bool cleared =
        q.exec(QStringLiteral("DELETE FROM story_articles WHERE pinned = 0 AND story_id IN "
                              "(SELECT id FROM stories WHERE automatic = 1)")) &&
        StoryStore::dropEmpty(q) && q.exec(QStringLiteral("DELETE FROM story_terms"));
    if (!cleared)
        return failed(q, error);
    // A page of articles at a time, each page read whole before its profiles are written: a
    // server's driver ends a result still being read when the same connection runs another
    // statement.
    constexpr int kPage = 500;
    QSqlQuery page(m_db);
    page.prepare(QStringLiteral("SELECT id, title, body, published_date FROM articles WHERE id > ? "
                                "ORDER BY id LIMIT %1")
                     .arg(kPage));
    for (qint64 after = 0;;) {
        page.addBindValue(after);
        if (!page.exec())
            return failed(page, error);
        QList<std::pair<qint64, Article>> read;
        while (page.next()) {
            Article a;
            a.title = page.value(1).toString();
            a.body = page.value(2).toString();
            a.published = QDate::fromString(page.value(3).toString(), Qt::ISODate);
            read.append({page.value(0).toLongLong(), std::move(a)});
        }
        page.finish();
        for (const auto &[id, a] : std::as_const(read)) {
            if (!add(id, a.published, StoryProfile::of(a), error))
                return false;
        }
        if (read.size() < kPage)
            break;
        after = read.last().first;
    }
    const QDate first = m_from, last = m_to;
    const bool undated = m_undated;
    if (!flushCounts(error))
        return false;
    discardPending();
    constexpr int kMonth = 30;
    for (QDate d = first; d.isValid() && d <= last; d = d.addDays(kMonth)) {
        if (!regroup(d, std::min(last, d.addDays(kMonth - 1)), false, error))
            return false;
    }
    return !undated || regroup({}, {}, true, error);
}

StoryGrouper::Evidence StoryIndex::evidence(qint64 story) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.profile FROM story_articles sa JOIN article_sketches s ON "
                             "s.article_id = sa.article_id "
                             "WHERE sa.story_id = ? ORDER BY sa.article_id"));
    q.addBindValue(story);
    QList<StoryProfile> profiles;
    if (q.exec()) {
        while (q.next())
            profiles.append(StoryProfile::fromBytes(q.value(0).toByteArray()));
    }
    return StoryGrouper::explain(profiles, rarity(profiles, 2));
}

} // namespace Parallax
