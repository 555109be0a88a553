// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/aligner.h"

#include "core/alignmentevidence.h"
#include "core/synonymtable.h"
#include "core/worddiff.h"

#include <algorithm>
#include <cmath>

namespace Parallax {

namespace {

// Thresholds, tuned on hand-aligned rewrites (tests/data/alignment) and the synthetic pairs.
constexpr double kPairSimilarity = 0.34; // cosine of weighted keys for a 1:1 alignment
constexpr double kContainment = 0.5;     // share of a sentence found in its partner (split/merge)
constexpr double kBalance = 0.35;        // 1:1 only when neither side is mostly extra matter
constexpr double kContextBonus = 0.1;    // per aligned neighbour pair
constexpr int kCandidatesPerSentence = 8;
constexpr double kMeaningFloor = 0.2;     // below this, synonyms are not looked up
constexpr double kAnchorSimilarity = 0.2; // a shared fact aligns two sentences from here on
constexpr int kAnchorFrequency = 4;       // a fact's key is in at most this many sentences
constexpr int kMinSharedKeys = 2;
constexpr double kSecondLinkSimilarity =
    0.12;                                // a further partner sharing a figure, names or a phrase
constexpr double kWordSimilarity = 0.15; // ... or sharing words only
constexpr double kRewriteLinkSimilarity = 0.2; // a further partner in a rewrite
constexpr int kMostFactLinks = 2;      // further partners of a sentence per pair of articles
constexpr int kFactWords = 3;          // content words two sentences share to share a fact...
constexpr int kFactRareWords = 2;      // ...of which this many are rare
constexpr double kCopiedPair = 0.3;    // share of verbatim sentences that makes a pair a copy
constexpr double kRewrittenPair = 0.5; // share of sentences paired 1:1 that makes it a rewrite

struct Edge {
    int a;
    int b;
    double inter; // weight of shared content keys
    int shared;   // number of shared content keys
    double sim;
};

// Weight and count of the ids two sorted vectors share.
std::pair<double, int> overlap(const std::vector<int> &x, const std::vector<int> &y,
                               const KeyWeights &w) {
    double inter = 0.0;
    int count = 0;
    auto i = x.begin();
    auto j = y.begin();
    while (i != x.end() && j != y.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            inter += w.weight(*i);
            ++count;
            ++i;
            ++j;
        }
    }
    return {inter, count};
}

double weightOf(const std::vector<int> &ids, const KeyWeights &w) {
    double total = 0.0;
    for (int id : ids)
        total += w.weight(id);
    return total;
}

// Longest postings list used to find candidates.
constexpr int kMaxPostings = 64;

// The sentences of one side that hold each key id, as one array sorted by id (ids are
// dense, 0 to the vocabulary's size): built in two passes, no allocation per key.
class Postings final {
public:
    Postings(const QList<SentenceKeys> &side, int vocabulary)
        : m_start(size_t(vocabulary) + 1, 0) {
        for (const SentenceKeys &k : side) {
            for (int id : k.content)
                ++m_start[size_t(id) + 1];
        }
        for (size_t id = 1; id < m_start.size(); ++id)
            m_start[id] += m_start[id - 1];
        m_sentences.resize(size_t(m_start.back()));
        std::vector<int> next(m_start.begin(), m_start.end() - 1);
        for (int j = 0; j < side.size(); ++j) {
            for (int id : side.at(j).content)
                m_sentences[size_t(next[size_t(id)]++)] = j;
        }
    }
    // The sentences holding `id`, in order.
    std::pair<const int *, const int *> of(int id) const {
        const int *base = m_sentences.data();
        return {base + m_start[size_t(id)], base + m_start[size_t(id) + 1]};
    }

private:
    std::vector<int> m_start; // m_start[id] .. m_start[id + 1]: the slice of m_sentences
    std::vector<int> m_sentences;
};

// Candidate edges from every sentence of `from` to sentences of `to` that share rare keys.
std::vector<Edge> candidates(const QList<SentenceKeys> &from, const QList<SentenceKeys> &to,
                             const KeyWeights &w, bool swapped) {
    // Postings of `to`; keys found in more than kMaxPostings sentences are left out of
    // candidate generation (their weight is small anyway): a fixed cap keeps the work per
    // sentence constant, so the whole step stays linear in the length of the articles.
    constexpr int postingLimit = kMaxPostings;
    const Postings postings(to, w.size());

    std::vector<Edge> edges;
    std::vector<double> score(size_t(to.size()), 0.0);
    std::vector<int> touched;
    for (int i = 0; i < from.size(); ++i) {
        touched.clear();
        for (int id : from.at(i).content) {
            const auto [first, last] = postings.of(id);
            if (first == last || last - first > postingLimit)
                continue;
            for (const int *it = first; it != last; ++it) {
                const int j = *it;
                if (score[size_t(j)] == 0.0)
                    touched.push_back(j);
                score[size_t(j)] += w.weight(id);
            }
        }
        std::sort(touched.begin(), touched.end(), [&](int x, int y) {
            return score[size_t(x)] != score[size_t(y)] ? score[size_t(x)] > score[size_t(y)]
                                                        : x < y;
        });
        const int keep = std::min<int>(int(touched.size()), kCandidatesPerSentence);
        for (int k = 0; k < keep; ++k) {
            const int j = touched[size_t(k)];
            const auto [inter, shared] = overlap(from.at(i).content, to.at(j).content, w);
            if (shared < std::min(kMinSharedKeys, int(std::min(from.at(i).content.size(),
                                                               to.at(j).content.size()))))
                continue;
            const double denom = std::sqrt(from.at(i).weight * to.at(j).weight);
            const double sim = denom > 0 ? inter / denom : 0.0;
            edges.push_back(swapped ? Edge{j, i, inter, shared, sim}
                                    : Edge{i, j, inter, shared, sim});
        }
        for (int j : touched)
            score[size_t(j)] = 0.0;
    }
    return edges;
}

struct Group {
    QList<int> a;
    QList<int> b;
    bool second = false; // from secondLinks()
};

// Best score first; equal scores in the order of the edges (by position in a, then b).
bool byScoreThenPosition(const std::pair<double, size_t> &x, const std::pair<double, size_t> &y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
}

// A key few sentences of the comparison carry: a name, a figure or a specific word.
bool rare(int id, const KeyWeights &w) {
    return w.documentFrequency(id) <= kAnchorFrequency;
}

// Two adjacent content words few sentences carry, in both sentences ("final extension").
bool sharesRarePhrase(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w) {
    auto phrases = [&](const SentenceKeys &s) {
        std::vector<std::pair<int, int>> out;
        for (size_t k = 0; k + 1 < s.ids.size(); ++k) {
            const int p = s.ids[k], q = s.ids[k + 1];
            if (p != q && w.kind(p) != Token::Kind::StopWord &&
                w.kind(q) != Token::Kind::StopWord && w.kind(p) != Token::Kind::Number &&
                w.kind(q) != Token::Kind::Number && rare(p, w) && rare(q, w))
                out.push_back({p, q});
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto px = phrases(x), py = phrases(y);
    std::vector<std::pair<int, int>> both;
    std::set_intersection(px.begin(), px.end(), py.begin(), py.end(), std::back_inserter(both));
    return !both.empty();
}

// A figure of each sentence, few sentences carrying either, that tell one amount a little
// differently: the same unit, within kNearFigure of each other, and large enough (money, or
// a count of a thousand or more) not to be a day, an age or a score. "943,000 jobs added in
// July" and "more than 1 million jobs were created" in July report one fact, with a figure
// that differs: the alignment is partial and the figures are marked as changed.
constexpr double kNearFigure = 0.1;

bool sharesNearFigure(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w) {
    auto amount = [&](int id, double *value, QString *unit) {
        return rare(id, w) && AlignmentEvidence::parseFigure(w.key(id), value, unit) &&
               *unit != QLatin1String("%") && (!unit->isEmpty() || *value >= 1000.0);
    };
    for (int i : x.numbers) {
        double vx = 0.0;
        QString ux;
        if (!amount(i, &vx, &ux))
            continue;
        for (int j : y.numbers) {
            double vy = 0.0;
            QString uy;
            if (i != j && amount(j, &vy, &uy) && ux == uy &&
                std::abs(vx - vy) <= kNearFigure * std::max(std::abs(vx), std::abs(vy)))
                return true;
        }
    }
    return false;
}

// True when the two sentences share a fact a reader would recognise even in other words:
// a figure few sentences carry; names that few sentences carry (three name words, as a
// two-word name such as "Silicon Valley" alone is one name, not a pair); a clause told
// word for word or two rare words side by side ("final extension"); or, in a pair similar
// enough (`sim`), three content words (synonyms included), two of them rare. A negative
// `sim` asks for a figure or names only.
bool sharesFact(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w, double sim) {
    int names = 0, words = 0, rareWords = 0;
    for (const auto &[i, j] : AlignmentEvidence::sharedWords(x, y, w)) {
        const bool isRare = rare(i, w) || rare(j, w);
        if (i == j && rare(i, w) && w.kind(i) == Token::Kind::Number &&
            w.key(i).startsWith(QLatin1Char('#')))
            return true;
        if (i == j && rare(i, w) && w.kind(i) == Token::Kind::Name)
            ++names;
        if (w.kind(i) != Token::Kind::Number) {
            ++words;
            rareWords += isRare ? 1 : 0;
        }
    }
    if (names >= 3 || sharesNearFigure(x, y, w))
        return true;
    if (sim < 0.0)
        return false; // a figure or names only
    if (AlignmentEvidence::sharedClause(x, y, w).length > 0)
        return true;
    if (sharesRarePhrase(x, y, w))
        return true;
    return words >= kFactWords && rareWords >= kFactRareWords && sim >= kWordSimilarity;
}

// Further partners that share a fact (sharesFact()) with sentences aligned already or
// left alone: independent reports tell one fact in several sentences (the lead, and the
// sentence after it), so a sentence may share facts with more than one sentence of the
// other report. Best first, each sentence given at most kMostFactLinks such partners per
// pair of articles. In a `rewrite` (a pair that copies or rewrites sentence by sentence) a
// sentence's partner is its copy and the rest is what the copy changed: there only a sentence
// aligned already gets one further partner, sharing a figure or names.
QList<Group> secondLinks(const std::vector<Edge> &edges, const QList<SentenceKeys> &a,
                         const QList<SentenceKeys> &b, const KeyWeights &w,
                         const std::vector<int> &groupOfA, const std::vector<int> &groupOfB,
                         bool rewrite) {
    std::vector<std::pair<double, size_t>> order;
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge &e = edges[k];
        const int ga = groupOfA[size_t(e.a)], gb = groupOfB[size_t(e.b)];
        if ((ga >= 0 && ga == gb) ||
            e.sim < (rewrite ? kRewriteLinkSimilarity : kSecondLinkSimilarity) ||
            e.shared < kMinSharedKeys || (rewrite && ga < 0 && gb < 0))
            continue;
        if (sharesFact(a.at(e.a), b.at(e.b), w, rewrite ? -1.0 : e.sim))
            order.push_back({e.sim, k});
    }
    const int most = rewrite ? 1 : kMostFactLinks;
    std::sort(order.begin(), order.end(), byScoreThenPosition);
    std::vector<int> linksA(size_t(a.size()), 0), linksB(size_t(b.size()), 0);
    QList<Group> out;
    for (const auto &[score, k] : order) {
        const Edge &e = edges[k];
        if (linksA[size_t(e.a)] >= most || linksB[size_t(e.b)] >= most)
            continue;
        ++linksA[size_t(e.a)];
        ++linksB[size_t(e.b)];
        out.append({{e.a}, {e.b}, true});
    }
    return out;
}

// The groups of sentences of one pair as the steps of Aligner::align build them, and the
// group each sentence is in (-1 while it is alone): every step after the first pairs only
// what the steps before left alone.
struct Grouping {
    Grouping(const QList<SentenceKeys> &sideA, const QList<SentenceKeys> &sideB)
        : a(sideA)
        , b(sideB)
        , groupOfA(size_t(sideA.size()), -1)
        , groupOfB(size_t(sideB.size()), -1) {}

    void add(int i, int j) {
        groupOfA[size_t(i)] = groupOfB[size_t(j)] = int(groups.size());
        groups.append({{i}, {j}});
    }
    bool bothAlone(const Edge &e) const {
        return groupOfA[size_t(e.a)] < 0 && groupOfB[size_t(e.b)] < 0;
    }
    // Pairs the scored edges best first (ties by position), each sentence once.
    void addBestFirst(std::vector<std::pair<double, size_t>> &order,
                      const std::vector<Edge> &edges) {
        std::sort(order.begin(), order.end(), byScoreThenPosition);
        for (const auto &[score, k] : order) {
            const Edge &e = edges[k];
            if (bothAlone(e))
                add(e.a, e.b);
        }
    }

    const QList<SentenceKeys> &a;
    const QList<SentenceKeys> &b;
    std::vector<int> groupOfA;
    std::vector<int> groupOfB;
    QList<Group> groups;
};

// Word for word: the same keys in the same order (quotes, case, dashes and the way a figure
// is written do not matter), paired in order of appearance. Done first so that a copied
// sentence is never taken by a merely similar one.
void pairVerbatim(Grouping &g) {
    QHash<QString, QList<int>> byForm;
    for (int j = g.b.size() - 1; j >= 0; --j) {
        if (!g.b.at(j).signature.isEmpty())
            byForm[g.b.at(j).signature].append(j);
    }
    for (int i = 0; i < g.a.size(); ++i) {
        auto it = byForm.find(g.a.at(i).signature);
        if (it == byForm.end() || it->isEmpty())
            continue;
        g.add(i, it->takeLast());
    }
}

// Candidates in both directions, so that a sentence of either side finds the sentence that
// contains it; one edge per pair of sentences, by position.
std::vector<Edge> candidateEdges(const QList<SentenceKeys> &a, const QList<SentenceKeys> &b,
                                 const KeyWeights &w) {
    std::vector<Edge> edges = candidates(a, b, w, false);
    std::vector<Edge> reverse = candidates(b, a, w, true);
    edges.insert(edges.end(), reverse.begin(), reverse.end());
    std::sort(edges.begin(), edges.end(),
              [](const Edge &x, const Edge &y) { return x.a != y.a ? x.a < y.a : x.b < y.b; });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const Edge &x, const Edge &y) { return x.a == y.a && x.b == y.b; }),
                edges.end());
    return edges;
}

