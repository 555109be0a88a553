// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textrange.h"

#include <QList>
#include <QString>

namespace Parallax {

// One comparison key of a sentence and the characters it came from.
struct Token final {
    enum class Kind : quint8 { Word, StopWord, Number, Name };

    QString key;     // stem, stop word, or canonical number such as "#6e+11$"
    TextRange range; // in the article body
    Kind kind = Kind::Word;
    // The folded word as written (before stemming and the lexicon) when it differs from the
    // key, so that "fell" and "dropped" (one key) can be shown as a word pair; else empty.
    QString form;
};

// Turns text into comparison keys: Unicode-normalised, case-folded words with quotes and
// dashes folded, Snowball stems (the article's language, English by default), stop words
// flagged so they can be down-weighted, and figures canonicalised so that "$600bn",
// "$600 billion" and "600 billion dollars" are one key and "per cent" is "%".
class Tokenizer final {
public:
    // How a day of a month is keyed. Joined: "Sept. 11", "11 September" and "9/11" are one
    // key ("@9-11"), for comparing sentences. Apart: the month is a word and the day a
    // number, as the story profiles were built and measured with.
    enum class Dates : quint8 { Joined, Apart };

    explicit Tokenizer(const QString &language = {}, Dates dates = Dates::Joined);
    ~Tokenizer();
    Q_DISABLE_COPY_MOVE(Tokenizer)

    // Keys of body[range], with ranges in body coordinates.
    QList<Token> tokenize(const QString &body, TextRange range) const;
    QList<Token> tokenize(const QString &text) const { return tokenize(text, {0, text.size()}); }

    bool isStopWord(const QString &folded) const;

private:
    struct Private;
    Private *d;
};

} // namespace Parallax
