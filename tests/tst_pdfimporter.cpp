// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/fileimporter.h"
#include "importers/pdfimporter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

#define POINTERHOLDER_TRANSITION 4 // qpdf: use std::shared_ptr, not its PointerHolder
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Parallax;

// PDF articles: PDFs written by the test with QPdfWriter, line by line, with a running
// header, page numbers and a word hyphenated at a line end.
class TestPdfImporter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes pages of lines; each page gets a header line and a footer with its number.
    QString writePdf(const QString &name, const QList<QStringList> &pages, const QString &title)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("tst_pdfimporter"));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(11);
        painter.setFont(font);
        for (int p = 0; p < pages.size(); ++p) {
            if (p > 0)
                writer.newPage();
            painter.drawText(QPointF(40, 30), QStringLiteral("Harbour Gazette — Saturday 14 March 2026"));
            double y = 70;
            for (const QString &line : pages.at(p)) {
                if (!line.isEmpty())
                    painter.drawText(QPointF(40, y), line);
                y += 16;
            }
            painter.drawText(QPointF(280, 800), QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size()));
        }
        painter.end();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void paragraphsHeadersAndHyphens()
    {
        const QList<QStringList> pages{
            {QStringLiteral("Calloway Freight agrees takeover of Kestrel Harbour"),
             QStringLiteral(""),
             QStringLiteral("Calloway Freight has agreed to buy Kestrel Harbour Group for £3.1bn, creating the"),
             QStringLiteral("largest port operator on the east coast, the two companies said on Friday in a joint"),
             QStringLiteral("statement to the stock exchange."),
             QStringLiteral("Shares in Calloway rose 12.4% in early trading, while the wider market fell 0.8% as"),
             QStringLiteral("investors weighed the cost of the deal and the debt the buyer will take on to fi-"),
             QStringLiteral("nance it over the next three years."),
             QStringLiteral("")},
            {QStringLiteral("The deal still needs approval from the Competition and Markets Authority, which is"),
             QStringLiteral("expected to open an inquiry into the effect on shipping rates in the region."),
             QStringLiteral(""),
             QStringLiteral("“This is a good day for the port and for everyone who works there,” said Mara"),
             QStringLiteral("Lindqvist, the chief executive of Calloway."),
             QStringLiteral("")}};
        const QString path = writePdf(QStringLiteral("deal.pdf"), pages, QStringLiteral("Calloway Freight agrees takeover of Kestrel Harbour"));
        const ImportResult r = FileImporter().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Article &a = *r.article;
        QCOMPARE(a.title, QStringLiteral("Calloway Freight agrees takeover of Kestrel Harbour"));
        QCOMPARE(a.sourceFormat, QStringLiteral("pdf"));
        const QStringList paragraphs = a.body.split(QStringLiteral("\n\n"));
        QVERIFY2(paragraphs.size() == 4, qPrintable(paragraphs.join(QStringLiteral(" || "))));
        QVERIFY(paragraphs.at(0).startsWith(QStringLiteral("Calloway Freight has agreed to buy Kestrel Harbour Group for £3.1bn, creating the largest")));
        QVERIFY2(paragraphs.at(1).contains(QStringLiteral("take on to finance it over")), qPrintable(paragraphs.at(1)));
        QVERIFY2(paragraphs.at(3).contains(QStringLiteral("said Mara Lindqvist, the chief executive")), qPrintable(paragraphs.at(3)));
        // The running header and the page numbers are gone.
        QVERIFY2(!a.body.contains(QStringLiteral("Harbour Gazette")), qPrintable(a.body));
        QVERIFY(!a.body.contains(QStringLiteral("Page 1")));
    }

    void rules_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("hyphen joined") << QStringList{QStringLiteral("The harbour will be moder-"), QStringLiteral("nised by the new owners.")}
                                       << QStringList{QStringLiteral("The harbour will be modernised by the new owners.")};
        QTest::newRow("real hyphen kept") << QStringList{QStringLiteral("It is a long-"), QStringLiteral("Term plan.")}
                                          << QStringList{QStringLiteral("It is a long- Term plan.")};
        QTest::newRow("blank line ends a paragraph") << QStringList{QStringLiteral("One."), QStringLiteral(""), QStringLiteral("Two.")}
                                                     << QStringList{QStringLiteral("One."), QStringLiteral("Two.")};
        QTest::newRow("page number dropped") << QStringList{QStringLiteral("Text goes on."), QStringLiteral("12")}
                                             << QStringList{QStringLiteral("Text goes on.")};
    }

    void rules()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(PdfImporter::paragraphsFromPages({lines}), paragraphs);
    }

    void badPdfsGiveReasons()
    {
        QByteArray damaged("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage");
        ImportResult r = PdfImporter().parse(damaged, QStringLiteral("damaged.pdf"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("damaged")), qPrintable(r.error));
        // A PDF with no text (a scan): refused, not imported empty.
        const QString path = m_dir.filePath(QStringLiteral("image.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            painter.fillRect(QRect(100, 100, 2000, 2000), Qt::gray);
        }
        r = FileImporter().importFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("no text")), qPrintable(r.error));

        // Encrypted with a password (written by libqpdf from a readable one): refused.
        const QString plain = writePdf(QStringLiteral("plain.pdf"), {{QStringLiteral("Shares in Calloway rose 12.4% in early trading on Friday.")}},
                                       QStringLiteral("Plain"));
        const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
        {
            // qpdf keeps the file names it is given: they must outlive the writer.
            const QByteArray in = plain.toLocal8Bit(), out = locked.toLocal8Bit();
            QPDF pdf;
            pdf.processFile(in.constData());
            QPDFWriter writer(pdf, out.constData());
            writer.setR6EncryptionParameters("reader", "owner", true, true, true, true, true, true, qpdf_r3p_full, true);
            writer.write();
        }
        QVERIFY(FileImporter().importFile(plain).ok());
        r = FileImporter().importFile(locked);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("encrypted")), qPrintable(r.error));

        // A compression bomb: 300 MB of content in a small file; refused before it is read.
        const QString bombPath = m_dir.filePath(QStringLiteral("bomb.pdf"));
        {
            const QByteArray in = plain.toLocal8Bit(), out = bombPath.toLocal8Bit();
            QPDF pdf;
            pdf.processFile(in.constData());
            const QByteArray zlib = qCompress(QByteArray(300 * 1024 * 1024, ' '), 9).mid(4); // qCompress: 4 bytes of size, then zlib
            QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, std::string(zlib.constData(), size_t(zlib.size())));
            stream.replaceDict(QPDFObjectHandle::parse("<< /Filter /FlateDecode >>"));
            QPDFPageDocumentHelper(pdf).getAllPages().front().addPageContents(stream, false);
            QPDFWriter writer(pdf, out.constData());
            writer.setStreamDataMode(qpdf_s_preserve);
            writer.write();
        }
        QVERIFY(QFileInfo(bombPath).size() < 2 * 1024 * 1024);
        QElapsedTimer clock;
        clock.start();
        r = FileImporter().importFile(bombPath);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("expands to more than")), qPrintable(r.error));
        qInfo() << "compression bomb refused in" << clock.elapsed() << "ms";

        // A zip bomb in disguise: a zip archive (a small file that would unpack to a gigabyte)
        // named .pdf. Parallax never unpacks archives: it is refused as no PDF, at once.
        {
            QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
            zip += qCompress(QByteArray(64 * 1024 * 1024, '\0'), 9);
            QFile f(m_dir.filePath(QStringLiteral("bomb-in-disguise.pdf")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(zip);
        }
        clock.restart();
        r = FileImporter().importFile(m_dir.filePath(QStringLiteral("bomb-in-disguise.pdf")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("not a PDF")) || r.error.contains(QStringLiteral("cannot read this kind")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 5000);

        // Cut off half-way (a download that stopped): refused with the reason.
        QFile whole(plain);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        r = PdfImporter().parse(bytes.left(bytes.size() / 2), QStringLiteral("truncated.pdf"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
