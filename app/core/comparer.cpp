// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"

#include "core/aligner.h"
#include "core/text.h"

#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <tuple>

namespace Parallax {

namespace {

double elapsedMs(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// The number of words of each sentence of an article; none for a heading, which is no content.
std::vector<int> wordCounts(const ComparedArticle &article) {
    std::vector<int> out;
    out.reserve(size_t(article.sentences.size()));
    for (const ComparedSentence &s : article.sentences)
        out.push_back(s.heading ? 0 : Text::countWords(article.textOf(s.range)));
    return out;
}

// Share of `side`'s words carried by the other article, from the pair's alignments.
double shareFound(const std::vector<int> &wordsOfSentence, const QList<Alignment> &alignments,
                  bool sideA) {
    std::vector<double> found(wordsOfSentence.size(), 0.0);
    for (const Alignment &al : alignments) {
        if (al.secondPartner)
            continue; // a fact told twice, found already
        for (int s : sideA ? al.a : al.b)
            found[size_t(s)] = 1.0;
    }
    double total = 0.0, shared = 0.0;
    for (size_t s = 0; s < wordsOfSentence.size(); ++s) {
        total += wordsOfSentence[s];
        shared += wordsOfSentence[s] * found[s];
    }
    return total > 0 ? shared / total : 0.0;
}

// Share of an article's sentences aligned with a counterpart of about the same content.
// A rewrite changes figures and adds clauses, which makes an alignment "partial" to the
// reader, yet it still copies sentence by sentence: what counts here is that neither side
// carries much more than twice the other's share of the content.
double closelyCopied(int sentenceCount, const QList<Alignment> &alignments, bool sideA) {
    if (sentenceCount == 0)
        return 0.0;
    // A sentence counts once, whatever the number of its partners.
    std::vector<bool> copied(size_t(sentenceCount), false);
    for (const Alignment &al : alignments) {
        const double lo = std::min(al.basis.coverageA, al.basis.coverageB);
        const double hi = std::max(al.basis.coverageA, al.basis.coverageB);
        if (!al.secondPartner &&
            (al.kind != AlignmentKind::Partial || (hi > 0 && lo / hi >= 0.5))) {
            for (int s : sideA ? al.a : al.b)
                copied[size_t(s)] = true;
        }
    }
    return double(std::count(copied.begin(), copied.end(), true)) / sentenceCount;
}

// Which article of a pair looks derived from the other. Copying shows as one article's
// content found sentence by sentence in the other; the direction comes from the dates: a
// copy is not published before its source. When only one article is dated, the undated one
// is taken as the copy (rewrites and scraped copies typically drop the source's dateline);
// with no dates, the one more fully contained in the other is the copy. An exact tie goes
// to the article first in content order (`aFirst`), so that it does not follow the columns.
PairComparison::Derived derivation(const PairComparison &p, const QDate &da, const QDate &db,
                                   double copiedA, double copiedB, bool aFirst) {
    using D = PairComparison::Derived;
    const bool aMoreContained = p.aInB != p.bInA ? p.aInB > p.bInA : aFirst;
    const bool aStrong = p.aInB >= Comparer::kDerivedShare && copiedA >= 0.5;
    const bool bStrong = p.bInA >= Comparer::kDerivedShare && copiedB >= 0.5;
    if (!aStrong && !bStrong)
        return D::None;
    if (da.isValid() && db.isValid()) {
        if (da == db)
            return aStrong && bStrong ? (aMoreContained ? D::AFromB : D::BFromA)
                                      : (aStrong ? D::AFromB : D::BFromA);
        // The later one is the copy, provided it is the one that carries the other's content.
        if (db > da)
            return bStrong || p.bInA >= 0.3 ? D::BFromA : D::None;
        return aStrong || p.aInB >= 0.3 ? D::AFromB : D::None;
    }
    if (da.isValid() != db.isValid())
        return db.isValid() ? D::AFromB : D::BFromA;
    return aMoreContained ? D::AFromB : D::BFromA;
}

SentenceWordLists wordsOfSentences(const ComparedArticle &article) {
    SentenceWordLists out;
    out.reserve(article.sentences.size());
    for (const ComparedSentence &s : article.sentences)
        out.append(SentenceWord::split(
            QStringView(article.article.body).mid(s.range.start, s.range.length)));
    return out;
}

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n)
        : parent(size_t(n)) {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    }
    void unite(int x, int y) { parent[size_t(find(x))] = find(y); }
};

// Marks the alignments of a pair whose sides stand in another order: the longest run of
// alignments in the same order on both sides (a longest increasing subsequence, n log n)
// stays in place, the others moved.
void markMoved(QList<Alignment> &alignments) {
    QList<int> order;
    for (int k = 0; k < alignments.size(); ++k) {
        if (!alignments.at(k).secondPartner)
            order.append(k);
    }
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        return alignments.at(x).a.first() < alignments.at(y).a.first();
    });
    std::vector<int> tails, tailIndex, previous(size_t(order.size()), -1);
    for (int k = 0; k < order.size(); ++k) {
        const int b = alignments.at(order.at(k)).b.first();
        const auto it = std::lower_bound(tails.begin(), tails.end(), b);
        const size_t pos = size_t(it - tails.begin());
        if (it == tails.end()) {
            tails.push_back(b);
            tailIndex.push_back(k);
        } else {
            *it = b;
            tailIndex[pos] = k;
        }
        previous[size_t(k)] = pos > 0 ? tailIndex[pos - 1] : -1;
    }
    for (int k : std::as_const(order))
        alignments[k].moved = true;
    for (int k = tailIndex.empty() ? -1 : tailIndex.back(); k >= 0; k = previous[size_t(k)])
        alignments[order.at(k)].moved = false;
}

