// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/textimporter.h"

#include "core/segmenter.h"
#include "core/text.h"
#include "importers/boilerplate.h"
#include "importers/outletguess.h"
#include "importers/textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::TextImporter)
};

constexpr int kMaxTitleLength = 160;
constexpr int kShortTitleLength = 90;

bool isMarkdownPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

QDate parseDate(const QString &value) {
    QDate d = QDate::fromString(value.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(value, QStringLiteral("d MMMM yyyy"));
    return d;
}

// Applies one "key: value" header; false when the key is not a known header.
bool applyHeader(Article &a, const QString &key, const QString &value) {
    const QString k = key.toLower();
    if (k == QLatin1String("title") || k == QLatin1String("headline"))
        a.title = value;
    else if (k == QLatin1String("outlet") || k == QLatin1String("source") ||
             k == QLatin1String("publisher"))
        a.outlet = value;
    else if (k == QLatin1String("url") || k == QLatin1String("link"))
        a.url = value;
    else if (k == QLatin1String("byline") || k == QLatin1String("author") ||
             k == QLatin1String("by"))
        a.byline = value;
    else if (k == QLatin1String("date") || k == QLatin1String("published"))
        a.published = parseDate(value);
    else if (k == QLatin1String("language") || k == QLatin1String("lang"))
        a.language = value;
    else
        return false;
    return true;
}

// Markdown reduced to the words a reader sees.
QString stripMarkdownInline(QString line) {
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(.+?)\1)"));
    static const QRegularExpression emph(
        QStringLiteral(R"((?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*]))"));
    static const QRegularExpression code(QStringLiteral(R"(`([^`]*)`)"));
    line.replace(image, QString());
    line.replace(link, QStringLiteral("\\1"));
    line.replace(strong, QStringLiteral("\\2"));
    line.replace(emph, QStringLiteral("\\2"));
    line.replace(code, QStringLiteral("\\1"));
    return line;
}

QString stripMarkdown(const QString &body, QString *firstHeading) {
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>\s?)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    static const QRegularExpression bullet(QStringLiteral(R"(^(\s*)[*+-]\s+)"));
    QStringList out;
    bool headingTaken = false;
    for (QString line : body.split(QLatin1Char('\n'))) {
        if (rule.match(line).hasMatch()) {
            out.append(QString());
            continue;
        }
        line.remove(quote);
        const QRegularExpressionMatch h = heading.match(line);
        if (h.hasMatch()) {
            const QString text = stripMarkdownInline(h.captured(2));
            if (!headingTaken && firstHeading && h.captured(1).size() == 1 &&
                firstHeading->isEmpty()) {
                *firstHeading = text;
                headingTaken = true;
                continue;
            }
            out.append(text);
            continue;
        }
        line.replace(bullet, QStringLiteral("\\1\u2022 "));
        out.append(stripMarkdownInline(line));
    }
    return out.join(QLatin1Char('\n'));
}

// A line reads as a headline when it is short, has several words and does not end like a
// sentence or an introduction.
bool readsAsHeadline(const QString &line) {
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > kMaxTitleLength)
        return false;
    const QChar last = t.back();
    if (last == QLatin1Char('.') || last == QLatin1Char(':') || last == QLatin1Char(',') ||
        last == QLatin1Char(';'))
        return false;
    return Text::countWords(t) >= 3;
}

QString shortened(const QString &sentence) {
    const QString t = sentence.simplified();
    if (t.size() <= kShortTitleLength)
        return t;
    qsizetype cut = t.lastIndexOf(QLatin1Char(' '), kShortTitleLength);
    if (cut < kShortTitleLength / 2)
        cut = kShortTitleLength;
    return t.left(cut) + QChar(0x2026);
}

QString firstSentence(const QString &body) {
    for (const Sentence &s : Segmenter::segment(body).sentences) {
        const QString text = body.mid(s.range.start, s.range.length);
        if (Text::countWords(text) >= 5) // skips "In This Article:" and similar page furniture
            return text;
    }
    return body.left(kShortTitleLength);
}

// A piece of the body the furniture rules judge on its own, with the line breaks that
// stood before it (so that what is kept is joined back as it was written).
struct Unit {
    QString text;
    QString before;
};

// A line break the segmenter reads as a hard wrap inside a sentence rather than as the end
// of a paragraph: the line does not end like a sentence and the next starts in lower case.
bool isWrap(const QString &line, const QString &next) {
    static const QString terminal = QStringLiteral(".!?:\"'\u201D\u2019)");
    const QString a = line.trimmed(), b = next.trimmed();
    return !a.isEmpty() && !b.isEmpty() && !terminal.contains(a.back()) && b.front().isLower();
}

