// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sentencewords.h"
#include "core/textrange.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Parallax {

struct ComparedArticle;

// A figure quoted in an article: an amount of money, a percentage or a count of things,
// with what it is about. Dates, years, times, ranks and numbers inside names ("FTSE 100",
// "DeepSeek-V3", "H800") are not figures.
struct Figure final {
    enum class Kind : quint8 { Money, Percent, Count };
    enum class Direction : quint8 { None, Up, Down };

    int article = 0;
    int sentence = 0; // index into ComparedArticle::sentences
    TextRange range;  // the figure as written, in the body ("$600bn", "12 per cent")
    QString text;     // the body's characters in range
    Kind kind = Kind::Count;
    double value = 0.0; // base units: 600e9 for "$600bn", 0.46 for "0.46%", 2000 for "2,000 chips"
    QString unit;       // ISO 4217 code for money, "percent", "percentage points" or "count"
    QString qualifier;  // "almost", "more than", ... or empty
    Direction direction = Direction::None; // from the sentence: "fell", "rose", "down", ...
    QString entity;         // what it is about: "Nvidia", "FTSE 100"; empty when unknown
    QString measure;        // "market value", "share price", "number of chips", ...
    int convertedFrom = -1; // index (in the same list) of the figure this one converts
};

// Finds the figures of one segmented article. Pure and deterministic.
class FigureExtractor final {
public:
    // sentenceWords: the article's sentences split into words (SentenceWord::split of each).
    // storyWords: words the whole story writes in lower case (see lowercaseWords()), so
    // that a capitalised common word at a sentence's start ("Rival Osprey Logistics") is
    // not taken for part of a name; the article's own words are always used.
    static QList<Figure> extract(const ComparedArticle &article, int articleIndex,
                                 const SentenceWordLists &sentenceWords,
                                 const QSet<QString> &storyWords = {});

    // The words a text writes in lower case, folded.
    static QSet<QString> lowercaseWords(const QString &text);
};

} // namespace Parallax