// The rank of each article in an order that depends on the articles alone, not on the order
// they were given in: every pair is aligned with its lower-ranked article first, and key
// ids are handed out in this order, so that the same set of articles gives the same
// comparison whatever the order of the columns.
std::vector<int> contentRanks(const QList<Article> &articles) {
    std::vector<int> order(size_t(articles.size()));
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](int i) {
        const Article &x = articles.at(i);
        return std::make_tuple(x.body, x.title, x.outlet, x.published, x.url, x.sourcePath);
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return key(x) < key(y); });
    std::vector<int> rank(order.size());
    for (size_t r = 0; r < order.size(); ++r)
        rank[size_t(order[r])] = int(r);
    return rank;
}

// The alignment seen from the other article: sides, word diff and basis swapped. A run of
// changed words keeps its deletion before its insertion, as WordDiff writes it.
void mirror(Alignment &al) {
    std::swap(al.a, al.b);
    for (DiffOp &op : al.diff) {
        std::swap(op.a, op.b);
        if (op.op != DiffOp::Op::Equal)
            op.op = op.op == DiffOp::Op::Delete ? DiffOp::Op::Insert : DiffOp::Op::Delete;
    }
    for (auto run = al.diff.begin(); run != al.diff.end();) {
        auto end = std::find_if(run, al.diff.end(),
                                [](const DiffOp &op) { return op.op == DiffOp::Op::Equal; });
        std::stable_partition(run, end,
                              [](const DiffOp &op) { return op.op == DiffOp::Op::Delete; });
        run = end == al.diff.end() ? end : end + 1;
    }
    AlignmentBasis &basis = al.basis;
    std::swap(basis.coverageA, basis.coverageB);
    for (QList<AlignmentBasis::Item> *items : {&basis.shared, &basis.differs}) {
        for (AlignmentBasis::Item &item : *items)
            std::swap(item.a, item.b);
    }
    // Shared items are listed in the order of side a.
    std::stable_sort(basis.shared.begin(), basis.shared.end(),
                     [](const AlignmentBasis::Item &x, const AlignmentBasis::Item &y) {
                         return x.a->start < y.a->start;
                     });
}

