// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/pdfimporter.h"

#define POINTERHOLDER_TRANSITION 4 // qpdf: use std::shared_ptr, not its PointerHolder
#include <qpdf/Pipeline.hh>
#include <qpdf/QPDF.hh>

#include "core/text.h"
#include "importers/boilerplate.h"
#include "importers/outletguess.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>

namespace Parallax {

namespace {

// Messages of this file, in PdfImporter's translation context (lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::PdfImporter)
};

QString key(const QString &line) {
    // Page numbers change from page to page; the rest of a running header does not.
    QString k = line.simplified().toLower();
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    k.replace(digits, QStringLiteral("#"));
    return k;
}

bool isPageNumber(const QString &line) {
    static const QRegularExpression rx(
        QStringLiteral(
            "^(?:page\\s+)?\\d{1,4}(?:\\s*(?:/|of)\\s*\\d{1,4})?$|^[-–—]\\s*\\d{1,4}\\s*[-–—]$"),
        QRegularExpression::CaseInsensitiveOption);
    return rx.match(line.simplified()).hasMatch();
}

bool endsSentence(const QString &line) {
    const QString t = line.trimmed();
    if (t.isEmpty())
        return true;
    const QChar last = t.back();
    return last == u'.' || last == u'!' || last == u'?' || last == u'”' || last == u'"' ||
           last == u':';
}

// The lines of a page, with an empty line wherever the gap above a line is clearly wider
// than the page's usual line spacing (a new paragraph). PDFium gives one box per character
// (spaces aside), in text order: the first box of each line tells where the line stands.
QStringList linesOf(const QPdfSelection &selection) {
    QString text = selection.text();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // PDFium marks a word hyphenated at a line end with U+FFFE and joins the lines: put the
    // hyphen and the line break back, so the paragraph rules see them.
    const QList<QPolygonF> boxes = selection.bounds();
    QStringList lines;
    QList<double> tops;
    qsizetype box = 0;
    QString line;
    double top = -1;
    auto endLine = [&] {
        lines.append(line);
        tops.append(top);
        line.clear();
        top = -1;
    };
    for (QChar c : std::as_const(text)) {
        if (c == u'\n') {
            endLine();
            continue;
        }
        if (c == QChar(0xFFFE)) {
            ++box;
            line += u'-';
            endLine();
            continue;
        }
        if (!c.isSpace()) {
            if (top < 0 && box < boxes.size())
                top = boxes.at(box).boundingRect().top();
            ++box;
        }
        line += c;
    }
    endLine();
    // A few glyphs (dashes, ligatures) may have no box of their own; beyond that the boxes
    // and the characters do not match up, and there is no spacing to go by.
    if (std::abs(box - boxes.size()) > std::max<qsizetype>(2, boxes.size() / 100))
        return lines;
    QList<double> gaps;
    for (qsizetype k = 1; k < tops.size(); ++k) {
        if (tops.at(k) > 0 && tops.at(k - 1) > 0 && tops.at(k) > tops.at(k - 1))
            gaps.append(tops.at(k) - tops.at(k - 1));
    }
    if (gaps.size() < 3)
        return lines;
    QList<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const double usual =
        sorted.at(sorted.size() / 4); // the line spacing: most gaps, and the smaller ones
    QStringList spaced;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        if (k > 0 && tops.at(k) > 0 && tops.at(k - 1) > 0 &&
            tops.at(k) - tops.at(k - 1) > usual * 1.5)
            spaced.append(QString());
        spaced.append(lines.at(k));
    }
    return spaced;
}

} // namespace

QStringList PdfImporter::mimeTypes() const {
    return {QStringLiteral("application/pdf")};
}

