// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <libstemmer.h>

#include <algorithm>
#include <cmath>

namespace Parallax {

namespace {

// Snowball's algorithm names for the languages it knows, by ISO 639-1 code.
const char *stemmerFor(const QString &language) {
    static const QHash<QString, const char *> names{
        {QStringLiteral("en"), "english"},   {QStringLiteral("de"), "german"},
        {QStringLiteral("fr"), "french"},    {QStringLiteral("es"), "spanish"},
        {QStringLiteral("it"), "italian"},   {QStringLiteral("pt"), "portuguese"},
        {QStringLiteral("nl"), "dutch"},     {QStringLiteral("sv"), "swedish"},
        {QStringLiteral("da"), "danish"},    {QStringLiteral("no"), "norwegian"},
        {QStringLiteral("fi"), "finnish"},   {QStringLiteral("ru"), "russian"},
        {QStringLiteral("hu"), "hungarian"}, {QStringLiteral("ro"), "romanian"},
        {QStringLiteral("tr"), "turkish"}};
    const QString code = language.left(2).toLower();
    return names.value(code, "english");
}

// English function words: kept as keys (they matter for "verbatim") but weigh little.
const QSet<QString> &englishStopWords() {
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"a",       "about", "above",    "after",     "again",     "against", "all",
              "also",    "am",    "an",       "and",       "any",       "are",     "as",
              "at",      "be",    "because",  "been",      "before",    "being",   "below",
              "between", "both",  "but",      "by",        "can",       "could",   "did",
              "do",      "does",  "doing",    "down",      "during",    "each",    "few",
              "for",     "from",  "further",  "had",       "has",       "have",    "having",
              "he",      "her",   "here",     "hers",      "herself",   "him",     "himself",
              "his",     "how",   "i",        "if",        "in",        "into",    "is",
              "it",      "its",   "itself",   "just",      "may",       "me",      "might",
              "more",    "most",  "must",     "my",        "myself",    "no",      "nor",
              "not",     "now",   "of",       "off",       "on",        "once",    "only",
              "or",      "other", "our",      "ours",      "ourselves", "out",     "over",
              "own",     "same",  "she",      "should",    "so",        "some",    "such",
              "than",    "that",  "the",      "their",     "theirs",    "them",    "themselves",
              "then",    "there", "these",    "they",      "this",      "those",   "through",
              "to",      "too",   "under",    "until",     "up",        "very",    "was",
              "we",      "were",  "what",     "when",      "where",     "which",   "while",
              "who",     "whom",  "why",      "will",      "with",      "would",   "you",
              "your",    "yours", "yourself", "us",        "'s",        "s",       "t",
              "said",    "says",  "say",      "according", "while",     "however", "which",
              "its"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

enum class RawKind { Word, Number, Symbol };

struct Raw {
    QString text; // folded
    TextRange range;
    RawKind kind;
    bool capitalised = false;
    bool allCaps = false;
};

bool isApostrophe(QChar c) {
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isCurrencySymbol(QChar c) {
    return c == QLatin1Char('$') || c == QChar(0x00A3) || c == QChar(0x20AC) ||
           c == QChar(0x00A5) || c == QChar(0x20B9);
}

QString currencyOfSymbol(QChar c) {
    switch (c.unicode()) {
    case '$':
        return QStringLiteral("$");
    case 0x00A3:
        return QStringLiteral("£");
    case 0x20AC:
        return QStringLiteral("€");
    case 0x00A5:
        return QStringLiteral("¥");
    case 0x20B9:
        return QStringLiteral("₹");
    default:
        return {};
    }
}

// A word as a key: NFKC-normalised, case-folded, apostrophes as "'", no dots ("U.S." -> "us").
// Most words of English news are ASCII, for which normalising changes nothing and folding
// is lower-casing: that path skips both (the tokenizer's largest cost otherwise).
QString foldWord(QStringView word) {
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar x) { return x.unicode() < 0x80; });
    QString folded = ascii
                         ? word.toString().toLower()
                         : word.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (QChar &x : folded) {
        if (isApostrophe(x))
            x = QLatin1Char('\'');
    }
    folded.remove(QLatin1Char('.'));
    return folded;
}

// "NASA", "U.S.": more than one character, none of them changed by upper-casing.
bool isAllCaps(QStringView word) {
    if (word.size() < 2)
        return false;
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar x) { return x.unicode() < 0x80; });
    if (!ascii) // full case mapping ("ß" upper-cases to "SS")
        return word.toString() == word.toString().toUpper();
    return std::none_of(word.begin(), word.end(), [](QChar x) { return x >= u'a' && x <= u'z'; });
}