// Meaning beyond equal keys: a pair just short of the threshold may share figures within
// rounding and synonyms ("restricting" ~ "curbs"); they count too. Looked up only for those
// pairs, as it costs more than comparing ids.
void addMeaning(std::vector<Edge> &edges, const QList<SentenceKeys> &a,
                const QList<SentenceKeys> &b, const KeyWeights &w) {
    for (Edge &e : edges) {
        if (e.sim >= kPairSimilarity || e.sim < kMeaningFloor)
            continue;
        const double inter = AlignmentEvidence::sharedWeight(a.at(e.a), b.at(e.b), w);
        const double denom = std::sqrt(a.at(e.a).weight * b.at(e.b).weight);
        if (denom > 0 && inter > e.inter) {
            e.inter = inter;
            e.sim = inter / denom;
        }
    }
}

// Whether one side of an edge is mostly extra matter (a short heading inside a long
// sentence is not its 1:1 counterpart).
bool unbalanced(const Edge &e, const QList<SentenceKeys> &a, const QList<SentenceKeys> &b) {
    const double ca = e.inter / a.at(e.a).weight, cb = e.inter / b.at(e.b).weight;
    return std::min(ca, cb) / std::max(ca, cb) < kBalance;
}

// One to one, best first. A small bonus for similar positions settles near-ties between
// repeated, similar sentences.
void pairOneToOne(Grouping &g, const std::vector<Edge> &edges) {
    std::vector<std::pair<double, size_t>> order;
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge &e = edges[k];
        // An unbalanced pair may still be attached as a part by attachParts().
        if (e.sim < kPairSimilarity || unbalanced(e, g.a, g.b))
            continue;
        const double pa = g.a.size() > 1 ? double(e.a) / (g.a.size() - 1) : 0.0;
        const double pb = g.b.size() > 1 ? double(e.b) / (g.b.size() - 1) : 0.0;
        order.push_back({e.sim + 0.03 * (1.0 - std::abs(pa - pb)), k});
    }
    g.addBestFirst(order, edges);
}