QStringList PdfImporter::paragraphsFromPages(const QList<QStringList> &pages) {
    // Running headers and footers: the first and last two lines of a page that recur (page
    // numbers aside) on at least half of the pages.
    QHash<QString, int> edges;
    for (const QStringList &page : pages) {
        QSet<QString> seen;
        for (int i = 0; i < page.size(); ++i) {
            if (i < 2 || i >= page.size() - 2)
                seen.insert(key(page.at(i)));
        }
        for (const QString &k : std::as_const(seen))
            ++edges[k];
    }
    const int recurring = std::max(2, int((pages.size() + 1) / 2));

    QStringList paragraphs;
    QString current;
    int lineWidth = 0; // the longest line seen: shorter lines end a paragraph
    for (const QStringList &page : pages) {
        for (const QString &line : page)
            lineWidth = std::max(lineWidth, int(line.simplified().size()));
    }
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            paragraphs.append(current.simplified());
        current.clear();
    };
    for (const QStringList &page : pages) {
        for (int i = 0; i < page.size(); ++i) {
            const QString line = page.at(i).simplified();
            const bool atEdge = i < 2 || i >= page.size() - 2;
            if (line.isEmpty()) {
                flush();
                continue;
            }
            if (isPageNumber(line) ||
                (atEdge && pages.size() > 1 && edges.value(key(line)) >= recurring))
                continue;
            if (current.isEmpty()) {
                current = line;
            } else if (current.endsWith(u'-') && current.size() > 1 &&
                       current.at(current.size() - 2).isLetter() && line.at(0).isLower()) {
                current.chop(1); // "exam-" + "ple": a word hyphenated at the line end
                current += line;
            } else {
                current += u' ' + line;
            }
            // A line clearly shorter than the text width that ends a sentence closes the
            // paragraph; a much shorter one without a full stop before a capital is a
            // heading.
            const QString next = i + 1 < page.size() ? page.at(i + 1).simplified() : QString();
            if ((endsSentence(line) && line.size() < lineWidth * 0.8) ||
                (line.size() < lineWidth * 0.7 && !next.isEmpty() && next.at(0).isUpper() &&
                 !current.endsWith(u'-')))
                flush();
        }
    }
    flush();
    return paragraphs;
}

namespace {

// Counts what a stream decodes to, and stops once the document's total passes the limit.
class CountingPipeline final : public Pipeline {
public:
    struct Exceeded {};
    CountingPipeline(qint64 *total, qint64 limit)
        : Pipeline("count", nullptr)
        , m_total(total)
        , m_limit(limit) {}
    void write(unsigned char const *, size_t length) override {
        *m_total += qint64(length);
        if (*m_total > m_limit)
            throw Exceeded{};
    }
    void finish() override {}

private:
    qint64 *m_total;
    qint64 m_limit;
};

// Whether the PDF's compressed streams expand past the limit (a "compression bomb": a small
// file that would take gigabytes to read). Decoded through a counter, never kept; a PDF qpdf
// cannot read is left to QtPdf, which says why.
bool expandsTooFar(const QByteArray &data, qint64 limit) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("import", data.constData(), size_t(data.size()));
        qint64 total = 0;
        for (QPDFObjectHandle &object : pdf.getAllObjects()) {
            if (!object.isStream())
                continue;
            CountingPipeline count(&total, limit);
            object.pipeStreamData(&count, 0, qpdf_dl_generalized, true);
        }
    } catch (const CountingPipeline::Exceeded &) {
        return true;
    } catch (const std::exception &) {
        return false;
    }
    return false;
}

} // namespace

ImportResult PdfImporter::parse(const QByteArray &data, const QString &sourcePath) const {
    if (expandsTooFar(data, kMaxExpanded))
        return ImportResult::failure(
            Tr::tr("the PDF expands to more than %1 when decompressed; it is not read")
                .arg(QLocale().formattedDataSize(kMaxExpanded)));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    switch (pdf.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return ImportResult::failure(Tr::tr("the PDF is encrypted"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return ImportResult::failure(Tr::tr("the PDF uses an unsupported security scheme"));
    default:
        return ImportResult::failure(Tr::tr("the PDF is damaged or not a PDF"));
    }
    QList<QStringList> pages;
    for (int i = 0; i < pdf.pageCount(); ++i)
        pages.append(linesOf(pdf.getAllText(i)));
    const QStringList paragraphs = paragraphsFromPages(pages);
    if (paragraphs.isEmpty())
        return ImportResult::failure(Tr::tr("the PDF has no text (it may be scanned images)"));
    Article a;
    a.title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    QStringList body = paragraphs;
    if (a.title.isEmpty()) {
        a.title = body.first().left(120);
        if (body.size() > 1 && body.first().size() < 140)
            body.removeFirst(); // the first line was the headline
    } else if (body.first().compare(a.title, Qt::CaseInsensitive) == 0 && body.size() > 1) {
        body.removeFirst();
    }
    a.byline = pdf.metaData(QPdfDocument::MetaDataField::Author).toString().simplified();
    const Boilerplate::Result trimmed = Boilerplate::trim(body);
    a.body = trimmed.kept.join(QStringLiteral("\n\n"));
    a.trimmed = trimmed.trimmed;
    a.credits = trimmed.credits;
    if (a.byline.isEmpty())
        a.byline = trimmed.reporters;
    a.wordCount = Text::countWords(a.body);
    a.sourcePath = sourcePath;
    a.sourceFormat = QStringLiteral("pdf");
    OutletGuess::apply(a);
    return ImportResult::success(a);
}

} // namespace Parallax
