// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/discrepancies.h"
#include "core/figures.h"
#include "core/quotes.h"
#include "core/segmenter.h"

#include <QList>

#include <optional>

namespace Parallax {

// How an aligned group of sentences relates across two articles.
enum class AlignmentKind : quint8 {
    Verbatim, // the same words (after folding case, quotes and dashes)
    Reworded, // the same content in other words, possibly split or merged
    Partial,  // one side carries only part of the other's content
};

// One step of the word-level difference inside an alignment; ranges are in the bodies.
struct DiffOp final {
    enum class Op : quint8 { Equal, Delete, Insert };
    Op op = Op::Equal;
    std::optional<TextRange> a; // in article a (Equal, Delete)
    std::optional<TextRange> b; // in article b (Equal, Insert)
};

// Why two groups of sentences were aligned and what differs between them, as codes and
// ranges (the report and the UI turn the codes into words): evidence a reader can check.
struct AlignmentBasis final {
    enum class Code : quint8 {
        Figure,  // a figure: the same value (within rounding) or, in a difference, another one
        Name,    // a name (capitalised word inside a sentence)
        Synonym, // two different words the engine counts as the same (lexicon, word forms)
        Clause,  // a run of words both sides tell word for word (five or more)
    };
    // Something both sides carry (`a` and `b` set), or that only one side carries or that
    // changed (a difference: one or both ranges set). Ranges are in the article bodies.
    struct Item {
        Code code = Code::Figure;
        std::optional<TextRange> a;
        std::optional<TextRange> b;
    };
    double coverageA = 0.0; // share of side a's content (IDF-weighted) found in side b
    double coverageB = 0.0;
    QList<Item> shared;  // figures and names both carry, word pairs used, in order of side a
    QList<Item> differs; // figures and names only one side carries or that changed
};

// Sentences of article a aligned with sentences of article b: 1:1, 1:n (a split) or n:1
// (a merge). Indices are into ComparedArticle::sentences.
struct Alignment final {
    QList<int> a;
    QList<int> b;
    AlignmentKind kind = AlignmentKind::Reworded;
    double score = 0.0;
    QList<DiffOp> diff;
    // The two sides stand in a different order relative to the pair's other alignments
    // (text moved to another place), not just reworded in place.
    bool moved = false;
    // A further partner of sentences aligned already: the two share a fact that each
    // article tells twice (a lead and its echo). Not a sign of copying, and never moved.
    bool secondPartner = false;
    AlignmentBasis basis;
};

// Everything found between two articles of a comparison.
struct PairComparison final {
    enum class Derived : quint8 { None, BFromA, AFromB };

    int a = 0;
    int b = 0;
    double aInB = 0.0; // share of a's words found in b
    double bInA = 0.0;
    Derived derived = Derived::None;
    QList<Alignment> alignments;
};

// A sentence's counterpart in another article.
struct SentenceLink final {
    int article = 0;
    QList<int> sentences;
    AlignmentKind kind = AlignmentKind::Reworded;
    int pair = 0;       // index into Comparison::pairs
    int alignment = 0;  // index into that pair's alignments
    bool moved = false; // the counterpart stands elsewhere in the other article's order
};

// A sentence of one article with what the engine found about it.
struct ComparedSentence final {
    TextRange range;
    int paragraph = 0;
    QList<SentenceLink> links; // one per other article that carries it, strongest kind first
    int claim = -1;            // index into Comparison::claims; -1 for a heading
    bool heading = false;      // a section heading (Sentence::heading): never aligned, no claim

    // Prose that no other article carries (a heading is never unique: it is no claim).
    bool isUnique() const { return !heading && links.isEmpty(); }
    // Articles (indices) that carry this sentence word for word.
    QList<int> verbatimIn() const;
    // The strongest relation to any other article; nullopt when only this article has it.
    std::optional<AlignmentKind> strongestKind() const;
};

// One article of a comparison, segmented, with its sentences annotated.
struct ComparedArticle final {
    Article article;
    QString source; // where it came from: a path or "library:<id>"
    QList<TextRange> paragraphs;
    QList<ComparedSentence> sentences;

    // Share of this article's words that sit in sentences found in at least one other article.
    double sharedShare() const;
    // Index of the article this one looks derived from, or -1.
    int derivedFrom = -1;
    QString textOf(const TextRange &range) const {
        return article.body.mid(range.start, range.length);
    }
};

// One fact: the sentences of several articles that report it.
struct Claim final {
    struct Member {
        int article = 0;
        QList<int> sentences;
    };
    int id = 0;
    QList<Member> members;
};

// Time spent in each step, in milliseconds.
struct EngineTiming final {
    double segment = 0.0;
    double align = 0.0;
    double extract = 0.0; // figures, quotes and their reconciliation
    double total = 0.0;
};

// The result of comparing 1 to 12 articles: a plain value the report and the JSON render.
struct Comparison final {
    QList<ComparedArticle> articles;
    QList<PairComparison> pairs; // every pair (a < b)
    QList<Claim> claims;
    QList<Figure> figures;            // of all articles, in article and text order
    QList<Quote> quotes;              // likewise
    QList<Discrepancy> discrepancies; // where the articles disagree on figures and quotes
    EngineTiming timing;

    bool isEmpty() const { return articles.isEmpty(); }
    const PairComparison *pair(int a, int b) const;

    // How an article carries a claim, for coverage views: not at all, as the only article,
    // or by the strongest relation of its sentence to the others.
    enum class Coverage : quint8 { Absent, Only, Verbatim, Reworded, Partial };
    Coverage coverage(int claim, int article) const;
};

} // namespace Parallax