// Splits and merges: a sentence still alone whose content sits mostly inside one sentence of
// the other side joins that sentence's group, as long as the group stays one-to-many (no
// tangles of many to many).
void attachParts(Grouping &g, const std::vector<Edge> &edges) {
    // Best containing partner for each lone sentence of either side.
    struct Best {
        double containment = 0.0;
        int partner = -1;
    };
    std::vector<Best> bestA(size_t(g.a.size())), bestB(size_t(g.b.size()));
    for (const Edge &e : edges) {
        if (e.shared < kMinSharedKeys)
            continue;
        if (g.groupOfA[size_t(e.a)] < 0 && g.a.at(e.a).weight > 0) {
            const double c = e.inter / g.a.at(e.a).weight;
            if (c > bestA[size_t(e.a)].containment)
                bestA[size_t(e.a)] = {c, e.b};
        }
        if (g.groupOfB[size_t(e.b)] < 0 && g.b.at(e.b).weight > 0) {
            const double c = e.inter / g.b.at(e.b).weight;
            if (c > bestB[size_t(e.b)].containment)
                bestB[size_t(e.b)] = {c, e.a};
        }
    }
    // Attach lone sentences of `side` to the group of their partner on the other side.
    auto attach = [&](std::vector<Best> &best, std::vector<int> &groupOfSelf,
                      std::vector<int> &groupOfOther, bool selfIsA) {
        for (size_t s = 0; s < best.size(); ++s) {
            const Best &bst = best[s];
            if (groupOfSelf[s] >= 0 || bst.partner < 0 || bst.containment < kContainment)
                continue;
            const int group = groupOfOther[size_t(bst.partner)];
            if (group < 0) {
                selfIsA ? g.add(int(s), bst.partner) : g.add(bst.partner, int(s));
                continue;
            }
            Group &grp = g.groups[group];
            QList<int> &otherSide = selfIsA ? grp.b : grp.a;
            QList<int> &selfSide = selfIsA ? grp.a : grp.b;
            if (otherSide.size() != 1)
                continue; // the partner is already one of several: keep groups 1:n
            selfSide.append(int(s));
            std::sort(selfSide.begin(), selfSide.end());
            groupOfSelf[s] = group;
        }
    };
    attach(bestA, g.groupOfA, g.groupOfB, true);
    attach(bestB, g.groupOfB, g.groupOfA, false);
}