// Cuts text into words, numbers (with their decimal and thousands marks, and a glued
// suffix such as "bn" or "%"), and the symbols that matter for figures ($, £, %, ...).
QList<Raw> scan(const QString &body, TextRange range) {
    QList<Raw> out;
    const qsizetype end = range.end();
    qsizetype i = range.start;
    while (i < end) {
        const QChar c = body.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < end) {
                const QChar x = body.at(j);
                if (x.isDigit()) {
                    ++j;
                } else if ((x == QLatin1Char('.') || x == QLatin1Char(',')) && j + 1 < end &&
                           body.at(j + 1).isDigit()) {
                    j += 1;
                } else {
                    break;
                }
            }
            // A glued suffix: "600bn", "3.5tn", "50m", "1980s" (the last is not a scale).
            qsizetype k = j;
            while (k < end && body.at(k).isLetter())
                ++k;
            out.append({body.mid(i, k - i).toCaseFolded(), {i, k - i}, RawKind::Number});
            i = k;
            continue;
        }
        if (c.isLetter() || c.isMark()) {
            qsizetype j = i;
            while (j < end) {
                const QChar x = body.at(j);
                if (x.isLetterOrNumber() || x.isMark()) {
                    ++j;
                } else if (isApostrophe(x) && j + 1 < end && body.at(j + 1).isLetter()) {
                    ++j;
                } else if (x == QLatin1Char('.') && j + 1 < end && body.at(j + 1).isLetter() &&
                           j + 2 <= end && (j + 2 == end || body.at(j + 2) == QLatin1Char('.'))) {
                    ++j; // initialisms: U.S., U.K.
                } else {
                    break;
                }
            }
            // A trailing dot of an initialism belongs to it ("U.S.").
            if (j < end && body.at(j) == QLatin1Char('.') && j - i >= 3 &&
                body.at(j - 2) == QLatin1Char('.'))
                ++j;
            const QStringView original = QStringView(body).mid(i, j - i);
            out.append(
                {foldWord(original), {i, j - i}, RawKind::Word, c.isUpper(), isAllCaps(original)});
            i = j;
            continue;
        }
        if (isCurrencySymbol(c) || c == QLatin1Char('%')) {
            out.append({QString(c), {i, 1}, RawKind::Symbol});
        }
        ++i;
    }
    return out;
}

double scaleOf(const QString &word) {
    static const QHash<QString, double> scales{
        {QStringLiteral("k"), 1e3},         {QStringLiteral("thousand"), 1e3},
        {QStringLiteral("m"), 1e6},         {QStringLiteral("mn"), 1e6},
        {QStringLiteral("million"), 1e6},   {QStringLiteral("millions"), 1e6},
        {QStringLiteral("bn"), 1e9},        {QStringLiteral("b"), 1e9},
        {QStringLiteral("billion"), 1e9},   {QStringLiteral("billions"), 1e9},
        {QStringLiteral("tn"), 1e12},       {QStringLiteral("trillion"), 1e12},
        {QStringLiteral("trillions"), 1e12}};
    return scales.value(word, 0.0);
}

QString currencyOfWord(const QString &word) {
    static const QHash<QString, QString> words{{QStringLiteral("dollar"), QStringLiteral("$")},
                                               {QStringLiteral("dollars"), QStringLiteral("$")},
                                               {QStringLiteral("usd"), QStringLiteral("$")},
                                               {QStringLiteral("pound"), QStringLiteral("£")},
                                               {QStringLiteral("pounds"), QStringLiteral("£")},
                                               {QStringLiteral("sterling"), QStringLiteral("£")},
                                               {QStringLiteral("gbp"), QStringLiteral("£")},
                                               {QStringLiteral("euro"), QStringLiteral("€")},
                                               {QStringLiteral("euros"), QStringLiteral("€")},
                                               {QStringLiteral("eur"), QStringLiteral("€")},
                                               {QStringLiteral("yuan"), QStringLiteral("¥")},
                                               {QStringLiteral("renminbi"), QStringLiteral("¥")},
                                               {QStringLiteral("cny"), QStringLiteral("¥")},
                                               {QStringLiteral("yen"), QStringLiteral("¥")},
                                               {QStringLiteral("rupees"), QStringLiteral("₹")}};
    return words.value(word);
}

