// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `parallax export --pdf` as a user runs it, without a display, on the fixture story with
// known discrepancies; the PDF is read back with QtPdf (and pdffonts when it is installed).
class TestPdfExport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    static Run parallax(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PARALLAX_EXECUTABLE), args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList story()
    {
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA "/stories/kestrel"));
        QStringList files;
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void exportsTheStory()
    {
        const QString out = m_dir.filePath(QStringLiteral("kestrel.pdf"));
        const Run r = parallax(QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), out} + story());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("to ") + QDir::toNativeSeparators(out)), qPrintable(r.out));

        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        QVERIFY2(pdf.pageCount() >= 3, "columns, then figures, quotes, discrepancies and coverage");
        QString text;
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const QSizeF size = pdf.pagePointSize(i);
            QVERIFY2(size.width() > size.height(), "landscape pages");
            QVERIFY(qAbs(size.width() - 842) < 2); // A4
            const QString page = pdf.getAllText(i).text();
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.pageCount())), qPrintable(page.left(300)));
            QVERIFY2(page.contains(QStringLiteral("Harbour Wire, Quay Daily, Harwick Gazette")), "running header");
            text += page + u'\n';
        }
        text.replace(u'\n', u' ');
        // Every outlet's title is real, searchable text.
        for (const char *title : {"Calloway Freight agrees £3.1bn takeover of Kestrel Harbour", "Calloway swoops on Kestrel in £3.4bn deal",
                                  "Port takeover: what it means for Harwick"})
            QVERIFY2(text.simplified().contains(QString::fromUtf8(title)), title);
        // The facts: the discrepancies, the quotes table, the coverage matrix.
        for (const char *needle : {"Kestrel Harbour Group deal value", "FTSE 250 move", "quote of Gary Holt in one article only",
                                   "Discrepancies", "Coverage", "Mara Lindqvist", "Derived from Harbour Wire"})
            QVERIFY2(text.simplified().contains(QString::fromUtf8(needle)), needle);

        // Every font is embedded.
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (pdffonts.isEmpty())
            QSKIP("pdffonts (poppler-utils) is not installed; fonts not checked");
        QProcess fonts;
        fonts.start(pdffonts, {out});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.split(u' ', Qt::SkipEmptyParts).value(line.split(u' ', Qt::SkipEmptyParts).size() - 5) == QLatin1String("yes"),
                     qPrintable(line));
    }

    void failuresNameTheFileAndTheReason()
    {
        const QString blocked = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        Run r = parallax(QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), blocked} + story());
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(blocked)), qPrintable(r.err));
        QVERIFY(!QFile::exists(blocked));

        r = parallax(QStringList{QStringLiteral("export")} + story());
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("--pdf")));

        r = parallax({QStringLiteral("export"), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("one.pdf")), story().first()});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("2 to 12")));

        r = parallax({QStringLiteral("export"), QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("missing.pdf")),
                      story().first(), QStringLiteral("/nonexistent/b.txt")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent/b.txt")));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