// Context: a lone pair of sentences whose neighbours are aligned to each other is a likely
// rewording even when it shares fewer keys (rewrites keep the order of a passage while
// changing its words).
void pairByContext(Grouping &g, const std::vector<Edge> &edges) {
    auto sameGroup = [&](int i, int j) {
        return i >= 0 && j >= 0 && i < g.a.size() && j < g.b.size() && g.groupOfA[size_t(i)] >= 0 &&
               g.groupOfA[size_t(i)] == g.groupOfB[size_t(j)];
    };
    std::vector<std::pair<double, size_t>> order;
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge &e = edges[k];
        if (!g.bothAlone(e) || e.shared < kMinSharedKeys)
            continue;
        const int context = int(sameGroup(e.a - 1, e.b - 1)) + int(sameGroup(e.a + 1, e.b + 1));
        if (context == 0 || unbalanced(e, g.a, g.b))
            continue;
        const double score = e.sim + kContextBonus * context;
        if (score >= kPairSimilarity)
            order.push_back({score, k});
    }
    g.addBestFirst(order, edges);
}

// Fact anchors: lone sentences that share a figure or a pair of rare names report the same
// fact however differently they word the rest (independent coverage); they align, and
// classify() calls them partial unless they share most content.
void pairByFact(Grouping &g, const std::vector<Edge> &edges, const KeyWeights &w) {
    std::vector<std::pair<double, size_t>> order;
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge &e = edges[k];
        if (!g.bothAlone(e) || e.sim < kAnchorSimilarity)
            continue;
        if (sharesFact(g.a.at(e.a), g.b.at(e.b), w, e.sim))
            order.push_back({e.sim, k});
    }
    g.addBestFirst(order, edges);
}

