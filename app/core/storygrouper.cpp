// SPDX-License-Identifier: GPL-3.0-or-later
#include "storygrouper.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace Parallax {

namespace {

constexpr int kChannels = StoryGrouper::kChannels;
constexpr double kChannelWeight[kChannels] = {StoryGrouper::kWordWeight, StoryGrouper::kNameWeight,
                                              StoryGrouper::kFactWeight};
// A term in more items than this makes no candidates (see Postings).
constexpr int kMaxPosting = 40;
// Pairs less alike than this are not kept at all.
constexpr double kFloor = 0.02;

// An article as unit-length vectors per channel: (term hash, weight) sorted by hash.
using Vector = std::vector<std::pair<quint64, double>>;

struct Vectors {
    Vector channel[kChannels];
};

// A term's weight in an article's vector: its sublinear count (see StoryGrouper::countsOf)
// by the square of its IDF. Two events of one kind share their topic's words ("quake",
// "magnitude"); what tells them apart are rarer terms (a place, a name, a figure), which the
// square lets outweigh the common ones.
Vectors vectorsOf(const StoryGrouper::Counts &counts, const StoryGrouper::Rarity &rarity) {
    Vectors v;
    for (int c = 0; c < kChannels; ++c) {
        Vector &vector = v.channel[c];
        vector.reserve(counts.channel[c].size());
        double norm = 0;
        for (const auto &[term, count] : counts.channel[c]) {
            const double idf = rarity.idf(term);
            vector.push_back({term, count * idf * idf});
            norm += vector.back().second * vector.back().second;
        }
        norm = std::sqrt(norm);
        for (auto &e : vector)
            e.second = norm > 0 ? e.second / norm : 0;
    }
    return v;
}

double cosine(const Vector &a, const Vector &b) {
    double dot = 0;
    auto i = a.begin(), j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else
            dot += (i++)->second * (j++)->second;
    }
    return dot;
}

double likeness(const Vectors &a, const Vectors &b) {
    double s = 0;
    for (int c = 0; c < kChannels; ++c)
        s += kChannelWeight[c] * cosine(a.channel[c], b.channel[c]);
    return s;
}

// Each item's distinct terms as termHash gives them, sorted: the caller's when it keeps them.
std::vector<QList<quint64>> termListsOf(const QList<StoryGrouper::Item> &items) {
    std::vector<QList<quint64>> terms;
    terms.reserve(items.size());
    for (const StoryGrouper::Item &item : items) {
        if (!item.terms.isEmpty() || item.profile.isEmpty()) {
            terms.push_back(item.terms);
            continue;
        }
        terms.push_back(StoryGrouper::termsOf(item.profile));
    }
    return terms;
}

// For each rare enough term, the items it occurs in. A term in more items than kMaxPosting
// makes no candidates: rare terms find the coverage of one event. Counted over all the items
// given, so that what counts as rare does not depend on which of them are regrouped. Built
// whole when all are grouped; item by item, when asked, when a few new ones are.
class Postings {
public:
    enum class Build { Whole, WhenAsked };

    Postings(const QList<StoryGrouper::Item> &items, Build build)
        : m_terms(termListsOf(items))
        , m_partners(items.size()) {
        if (build == Build::Whole)
            buildWhole();
    }

    // The items sharing a rare term with item i, each once, in item order. Built whole, only
    // those after i: each pair once, as grouping them all needs.
    const std::vector<int> &partners(int i) {
        if (!m_partners[i])
            scan({i});
        return *m_partners[i];
    }

    // Finds the partners of several items at once (one pass over all the items for them all).
    void ask(const std::vector<int> &items) { scan(items); }

private:
    void buildWhole() {
        std::vector<std::pair<quint64, int>>
            all; // (term, item), sorted: each term's items in a run
        for (int i = 0; i < int(m_terms.size()); ++i) {
            for (quint64 term : m_terms[i])
                all.push_back({term, i});
        }
        std::sort(all.begin(), all.end());
        std::vector<std::vector<int>> partners(m_terms.size());
        for (size_t at = 0; at < all.size();) {
            size_t end = at;
            while (end < all.size() && all[end].first == all[at].first)
                ++end;
            if (end - at >= 2 && end - at <= size_t(kMaxPosting)) {
                for (size_t x = at; x < end; ++x) {
                    for (size_t y = x + 1; y < end; ++y) // a run's items are in item order
                        partners[all[x].second].push_back(all[y].second);
                }
            }
            at = end;
        }
        for (size_t i = 0; i < partners.size(); ++i) {
            std::sort(partners[i].begin(), partners[i].end());
            partners[i].erase(std::unique(partners[i].begin(), partners[i].end()),
                              partners[i].end());
            m_partners[i] = std::move(partners[i]);
        }
    }

