// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/exportservice.h"

#include "storage/library.h"

#include "importers/offlinepage.h"
#include "report/dateformat.h"
#include "report/htmlreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>

#include <memory>
#include <utility>

#define POINTERHOLDER_TRANSITION 4 // qpdf: use std::shared_ptr, not its PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace Parallax {

namespace {

constexpr int kTimeoutMs = 60000;
// Page margins in millimetres: the header and footer are drawn in the top and bottom ones.
const QMarginsF kMargins(10, 16, 10, 14);

// The messages of this file, in PdfExport's translation context (where they were before
// ExportService took them over; lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::PdfExport)
};

// Renders the HTML file to `pdf` with Chromium's printing; returns an error or nothing.
QString printToPdf(const QString &htmlFile, const QString &pdf) {
    OfflinePage page(QUrl::fromLocalFile(htmlFile));
    switch (page.load(kTimeoutMs)) {
    case OfflinePage::Load::TimedOut:
        return Tr::tr("rendering took longer than %1 seconds").arg(kTimeoutMs / 1000);
    case OfflinePage::Load::Failed:
        return Tr::tr("the comparison page could not be rendered");
    case OfflinePage::Load::Loaded:
        break;
    }
    QEventLoop loop;
    bool printed = false, timedOut = false;
    QObject::connect(page.page(), &QWebEnginePage::pdfPrintingFinished, &loop,
                     [&](const QString &, bool ok) {
                         printed = ok;
                         loop.quit();
                     });
    QTimer::singleShot(kTimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    page.page()->printToPdf(pdf, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                             kMargins, QPageLayout::Millimeter));
    loop.exec();
    if (timedOut)
        return Tr::tr("rendering took longer than %1 seconds").arg(kTimeoutMs / 1000);
    return printed ? QString() : Tr::tr("printing to PDF failed");
}

// One overlay page per page of the document: the running header and the page number,
// drawn in the margins, as a PDF of its own (fonts embedded by QPdfWriter).
void writeOverlay(const QString &path, int pages, const QString &header, const QString &footer,
                  const QStringList &columns, const QList<double> &shares, int firstColumnPage,
                  int columnPages) {
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Parallax"));
    QPainter painter(&writer);
    const double mm = writer.resolution() / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    const QRectF top(kMargins.left() * mm, 6 * mm,
                     page.width() - (kMargins.left() + kMargins.right()) * mm, 6 * mm);
    const QRectF bottom(kMargins.left() * mm, page.height() - 10 * mm, top.width(), 6 * mm);
    const QString shortHeader =
        painter.fontMetrics().elidedText(header, Qt::ElideRight, int(top.width() * 0.8));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, shortHeader);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Parallax"));
        painter.drawLine(top.bottomLeft(), top.bottomRight());
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
        // Pages of columns after the first: which outlet each column is, above it.
        if (i > firstColumnPage && i < firstColumnPage + columnPages && !columns.isEmpty()) {
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            double left = top.left();
            for (int c = 0; c < columns.size(); ++c) {
                const double width = top.width() * shares.value(c, 1.0 / double(columns.size()));
                const QRectF label(left + (c > 0 ? 1.5 * mm : 0), top.bottom() + 0.8 * mm,
                                   width - 3 * mm, 4 * mm);
                left += width;
                painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                                 painter.fontMetrics().elidedText(
                                     columns.at(c).toUpper(), Qt::ElideRight, int(label.width())));
            }
            painter.setFont(font);
        }
    }
}