// The month a capitalised word names, 1 to 12 ("September", "Sept", "Sep"), or 0.
int monthOf(const Raw &r) {
    static const QHash<QString, int> months{
        {QStringLiteral("january"), 1},   {QStringLiteral("february"), 2},
        {QStringLiteral("march"), 3},     {QStringLiteral("april"), 4},
        {QStringLiteral("may"), 5},       {QStringLiteral("june"), 6},
        {QStringLiteral("july"), 7},      {QStringLiteral("august"), 8},
        {QStringLiteral("september"), 9}, {QStringLiteral("october"), 10},
        {QStringLiteral("november"), 11}, {QStringLiteral("december"), 12},
        {QStringLiteral("jan"), 1},       {QStringLiteral("feb"), 2},
        {QStringLiteral("mar"), 3},       {QStringLiteral("apr"), 4},
        {QStringLiteral("jun"), 6},       {QStringLiteral("jul"), 7},
        {QStringLiteral("aug"), 8},       {QStringLiteral("sep"), 9},
        {QStringLiteral("sept"), 9},      {QStringLiteral("oct"), 10},
        {QStringLiteral("nov"), 11},      {QStringLiteral("dec"), 12}};
    return r.kind == RawKind::Word && r.capitalised ? months.value(r.text, 0) : 0;
}

bool isMonth(const Raw &r) {
    return monthOf(r) > 0;
}

// A whole number from `least` to `most`, written with digits only.
int plainNumber(const Raw &r, int least, int most) {
    if (r.kind != RawKind::Number || r.text.size() > 2 ||
        !std::all_of(r.text.begin(), r.text.end(), [](QChar c) { return c.isDigit(); }))
        return 0;
    const int value = r.text.toInt();
    return value >= least && value <= most ? value : 0;
}

// A day of a month written as "Sept. 11", "11 September" or "9/11": one key for all three
// ("@9-11"), so that outlets that write a date differently share it. Appends the token and
// returns the index of the last raw token it takes, or -1 when raw[i] starts no such date.
qsizetype appendDate(const QString &body, const QList<Raw> &raw, qsizetype i, QList<Token> &out) {
    if (i + 1 >= raw.size())
        return -1;
    const Raw &a = raw.at(i), &b = raw.at(i + 1);
    const int monthA = monthOf(a), monthB = monthOf(b);
    const int dayA = plainNumber(a, 1, 31), dayB = plainNumber(b, 1, 31);
    int month = 0, day = 0;
    if (monthA && dayB) {
        month = monthA, day = dayB;
    } else if (dayA && monthB) {
        month = monthB, day = dayA;
    } else if (dayA && dayA <= 12 && dayB && b.range.start == a.range.end() + 1 &&
               body.at(a.range.end()) == u'/' &&
               !(a.range.start > 0 && body.at(a.range.start - 1) == u'/') &&
               !(b.range.end() < body.size() && body.at(b.range.end()) == u'/')) {
        // "9/11"; not "1/2/2003", which a British reader takes for 1 February.
        month = dayA, day = dayB;
    } else {
        return -1;
    }
    const qsizetype start = a.range.start;
    out.append({QStringLiteral("@%1-%2").arg(month).arg(day),
                {start, b.range.end() - start},
                Token::Kind::Number,
                {}});
    return i + 1;
}