    // The partners of the asked items not known yet, in one pass over all the items: their
    // terms go in a small open-addressing table (the hashes are well mixed already), which
    // every item's terms are looked up in. A term's holders are listed up to one more than
    // kMaxPosting, enough to tell it is too common.
    void scan(const std::vector<int> &asked) {
        std::vector<int> todo;
        std::vector<quint64> wanted;
        for (int i : asked) {
            if (m_partners[i] || std::find(todo.begin(), todo.end(), i) != todo.end())
                continue;
            todo.push_back(i);
            wanted.insert(wanted.end(), m_terms[i].cbegin(), m_terms[i].cend());
        }
        if (todo.empty())
            return;
        std::sort(wanted.begin(), wanted.end());
        wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
        size_t size = 16;
        while (size < 2 * wanted.size())
            size *= 2;
        const size_t mask = size - 1;
        std::vector<int> slot(size, -1); // index into `wanted`, or -1 when empty
        const auto find = [&](quint64 term) {
            size_t at = size_t(term) & mask;
            while (slot[at] >= 0 && wanted[size_t(slot[at])] != term)
                at = (at + 1) & mask;
            return at;
        };
        for (size_t w = 0; w < wanted.size(); ++w)
            slot[find(wanted[w])] = int(w);
        std::vector<std::vector<int>> holders(wanted.size());
        for (int j = 0; j < int(m_terms.size()); ++j) {
            for (quint64 term : m_terms[j]) {
                const int w = slot[find(term)];
                if (w >= 0 && holders[size_t(w)].size() <= size_t(kMaxPosting))
                    holders[size_t(w)].push_back(j);
            }
        }
        for (int i : todo) {
            std::vector<int> p;
            for (quint64 term : m_terms[i]) {
                const std::vector<int> &h = holders[size_t(
                    std::lower_bound(wanted.begin(), wanted.end(), term) - wanted.begin())];
                if (h.size() >= 2 && h.size() <= size_t(kMaxPosting)) {
                    for (int j : h) {
                        if (j != i)
                            p.push_back(j);
                    }
                }
            }
            std::sort(p.begin(), p.end());
            p.erase(std::unique(p.begin(), p.end()), p.end());
            m_partners[i] = std::move(p);
        }
    }

    std::vector<QList<quint64>> m_terms;
    std::vector<std::optional<std::vector<int>>> m_partners;
};

// Items' vectors, made when first asked for: a regrouping of a few articles among thousands
// weighs only those it compares.
class VectorCache {
public:
    VectorCache(const QList<StoryGrouper::Item> &items, const StoryGrouper::Rarity &rarity)
        : m_items(items)
        , m_rarity(rarity)
        , m_vectors(items.size()) {}
    const Vectors &operator[](int i) {
        if (!m_vectors[i]) {
            const StoryGrouper::Item &item = m_items.at(i);
            m_vectors[i] = vectorsOf(
                item.counts ? *item.counts : *StoryGrouper::countsOf(item.profile), m_rarity);
        }
        return *m_vectors[i];
    }

private:
    const QList<StoryGrouper::Item> &m_items;
    const StoryGrouper::Rarity &m_rarity;
    std::vector<std::optional<Vectors>> m_vectors;
};

// How alike items i and j are, their days apart counted.
double pairLikeness(const QList<StoryGrouper::Item> &items, VectorCache &vectors, int i, int j) {
    const double factor = StoryGrouper::dayFactor(items.at(i).date, items.at(j).date);
    return factor > 0 ? likeness(vectors[i], vectors[j]) * factor : 0.0;
}