// The alignments of articles `a` and `b` (indices into `keys`), computed with the
// lower-ranked article first and told from `a`'s side, with sentence indices into the
// articles and the moved alignments marked.
QList<Alignment> alignPair(int a, int b, const std::vector<int> &rank,
                           const QList<QList<SentenceKeys>> &keys,
                           const QList<QList<int>> &proseIndex, const KeyWeights &weights) {
    const bool swapped = rank[size_t(a)] > rank[size_t(b)];
    const int first = swapped ? b : a, second = swapped ? a : b;
    QList<Alignment> alignments = Aligner::align(keys.at(first), keys.at(second), weights);
    for (Alignment &al : alignments) {
        for (int &s : al.a)
            s = proseIndex.at(first).at(s);
        for (int &s : al.b)
            s = proseIndex.at(second).at(s);
    }
    markMoved(alignments);
    if (swapped) {
        for (Alignment &al : alignments)
            mirror(al);
        std::sort(alignments.begin(), alignments.end(), [](const Alignment &x, const Alignment &y) {
            return x.a.first() != y.a.first() ? x.a.first() < y.a.first()
                                              : x.b.first() < y.b.first();
        });
    }
    return alignments;
}

// The articles split into paragraphs and sentences, before anything is compared.
QList<ComparedArticle> segmented(const QList<Article> &articles) {
    QList<ComparedArticle> out;
    for (const Article &article : articles) {
        ComparedArticle compared;
        compared.article = article;
        compared.source =
            article.id > 0 ? QStringLiteral("library:%1").arg(article.id) : article.sourcePath;
        const Segmentation seg = Segmenter::segment(article.body);
        compared.paragraphs = seg.paragraphs;
        for (const Sentence &s : seg.sentences) {
            ComparedSentence cs;
            cs.range = s.range;
            cs.paragraph = s.paragraph;
            cs.heading = s.heading;
            compared.sentences.append(cs);
        }
        out.append(std::move(compared));
    }
    return out;
}

// The comparison keys of every prose sentence of the articles (headings are never aligned),
// the index in its article of each, and the weights of the keys over all of them.
struct StoryKeys {
    QList<QList<SentenceKeys>> keys;
    QList<QList<int>> proseIndex;
    KeyWeights weights;
};

