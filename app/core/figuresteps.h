// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steps of FigureExtractor::extract (app/core internals, for figures.cpp and the step
// units): candidates -> classify -> attach entities -> pair conversions. The words they read
// by are in FigureLexicon (resources/lexicon/en-figures.txt).

#include "core/figurelexicon.h"
#include "core/figures.h"
#include "core/sentencewords.h"
#include "core/textrange.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

namespace Parallax::FigureSteps {

using Words = QList<SentenceWord>;

// The lexicon's word lists, by the names the steps read them by.
inline const QHash<QString, double> &scaleWords() {
    return FigureLexicon::english().scales;
}
inline const QHash<QString, QString> &currencyWords() {
    return FigureLexicon::english().currencyWords;
}
inline const QHash<QString, QString> &currencyCodes() {
    return FigureLexicon::english().currencyCodes;
}
inline const QHash<QString, QString> &dollarPrefixes() {
    return FigureLexicon::english().dollarPrefixes;
}
inline const QHash<QString, int> &smallNumbers() {
    return FigureLexicon::english().smallNumbers;
}
inline const QSet<QString> &monthNames() {
    return FigureLexicon::english().months;
}
inline const QSet<QString> &weekdayNames() {
    return FigureLexicon::english().weekdays;
}
inline const QSet<QString> &notCountedThings() {
    return FigureLexicon::english().notCounted;
}
inline const QSet<QString> &phraseStops() {
    return FigureLexicon::english().phraseStops;
}
inline const QSet<QString> &irregularPlurals() {
    return FigureLexicon::english().irregularPlurals;
}
inline const QSet<QString> &demonyms() {
    return FigureLexicon::english().demonyms;
}
inline const QSet<QString> &notNameWords() {
    return FigureLexicon::english().notNameWords;
}
inline const QSet<QString> &commonEntities() {
    return FigureLexicon::english().commonEntities;
}
inline const QSet<QString> &downWords() {
    return FigureLexicon::english().downWords;
}
inline const QSet<QString> &upWords() {
    return FigureLexicon::english().upWords;
}
inline const QList<FigureLexicon::Qualifier> &qualifiers() {
    return FigureLexicon::english().qualifiers;
}
using MeasureRule = FigureLexicon::MeasureRule;
using Qualifier = FigureLexicon::Qualifier;
inline const QList<FigureLexicon::MeasureRule> &measureRules() {
    return FigureLexicon::english().measures;
}
inline const QHash<QString, QList<QPair<int, QStringList>>> &measurePhrases() {
    return FigureLexicon::english().measurePhrases;
}

// A number as written, before it is classified.
struct Candidate {
    qsizetype start = 0; // figure range in the sentence, prefix and suffix included
    qsizetype end = 0;
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0; // after the digits and any attached or spaced scale
    double number = 0.0;
    double scale = 1.0;
    bool integer = true;
    bool grouped = false; // written with thousands separators
    QString currency;
    bool percent = false;
    bool points = false;
    bool subunit = false;     // pence, cents
    bool negative = false;    // "-15€", "minus five percent"
    bool letterScale = false; // a one-letter scale glued on ("1500b", "32K"): money only
    bool words = false;       // written in words ("thirteen dollars")
    bool wordScale = false;   // in words with a scale word ("two million")
};

// A candidate kept as a figure: what kind, and for a count, what is counted.
struct Kept {
    Candidate c;
    Figure::Kind kind;
    QString counted;
};

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// What the article tells about its words: which it capitalises in mid-sentence, which it
// also writes in lower case.
struct ArticleWords {
    QSet<QString> midSentenceCaps;
    QSet<QString> lowercase;
};

// A word of a sentence that names a measure ("market value", "shares", "inflation").
struct MeasureHit {
    qsizetype start;
    qsizetype end;
    int rule; // index into measureRules()
};

// One sentence as steps 3 and 4 read it.
struct FigureSentence {
    int index;       // in the article
    TextRange range; // in the body
    QStringView text;
    QString lower;
    const Words &words;
    QList<Span> usable; // names that are not part of a figure
};

// Words of a sentence (figurecandidates.cpp).

// Step 1, candidates (figurecandidates.cpp): every number of a sentence written like a figure,
// in digits or in words, with what is attached to it (sign, code, scale, "per cent").
int wordAtOrAfter(const Words &words, qsizetype pos);
int wordBefore(const Words &words, qsizetype pos);
bool isSpace(QChar c);
std::optional<QString> countedNoun(QStringView s, const Words &words, qsizetype end);
bool writesCommaDecimals(const QString &language);
bool hasNumberWords(const Words &words);
QList<Candidate> candidatesIn(QStringView s, const Words &words, bool numberWords,
                              bool commaDecimals);

// Step 2, classify (figureclassifier.cpp): money, percent, count, or no figure at all
// (dates, years, numbers in names, sizes).
QList<std::optional<Kept>> classify(QStringView s, const Words &words,
                                    const QList<Candidate> &candidates);

// Step 3, attach entities (figureentities.cpp): what each figure is about, what it
// measures, its qualifier and direction.
QList<MeasureHit> measureHits(const Words &words);
ArticleWords articleWordsOf(const SentenceWordLists &sentenceWords,
                            const QSet<QString> &storyWords);
QString subjectOf(const SentenceWordLists &sentenceWords, const ArticleWords &articleWords);
QList<Span> usableNames(QStringView s, const Words &words, const ArticleWords &articleWords,
                        const QList<std::optional<Kept>> &kept);
Figure figureOf(const Kept &k, int articleIndex, const FigureSentence &sentence,
                const QString &body, const QList<MeasureHit> &hits);
void attachEntity(Figure &f, const Candidate &c, const FigureSentence &sentence,
                  const QString &before, const QString &subject);

// Step 4, pair conversions (figureconversions.cpp).
void pairConversions(QList<Figure> &figures, int firstOfSentence, const QString &body);

} // namespace Parallax::FigureSteps
