// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QStringList>

namespace Parallax::Text {

QString normaliseNewlines(QString text) {
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString tidyParagraphs(const QString &text) {
    const QStringList lines = normaliseNewlines(text).split(QLatin1Char('\n'));
    QStringList paragraphs;
    QString current;
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            continue;
        }
        // A single line break inside a paragraph is kept: lists and datelines rely on it.
        current = current.isEmpty() ? trimmed : current + QLatin1Char('\n') + trimmed;
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs.join(QStringLiteral("\n\n"));
}

static QChar foldPunctuation(QChar c) {
    switch (c.unicode()) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201A: // ‚
    case 0x201B: // ‛
    case 0x2032: // ′
    case 0x0060: // `
        return QLatin1Char('\'');
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x201F: // ‟
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x2033: // ″
        return QLatin1Char('"');
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // minus sign
        return QLatin1Char('-');
    default:
        return c;
    }
}

QString comparisonForm(const QString &text) {
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(nfkc.size());
    bool pendingSpace = false;
    for (QChar c : nfkc) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(foldPunctuation(c));
    }
    return out;
}

QByteArray contentHash(const QString &body) {
    return QCryptographicHash::hash(comparisonForm(body).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

int countWords(const QString &text) {
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool wordChar = c.isLetterOrNumber() || c.isMark();
        // "don't", "U.S.", "0.46" stay one word: an inner apostrophe or dot joins letters.
        const bool joiner = inWord &&
                            (c == QLatin1Char('\'') || c == QChar(0x2019) ||
                             c == QLatin1Char('.') || c == QLatin1Char(',')) &&
                            i + 1 < text.size() && text.at(i + 1).isLetterOrNumber();
        if (wordChar || joiner) {
            if (!inWord)
                ++words;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return words;
}

namespace {

// Case and accents folded away, as FTS5's unicode61 tokenizer with remove_diacritics does.
QString searchFold(const QString &word) {
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (!c.isMark())
            out.append(c);
    }
    return out.toCaseFolded();
}

// A character of a word as the search snippet reads words (ASCII asked without Unicode
// tables: most text is ASCII).
bool wordCharacter(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// True when the word, folded, starts with one of the folded prefixes. An ASCII word is
// compared as it stands: folding it would change only its case.
bool startsWithAny(QStringView word, const QStringList &folded) {
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return std::any_of(folded.cbegin(), folded.cend(), [&](const QString &p) {
            return word.startsWith(p, Qt::CaseInsensitive);
        });
    const QString f = searchFold(word.toString());
    return std::any_of(folded.cbegin(), folded.cend(),
                       [&](const QString &p) { return f.startsWith(p); });
}

} // namespace

QString searchSnippet(const QString &text, const QStringList &prefixes, int words) {
    struct Word {
        qsizetype start, end;
        bool hit;
    };
    QStringList folded;
    for (const QString &p : prefixes) {
        const QString f = searchFold(p);
        if (!f.isEmpty())
            folded.append(f);
    }
    QList<Word> all;
    for (qsizetype i = 0; i < text.size();) {
        if (!wordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && wordCharacter(text.at(i)))
            ++i;
        all.append({start, i, startsWithAny(QStringView(text).mid(start, i - start), folded)});
    }
    if (all.isEmpty())
        return {};
    // The window with the most hits (the first such), by a sliding count.
    const qsizetype span = std::min<qsizetype>(std::max(words, 1), all.size());
    qsizetype best = 0, hits = 0, bestHits = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        hits += all.at(i).hit;
        if (i >= span)
            hits -= all.at(i - span).hit;
        if (i + 1 >= span && hits > bestHits) {
            bestHits = hits;
            best = i + 1 - span;
        }
    }
    QString out = best > 0 ? QStringLiteral("\u2026") : QString();
    qsizetype at = all.at(best).start;
    for (qsizetype i = best; i < best + span; ++i) {
        const Word &w = all.at(i);
        out += text.mid(at, w.start - at);
        out += w.hit ? u'[' + text.mid(w.start, w.end - w.start) + u']'
                     : text.mid(w.start, w.end - w.start);
        at = w.end;
    }
    if (best + span < all.size())
        out += QStringLiteral("\u2026");
    else
        out += text.mid(at); // the closing punctuation
    return out.simplified();
}

QString fileNameStem(const QString &title, int maxLength) {
    QString stem;
    stem.reserve(title.size());
    for (const QChar ch : title) {
        const bool forbidden = ch.category() == QChar::Other_Control ||
                               ch.category() == QChar::Other_Format ||
                               QStringView(u"/\\:*?\"<>|").contains(ch);
        stem.append(forbidden ? QChar(u' ') : ch);
    }
    stem = stem.simplified();
    if (stem.size() > maxLength) {
        qsizetype cut = maxLength;
        if (stem.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        const qsizetype space = stem.lastIndexOf(u' ', cut);
        if (space > maxLength / 2)
            cut = space; // a whole word rather than a broken one
        stem.truncate(cut);
    }
    while (stem.startsWith(u'.'))
        stem.remove(0, 1);
    while (stem.endsWith(u'.') || stem.endsWith(u' '))
        stem.chop(1);
    return stem.trimmed();
}

} // namespace Parallax::Text
