// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencewords.h"

namespace Parallax {

namespace {

bool isJoiner(QChar c) {
    return c == u'-' || c == u'\'' || c == u'’' || c == u'&' || c == u'.' || c == u',' ||
           c == QChar(0x2011);
}

} // namespace

QList<SentenceWord> SentenceWord::split(QStringView text) {
    QList<SentenceWord> words;
    words.reserve(text.size() / 5 + 1);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n) {
            if (text.at(j).isLetterOrNumber()) {
                ++j;
                continue;
            }
            // A comma joins only digits ("2,000"); the others join letters or digits.
            if (isJoiner(text.at(j)) && j + 1 < n && text.at(j + 1).isLetterOrNumber() &&
                (text.at(j) != u',' || (text.at(j - 1).isDigit() && text.at(j + 1).isDigit()))) {
                j += 2;
                continue;
            }
            break;
        }
        SentenceWord w;
        w.start = i;
        w.end = j;
        w.text = text.mid(i, j - i).toString();
        // Most words are lower case already: share the text then instead of copying it.
        const bool hasUpper =
            std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isUpper(); });
        w.lower = hasUpper ? w.text.toLower() : w.text;
        if (w.lower.endsWith(QStringLiteral("'s")) || w.lower.endsWith(QStringLiteral("’s"))) {
            w.possessive = true;
            w.lower.chop(2);
        }
        w.alphabetic = true;
        w.numeric = true;
        for (QChar c : std::as_const(w.text)) {
            w.alphabetic = w.alphabetic && (c.isLetter() || c == u'-' || c == u'\'' || c == u'’');
            w.numeric = w.numeric && (c.isDigit() || c == u',' || c == u'.');
        }
        words.append(w);
        i = j;
    }
    return words;
}

} // namespace Parallax
