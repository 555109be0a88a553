// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segmenter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

namespace Parallax {

namespace {

QSet<QString> setOf(std::initializer_list<const char *> words) {
    QSet<QString> s;
    for (const char *w : words)
        s.insert(QString::fromLatin1(w));
    return s;
}

// Abbreviations after which a full stop almost never ends a news sentence: titles and
// ranks before a name, and the like.
const QSet<QString> &abbreviations() {
    static const QSet<QString> set =
        setOf({"mr", "mrs", "ms", "dr", "prof", "st", "sen", "sens", "rep", "reps", "gov", "gen",
               "col", "lt", "lieut", "sgt", "capt", "cmdr", "adm", "brig", "maj", "cpl", "pfc",
               "pvt", "rev", "hon", "pres", "supt", "det", "no", "vs", "v", "e.g", "i.e", "approx",
               "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
               "fig", "est", "dept", "univ", "mt", "ft",
               // German and French amounts: "4,2 Mio. Euro", "3 Mrd. Euro"
               "mio", "mrd", "mds", "tsd"});
    return set;
}

// Abbreviations that stand at the end of a name or a time and so may end a sentence too:
// company suffixes, "Jr.", US states and Canadian provinces, "a.m.". After them a full stop
// ends the sentence only when a word that opens sentences follows ("… Co. In fact, …").
const QSet<QString> &closingAbbreviations() {
    static const QSet<QString> set =
        setOf({"co",   "inc", "ltd",  "corp", "llc", "plc",   "bros", "jr",   "sr",   "etc",
               "a.m",  "p.m", "ala",  "ariz", "ark", "calif", "colo", "conn", "del",  "fla",
               "ga",   "ill", "ind",  "kan",  "ky",  "la",    "md",   "mass", "mich", "minn",
               "miss", "mo",  "mont", "neb",  "nev", "okla",  "ore",  "pa",   "tenn", "tex",
               "va",   "vt",  "wash", "wis",  "wyo", "alta",  "sask", "ont",  "que"});
    return set;
}

// Words that open sentences in news prose, lower case: after a closing abbreviation a
// capitalised one of these starts a new sentence, any other capitalised word (a name, a
// time zone, a weekday) continues the current one.
const QSet<QString> &sentenceOpeners() {
    static const QSet<QString> set = setOf(
        {"a",         "an",    "the",    "in",       "it",        "its",     "but",   "and",
         "he",        "she",   "they",   "we",       "i",         "this",    "that",  "these",
         "those",     "there", "his",    "her",      "their",     "our",     "as",    "at",
         "on",        "for",   "after",  "before",   "when",      "while",   "if",    "however",
         "meanwhile", "also",  "so",     "yet",      "some",      "many",    "most",  "one",
         "both",      "all",   "such",   "what",     "who",       "shares",  "last",  "earlier",
         "later",     "since", "by",     "with",     "under",     "until",   "to",    "from",
         "of",        "other", "others", "analysts", "officials", "instead", "still", "then",
         "now",       "no",    "not",    "each",     "more",      "less",    "only"});
    return set;
}

bool isWhitespace(QChar c) {
    return c.isSpace();
}

// The word that ends just before position `end` (exclusive), without its final dot.
QString wordBefore(const QString &text, qsizetype end) {
    qsizetype i = end;
    while (i > 0 && isWhitespace(text.at(i - 1)))
        --i;
    if (i == 0 || text.at(i - 1) != QLatin1Char('.'))
        return {};
    const qsizetype dot = i - 1;
    qsizetype start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    return text.mid(start, dot - start);
}

// The letters of the word that starts at or after `pos` (after spaces); empty when the
// next character is no letter (a quote, a figure, a bracket).
QString wordAfter(const QString &text, qsizetype pos) {
    while (pos < text.size() && isWhitespace(text.at(pos)))
        ++pos;
    qsizetype end = pos;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    return text.mid(pos, end - pos);
}

// The last character before `pos` that is not a space.
QChar lastBefore(const QString &text, qsizetype pos) {
    while (pos > 0 && isWhitespace(text.at(pos - 1)))
        --pos;
    return pos > 0 ? text.at(pos - 1) : QChar();
}

// True when a break found by the Unicode rules at `pos` follows an abbreviation and must go.
bool isFalseBreak(const QString &text, qsizetype pos) {
    // A sentence never ends in a comma: "Sr., the", "Conn., and", "Tokyo Electric Power Co.,
    // Asia's".
    const QChar last = lastBefore(text, pos);
    if (last == QLatin1Char(',') || last == QLatin1Char(';'))
        return true;
    const QString word = wordBefore(text, pos);
    if (word.isEmpty())
        return false;
    const QString lower = word.toLower();
    if (closingAbbreviations().contains(lower)) {
        const QString next = wordAfter(text, pos);
        return !next.isEmpty() &&
               !(next.at(0).isUpper() && sentenceOpeners().contains(next.toLower()));
    }
    if (abbreviations().contains(lower))
        return true;
    // Initialisms such as U.S., U.K. or E.U.: single letters joined by dots.
    if (word.contains(QLatin1Char('.'))) {
        const QStringList parts = word.split(QLatin1Char('.'));
        bool allSingle = true;
        for (const QString &p : parts)
            allSingle = allSingle && p.size() == 1 && p.at(0).isUpper();
        if (allSingle)
            return true;
    }
    // A single capital with a dot is a middle initial ("Donald J. Trump").
    return word.size() == 1 && word.at(0).isUpper();
}

// True when a break at `pos` falls inside a quotation that goes on after it and ends in an
// attribution: in "“It works. We win,” he said." the quote and its speaker are one sentence.
bool insideAttributedQuote(const QString &text, qsizetype sentenceStart, qsizetype pos) {
    int open = 0;
    for (qsizetype i = sentenceStart; i < pos; ++i) {
        if (text.at(i) == QChar(0x201C))
            ++open;
        else if (text.at(i) == QChar(0x201D))
            open = qMax(0, open - 1);
    }
    if (open == 0)
        return false;
    const qsizetype close = text.indexOf(QChar(0x201D), pos);
    if (close < 0)
        return false;
    if (text.at(close - 1) == QLatin1Char(','))
        return true;
    qsizetype after = close + 1;
    while (after < text.size() && text.at(after).isSpace())
        ++after;
    return after < text.size() && text.at(after).isLower();
}

// A sentence does not start with a lower-case letter: a break before one is a false break
// (Qt's rules break after "U.S.," for instance).
bool nextStartsLower(const QString &text, qsizetype pos) {
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos < text.size() && text.at(pos).isLower();
}

bool endsSentence(QChar c) {
    static const QString terminal = QStringLiteral(".!?:\"'\u201D\u2019)");
    return terminal.contains(c);
}

struct Line {
    qsizetype start;
    qsizetype end; // exclusive, trailing spaces trimmed
};

void trimRange(const QString &text, qsizetype &start, qsizetype &end) {
    while (start < end && isWhitespace(text.at(start)))
        ++start;
    while (end > start && isWhitespace(text.at(end - 1)))
        --end;
}

// A paragraph that reads as a section heading: one line of a few words that opens with a
// capital or a figure and does not end like a sentence ("Founder and Background", "The Road
// Ahead"), or a short question standing alone ("What is DeepSeek?"). List items, quotes and
// lines ending in a full stop, colon or comma are prose.
bool readsAsHeading(const QString &body, const TextRange &para) {
    constexpr int kMostWords = 14;
    constexpr int kMostQuestionWords = 8;
    const QStringView text = QStringView(body).mid(para.start, para.length);
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) ||
        !(text.front().isUpper() || text.front().isDigit()))
        return false;
    int words = 1;
    bool letters = false;
    for (const QChar c : text) {
        words += c == QLatin1Char(' ') ? 1 : 0;
        letters = letters || c.isLetter();
    }
    const QChar last = text.back();
    if (!letters || words > kMostWords)
        return false;
    if (last == QLatin1Char('?'))
        return words <= kMostQuestionWords;
    return last.isLetterOrNumber() || last == QLatin1Char(')');
}