// A plain number that is part of a written date: a day of the month or a year beside a
// month's name ("January 3", "3 Jan", "January 2025", "January 3, 2025"). It is no figure:
// the alignment's basis must not call "3" a changed "700,000".
bool isDatePart(const QList<Raw> &raw, qsizetype i) {
    const Raw &r = raw.at(i);
    if (r.kind != RawKind::Number ||
        !std::all_of(r.text.begin(), r.text.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    const int value = r.text.toInt();
    const bool day = r.text.size() <= 2 && value >= 1 && value <= 31;
    const bool year = r.text.size() == 4 && value >= 1000;
    const bool afterMonth = i > 0 && isMonth(raw.at(i - 1));
    const bool beforeMonth = i + 1 < raw.size() && isMonth(raw.at(i + 1));
    // "January 3, 2025": the year after a day that follows a month.
    const bool afterDay = i > 1 && raw.at(i - 1).kind == RawKind::Number &&
                          raw.at(i - 1).text.size() <= 2 && isMonth(raw.at(i - 2));
    return (day && (afterMonth || beforeMonth)) || (year && (afterMonth || afterDay));
}

QString canonicalNumber(double value, const QString &unit) {
    return QLatin1Char('#') + QString::number(value, 'g', 12) + unit;
}

// The English paraphrase lexicon (resources/lexicon/en-synonyms.txt): stem -> group key,
// and phrases of two or three words -> group key. Loaded once; read-only afterwards.
struct Lexicon {
    QHash<QString, QString> words;
    QHash<QString, QString> phrases;
};

QString stemWith(sb_stemmer *stemmer, const QString &word) {
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *s =
        stemmer ? sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                  int(utf8.size()))
                : nullptr;
    return s ? QString::fromUtf8(reinterpret_cast<const char *>(s), sb_stemmer_length(stemmer))
             : word;
}

const Lexicon &englishLexicon() {
    static const Lexicon lexicon = [] {
        Lexicon lx;
        QFile file(QStringLiteral(":/lexicon/en-synonyms.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return lx;
        sb_stemmer *stemmer = sb_stemmer_new("english", "UTF_8");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            const QStringList entries = line.split(QLatin1Char(','));
            const QString key = QLatin1Char('~') + entries.first().trimmed();
            for (const QString &entry : entries) {
                const QString e = entry.trimmed().toCaseFolded();
                if (e.isEmpty())
                    continue;
                if (e.contains(QLatin1Char(' '))) {
                    if (!lx.phrases.contains(e))
                        lx.phrases.insert(e, key);
                    continue;
                }
                // A word listed in two groups stays in the first.
                const QString stem = stemWith(stemmer, e);
                if (!lx.words.contains(stem))
                    lx.words.insert(stem, key);
            }
        }
        sb_stemmer_delete(stemmer);
        return lx;
    }();
    return lexicon;
}

// A percent sign or word after raw[*i] ("%", "percent", "per cent"): the unit becomes "%"
// and *i and *last move past it.
void readPercentAfter(const QList<Raw> &raw, qsizetype *i, qsizetype *last, QString *unit) {
    if (*i + 1 < raw.size() && raw.at(*i + 1).kind == RawKind::Symbol &&
        raw.at(*i + 1).text == QLatin1String("%")) {
        *unit = QStringLiteral("%");
        *last = ++*i;
    } else if (*i + 1 < raw.size() && raw.at(*i + 1).text == QLatin1String("percent")) {
        *unit = QStringLiteral("%");
        *last = ++*i;
    } else if (*i + 2 < raw.size() && raw.at(*i + 1).text == QLatin1String("per") &&
               raw.at(*i + 2).text == QLatin1String("cent")) {
        *unit = QStringLiteral("%");
        *i += 2;
        *last = *i;
    }
}

// The figure that starts at raw[i], a number, appended to out as one Number token:
// [currency] NUMBER[suffix] [scale] [currency word] [% | per cent | percent]. Returns the
// index of the last raw token it takes.
qsizetype appendFigure(const QList<Raw> &raw, qsizetype i, QList<Token> &out) {
    const Raw &r = raw.at(i);
    qsizetype first = i, last = i;
    QString unit;
    if (i > 0 && raw.at(i - 1).kind == RawKind::Symbol &&
        raw.at(i - 1).text != QLatin1String("%") && raw.at(i - 1).range.end() == r.range.start &&
        !out.isEmpty() && out.constLast().range == raw.at(i - 1).range) {
        unit = currencyOfSymbol(raw.at(i - 1).text.at(0));
        out.removeLast(); // the symbol is part of this figure
        first = i - 1;
    }
    qsizetype digitsEnd = 0;
    while (digitsEnd < r.text.size() &&
           (r.text.at(digitsEnd).isDigit() || r.text.at(digitsEnd) == QLatin1Char('.') ||
            r.text.at(digitsEnd) == QLatin1Char(',')))
        ++digitsEnd;
    QString digits = r.text.left(digitsEnd);
    const QString suffix = r.text.mid(digitsEnd);
    // "1,234" is a thousands mark; "0,46" (continental decimal) is rare in English news.
    digits.remove(QLatin1Char(','));
    bool ok = false;
    double value = digits.toDouble(&ok);
    if (!ok) {
        out.append({r.text, r.range, Token::Kind::Number, {}});
        return i;
    }
    double scale = suffix.isEmpty() ? 0.0 : scaleOf(suffix);
    if (!suffix.isEmpty() && scale == 0.0) {
        // "1980s", "5g", "h800"-like: keep as one opaque key.
        out.append({r.text, r.range, Token::Kind::Number, {}});
        return i;
    }
    if (scale == 0.0) {
        // A scale word after the number: "600 billion", "4.2 million".
        const double next = i + 1 < raw.size() && raw.at(i + 1).kind == RawKind::Word &&
                                    raw.at(i + 1).text.size() > 1
                                ? scaleOf(raw.at(i + 1).text)
                                : 0.0;
        if (next > 0.0) {
            scale = next;
            last = ++i;
        } else {
            scale = 1.0;
        }
    }
    value *= scale;
    if (i + 1 < raw.size() && raw.at(i + 1).kind == RawKind::Word) {
        const QString cur = currencyOfWord(raw.at(i + 1).text);
        if (!cur.isEmpty()) {
            if (unit.isEmpty())
                unit = cur;
            last = ++i;
        }
    }
    readPercentAfter(raw, &i, &last, &unit);
    const qsizetype start = raw.at(first).range.start;
    out.append({canonicalNumber(value, unit),
                {start, raw.at(last).range.end() - start},
                Token::Kind::Number,
                {}});
    return i;
}

} // namespace

struct Tokenizer::Private {
    sb_stemmer *stemmer = nullptr;
    bool english = true;
    bool joinDates = true;
    const Lexicon *lexicon = nullptr;
    mutable QHash<QString, QString> stems; // a sentence repeats its words; stemming is not free

    // The key of a word: its stem, or the lexicon group the stem belongs to; remembered.
    QString stemOf(const Raw &r) const {
        QString stem = stems.value(r.text);
        if (stem.isNull()) {
            QString word = r.text;
            if (word.endsWith(QLatin1String("'s")))
                word.chop(2);
            stem = stemWith(stemmer, word);
            if (lexicon && !(word == QLatin1String("us") && !r.allCaps))
                stem = lexicon->words.value(stem, stem);
            stems.insert(r.text, stem);
        }
        return stem;
    }
};

Tokenizer::Tokenizer(const QString &language, Dates dates)
    : d(new Private) {
    d->joinDates = dates == Dates::Joined;
    const char *algorithm = stemmerFor(language);
    d->english = qstrcmp(algorithm, "english") == 0;
    d->stemmer = sb_stemmer_new(algorithm, "UTF_8");
    if (d->english)
        d->lexicon = &englishLexicon();
}

Tokenizer::~Tokenizer() {
    if (d->stemmer)
        sb_stemmer_delete(d->stemmer);
    delete d;
}

bool Tokenizer::isStopWord(const QString &folded) const {
    return d->english && englishStopWords().contains(folded);
}

QList<Token> Tokenizer::tokenize(const QString &body, TextRange range) const {
    const QList<Raw> raw = scan(body, range);
    QList<Token> out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const Raw &r = raw.at(i);
        if (d->joinDates && !(i > 0 && raw.at(i - 1).kind == RawKind::Symbol)) {
            if (const qsizetype last = appendDate(body, raw, i, out); last >= 0) {
                i = last;
                continue;
            }
        }
        if (isDatePart(raw, i) && !(i > 0 && raw.at(i - 1).kind == RawKind::Symbol)) {
            out.append({r.text, r.range, Token::Kind::Number, {}});
            continue;
        }
        if (r.kind == RawKind::Number) {
            i = appendFigure(raw, i, out);
            continue;
        }
        if (r.kind == RawKind::Symbol) {
            // Kept for a moment: a following number takes a currency symbol into its key.
            if (r.text != QLatin1String("%"))
                out.append({r.text, r.range, Token::Kind::StopWord, {}});
            continue;
        }
        // Phrases of the lexicon ("united states", "artificial intelligence") are one key.
        if (d->lexicon && i + 1 < raw.size() && raw.at(i + 1).kind == RawKind::Word) {
            const QString two = r.text + QLatin1Char(' ') + raw.at(i + 1).text;
            const QString key = d->lexicon->phrases.value(two);
            if (!key.isEmpty()) {
                const qsizetype start = r.range.start;
                out.append(
                    {key, {start, raw.at(i + 1).range.end() - start}, Token::Kind::Name, two});
                ++i;
                continue;
            }
        }
        // "US" the country, not "us" the pronoun.
        if (isStopWord(r.text) && !(r.allCaps && r.text == QLatin1String("us"))) {
            out.append({r.text, r.range, Token::Kind::StopWord, {}});
            continue;
        }
        const QString stem = d->stemOf(r);
        // A capitalised word inside a sentence is most likely a name; names weigh more.
        const bool name = r.capitalised && i > 0;
        Token token{stem, r.range, name ? Token::Kind::Name : Token::Kind::Word, {}};
        if (stem.startsWith(QLatin1Char('~')))
            token.form = r.text;
        out.append(std::move(token));
    }
    return out;
}

} // namespace Parallax
