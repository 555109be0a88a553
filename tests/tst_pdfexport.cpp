// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

    // The text of a page without any white space (lines break anywhere in a column) and
    // without the marks drawn beside the words (≠ after a disputed figure, ↷ before moved
    // text), which the PDF holds as text of their own.
    static QString squeezed(const QString &text)
    {
        QString out;
        for (const QChar c : text) {
            if (c == QChar(0xFFFE)) // a hyphen where a line broke ("tech-|heavy")
                out += u'-';
            else if (!c.isSpace() && c != QChar(0x2260) && c != QChar(0x21B7))
                out += c;
        }
        return out;
    }

    // Whether `text` stands in `in` whole, or in at most three pieces: a sentence may run on
    // to the next page, where the other columns' text comes between its parts.
    static bool standsIn(const QString &in, QString text)
    {
        for (int piece = 0; piece < 3 && !text.isEmpty(); ++piece) {
            qsizetype lo = 0, hi = text.size(); // the longest prefix found in `in`
            while (lo < hi) {
                const qsizetype mid = (lo + hi + 1) / 2;
                if (in.contains(text.left(mid)))
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (lo < std::min<qsizetype>(8, text.size()))
                return false;
            text = text.mid(lo);
        }
        return text.isEmpty();
    }

    // The findings lead (page 1: the derivation graph and the discrepancies table), then the
    // columns, then the appendix: the claims two or more outlets carry, most-carried first,
    // and per outlet, numbered, what only it has. No sentence is lost on the way.
    void findingsFirstThenColumnsThenAppendix()
    {
        const Run json = parallax(QStringList{QStringLiteral("compare"), QStringLiteral("--json")} + story());
        QVERIFY2(json.status == 0, qPrintable(json.err));
        const QJsonObject c = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray articles = c.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 3);

        const QString out = m_dir.filePath(QStringLiteral("order.pdf"));
        const Run r = parallax(QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), out} + story());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        QStringList pages;
        for (int i = 0; i < pdf.pageCount(); ++i)
            pages.append(squeezed(pdf.getAllText(i).text()));

        // Page 1: the graph (its boxes and the arrow's label), then the discrepancies
        // table, then the line per outlet.
        const QString first = pages.at(0);
        const qsizetype graph = first.indexOf(squeezed(QStringLiteral("derived from (")));
        const qsizetype table = first.indexOf(QStringLiteral("Discrepancies"));
        const qsizetype lines = first.indexOf(squeezed(QStringLiteral("Unique claims")));
        QVERIFY2(graph >= 0 && table > graph && lines > table, qPrintable(first.left(400)));
        QVERIFY(first.contains(squeezed(QStringLiteral("Kestrel Harbour Group deal value"))));
        QVERIFY(first.contains(squeezed(QStringLiteral("the outlets give different values"))));
        QVERIFY(!first.contains(QStringLiteral("Appendix")));

        // Then the columns, then the appendix.
        int appendix = -1;
        for (int i = 1; i < pages.size() && appendix < 0; ++i) {
            if (pages.at(i).contains(squeezed(QStringLiteral("Coverage: what two or more outlets report"))))
                appendix = i;
        }
        QVERIFY2(appendix >= 2, "the appendix follows the columns");
        QVERIFY(pages.at(1).contains(squeezed(QStringLiteral("Word for word elsewhere"))));
        QString columns, rest;
        for (int i = 1; i < appendix; ++i)
            columns += pages.at(i);
        for (int i = appendix; i < pages.size(); ++i)
            rest += pages.at(i);

        // Every sentence stands in the columns, whole.
        constexpr int kEnd = 24;
        int sentences = 0;
        for (const QJsonValue &a : articles) {
            for (const QJsonValue &sv : a.toObject().value(QStringLiteral("sentences")).toArray()) {
                const QString text = squeezed(sv.toObject().value(QStringLiteral("text")).toString());
                QVERIFY2(standsIn(columns, text), qPrintable(text));
                ++sentences;
            }
        }
        QVERIFY(sentences >= 10); // all three articles were read

        // The matrix: claims of two or more outlets, most-carried first, in the appendix's
        // order; then each outlet's own sentences under its name, in reading order.
        struct Row
        {
            int outlets;
            QString lead;
        };
        QList<Row> shared;
        QHash<int, QList<int>> membersOf; // article -> sentences in claims of one article
        for (const QJsonValue &cv : c.value(QStringLiteral("claims")).toArray()) {
            QSet<int> outlets;
            const QJsonArray members = cv.toObject().value(QStringLiteral("members")).toArray();
            for (const QJsonValue &m : members)
                outlets.insert(m.toObject().value(QStringLiteral("article")).toInt());
            const QJsonObject lead = members.at(0).toObject();
            const int article = lead.value(QStringLiteral("article")).toInt();
            const int sentence = lead.value(QStringLiteral("sentences")).toArray().at(0).toInt();
            if (outlets.size() >= 2)
                shared.append({int(outlets.size()), articles.at(article).toObject().value(QStringLiteral("sentences")).toArray().at(sentence).toObject().value(QStringLiteral("text")).toString()});
            else
                membersOf[article].append(sentence);
        }
        QVERIFY(!shared.isEmpty());
        std::stable_sort(shared.begin(), shared.end(), [](const Row &x, const Row &y) { return x.outlets > y.outlets; });
        QVERIFY2(shared.first().outlets > shared.last().outlets, "the sample has claims carried by all and by some");
        qsizetype at = 0;
        for (const Row &row : std::as_const(shared)) {
            const qsizetype found = rest.indexOf(squeezed(row.lead).left(kEnd), at);
            QVERIFY2(found >= at, qPrintable(row.lead));
            at = found;
        }
        // Each outlet's heading, in article order, with its count; under it its sentences,
        // numbered in reading order (a list set in columns may come out of the PDF in
        // another order, so each item is found by its number and its words).
        for (int a = 0; a < articles.size(); ++a) {
            const QJsonObject article = articles.at(a).toObject();
            const QString outlet = article.value(QStringLiteral("outlet")).toString();
            QList<int> only = membersOf.value(a);
            std::sort(only.begin(), only.end());
            const qsizetype heading = rest.indexOf(squeezed(QStringLiteral("Only in %1 (%2 sentence").arg(outlet).arg(only.size())), at);
            QVERIFY2(heading > at, qPrintable(outlet));
            at = heading;
            for (int n = 0; n < only.size(); ++n) {
                const QJsonObject s = article.value(QStringLiteral("sentences")).toArray().at(only.at(n)).toObject();
                QVERIFY(!s.value(QStringLiteral("heading")).toBool());
                const QString item = QString::number(n + 1) + u'.' + squeezed(s.value(QStringLiteral("text")).toString()).left(kEnd);
                QVERIFY2(rest.contains(item), qPrintable(item));
            }
        }
    }

    // A section heading never stands alone at the foot of a page, away from its table or
    // list (the first two articles of the sample story put "Quotes" there before).
    void noHeadingEndsAPage_data()
    {
        QTest::addColumn<QStringList>("files");
        const QDir sample(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples"));
        QStringList two;
        for (const QString &name : sample.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, 2))
            two.append(sample.filePath(name));
        QTest::newRow("sample story, two articles") << two;
        QTest::newRow("fixture story") << story();
    }

    void noHeadingEndsAPage()
    {
        QFETCH(QStringList, files);
        const QString out = m_dir.filePath(QStringLiteral("headings.pdf"));
        const QString library = m_dir.filePath(QStringLiteral("headings-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        const Run r = parallax(QStringList{QStringLiteral("export"), QStringLiteral("--pdf"), out, QStringLiteral("--library"), library} + files);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(out), QPdfDocument::Error::None);
        const QStringList headings{QStringLiteral("Discrepancies"), QStringLiteral("Figures"), QStringLiteral("Quotes"),
                                   QStringLiteral("Discrepancies in full"), QStringLiteral("Appendix")};
        for (int page = 0; page < pdf.pageCount(); ++page) {
            // The lowest line of the page's own text (not the stamped header and footer)
            // is found by where it is drawn: the text comes in reading order, not from the top.
            const QString text = pdf.getAllText(page).text();
            QString lowest;
            double lowestBottom = -1;
            qsizetype at = 0;
            for (const QString &line : text.split(u'\n')) {
                const QString l = line.trimmed();
                const bool stamped = l.startsWith(QLatin1String("Exported ")) || l.startsWith(QLatin1String("Page ")) ||
                                     l.contains(QStringLiteral(" \u2014 ")) || l == QLatin1String("Parallax");
                if (!l.isEmpty() && !stamped) {
                    const double bottom = pdf.getSelectionAtIndex(page, int(at), int(line.size())).boundingRectangle().bottom();
                    if (bottom > lowestBottom) {
                        lowestBottom = bottom;
                        lowest = l;
                    }
                }
                at += line.size() + 1;
            }
            QVERIFY(!lowest.isEmpty());
            QVERIFY2(!headings.contains(lowest) && !lowest.startsWith(QLatin1String("Only in ")) && !lowest.startsWith(QLatin1String("Coverage:")),
                     qPrintable(QStringLiteral("page %1 ends with the heading \"%2\"").arg(page + 1).arg(lowest)));
        }
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