// A clause both sentences tell word for word, first in the basis: for a pair matched on a
// shared fact it is often why the two were matched.
void addClause(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w,
               AlignmentBasis *basis) {
    const AlignmentEvidence::Run run = AlignmentEvidence::sharedClause(x, y, w);
    if (run.length == 0)
        return;
    const TextRange &firstA = x.tokens.at(run.x).range,
                    &lastA = x.tokens.at(run.x + run.length - 1).range;
    const TextRange &firstB = y.tokens.at(run.y).range,
                    &lastB = y.tokens.at(run.y + run.length - 1).range;
    basis->shared.prepend({AlignmentBasis::Code::Clause,
                           TextRange{firstA.start, lastA.end() - firstA.start},
                           TextRange{firstB.start, lastB.end() - firstB.start}});
}

// A group as the reader sees it: verbatim when both sides have the same keys, else the kind
// the evidence gives, with its score, its basis and the word diff.
Alignment classify(const Group &g, const QList<SentenceKeys> &a, const QList<SentenceKeys> &b,
                   const KeyWeights &w) {
    Alignment al;
    al.kind = AlignmentKind::Partial;
    al.a = g.a;
    al.b = g.b;
    al.secondPartner = g.second;
    QString foldedA, foldedB; // signatures of the two sides
    QList<Token> tokensA, tokensB;
    for (int i : g.a) {
        foldedA += a.at(i).signature + QLatin1Char('\x1f');
        tokensA += a.at(i).tokens;
    }
    for (int j : g.b) {
        foldedB += b.at(j).signature + QLatin1Char('\x1f');
        tokensB += b.at(j).tokens;
    }
    const std::vector<int> ka = SentenceKeys::contentOf(a, g.a);
    const std::vector<int> kb = SentenceKeys::contentOf(b, g.b);
    const double wa = weightOf(ka, w);
    const double wb = weightOf(kb, w);
    const double inter = overlap(ka, kb, w).first;
    al.score = wa > 0 && wb > 0 ? inter / std::sqrt(wa * wb) : (foldedA == foldedB ? 1.0 : 0.0);
    if (foldedA == foldedB) {
        al.kind = AlignmentKind::Verbatim;
        al.score = 1.0;
    }
    AlignmentEvidence::Verdict verdict = AlignmentEvidence::judge(a, g.a, b, g.b, w);
    if (al.kind != AlignmentKind::Verbatim)
        al.kind = verdict.kind;
    al.basis = std::move(verdict.basis);
    if (g.second && g.a.size() == 1 && g.b.size() == 1)
        addClause(a.at(g.a.first()), b.at(g.b.first()), w, &al.basis);
    al.diff = WordDiff::diff(tokensA, tokensB);
    return al;
}

} // namespace

