// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Parallax {

// A word of a sentence as written, with its position, for the extractors of figures and
// quotes (the aligner uses the Tokenizer's folded keys instead). Positions are relative
// to the text given to split().
struct SentenceWord final {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;            // as written, without a trailing possessive mark kept apart
    QString lower;           // case-folded, possessive "'s" removed
    bool alphabetic = false; // letters, hyphens and apostrophes only
    bool numeric = false;    // digits (with separators) only
    bool possessive = false; // written with "'s" or "’s"

    // Words are runs of letters and digits, joined by "-", "'", "’", "&" or "." when these
    // sit between two letters or digits ("DeepSeek-V3", "UK's", "S&P", "0.46").
    static QList<SentenceWord> split(QStringView text);
};

// The words of each sentence of an article (positions relative to the sentence), split
// once and read by the extractors of figures and quotes alike.
using SentenceWordLists = QList<QList<SentenceWord>>;

} // namespace Parallax