// Whether items i and j are alike on their own (at least kThreshold). Most candidates share
// a rare term or two and little else: j's weights are at most 1 (its vectors are unit length),
// so i's weights of the terms they share bound the likeness, and j need not be weighed when
// the bound falls short.
bool strongPair(const QList<StoryGrouper::Item> &items, VectorCache &vectors, int i, int j) {
    const double factor = StoryGrouper::dayFactor(items.at(i).date, items.at(j).date);
    if (factor <= 0)
        return false;
    if (const auto &counts = items.at(j).counts) {
        const Vectors &mine = vectors[i];
        double bound = 0;
        for (int c = 0; c < kChannels; ++c) {
            const Vector &a = mine.channel[c];
            const auto &b = counts->channel[c];
            double shared = 0;
            for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
                if (x->first < y->first)
                    ++x;
                else if (y->first < x->first)
                    ++y;
                else
                    shared += (x++)->second, ++y;
            }
            bound += kChannelWeight[c] * shared;
        }
        constexpr double kRounding = 1e-9; // the bound's sums are rounded as the likeness's
        if ((bound + kRounding) * factor < StoryGrouper::kThreshold)
            return false;
    }
    return likeness(vectors[i], vectors[j]) * factor >= StoryGrouper::kThreshold;
}

// Pairs of the chosen items that share a rare term and are alike enough, with their likeness;
// each pair once, (i, j) with i < j.
std::map<std::pair<int, int>, double> likePairs(const QList<StoryGrouper::Item> &items,
                                                Postings &postings, VectorCache &vectors,
                                                const std::vector<bool> &chosen) {
    std::map<std::pair<int, int>, double> pairs;
    for (int i = 0; i < int(items.size()); ++i) {
        if (!chosen[i])
            continue;
        for (int j : postings.partners(i)) {
            if (j <= i || !chosen[j])
                continue;
            const double s = pairLikeness(items, vectors, i, j);
            if (s >= kFloor)
                pairs.emplace(std::pair(i, j), s);
        }
    }
    return pairs;
}

// Average-link clustering over the sparse pairs (see StoryGrouper).
class Clustering {
public:
    explicit Clustering(const QList<StoryGrouper::Item> &items) {
        const int n = int(items.size());
        m_clusters.resize(n);
        m_links.resize(n);
        for (int i = 0; i < n; ++i) {
            m_clusters[i].members = {i};
            m_clusters[i].first = m_clusters[i].last = items.at(i).date;
            m_clusters[i].fixedStory = items.at(i).fixedStory;
        }
    }

    void run(const std::map<std::pair<int, int>, double> &pairs) {
        for (const auto &[ij, s] : pairs) {
            add(ij.first, ij.second, s);
            add(ij.second, ij.first, s);
        }
        joinReadersStories();
        for (int a = 0; a < int(m_clusters.size()); ++a) {
            for (const auto &[b, link] : m_links[a]) {
                if (a < b)
                    consider(a, b);
            }
        }
        while (!m_queue.empty()) {
            const auto [negative, a, b] = *m_queue.begin();
            m_queue.erase(m_queue.begin());
            const auto current = m_score.find({a, b});
            if (current == m_score.end() || current->second != -negative)
                continue; // an older score of a pair that has changed since
            m_score.erase(current);
            join(a, b);
        }
    }

    struct Cluster {
        std::vector<int> members;
        QDate first, last;
        qint64 fixedStory = 0;
        bool alive = true;
    };
    const std::vector<Cluster> &clusters() const { return m_clusters; }

private:
    struct Link {
        double sum = 0;
        int strong = 0;
    };

    void add(int a, int b, double s) {
        Link &l = m_links[a][b];
        l.sum += s;
        l.strong += s >= StoryGrouper::kThreshold ? 1 : 0;
    }

    // The reader's stories start whole.
    void joinReadersStories() {
        std::map<qint64, int> first;
        for (int i = 0; i < int(m_clusters.size()); ++i) {
            const qint64 story = m_clusters[i].fixedStory;
            if (story == 0)
                continue;
            const auto [it, inserted] = first.emplace(story, i);
            if (!inserted)
                merge(it->second, i);
        }
    }