// One sentence's keys: the ids of its tokens (handed out here, in the order met), its
// content and number ids sorted, and its signature, the keys as one string.
SentenceKeys keysOf(const Tokenizer &tokenizer, const ComparedArticle &compared, int sentence,
                    KeyWeights &weights) {
    SentenceKeys k;
    k.tokens = tokenizer.tokenize(compared.article.body, compared.sentences.at(sentence).range);
    QStringList signature;
    k.ids.reserve(size_t(k.tokens.size()));
    for (const Token &t : std::as_const(k.tokens)) {
        signature.append(t.key);
        const int id = weights.idOf(t.key, t.kind);
        k.ids.push_back(id);
        if (t.kind != Token::Kind::StopWord)
            k.content.push_back(id);
        if (t.kind == Token::Kind::Number)
            k.numbers.push_back(id);
    }
    for (std::vector<int> *v : {&k.content, &k.numbers}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    k.signature = signature.join(QLatin1Char('\x1f'));
    k.words = int(k.tokens.size());
    return k;
}

// Tokenizes (one tokenizer, with its stemmer, per language) in the articles' content order,
// which hands out the key ids, so that the order of the columns changes no id; then weighs
// every sentence by the rarity of its keys across the story.
StoryKeys storyKeys(const QList<ComparedArticle> &articles, const std::vector<int> &rank) {
    StoryKeys out;
    out.keys.resize(articles.size());
    out.proseIndex.resize(articles.size());
    std::map<QString, std::unique_ptr<Tokenizer>> tokenizers;
    int sentenceCount = 0;
    std::vector<int> inContentOrder(size_t(articles.size()));
    for (int a = 0; a < articles.size(); ++a)
        inContentOrder[size_t(rank[size_t(a)])] = a;
    for (int a : inContentOrder) {
        const ComparedArticle &compared = articles.at(a);
        const QString language = compared.article.language.left(2).toLower();
        auto &tokenizer = tokenizers[language];
        if (!tokenizer)
            tokenizer = std::make_unique<Tokenizer>(language);
        for (int s = 0; s < compared.sentences.size(); ++s) {
            if (compared.sentences.at(s).heading)
                continue;
            out.proseIndex[a].append(s);
            SentenceKeys k = keysOf(*tokenizer, compared, s, out.weights);
            out.weights.countSentence(k.content);
            out.keys[a].append(std::move(k));
            ++sentenceCount;
        }
    }
    out.weights.finish(sentenceCount);
    for (QList<SentenceKeys> &list : out.keys) {
        for (SentenceKeys &k : list) {
            k.weight = 0.0;
            for (int id : k.content)
                k.weight += out.weights.weight(id);
        }
    }
    return out;
}

// Every pair of articles: its alignments, how much of each is found in the other, and
// whether one looks derived from the other.
QList<PairComparison> comparePairs(const Comparison &result, const QList<Article> &articles,
                                   const std::vector<int> &rank, const StoryKeys &story) {
    QList<PairComparison> pairs;
    std::vector<std::vector<int>> words;
    for (const ComparedArticle &article : std::as_const(result.articles))
        words.push_back(wordCounts(article));
    for (int a = 0; a < articles.size(); ++a) {
        for (int b = a + 1; b < articles.size(); ++b) {
            PairComparison pair;
            pair.a = a;
            pair.b = b;
            pair.alignments = alignPair(a, b, rank, story.keys, story.proseIndex, story.weights);
            pair.aInB = shareFound(words[size_t(a)], pair.alignments, true);
            pair.bInA = shareFound(words[size_t(b)], pair.alignments, false);

            pair.derived =
                derivation(pair, articles.at(a).published, articles.at(b).published,
                           closelyCopied(int(story.keys.at(a).size()), pair.alignments, true),
                           closelyCopied(int(story.keys.at(b).size()), pair.alignments, false),
                           rank[size_t(a)] < rank[size_t(b)]);
            pairs.append(std::move(pair));
        }
    }
    return pairs;
}

// Each sentence's links to its partners in the other articles, the kinds in order, so that
// a view lists the closest partner first.
void linkSentences(Comparison &result) {
    for (int p = 0; p < result.pairs.size(); ++p) {
        const PairComparison &pair = result.pairs.at(p);
        for (int k = 0; k < pair.alignments.size(); ++k) {
            const Alignment &al = pair.alignments.at(k);
            for (int s : al.a)
                result.articles[pair.a].sentences[s].links.append(
                    SentenceLink{pair.b, al.b, al.kind, p, k, al.moved});
            for (int s : al.b)
                result.articles[pair.b].sentences[s].links.append(
                    SentenceLink{pair.a, al.a, al.kind, p, k, al.moved});
        }
    }
    for (ComparedArticle &article : result.articles) {
        for (ComparedSentence &s : article.sentences)
            std::stable_sort(s.links.begin(), s.links.end(),
                             [](const SentenceLink &x, const SentenceLink &y) {
                                 return int(x.kind) < int(y.kind);
                             });
    }
}

// The source of each derived article: among the articles it looks derived from, the one the
// others derive from too (the root of the chain), then the one holding most of it, then the
// first in content order.
void findSources(Comparison &result, const std::vector<int> &rank) {
    for (int x = 0; x < result.articles.size(); ++x) {
        QList<QPair<int, double>> sources; // article, share of x found in it
        for (const PairComparison &pair : std::as_const(result.pairs)) {
            if (pair.b == x && pair.derived == PairComparison::Derived::BFromA)
                sources.append({pair.a, pair.bInA});
            else if (pair.a == x && pair.derived == PairComparison::Derived::AFromB)
                sources.append({pair.b, pair.aInB});
        }
        auto derivedFrom = [&](int y, int z) {
            const PairComparison *p = result.pair(y, z);
            return p && ((p->a == y && p->derived == PairComparison::Derived::AFromB) ||
                         (p->b == y && p->derived == PairComparison::Derived::BFromA));
        };
        int best = -1;
        double bestShare = -1.0;
        for (const auto &[y, share] : sources) {
            bool root = true;
            for (const auto &[z, ignored] : sources)
                root = root && !derivedFrom(y, z);
            const double standing = share + (root ? 1.0 : 0.0);
            if (standing > bestShare ||
                (standing == bestShare && rank[size_t(y)] < rank[size_t(best)])) {
                bestShare = standing;
                best = y;
            }
        }
        result.articles[x].derivedFrom = best;
    }
}

// Claims: the prose sentences joined by any alignment, across articles, numbered in the
// order of the articles and their sentences.
void formClaims(Comparison &result) {
    const int articleCount = int(result.articles.size());
    std::vector<int> base(size_t(articleCount) + 1, 0);
    for (int a = 0; a < articleCount; ++a)
        base[size_t(a) + 1] = base[size_t(a)] + int(result.articles.at(a).sentences.size());
    UnionFind uf(base.back());
    for (const PairComparison &pair : std::as_const(result.pairs)) {
        for (const Alignment &al : pair.alignments) {
            const int anchor = base[size_t(pair.a)] + al.a.first();
            for (int s : al.a)
                uf.unite(base[size_t(pair.a)] + s, anchor);
            for (int s : al.b)
                uf.unite(base[size_t(pair.b)] + s, anchor);
        }
    }
    QHash<int, int> claimOfRoot;
    for (int a = 0; a < articleCount; ++a) {
        for (int s = 0; s < result.articles.at(a).sentences.size(); ++s) {
            if (result.articles.at(a).sentences.at(s).heading)
                continue;
            const int root = uf.find(base[size_t(a)] + s);
            auto it = claimOfRoot.find(root);
            if (it == claimOfRoot.end()) {
                it = claimOfRoot.insert(root, int(result.claims.size()));
                result.claims.append(Claim{int(result.claims.size()), {}});
            }
            Claim &claim = result.claims[*it];
            if (claim.members.isEmpty() || claim.members.constLast().article != a)
                claim.members.append(Claim::Member{a, {}});
            claim.members.last().sentences.append(s);
            result.articles[a].sentences[s].claim = *it;
        }
    }
}

// Figures and quotes of each article, matched and reconciled across the story.
void extractFiguresAndQuotes(Comparison &result) {
    // Both extractors read every sentence's words and the words each article writes in lower
    // case: split and collected once here.
    QList<SentenceWordLists> sentenceWords;
    QList<QSet<QString>> lowercase;
    QSet<QString> storyWords;
    for (const ComparedArticle &article : std::as_const(result.articles)) {
        sentenceWords.append(wordsOfSentences(article));
        lowercase.append(FigureExtractor::lowercaseWords(article.article.body));
        storyWords.unite(lowercase.constLast());
    }
    for (int a = 0; a < result.articles.size(); ++a) {
        const int offset = int(result.figures.size());
        for (Figure f :
             FigureExtractor::extract(result.articles.at(a), a, sentenceWords.at(a), storyWords)) {
            if (f.convertedFrom >= 0)
                f.convertedFrom += offset;
            result.figures.append(f);
        }
        result.quotes +=
            QuoteExtractor::extract(result.articles.at(a), a, sentenceWords.at(a), lowercase.at(a));
    }
    QuoteExtractor::match(result);
    result.discrepancies = Reconciler::reconcile(result);
}

} // namespace

Comparison Comparer::compare(const QList<Article> &input) {
    QElapsedTimer total;
    total.start();
    Comparison result;
    const QList<Article> articles = input.mid(0, kMaxArticles);

    // Segment and tokenize in an order of the articles' content, so that the order of the
    // columns changes nothing but the columns.
    QElapsedTimer step;
    step.start();
    const std::vector<int> rank = contentRanks(articles);
    result.articles = segmented(articles);
    const StoryKeys story = storyKeys(result.articles, rank);
    result.timing.segment = elapsedMs(step);

    step.restart();
    result.pairs = comparePairs(result, articles, rank, story);
    result.timing.align = elapsedMs(step);

    // What the pairs say about each article and sentence of the story.
    linkSentences(result);
    findSources(result, rank);
    formClaims(result);

    step.restart();
    extractFiguresAndQuotes(result);
    result.timing.extract = elapsedMs(step);
    result.timing.total = elapsedMs(total);
    return result;
}

} // namespace Parallax