int KeyWeights::idOf(const QString &key, Token::Kind kind) {
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_df.size());
    m_ids.insert(key, id);
    m_df.push_back(0);
    m_keys.push_back(key);
    m_kind.push_back(kind);
    return id;
}

const std::vector<int> &KeyWeights::synonymsOf(int id) const {
    if (m_synonymsKnown.size() != m_df.size()) {
        m_synonymsKnown.assign(m_df.size(), false);
        m_synonyms.assign(m_df.size(), {});
    }
    std::vector<int> &list = m_synonyms[size_t(id)];
    if (!m_synonymsKnown[size_t(id)]) {
        m_synonymsKnown[size_t(id)] = true;
        for (const QByteArray &partner : SynonymTable::english().partners(m_keys[size_t(id)])) {
            const auto it = m_ids.constFind(QString::fromUtf8(partner));
            if (it != m_ids.constEnd())
                list.push_back(*it);
        }
        std::sort(list.begin(), list.end());
    }
    return list;
}

void KeyWeights::countSentence(const std::vector<int> &ids) {
    for (int id : ids)
        ++m_df[size_t(id)];
}

void KeyWeights::finish(int sentenceCount) {
    m_weights.resize(m_df.size());
    for (size_t i = 0; i < m_df.size(); ++i) {
        double w = std::log(1.0 + double(sentenceCount) / double(std::max(1, m_df[i])));
        switch (m_kind[i]) {
        case Token::Kind::Number:
            w *= 1.5;
            break;
        case Token::Kind::Name:
            w *= 1.2;
            break;
        case Token::Kind::StopWord:
            w *= 0.1;
            break;
        case Token::Kind::Word:
            break;
        }
        m_weights[i] = w;
    }
}