    bool spanAllowed(const Cluster &a, const Cluster &b) const {
        QDate first = a.first, last = a.last;
        for (const QDate &d : {b.first, b.last}) {
            if (!d.isValid())
                continue;
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
        return !first.isValid() || first.daysTo(last) <= StoryGrouper::kDays;
    }

    void consider(int a, int b) {
        if (a > b)
            std::swap(a, b);
        const Cluster &ca = m_clusters[a], &cb = m_clusters[b];
        if ((ca.fixedStory != 0 && cb.fixedStory != 0) || !spanAllowed(ca, cb))
            return;
        const Link &l = m_links[a].at(b);
        const double pairsAcross = double(ca.members.size()) * double(cb.members.size());
        const double score = l.sum / pairsAcross;
        if (score < StoryGrouper::kThreshold || l.strong < StoryGrouper::kStrongShare * pairsAcross)
            return;
        m_score[{a, b}] = score;
        m_queue.insert({-score, a, b});
    }

    void merge(int a, int b) {
        if (a > b)
            std::swap(a, b);
        Cluster &ca = m_clusters[a], &cb = m_clusters[b];
        ca.members.insert(ca.members.end(), cb.members.begin(), cb.members.end());
        std::sort(ca.members.begin(), ca.members.end());
        for (const QDate &d : {cb.first, cb.last}) {
            if (d.isValid()) {
                ca.first = ca.first.isValid() ? std::min(ca.first, d) : d;
                ca.last = ca.last.isValid() ? std::max(ca.last, d) : d;
            }
        }
        ca.fixedStory = ca.fixedStory != 0 ? ca.fixedStory : cb.fixedStory;
        cb.alive = false;
        cb.members.clear();
        for (const auto &[c, link] : m_links[b]) {
            m_links[c].erase(b);
            m_score.erase({std::min(b, c), std::max(b, c)});
            if (c == a)
                continue;
            Link &ac = m_links[a][c];
            ac.sum += link.sum;
            ac.strong += link.strong;
            m_links[c][a] = ac;
        }
        m_links[b].clear();
        m_links[a].erase(a);
    }

    void join(int a, int b) {
        merge(a, b);
        const int survivor = std::min(a, b);
        for (const auto &[c, link] : m_links[survivor]) {
            m_score.erase({std::min(survivor, c), std::max(survivor, c)});
            consider(survivor, c);
        }
    }

    std::vector<Cluster> m_clusters;
    std::vector<std::map<int, Link>> m_links;
    std::map<std::pair<int, int>, double> m_score;  // the pairs now queued, by their score
    std::set<std::tuple<double, int, int>> m_queue; // (-score, a, b): best first, ties by position
};

} // namespace

double StoryGrouper::Rarity::idf(quint64 term) const {
    // As if the library held kPriorDocuments more articles without the term: in a library of
    // a few articles, a term they all share is still evidence.
    const int df = std::max(1, documentFrequency.value(term));
    return std::log((std::max(documents, df) + kPriorDocuments) / (df + 0.5));
}