// The paragraphs as the engine will see them: the blocks between blank lines, and inside a
// block its lines when each stands as a paragraph of its own (one paragraph a line, as
// pasted from many pages); a hard-wrapped block stays whole.
QList<Unit> unitsOf(const QString &text) {
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QList<Unit> units;
    qsizetype pos = 0;
    QString before;
    auto addBlock = [&](const QString &block) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        bool wrapped = false;
        for (qsizetype i = 0; i + 1 < lines.size() && !wrapped; ++i)
            wrapped = isWrap(lines.at(i), lines.at(i + 1));
        if (wrapped || lines.size() == 1) {
            if (!block.trimmed().isEmpty())
                units.append({block, before});
            return;
        }
        QString lineBefore = before;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty())
                continue;
            units.append({line, lineBefore});
            lineBefore = QStringLiteral("\n");
        }
    };
    for (auto it = blankLines.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addBlock(text.mid(pos, m.capturedStart() - pos));
        before = m.captured();
        pos = m.capturedEnd();
    }
    addBlock(text.mid(pos));
    return units;
}

// The corpus form: " date 2025-01-28 " in front of the first line of the body.
void takeDateMarker(Article &a, QString &text) {
    static const QRegularExpression dateMarker(
        QStringLiteral(R"(^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*)"));
    if (const QRegularExpressionMatch m = dateMarker.match(text); m.hasMatch()) {
        a.published = QDate::fromString(m.captured(1), Qt::ISODate);
        text.remove(0, m.capturedLength());
    }
}

// "key: value" header lines, only when a blank line closes them.
void takeHeaders(Article &a, QString &text) {
    static const QRegularExpression headerLine(
        QStringLiteral(R"(^([A-Za-z][A-Za-z ]{0,15}):[ \t]*(.*?)\s*$)"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    Article withHeaders = a;
    int consumed = 0;
    bool closed = false;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            closed = consumed > 0;
            if (closed)
                ++consumed;
            break;
        }
        const QRegularExpressionMatch m = headerLine.match(line);
        if (!m.hasMatch() || !applyHeader(withHeaders, m.captured(1).trimmed(), m.captured(2)))
            break;
        ++consumed;
    }
    if (closed) {
        a = withHeaders;
        text = lines.mid(consumed).join(QLatin1Char('\n'));
    }
}

// Markdown stripped, then the title: a header's, a Markdown heading's, a headline on the
// first line (which leaves the body), or else the first sentence shortened.
void takeTitle(Article &a, QString &text, bool markdown) {
    QString heading;
    if (markdown)
        text = stripMarkdown(text, a.title.isEmpty() ? &heading : nullptr);
    text = text.trimmed();

    if (a.title.isEmpty() && !heading.isEmpty())
        a.title = heading;
    if (a.title.isEmpty()) {
        // A headline on the first line is the title and leaves the body.
        const qsizetype nl = text.indexOf(QLatin1Char('\n'));
        const QString firstLine = nl < 0 ? text : text.left(nl);
        if (nl > 0 && readsAsHeadline(firstLine)) {
            a.title = firstLine.trimmed();
            text = text.mid(nl + 1).trimmed();
        } else {
            a.title = shortened(firstSentence(text));
        }
    }
}

// Page furniture pasted along with the text (share prompts, author notes, credits) is
// set aside; when there is none the text stays exactly as written.
void setFurnitureAside(Article &a, QString &text) {
    const QList<Unit> units = unitsOf(text);
    QStringList paragraphs;
    for (const Unit &u : units)
        paragraphs.append(u.text);
    const Boilerplate::Result trimmed = Boilerplate::trim(paragraphs);
    if (trimmed.trimmed.isEmpty())
        return;
    // The kept paragraphs joined by the line breaks that stood before them.
    QString kept;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (!trimmed.keeps.at(i))
            continue;
        if (!kept.isEmpty())
            kept += units.at(i).before.isEmpty() ? QStringLiteral("\n\n") : units.at(i).before;
        kept += units.at(i).text;
    }
    text = kept.trimmed();
    a.trimmed = trimmed.trimmed;
    a.credits = trimmed.credits;
    if (a.byline.isEmpty())
        a.byline = trimmed.reporters;
}

} // namespace

QStringList TextImporter::mimeTypes() const {
    return {QStringLiteral("text/plain"), QStringLiteral("text/markdown")};
}

ImportResult TextImporter::parse(const QByteArray &data, const QString &sourcePath) const {
    const DecodedText decoded = TextDecoder::decode(data);
    if (!decoded.ok())
        return ImportResult::failure(decoded.error);
    return parseText(decoded.text, sourcePath, isMarkdownPath(sourcePath));
}

ImportResult TextImporter::parseText(const QString &input, const QString &sourcePath,
                                     bool markdown) {
    Article a;
    a.sourcePath = sourcePath;
    a.sourceFormat = markdown ? QStringLiteral("markdown") : QStringLiteral("text");
    QString text = Text::normaliseNewlines(input);

    takeDateMarker(a, text);
    takeHeaders(a, text);
    takeTitle(a, text, markdown);

    if (text.isEmpty() || Text::countWords(text) == 0)
        return ImportResult::failure(Tr::tr("the file has no article text"));

    setFurnitureAside(a, text);

    a.body = text;
    OutletGuess::apply(a);
    a.wordCount = Text::countWords(text);
    return ImportResult::success(std::move(a));
}

} // namespace Parallax