// The paragraphs of a body: a blank line always ends one; a single line break ends one
// unless it looks like a hard wrap inside a sentence.
QList<TextRange> paragraphsOf(const QString &body) {
    QList<Line> lines;
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype nl = body.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = body.size();
        qsizetype s = pos, e = nl;
        trimRange(body, s, e);
        lines.append({s, e});
        pos = nl + 1;
    }

    QList<TextRange> paragraphs;
    qsizetype paraStart = -1, paraEnd = -1;
    auto closeParagraph = [&] {
        if (paraStart >= 0)
            paragraphs.append({paraStart, paraEnd - paraStart});
        paraStart = paraEnd = -1;
    };
    for (const Line &line : std::as_const(lines)) {
        if (line.start == line.end) {
            closeParagraph();
            continue;
        }
        if (paraStart >= 0) {
            const QChar last = body.at(paraEnd - 1);
            const QChar first = body.at(line.start);
            const bool wrapped = !endsSentence(last) && first.isLower();
            if (!wrapped)
                closeParagraph();
        }
        if (paraStart < 0)
            paraStart = line.start;
        paraEnd = line.end;
    }
    closeParagraph();
    return paragraphs;
}

// Where a paragraph's text may break into sentences, in order and each once: Unicode's
// rules, plus breaks they miss: a sentence that starts with a figure or an opening quote
// ("… fell. 17% of …", "… said. “we …").
QList<qsizetype> candidateBreaks(const QString &text) {
    QList<qsizetype> boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    while (finder.toNextBoundary() >= 0 && finder.position() < text.size())
        boundaries.append(finder.position());
    static const QRegularExpression extra(
        QStringLiteral("[.!?][\"'\\x{201D}\\x{2019})]*\\s+(?=[\\d\\x{201C}\\x{2018}\"(])"));
    for (auto it = extra.globalMatch(text); it.hasNext();)
        boundaries.append(it.next().capturedEnd());
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    return boundaries;
}

