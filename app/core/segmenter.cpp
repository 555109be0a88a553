// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segmenter.h"

#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

namespace Parallax {

namespace {

// Abbreviations after which a full stop almost never ends a news sentence.
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *a : {"mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen",
                              "col", "lt", "sgt", "capt", "cmdr", "rev", "hon", "jr", "sr", "no",
                              "vs", "v", "etc", "inc", "ltd", "corp", "co", "e.g", "i.e", "approx",
                              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                              "oct", "nov", "dec", "fig", "est", "dept", "univ",
                              // German and French amounts: "4,2 Mio. Euro", "3 Mrd. Euro"
                              "mio", "mrd", "md", "mds", "tsd"})
            s.insert(QString::fromLatin1(a));
        return s;
    }();
    return set;
}

bool isWhitespace(QChar c)
{
    return c.isSpace();
}

// The word that ends just before position `end` (exclusive), without its final dot.
QString wordBefore(const QString &text, qsizetype end)
{
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

// True when a break found by the Unicode rules at `pos` follows an abbreviation and must go.
bool isFalseBreak(const QString &text, qsizetype pos)
{
    const QString word = wordBefore(text, pos);
    if (word.isEmpty())
        return false;
    if (abbreviations().contains(word.toLower()))
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
bool insideAttributedQuote(const QString &text, qsizetype sentenceStart, qsizetype pos)
{
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
bool nextStartsLower(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    return pos < text.size() && text.at(pos).isLower();
}

bool endsSentence(QChar c)
{
    static const QString terminal = QStringLiteral(".!?:\"'\u201D\u2019)");
    return terminal.contains(c);
}

struct Line
{
    qsizetype start;
    qsizetype end; // exclusive, trailing spaces trimmed
};

void trimRange(const QString &text, qsizetype &start, qsizetype &end)
{
    while (start < end && isWhitespace(text.at(start)))
        ++start;
    while (end > start && isWhitespace(text.at(end - 1)))
        --end;
}

} // namespace

Segmentation Segmenter::segment(const QString &body)
{
    Segmentation result;

    // 1. Lines, then paragraphs: a blank line always ends one; a single line break ends one
    //    unless it looks like a hard wrap inside a sentence.
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

    qsizetype paraStart = -1, paraEnd = -1;
    auto closeParagraph = [&] {
        if (paraStart >= 0)
            result.paragraphs.append({paraStart, paraEnd - paraStart});
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

    // 2. Sentences inside each paragraph.
    for (int p = 0; p < result.paragraphs.size(); ++p) {
        const TextRange para = result.paragraphs.at(p);
        QString text = body.mid(para.start, para.length);
        text.replace(QLatin1Char('\n'), QLatin1Char(' ')); // same length: positions hold
        // Unicode's rules, plus breaks they miss: a sentence that starts with a figure or an
        // opening quote ("… fell. 17% of …", "… said. “we …").
        QList<qsizetype> boundaries;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
        while (finder.toNextBoundary() >= 0 && finder.position() < text.size())
            boundaries.append(finder.position());
        static const QRegularExpression extra(QStringLiteral(
            "[.!?][\"'\\x{201D}\\x{2019})]*\\s+(?=[\\d\\x{201C}\\x{2018}\"(])"));
        for (auto it = extra.globalMatch(text); it.hasNext();)
            boundaries.append(it.next().capturedEnd());
        std::sort(boundaries.begin(), boundaries.end());
        boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

        qsizetype sentenceStart = 0;
        auto addSentence = [&](qsizetype end) {
            qsizetype s = sentenceStart, e = end;
            trimRange(text, s, e);
            if (e > s)
                result.sentences.append({{para.start + s, e - s}, p});
            sentenceStart = end;
        };
        for (const qsizetype boundary : std::as_const(boundaries)) {
            if (boundary <= sentenceStart)
                continue;
            if (isFalseBreak(text, boundary) || nextStartsLower(text, boundary) ||
                insideAttributedQuote(text, sentenceStart, boundary))
                continue;
            addSentence(boundary);
        }
        addSentence(text.size());
    }
    return result;
}

} // namespace Parallax
