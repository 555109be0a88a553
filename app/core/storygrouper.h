// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storyprofile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace Parallax {

// Decides which articles cover one event. The rules live here, apart from the library that
// stores the outcome, as pure functions over profiles.
//
// Two articles are alike by the IDF²-weighted cosine of their words, of their names and of
// their figures and dates (IDF from the reader's own library), lessened the further apart
// they were published. Stories are formed by average-link clustering: two groups join only
// when their members are alike on average and at least a third of the pairs across them are
// alike on their own, so a story is never a chain of neighbours, and a join that would make
// a story span more than kDays is refused. The result depends only on the set of articles,
// not on the order they came in: ties break by each item's `order` key.
class StoryGrouper final {
public:
    static constexpr int kDays = 2;              // a story's dates span at most this
    static constexpr double kThreshold = 0.14;   // least average likeness to join
    static constexpr double kStrongShare = 0.34; // of the pairs across, alike on their own
    // Weights of the three channels (words, names, facts) in the likeness.
    static constexpr double kWordWeight = 0.35, kNameWeight = 0.45, kFactWeight = 0.2;
    // Likeness kept per day apart (0, 1, 2 days): coverage of one event comes the same day;
    // the next day's is as often a new development.
    static constexpr double kDayFactor[kDays + 1] = {1.0, 0.45, 0.2};
    // A term in more than this share of the articles makes no candidates (it is too common to
    // be evidence), though it still counts in the likeness.
    static constexpr double kCandidateShare = 0.05;

    // How rare terms are in the library: df per term (by termHash) of `documents`.
    struct Rarity {
        QHash<quint64, int> documentFrequency;
        int documents = 0;
        static constexpr double kPriorDocuments = 50;
        double idf(quint64 term) const;
    };
    // A term as the library counts it: "channel:key" ("n:reggi bush"), and a 64-bit hash of
    // that text (FNV-1a, the same in every process) for comparing without building it.
    static QString termKey(const StoryProfile::Term &term);
    static quint64 termHash(const StoryProfile::Term &term);
    static quint64 keyHash(QStringView termKey);
    // A profile's distinct terms by termHash, sorted.
    static QList<quint64> termsOf(const StoryProfile &profile);
    // A profile's terms ready to be weighed: per channel (words, names, facts), each term's
    // hash and its sublinear count, sorted by hash; a term given twice (a place is also a
    // name) once, its counts added. Only the IDF, which changes as the library grows, is left
    // to apply, so a caller may keep these from one grouping to the next.
    static constexpr int kChannels = 3;
    struct Counts {
        std::vector<std::pair<quint64, double>> channel[kChannels];
    };
    static std::shared_ptr<const Counts> countsOf(const StoryProfile &profile);

    struct Item {
        qint64 id = 0;
        QByteArray order; // breaks ties; the same for the same article in any library
        QDate date;       // invalid when unknown: then no day limit applies
        StoryProfile profile;
        qint64 fixedStory = 0; // placed by the reader: stays, others may join that story
        qint64 story = 0;      // the story it is in now, the reader's or not (see regroup())
        QList<quint64> terms;  // termsOf(profile) when the caller keeps it; else made here
        std::shared_ptr<const Counts> counts; // countsOf(profile) likewise
    };
    struct Group {
        QList<qint64> ids;     // in the items' order
        qint64 fixedStory = 0; // the reader's story the group grew from, or 0
        qint64 central = 0;    // the member most alike the others (its title names the story)
    };

    // Stories of two or more articles, and each reader's story with what joined it. Items
    // in no group stand alone. Groups come in the order of their first item.
    static QList<Group> group(const QList<Item> &items, const Rarity &rarity);

    // When a few items are new among many: only the items they can affect are regrouped,
    // those linked to them by pairs alike on their own or through a story (`story`), with
    // all their story's members. Their groups are what group() would give them; the other
    // items keep their stories.
    struct Regrouping {
        QList<qint64> regrouped; // in the items' order
        QList<Group> groups;     // of regrouped items only
    };
    static Regrouping regroup(const QList<Item> &items, const Rarity &rarity,
                              const QList<qint64> &newIds);

    static double dayFactor(const QDate &a, const QDate &b); // 0 beyond kDays

    // Why articles belong together: the terms most of them share, rarest first.
    struct Evidence {
        QStringList names, places, figures, dates, words;
        bool operator==(const Evidence &) const = default;
    };
    static Evidence explain(const QList<StoryProfile> &members, const Rarity &rarity);
};

} // namespace Parallax