// The sentences of paragraph p (not a heading), appended to sentences.
void appendSentences(const QString &body, const TextRange &para, int p,
                     QList<Sentence> &sentences) {
    QString text = body.mid(para.start, para.length);
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // same length: positions hold
    const QList<qsizetype> boundaries = candidateBreaks(text);

    qsizetype sentenceStart = 0;
    auto addSentence = [&](qsizetype end) {
        qsizetype s = sentenceStart, e = end;
        trimRange(text, s, e);
        if (e > s)
            sentences.append({{para.start + s, e - s}, p, false});
        sentenceStart = end;
    };
    for (const qsizetype boundary : boundaries) {
        if (boundary <= sentenceStart)
            continue;
        if (isFalseBreak(text, boundary) || nextStartsLower(text, boundary) ||
            insideAttributedQuote(text, sentenceStart, boundary))
            continue;
        addSentence(boundary);
    }
    addSentence(text.size());
}

} // namespace

Segmentation Segmenter::segment(const QString &body) {
    Segmentation result;
    // 1. Lines, then paragraphs.
    result.paragraphs = paragraphsOf(body);
    // 2. Sentences inside each paragraph; a heading is one sentence of its own. The last
    //    paragraph heads nothing.
    for (int p = 0; p < result.paragraphs.size(); ++p) {
        const TextRange para = result.paragraphs.at(p);
        if (p + 1 < result.paragraphs.size() && readsAsHeading(body, para)) {
            result.sentences.append({para, p, true});
            continue;
        }
        appendSentences(body, para, p, result.sentences);
    }
    return result;
}

} // namespace Parallax
