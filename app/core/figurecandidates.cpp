// SPDX-License-Identifier: GPL-3.0-or-later
// Step 1, candidates: every number of a sentence written like a figure,
// in digits or in words, with what is attached to it (sign, code, scale, "per cent").
#include "core/figuresteps.h"

#include "core/comparison.h"

#include <QRegularExpression>

#include <cmath>

namespace Parallax::FigureSteps {

// Index of the word that starts at or after position pos; words.size() when none.
int wordAtOrAfter(const Words &words, qsizetype pos) {
    for (int k = 0; k < words.size(); ++k) {
        if (words.at(k).end > pos)
            return k;
    }
    return int(words.size());
}

// The last word that ends at or before pos, or -1.
int wordBefore(const Words &words, qsizetype pos) {
    int found = -1;
    for (int k = 0; k < words.size() && words.at(k).end <= pos; ++k)
        found = k;
    return found;
}

bool isSpace(QChar c) {
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// The run of letters starting at i.
QStringView lettersAt(QStringView s, qsizetype i) {
    qsizetype j = i;
    while (j < s.size() && s.at(j).isLetter())
        ++j;
    return s.mid(i, j - i);
}

// Currency codes, written before or after the number in any case ("USD 5", "115USD",
// "usd 20", "Rmb 10"); with a leading M they are millions ("30 MUSD", "120 MEUR").
QString currencyCode(QStringView letters) {
    if (letters.size() != 3)
        return {};
    return currencyCodes().value(letters.toString().toUpper());
}

QString currencySymbol(QChar ch) {
    switch (ch.unicode()) {
    case u'$':
        return QStringLiteral("USD");
    case u'£':
        return QStringLiteral("GBP");
    case u'€':
        return QStringLiteral("EUR");
    case u'¥':
        return QStringLiteral("JPY");
    case 0x5143:
        return QStringLiteral("CNY"); // 元
    case 0xFFE5:
        return QStringLiteral("CNY"); // ￥ (full width, as Chinese text writes it)
    default:
        return {};
    }
}

bool isDash(QChar c) {
    return c == u'-' || c == u'‑' || c == u'−';
}

namespace {

// What stands before the digits at s[i]: false when it makes them no figure (a letter, a
// digit, "Janus-Pro-7B"), except a currency code glued on ("USD115.5"); a minus sign is
// taken into *c.
bool readBeforeNumber(QStringView s, qsizetype i, Candidate *c) {
    if (i == 0)
        return true;
    const QChar p = s.at(i - 1);
    if (p.isLetter()) {
        // "USD115.5": a currency code glued on before the number.
        const QStringView code = s.mid(std::max<qsizetype>(0, i - 3), std::min<qsizetype>(3, i));
        if (i < 3 || currencyCode(code).isEmpty() || (i > 3 && s.at(i - 4).isLetterOrNumber()))
            return false;
    } else if (p.isNumber() || p == u'.' || p == u',' || p == u'/' || p == u':' || p == u'±') {
        return false;
    } else if (isDash(p)) {
        if (i > 1 && s.at(i - 2).isLetterOrNumber())
            return false; // "Janus-Pro-7B", "DALL-E-3", "2019-20" (second half)
        // "-15€", "$-99.99": a minus sign.
        if (i == 1 || isSpace(s.at(i - 2)) || !currencySymbol(s.at(i - 2)).isEmpty() ||
            s.at(i - 2) == u'(') {
            c->negative = true;
            c->numberStart = c->start = i - 1;
        }
    }
    return true;
}

// Exactly n digits at s[k], no more.
bool digitsAt(QStringView s, qsizetype k, int n) {
    for (int d = 0; d < n; ++d) {
        if (k + d >= s.size() || !s.at(k + d).isDigit())
            return false;
    }
    return k + n >= s.size() || !s.at(k + n).isDigit();
}

// "4,2 Mio. €", "3,5 %": after the comma at j, the one or two digits are decimals when a
// unit follows at once.
bool unitFollowsComma(QStringView s, qsizetype j) {
    qsizetype u = j + 1;
    while (u < s.size() && s.at(u).isDigit())
        ++u;
    if (u < s.size() && isSpace(s.at(u)))
        ++u;
    const QStringList &units = FigureLexicon::english().foreignUnitPrefixes;
    const QString word = lettersAt(s, u).toString().toLower();
    return u < s.size() && (s.at(u) == u'%' || !currencySymbol(s.at(u)).isEmpty() ||
                            std::any_of(units.cbegin(), units.cend(),
                                        [&](const QString &x) { return word.startsWith(x); }));
}

// Attached suffix at *j: a scale ("600bn"), a currency code ("115USD", "30MUSD"), "%" or
// pence ("17p"), taken into *c and *j moved past it; other letters make no figure (false).
bool readAttachedSuffix(QStringView s, qsizetype *j, Candidate *c) {
    const QStringView attached = *j < s.size() && !currencySymbol(s.at(*j)).isEmpty()
                                     ? QStringView()
                                     : lettersAt(s, *j); // "100元"
    if (attached.isEmpty())
        return true;
    const QString low = attached.toString().toLower();
    if (scaleWords().contains(low) && low != QStringLiteral("thousand")) {
        c->scale = scaleWords().value(low);
        c->letterScale = low.size() == 1;
        *j += attached.size();
    } else if (low == QStringLiteral("p")) {
        c->currency = QStringLiteral("GBP");
        c->subunit = true;
        *j += 1;
    } else if (!currencyCode(attached).isEmpty()) {
        c->currency = currencyCode(attached);
        *j += attached.size();
    } else if (attached.size() == 4 && (attached.at(0) == u'M' || attached.at(0) == u'm') &&
               !currencyCode(attached.mid(1)).isEmpty()) {
        c->currency = currencyCode(attached.mid(1));
        c->scale = 1e6;
        *j += attached.size();
    } else {
        return false; // "94mph", "8am", "70s", "1st", "7B"
    }
    return true;
}

} // namespace

// Parses the number starting at s[i] (a digit). Returns false when the digits belong to
// something that is not a figure (a product name, a time, an ordinal, a measurement's
// uncertainty). commaDecimals: the article writes "3,5" for three and a half (German,
// French); otherwise a comma groups thousands, except in shapes only a decimal comma
// makes ("4,2 Mio.", "1.234,5").
bool parseNumber(QStringView s, qsizetype i, Candidate *c, bool commaDecimals) {
    c->numberStart = c->start = i;
    if (!readBeforeNumber(s, i, c))
        return false;
    qsizetype j = i;
    while (j < s.size() && s.at(j).isDigit())
        ++j;
    if (j - i > 1 && s.at(i) == u'0')
        return false; // "01", "007"
    // "1.234,5" in an English article: the shape only a decimal comma makes.
    const bool commaHere =
        commaDecimals ||
        (j < s.size() && s.at(j) == u'.' && digitsAt(s, j + 1, 3) && j + 4 < s.size() &&
         s.at(j + 4) == u',' && j + 5 < s.size() && s.at(j + 5).isDigit());
    const QChar group = commaHere ? u'.' : u',';
    const QChar decimal = commaHere ? u',' : u'.';
    // Thousands separators: groups of exactly three digits.
    while (j + 3 < s.size() &&
           (s.at(j) == group ||
            (commaHere && (s.at(j) == QChar(0x202F) || s.at(j) == QChar(0x00A0)))) &&
           digitsAt(s, j + 1, 3)) {
        c->grouped = true;
        j += 4;
    }
    qsizetype fractionStart = -1;
    if (j + 1 < s.size() && s.at(j) == decimal && s.at(j + 1).isDigit()) {
        fractionStart = j + 1;
    } else if (!commaHere && !c->grouped && j + 1 < s.size() && s.at(j) == u',' &&
               (digitsAt(s, j + 1, 1) || digitsAt(s, j + 1, 2)) && unitFollowsComma(s, j)) {
        fractionStart = j + 1;
    }
    QString digits = s.mid(i, j - i).toString();
    digits.remove(group);
    digits.remove(QChar(0x202F));
    digits.remove(QChar(0x00A0));
    if (fractionStart > 0) {
        c->integer = false;
        j = fractionStart;
        while (j < s.size() && s.at(j).isDigit())
            ++j;
        digits += u'.' + s.mid(fractionStart, j - fractionStart).toString();
    }
    c->number = digits.toDouble();
    if (j < s.size() && s.at(j) == u':' && j + 1 < s.size() && s.at(j + 1).isDigit())
        return false; // a time, 10:30
    if (j < s.size() && s.at(j) == u'±')
        return false; // "2,000.45±0.01": a measurement
    if (!readAttachedSuffix(s, &j, c))
        return false;
    if (j < s.size() && isDash(s.at(j)) && j + 1 < s.size() && s.at(j + 1).isLetter())
        return false; // "40-year-old", "five-hour"
    c->numberEnd = c->end = j;
    return true;
}

// The value of "forty-five" or "seven"; -1 when the word is no small number.
int smallNumber(const QString &lower) {
    if (lower.contains(u'-')) {
        const QStringList parts = lower.split(u'-');
        if (parts.size() == 2 && smallNumbers().value(parts.at(0), 0) >= 20 &&
            smallNumbers().value(parts.at(1), 0) > 0 && smallNumbers().value(parts.at(1)) < 10)
            return smallNumbers().value(parts.at(0)) + smallNumbers().value(parts.at(1));
        return -1;
    }
    return smallNumbers().value(lower, -1);
}

bool isLargeScale(const QString &lower) {
    return lower == QStringLiteral("thousand") || lower == QStringLiteral("million") ||
           lower == QStringLiteral("billion") || lower == QStringLiteral("trillion");
}

// Reads a number written in words from words[k]; returns how many words it takes (0 when
// none). *scaled: a scale word was part of it.
int wordNumberAt(QStringView s, const Words &words, int k, double *value, bool *scaled) {
    double total = 0, group = 0;
    bool any = false, lastWasNumber = false, lastTens = false;
    *scaled = false;
    int n = k;
    auto next = [&](int m) {
        return m + 1 < words.size() && words.at(m + 1).start - words.at(m).end == 1 &&
                       isSpace(s.at(words.at(m).end))
                   ? words.at(m + 1).lower
                   : QString();
    };
    while (n < words.size()) {
        const QString &w = words.at(n).lower;
        if (n > k &&
            !(words.at(n).start - words.at(n - 1).end == 1 && isSpace(s.at(words.at(n - 1).end))))
            break;
        const int small = smallNumber(w);
        if (small >= 0 && (!lastWasNumber || (lastTens && small > 0 && small < 10))) {
            // "twenty five" as well as "twenty-five"
            lastTens = !lastWasNumber && small >= 20 && small % 10 == 0;
            group += small;
            any = lastWasNumber = true;
            ++n;
            continue;
        }
        lastTens = false;
        if ((w == QStringLiteral("a") || w == QStringLiteral("an")) && !any) {
            const QString after = next(n);
            if (after == QStringLiteral("quarter") || after == QStringLiteral("half")) {
                // "a quarter million": the fraction follows
            } else if (after == QStringLiteral("hundred") || isLargeScale(after)) {
                group = 1;
                any = true;
            } else {
                break;
            }
        } else if (w == QStringLiteral("half") && !any) {
            group = 0.5;
            any = true;
            if (next(n) == QStringLiteral("a") || next(n) == QStringLiteral("an"))
                ++n; // "half a million"
        } else if (w == QStringLiteral("quarter") || w == QStringLiteral("quarters")) {
            group = any ? group * 0.25 : 0.25;
            any = true;
            lastWasNumber = false;
        } else if (w == QStringLiteral("hundred") && any && group > 0) {
            group *= 100;
            lastWasNumber = false;
        } else if (isLargeScale(w) && any) {
            total += group * scaleWords().value(w);
            group = 0;
            *scaled = true;
            lastWasNumber = false;
        } else if (w == QStringLiteral("and") && any && !lastWasNumber && n + 1 < words.size() &&
                   smallNumber(next(n)) >= 0) {
            // "one hundred and five"
        } else {
            break;
        }
        ++n;
    }
    if (!any)
        return 0;
    *value = total + group;
    return n - k;
}

// Scale words written after a number in German and French ("4,2 Mio.", "3 Mrd.", "2
// milliards"); "Billion" is a thousand billion there.
double foreignScale(const QString &lower) {
    return FigureLexicon::english().foreignScales.value(lower, 0.0);
}

namespace {

// The lower-cased word at from, or after one space there; *wordEnd is where it ends.
QString nextWordAt(QStringView s, qsizetype from, qsizetype *wordEnd) {
    qsizetype k = from;
    if (k < s.size() && isSpace(s.at(k)))
        ++k;
    else if (k != from)
        return {};
    const QStringView w = lettersAt(s, k);
    *wordEnd = k + w.size();
    return w.toString().toLower();
}

// A "%" at k ends the candidate as a percentage.
bool percentAt(QStringView s, Candidate *c, qsizetype k) {
    if (k < s.size() && s.at(k) == u'%') {
        c->percent = true;
        c->end = k + 1;
        return true;
    }
    return false;
}

// A "%" at j, or after one space there.
bool percentAfter(QStringView s, Candidate *c, qsizetype j) {
    return percentAt(s, c, j) || (j + 1 < s.size() && isSpace(s.at(j)) && percentAt(s, c, j + 1));
}

// A spaced scale after the number ("600 billion", "4,2 Mio.", "2 millions d'euros"); moves
// *j, *w and *e past it. True when the suffix is read to its end.
bool readSpacedScale(QStringView s, Candidate *c, qsizetype *j, QString *w, qsizetype *e) {
    if (c->scale == 1.0 && scaleWords().contains(*w) && w->size() > 1) {
        c->scale = scaleWords().value(*w);
        c->numberEnd = c->end = *j = *e;
        *w = nextWordAt(s, *j, e);
    } else if (c->scale == 1.0 && foreignScale(*w) > 0) {
        c->scale = foreignScale(*w);
        if (*e < s.size() && s.at(*e) == u'.')
            ++*e; // "Mio."
        c->numberEnd = c->end = *j = *e;
        if (percentAfter(s, c, *j))
            return true;
        *w = nextWordAt(s, *j, e);
        // "2 millions d'euros", "3 millions de dollars"
        if ((*w == QStringLiteral("d") && *e < s.size() &&
             (s.at(*e) == u'\'' || s.at(*e) == u'’')) ||
            *w == QStringLiteral("de")) {
            qsizetype e2 = 0;
            const QString unit = nextWordAt(s, *w == QStringLiteral("d") ? *e + 1 : *e, &e2);
            if (currencyWords().contains(unit)) {
                c->currency = currencyWords().value(unit);
                c->end = e2;
                return true;
            }
        }
    }
    return false;
}

// A sign after the number: "10 €", "10$", "100元".
bool readCurrencySign(QStringView s, Candidate *c, qsizetype j) {
    qsizetype k = j;
    if (k < s.size() && isSpace(s.at(k)))
        ++k;
    if (k < s.size() && !currencySymbol(s.at(k)).isEmpty() &&
        (k + 1 >= s.size() || !s.at(k + 1).isDigit())) {
        c->currency = currencySymbol(s.at(k));
        c->end = k + 1;
        return true;
    }
    return false;
}

// "per cent", "percent", "percentage points" from the word w that ends at e. True when w
// is one of the percent words (read or not).
bool readPercentWord(QStringView s, Candidate *c, const QString &w, qsizetype e) {
    if (w == QStringLiteral("per") || w == QStringLiteral("pour")) {
        qsizetype e2 = 0;
        if (nextWordAt(s, e, &e2) == QStringLiteral("cent")) {
            c->percent = true;
            c->end = e2;
        }
        return true;
    }
    if (w == QStringLiteral("percent") || w == QStringLiteral("percents") ||
        w == QStringLiteral("pc") || w == QStringLiteral("prozent")) {
        c->percent = true;
        c->end = e;
        return true;
    }
    if (w == QStringLiteral("percentage")) {
        qsizetype e2 = 0;
        const QString unit = nextWordAt(s, e, &e2);
        c->percent = true;
        if (unit == QStringLiteral("points") || unit == QStringLiteral("point")) {
            c->points = true;
            c->end = e2;
        } else {
            c->end = e; // "100 percentage"
        }
        return true;
    }
    return false;
}

// A currency in words or as a code from the word w that ends at e ("US dollars", "yuan",
// "115 USD", "30 MUSD", "17 pence"). True when a scale may still follow the code.
bool readCurrencyWord(QStringView s, Candidate *c, const QString &w, qsizetype e) {
    const QHash<QString, QString> &nationalCurrency = FigureLexicon::english().nationalCurrencies;
    if (nationalCurrency.contains(w)) { // "US dollars", "Chinese yuan"
        qsizetype e2 = 0;
        const QString d = nextWordAt(s, e, &e2);
        if (currencyWords().contains(d)) {
            c->currency = nationalCurrency.value(w);
            c->end = e2;
        }
    } else if (currencyWords().contains(w)) {
        c->currency = currencyWords().value(w);
        c->end = e;
    } else if (!currencyCode(w).isEmpty()) { // "115 USD", "40 rmb"
        c->currency = currencyCode(w);
        c->end = e;
    } else if (w.size() == 4 && w.startsWith(u'm') &&
               !currencyCode(QStringView(w).mid(1)).isEmpty() && c->scale == 1.0) {
        c->currency = currencyCode(QStringView(w).mid(1)); // "30 MUSD"
        c->scale = 1e6;
        c->end = e;
    } else if (w == QStringLiteral("pence") || w == QStringLiteral("cents") ||
               w == QStringLiteral("cent")) {
        c->currency = w == QStringLiteral("pence") ? QStringLiteral("GBP") : QStringLiteral("USD");
        c->subunit = true;
        c->end = e;
        return false;
    } else {
        return false;
    }
    return true;
}

} // namespace

// Reads what follows the number: a spaced scale, a currency word, code or sign, "%", "per
// cent", and the cents of "3 dollars 50".
void parseSuffix(QStringView s, Candidate *c) {
    qsizetype j = c->end;
    if (percentAfter(s, c, j))
        return;
    qsizetype e = 0;
    QString w = nextWordAt(s, j, &e);
    if (readSpacedScale(s, c, &j, &w, &e))
        return;
    if (c->currency.isEmpty() && readCurrencySign(s, c, j))
        return;
    if (readPercentWord(s, c, w, e) || !c->currency.isEmpty())
        return;
    if (!readCurrencyWord(s, c, w, e))
        return;
    // "75 USD million": a scale after the code.
    if (c->scale == 1.0) {
        qsizetype e2 = 0;
        const QString after = nextWordAt(s, c->end, &e2);
        if (scaleWords().contains(after) && after.size() > 1) {
            c->scale = scaleWords().value(after);
            c->end = e2;
        }
    }
}

// "3 dollars 50 cents", "15 dollars and 50", "13 dollars forty five", "2 kuai 5 mao": the
// smaller unit after the larger one.
void parseCompound(QStringView s, const Words &words, Candidate *c) {
    if (c->currency.isEmpty() || c->subunit || c->percent || c->scale != 1.0 ||
        c->start < c->numberStart || c->end == 0 || !s.at(c->end - 1).isLetter())
        return; // "$3 and 50 people", "10 € and 20 €": only a currency word or code takes a
                // compound
    int k = wordAtOrAfter(words, c->end);
    if (k >= words.size() || words.at(k).start - c->end > 1)
        return;
    if (words.at(k).lower == QStringLiteral("and"))
        ++k;
    if (k >= words.size())
        return;
    double small = -1;
    int used = 0;
    bool scaled = false;
    if (words.at(k).numeric && !words.at(k).text.contains(u'.') &&
        !words.at(k).text.contains(u',')) {
        small = words.at(k).text.toDouble();
        used = 1;
    } else if ((used = wordNumberAt(s, words, k, &small, &scaled)) == 0 || scaled) {
        return;
    }
    if (small < 0 || small >= 100)
        return;
    const int unitWord = k + used;
    const QString unit = unitWord < words.size() ? words.at(unitWord).lower : QString();
    if (unit == QStringLiteral("cents") || unit == QStringLiteral("cent") ||
        unit == QStringLiteral("pence") || unit == QStringLiteral("fen")) {
        c->number += small / 100.0;
        c->end = words.at(unitWord).end;
    } else if (unit == QStringLiteral("mao") || unit == QStringLiteral("jiao")) {
        c->number += small / 10.0;
        c->end = words.at(unitWord).end;
    } else if (currencyWords().contains(unit) || !currencyCode(unit).isEmpty() ||
               scaleWords().contains(unit) || notCountedThings().contains(unit)) {
        return; // "50 dollar 50 dollar", "three thousand dollars two hundred times"
    } else {
        c->number += small / 100.0;
        c->end = words.at(unitWord - 1).end;
    }
    c->integer = false;
}

// Reads a currency written before the number: "$", "£", "US$", "USD ", "Rmb ", "dollar ".
void parsePrefix(QStringView s, Candidate *c) {
    const qsizetype i = c->start;
    if (i == 0)
        return;
    const QChar p = s.at(i - 1);
    const QString sym = currencySymbol(p);
    if (!sym.isEmpty()) {
        c->currency = sym;
        c->start = i - 1;
        if (p == u'$') {
            qsizetype k = i - 1;
            while (k > 0 && s.at(k - 1).isLetter())
                --k;
            const QString code = s.mid(k, i - 1 - k).toString();
            if (k == 0 || !s.at(k - 1).isLetterOrNumber()) {
                if (dollarPrefixes().contains(code)) {
                    c->currency = dollarPrefixes().value(code);
                    c->start = k;
                } else if (!currencyCode(code).isEmpty()) { // "Usd$15"
                    c->currency = currencyCode(code);
                    c->start = k;
                }
            }
        }
        return;
    }
    if (p.isLetter() && i >= 3 && !currencyCode(s.mid(i - 3, 3)).isEmpty()) { // "USD115.5"
        c->currency = currencyCode(s.mid(i - 3, 3));
        c->start = i - 3;
        return;
    }
    if (!isSpace(p))
        return;
    qsizetype k = i - 1;
    while (k > 0 && s.at(k - 1).isLetter())
        --k;
    if (k > 0 && s.at(k - 1).isLetterOrNumber())
        return;
    const QStringView word = s.mid(k, i - 1 - k);
    const QString lower = word.toString().toLower();
    if (!currencyCode(word).isEmpty() &&
        (word.at(0).isUpper() || word == word.toString().toLower())) {
        c->currency = currencyCode(word); // "USD 5m", "Rmb 10", "usd 20"
        c->start = k;
    } else if ((lower == QStringLiteral("dollar") || lower == QStringLiteral("euro") ||
                lower == QStringLiteral("yuan")) &&
               !(k >= 2 && s.at(k - 2).isDigit())) { // not the "dollar" of "50 dollar 40 rmb"
        c->currency = currencyWords().value(lower);  // "at dollar 22.5 million"
        c->start = k;
    } else if (lower == QStringLiteral("minus")) {
        c->negative = true; // "minus five percent"
        c->start = k;
    } else if (lower == QStringLiteral("of")) {
        // "Percent of 10", "per cent of 210"
        static const QRegularExpression rx(QStringLiteral("\\b(?:per\\s?cent|percent)\\s+of\\s+$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const auto m = rx.match(s.left(i));
        if (m.hasMatch()) {
            c->percent = true;
            c->start = m.capturedStart();
        }
    }
}

// The counted noun phrase after a bare number: "2,000 specialised chips" -> {"specialised chips",
// "chips"}.
std::optional<QString> countedNoun(QStringView s, const Words &words, qsizetype end) {
    if (end >= s.size() || !isSpace(s.at(end)))
        return std::nullopt;
    int k = wordAtOrAfter(words, end);
    QString noun;
    for (int taken = 0; k < words.size() && taken < 3; ++k, ++taken) {
        const SentenceWord &w = words.at(k);
        // Only words separated by single spaces belong to the phrase.
        const qsizetype gapStart = taken == 0 ? end : words.at(k - 1).end;
        if (w.start - gapStart != 1 || !isSpace(s.at(gapStart)))
            break;
        if (!w.alphabetic)
            break;
        if (phraseStops().contains(w.lower))
            break;
        if (taken == 0 && (notCountedThings().contains(w.lower) || monthNames().contains(w.lower)))
            return std::nullopt;
        noun = w.lower;
        if (w.lower.endsWith(u's') || irregularPlurals().contains(w.lower))
            break;
    }
    if (noun.isEmpty())
        return std::nullopt;
    return noun;
}

// German, French and most of Europe write "3,5" for three and a half.
bool writesCommaDecimals(const QString &language) {
    const QSet<QString> &commaLanguages = FigureLexicon::english().commaDecimalLanguages;
    return commaLanguages.contains(language.section(u'-', 0, 0).toLower());
}

// Whether a sentence writes a number in words ("two million", "a quarter", "one-yen"): only
// then are its words read for figures, which is slow.
bool hasNumberWords(const Words &words) {
    return std::any_of(words.cbegin(), words.cend(), [](const SentenceWord &w) {
        return smallNumber(w.lower) >= 0 || isLargeScale(w.lower) ||
               w.lower == QStringLiteral("half") || w.lower == QStringLiteral("quarter") ||
               (w.lower.contains(u'-') && smallNumber(w.lower.section(u'-', 0, 0)) >= 0);
    });
}

// Step 1a: the numbers of a sentence written in digits, with what is attached to them.
void digitCandidates(QStringView s, const Words &words, bool commaDecimals, QList<Candidate> *out) {
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isDigit() || (i > 0 && s.at(i - 1).isDigit()))
            continue;
        Candidate c;
        const bool ok = parseNumber(s, i, &c, commaDecimals);
        i = std::max(i, c.numberEnd - 1);
        if (!ok) {
            while (i + 1 < s.size() && (s.at(i + 1).isLetterOrNumber() || s.at(i + 1) == u'.'))
                ++i; // skip the rest of "DeepSeek-V3", "1.30pm"
            continue;
        }
        parsePrefix(s, &c);
        parseSuffix(s, &c);
        parseCompound(s, words, &c);
        out->append(c);
    }
}

// Step 1b: the numbers written in words, kept only with a currency, a percent or a scale
// ("one of them", "two people" are not figures).
void wordCandidates(QStringView s, const Words &words, QList<Candidate> *out) {
    for (int k = 0; k < words.size(); ++k) {
        const QString &w = words.at(k).lower;
        Candidate c;
        c.start = c.numberStart = words.at(k).start;
        c.integer = false; // never a year
        c.words = true;
        if (w.contains(u'-') && currencyWords().contains(w.section(u'-', 1)) &&
            !w.endsWith(QStringLiteral("pound")) && smallNumber(w.section(u'-', 0, 0)) >= 0) {
            // "a one-yen bid"
            c.end = c.numberEnd = words.at(k).end;
            c.number = smallNumber(w.section(u'-', 0, 0));
            c.currency = currencyWords().value(w.section(u'-', 1));
            out->append(c);
            continue;
        }
        double value = 0;
        const int n = wordNumberAt(s, words, k, &value, &c.wordScale);
        if (n == 0)
            continue;
        c.end = c.numberEnd = words.at(k + n - 1).end;
        c.number = value;
        parsePrefix(s, &c);
        parseSuffix(s, &c);
        parseCompound(s, words, &c);
        k += n - 1;
        if (c.currency.isEmpty() && !c.percent && !c.wordScale)
            continue; // "one of them", "two people": not a figure
        out->append(c);
    }
}

// Step 1: every number of the sentence that is written like a figure, in digits or in
// words, in order of position.
QList<Candidate> candidatesIn(QStringView s, const Words &words, bool numberWords,
                              bool commaDecimals) {
    QList<Candidate> candidates;
    digitCandidates(s, words, commaDecimals, &candidates);
    if (numberWords)
        wordCandidates(s, words, &candidates);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.start < y.start; });
    // A number read as part of the one before ("50 cents" of "3 dollars 50 cents") is no
    // figure of its own.
    for (qsizetype ci = 1; ci < candidates.size();) {
        if (candidates.at(ci).start < candidates.at(ci - 1).end)
            candidates.removeAt(ci);
        else
            ++ci;
    }
    return candidates;
}

} // namespace Parallax::FigureSteps