// Appends the pages of the summary, the columns and the appendix (`parts`, in that order)
// into one document, then stamps every page with the matching overlay page; *pages is the
// total.
QString stamp(const QStringList &parts, const QString &result, const QString &header,
              const QString &footer, const QStringList &columns, const QList<double> &shares,
              int *pages) {
    // qpdf keeps the file names it is given (for its messages, while writing): they must
    // live as long as the documents do. (AddressSanitizer found them freed early.)
    QList<QByteArray> names;
    for (const QString &part : parts)
        names.append(QFile::encodeName(part));
    const QString overlayPath = parts.first() + QStringLiteral(".overlay.pdf");
    const QByteArray overlayName = QFile::encodeName(overlayPath);
    const QByteArray resultName = QFile::encodeName(result);
    try {
        QPDF doc;
        doc.processFile(names.first().constData());
        QPDFPageDocumentHelper docPages(doc);
        QList<int> partPages{int(docPages.getAllPages().size())};
        std::vector<std::unique_ptr<QPDF>> others; // alive until the result is written
        for (qsizetype k = 1; k < names.size(); ++k) {
            others.push_back(std::make_unique<QPDF>());
            others.back()->processFile(names.at(k).constData());
            const std::vector<QPDFPageObjectHelper> added =
                QPDFPageDocumentHelper(*others.back()).getAllPages();
            for (const QPDFPageObjectHelper &page : added)
                docPages.addPage(QPDFPageObjectHelper(doc.copyForeignObject(
                                     QPDFPageObjectHelper(page).getObjectHandle())),
                                 false);
            partPages.append(int(added.size()));
        }
        std::vector<QPDFPageObjectHelper> all = docPages.getAllPages();
        *pages = int(all.size());
        writeOverlay(overlayPath, *pages, header, footer, columns, shares, partPages.value(0),
                     partPages.value(1));
        QPDF overlay;
        overlay.processFile(overlayName.constData());
        std::vector<QPDFPageObjectHelper> overlayPages =
            QPDFPageDocumentHelper(overlay).getAllPages();
        for (size_t i = 0; i < all.size() && i < overlayPages.size(); ++i) {
            QPDFPageObjectHelper &target = all[i];
            QPDFObjectHandle form = doc.copyForeignObject(overlayPages[i].getFormXObjectForPage());
            QPDFObjectHandle resources = target.getAttribute("/Resources", true);
            int suffix = 1;
            const std::string name = resources.getUniqueResourceName("/Fx", suffix);
            const std::string placed =
                target.placeFormXObject(form, name, target.getTrimBox().getArrayAsRectangle());
            if (placed.empty())
                continue;
            resources.mergeResources(QPDFObjectHandle::parse("<< /XObject << >> >>"));
            resources.getKey("/XObject").replaceKey(name, form);
            target.addPageContents(QPDFObjectHandle::newStream(&doc, "q\n"), true);
            target.addPageContents(QPDFObjectHandle::newStream(&doc, "\nQ\n" + placed), false);
        }
        QPDFWriter writer(doc, resultName.constData());
        writer.setStaticID(false);
        writer.write();
    } catch (const std::exception &e) {
        return QString::fromLocal8Bit(e.what());
    }
    return {};
}

} // namespace

ExportService::PdfResult ExportService::writePdf(const Comparison &comparison, const QString &path,
                                                 const QString &title) {
    PdfResult result;
    const QString shown = QDir::toNativeSeparators(path);
    if (comparison.articles.isEmpty()) {
        result.error = Tr::tr("%1: there is no comparison to export").arg(shown);
        return result;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        result.error =
            Tr::tr("%1: no temporary folder to work in (%2)").arg(shown, work.errorString());
        return result;
    }
    HtmlReport::Options options;
    options.print = true;
    options.title = title;
    options.exportedAt = QDateTime::currentDateTime();
    const QString storyTitle = title.isEmpty() ? comparison.articles.first().article.title : title;

    // The summary, the columns and the appendix are printed apart (so the pages of columns
    // are known and get the outlets' names above them), each page going through a file: a
    // data: URL would cap long comparisons at 2 MB.
    using Part = HtmlReport::Options::Part;
    QStringList printed;
    for (const auto &[part, name] : {std::pair{Part::Summary, QStringLiteral("summary")},
                                     std::pair{Part::Articles, QStringLiteral("articles")},
                                     std::pair{Part::Facts, QStringLiteral("appendix")}}) {
        options.part = part;
        const QString htmlFile = work.filePath(name + QStringLiteral(".html"));
        QFile f(htmlFile);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(HtmlReport::render(comparison, options).toUtf8()) < 0) {
            result.error = Tr::tr("%1: the page could not be written to %2")
                               .arg(shown, QDir::toNativeSeparators(htmlFile));
            return result;
        }
        f.close();
        printed.append(work.filePath(name + QStringLiteral(".pdf")));
        if (const QString error = printToPdf(htmlFile, printed.last()); !error.isEmpty()) {
            result.error = Tr::tr("%1: %2").arg(shown, error);
            return result;
        }
    }

    QStringList outlets;
    for (const ComparedArticle &a : comparison.articles)
        outlets.append(a.article.displayName());
    const QString header = storyTitle + QStringLiteral(" — ") + outlets.join(QStringLiteral(", "));
    const QString footer = Tr::tr("Exported %1").arg(DateFormat::dateTime(options.exportedAt));
    // Written beside the target and renamed into place: a failed export leaves no half file.
    const QString stamped = work.filePath(QStringLiteral("stamped.pdf"));
    if (const QString error = stamp(printed, stamped, header, footer, outlets,
                                    HtmlReport::printColumnShares(comparison), &result.pages);
        !error.isEmpty()) {
        result.error = Tr::tr("%1: the page numbers could not be added (%2)").arg(shown, error);
        return result;
    }
    QSaveFile out(path);
    QFile in(stamped);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly) ||
        out.write(in.readAll()) < 0 || !out.commit()) {
        result.error = Tr::tr("%1: cannot be written (%2)").arg(shown, out.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

std::optional<int> ExportService::writeMarkdown(const Library &library, const QString &folder,
                                                qint64 story, QString *error) {
    return library.exportMarkdown(folder, story, error);
}

} // namespace Parallax