QList<Alignment> Aligner::align(const QList<SentenceKeys> &a, const QList<SentenceKeys> &b,
                                const KeyWeights &w) {
    // Each step pairs what the steps before left alone, the surest evidence first.
    Grouping g(a, b);
    pairVerbatim(g);
    const qsizetype verbatimCount = g.groups.size();
    std::vector<Edge> edges = candidateEdges(a, b, w);
    addMeaning(edges, a, b, w);
    pairOneToOne(g, edges);
    const qsizetype closeCount = g.groups.size();
    attachParts(g, edges);
    pairByContext(g, edges);
    pairByFact(g, edges, w);
    // A fact told twice: independent reports repeat a fact in a second sentence (the lead
    // and the paragraph after it), and each of those shares it with the other report's
    // sentence, which the steps above gave one partner only. A pair that copies word for
    // word, or rewrites sentence by sentence, is no independent coverage.
    const double smaller = double(std::max<qsizetype>(1, std::min(a.size(), b.size())));
    const bool rewrite = double(verbatimCount) / smaller >= kCopiedPair ||
                         double(closeCount) / smaller >= kRewrittenPair;
    g.groups += secondLinks(edges, a, b, w, g.groupOfA, g.groupOfB, rewrite);

    QList<Alignment> out;
    out.reserve(g.groups.size());
    for (const Group &group : std::as_const(g.groups))
        out.append(classify(group, a, b, w));
    std::sort(out.begin(), out.end(), [](const Alignment &x, const Alignment &y) {
        return x.a.first() != y.a.first() ? x.a.first() < y.a.first() : x.b.first() < y.b.first();
    });
    return out;
}

std::vector<int> SentenceKeys::contentOf(const QList<SentenceKeys> &side,
                                         const QList<int> &members) {
    std::vector<int> ids;
    for (int m : members)
        ids.insert(ids.end(), side.at(m).content.begin(), side.at(m).content.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace Parallax