namespace {

constexpr QStringView kPrefixes[] = {u"w:", u"n:", u"f:"};

quint64 fnv(quint64 h, QStringView text) {
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

constexpr quint64 kFnvBasis = 0xcbf29ce484222325ULL;

} // namespace

QString StoryGrouper::termKey(const StoryProfile::Term &term) {
    return kPrefixes[int(StoryProfile::channelOf(term.kind))].toString() + term.key;
}

quint64 StoryGrouper::keyHash(QStringView termKey) {
    return fnv(kFnvBasis, termKey);
}

quint64 StoryGrouper::termHash(const StoryProfile::Term &term) {
    return fnv(fnv(kFnvBasis, kPrefixes[int(StoryProfile::channelOf(term.kind))]), term.key);
}

std::shared_ptr<const StoryGrouper::Counts> StoryGrouper::countsOf(const StoryProfile &profile) {
    auto counts = std::make_shared<Counts>();
    for (const StoryProfile::Term &t : profile.terms) {
        counts->channel[int(StoryProfile::channelOf(t.kind))].push_back(
            {termHash(t), 1.0 + std::log(double(std::max<int>(1, t.count)))});
    }
    for (auto &c : counts->channel) {
        std::sort(c.begin(), c.end());
        std::vector<std::pair<quint64, double>> merged;
        merged.reserve(c.size());
        for (const auto &e : c) {
            if (!merged.empty() && merged.back().first == e.first)
                merged.back().second += e.second;
            else
                merged.push_back(e);
        }
        c = std::move(merged);
    }
    return counts;
}

QList<quint64> StoryGrouper::termsOf(const StoryProfile &profile) {
    QList<quint64> terms;
    terms.reserve(profile.terms.size());
    for (const StoryProfile::Term &t : profile.terms)
        terms.append(termHash(t));
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    return terms;
}

double StoryGrouper::dayFactor(const QDate &a, const QDate &b) {
    if (!a.isValid() || !b.isValid())
        return 1.0;
    const qint64 days = std::abs(a.daysTo(b));
    return days <= kDays ? kDayFactor[days] : 0.0;
}

namespace {

QList<StoryGrouper::Item> inFixedOrder(QList<StoryGrouper::Item> items) {
    std::sort(items.begin(), items.end(),
              [](const StoryGrouper::Item &a, const StoryGrouper::Item &b) {
                  return std::tie(a.order, a.id) < std::tie(b.order, b.id);
              });
    return items;
}

// The chosen items' stories: pairs, clustering, the groups read out with their central member.
QList<StoryGrouper::Group> groupChosen(const QList<StoryGrouper::Item> &items, Postings &postings,
                                       VectorCache &vectors, const std::vector<bool> &chosen) {
    const auto pairs = likePairs(items, postings, vectors, chosen);
    Clustering clustering(items);
    clustering.run(pairs);

    QList<StoryGrouper::Group> groups;
    for (const auto &c : clustering.clusters()) {
        if (!c.alive || (c.members.size() < 2 && c.fixedStory == 0) || !chosen[c.members.front()])
            continue;
        StoryGrouper::Group g;
        g.fixedStory = c.fixedStory;
        double best = -1;
        for (int m : c.members) {
            g.ids.append(items.at(m).id);
            double total = 0;
            for (int o : c.members) {
                const auto it = pairs.find({std::min(m, o), std::max(m, o)});
                total += it != pairs.end() ? it->second : 0.0;
            }
            if (total > best) {
                best = total;
                g.central = items.at(m).id;
            }
        }
        groups.append(g);
    }
    return groups;
}

// The items reached from the seeds through pairs alike on their own, or through a story they
// are in now. Two groups join only across such a pair (see Clustering::consider), and a
// story's members are regrouped together, so no story reaches beyond what this returns.
std::vector<bool> reachedFrom(const QList<StoryGrouper::Item> &items, Postings &postings,
                              VectorCache &vectors, const std::vector<int> &seeds) {
    std::map<qint64, std::vector<int>> byStory;
    for (int i = 0; i < int(items.size()); ++i) {
        if (items.at(i).story != 0)
            byStory[items.at(i).story].push_back(i);
    }
    std::vector<bool> reached(items.size(), false);
    std::vector<int> queue;
    const auto reach = [&](int i) {
        if (!reached[i]) {
            reached[i] = true;
            queue.push_back(i);
        }
    };
    for (int i : seeds)
        reach(i);
    // A level at a time, so that one pass over the items finds the partners of a whole level.
    while (!queue.empty()) {
        const std::vector<int> level = std::exchange(queue, {});
        postings.ask(level);
        for (int i : level) {
            for (int j : postings.partners(i)) {
                if (!reached[j] && strongPair(items, vectors, i, j))
                    reach(j);
            }
            if (items.at(i).story != 0) {
                for (int j : byStory[items.at(i).story])
                    reach(j);
            }
        }
    }
    return reached;
}

} // namespace

QList<StoryGrouper::Group> StoryGrouper::group(const QList<Item> &input, const Rarity &rarity) {
    // Steps: a fixed order, the rare terms' items, then the stories of all of them.
    const QList<Item> items = inFixedOrder(input);
    Postings postings(items, Postings::Build::Whole);
    VectorCache vectors(items, rarity);
    return groupChosen(items, postings, vectors, std::vector<bool>(items.size(), true));
}

StoryGrouper::Regrouping StoryGrouper::regroup(const QList<Item> &input, const Rarity &rarity,
                                               const QList<qint64> &newIds) {
    // Steps: a fixed order, the rare terms' items, what the new items reach, its stories.
    const QList<Item> items = inFixedOrder(input);
    Postings postings(items, Postings::Build::WhenAsked);
    VectorCache vectors(items, rarity);
    const std::set<qint64> isNew(newIds.cbegin(), newIds.cend());
    std::vector<int> seeds;
    for (int i = 0; i < int(items.size()); ++i) {
        if (isNew.count(items.at(i).id))
            seeds.push_back(i);
    }
    const std::vector<bool> reached = reachedFrom(items, postings, vectors, seeds);
    Regrouping r;
    for (int i = 0; i < int(items.size()); ++i) {
        if (reached[i])
            r.regrouped.append(items.at(i).id);
    }
    r.groups = groupChosen(items, postings, vectors, reached);
    return r;
}

StoryGrouper::Evidence StoryGrouper::explain(const QList<StoryProfile> &members,
                                             const Rarity &rarity) {
    struct Shared {
        StoryProfile::Term term;
        int members = 0;
    };
    QMap<QString, Shared> shared; // by term key: the same in every process
    for (const StoryProfile &p : members) {
        for (const StoryProfile::Term &t : p.terms) {
            Shared &s = shared[QString::number(int(t.kind)) + u':' + t.key];
            if (s.members == 0)
                s.term = t;
            ++s.members;
        }
    }
    const int needed = std::max<int>(2, int((members.size() + 1) / 2));
    QList<std::pair<double, const Shared *>> ranked;
    for (const Shared &s : std::as_const(shared)) {
        if (s.members >= needed)
            ranked.append({s.members * rarity.idf(termHash(s.term)), &s});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    Evidence e;
    // A name is listed once, in its fullest form ("Calloway Freight", not also "Calloway").
    const auto put = [](QStringList &list, const StoryProfile::Term &t, int limit) {
        const QString shown = t.shown.isEmpty() ? t.key : t.shown;
        const QStringList words = shown.split(u' ');
        for (const QString &listed : std::as_const(list)) {
            if (listed.split(u' ').contains(shown, Qt::CaseInsensitive) ||
                listed.compare(shown, Qt::CaseInsensitive) == 0)
                return;
        }
        const qsizetype at =
            std::find_if(list.cbegin(), list.cend(),
                         [&](const QString &listed) {
                             return words.size() > 1 && words.contains(listed, Qt::CaseInsensitive);
                         }) -
            list.cbegin();
        list.removeIf([&](const QString &listed) {
            return words.size() > 1 && words.contains(listed, Qt::CaseInsensitive);
        });
        if (at < limit)
            list.insert(std::min(at, list.size()), shown);
    };
    for (const auto &[score, s] : std::as_const(ranked)) {
        switch (s->term.kind) {
        case StoryProfile::Kind::Name:
            put(e.names, s->term, 5);
            break;
        case StoryProfile::Kind::Place:
            put(e.places, s->term, 3);
            break;
        case StoryProfile::Kind::Figure:
            put(e.figures, s->term, 3);
            break;
        case StoryProfile::Kind::Date:
            put(e.dates, s->term, 2);
            break;
        case StoryProfile::Kind::Word:
            put(e.words, s->term, 5);
            break;
        }
    }
    // Across the two lists too: "Bandar" is not listed beside the place "Bandar Abbas".
    const auto within = [](const QString &part, const QStringList &whole) {
        return std::any_of(whole.cbegin(), whole.cend(), [&](const QString &w) {
            return w.compare(part, Qt::CaseInsensitive) == 0 ||
                   w.split(u' ').contains(part, Qt::CaseInsensitive);
        });
    };
    e.names.removeIf([&](const QString &n) { return within(n, e.places); });
    e.places.removeIf([&](const QString &p) { return within(p, e.names); });
    return e;
}

} // namespace Parallax
