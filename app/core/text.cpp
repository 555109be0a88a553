// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <QCryptographicHash>
#include <QStringList>

namespace Parallax::Text {

QString normaliseNewlines(QString text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString tidyParagraphs(const QString &text)
{
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

static QChar foldPunctuation(QChar c)
{
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

QString comparisonForm(const QString &text)
{
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

QByteArray contentHash(const QString &body)
{
    return QCryptographicHash::hash(comparisonForm(body).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool wordChar = c.isLetterOrNumber() || c.isMark();
        // "don't", "U.S.", "0.46" stay one word: an inner apostrophe or dot joins letters.
        const bool joiner = inWord && (c == QLatin1Char('\'') || c == QChar(0x2019) ||
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

} // namespace Parallax::Text
