// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractionevaluation.h"
#include "importers/fileimporter.h"
#include "importers/htmlimporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Parallax;

// Saved web pages: the article body against hand-made references, the metadata, and the
// safety of reading a page (nothing it references is fetched, none of its scripts runs).
class TestHtmlImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractionQuality()
    {
        const QDir root(QStringLiteral(PARALLAX_TEST_DATA "/html"));
        QList<ExtractionEvaluation::Result> results;
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!QFile::exists(root.filePath(name + QStringLiteral("/expected.txt"))))
                continue;
            results.append(ExtractionEvaluation::evaluate(root.filePath(name)));
        }
        qInfo().noquote() << ExtractionEvaluation::report(results);
        QVERIFY2(results.size() >= 6, "the evaluation set is in tests/data/html");
        double f1 = 0;
        for (const ExtractionEvaluation::Result &r : std::as_const(results)) {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.name + QStringLiteral(": ") + r.error));
            QVERIFY2(r.f1 >= 0.85, qPrintable(r.name));
            QVERIFY2(r.wrongMetadata.isEmpty(), qPrintable(r.name + QStringLiteral(": ") + r.wrongMetadata.join(QStringLiteral("; "))));
            f1 += r.f1;
        }
        QVERIFY2(f1 / results.size() >= 0.95, "mean token F1 of the article bodies");
    }

    // Small pages written for this test, one pattern of real sites each: where the date,
    // outlet and byline are written, what lists and comments look like.
    void pagePatterns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QStringList>("inBody");
        QTest::addColumn<QStringList>("notInBody");
        const QString vote = QStringLiteral("voted by a large majority");
        QTest::newRow("date in itemprop=datePublished") << "itemprop-date.html" << "Harbour workers accept pay offer"
                                                        << "Quay Business" << "Mara Quill" << "2012-10-29" << QStringList{vote}
                                                        << QStringList{QStringLiteral("Markets")};
        QTest::newRow("date as the text of <time>, kicker above the headline")
            << "time-text-date.html" << "Harbour workers accept pay offer" << "Seaboard Magazine" << "" << "2012-10-30"
            << QStringList{vote} << QStringList{QStringLiteral("SmartNews"), QStringLiteral("Keeping you current")};
        QTest::newRow("dates: JSON-LD trusted over article:published_time, itemprop and <time>")
            << "date-trust-order.html" << "Harbour workers accept pay offer" << "" << "" << "2013-02-14"
            << QStringList{vote} << QStringList{};
        QTest::newRow("dates: <time datetime> trusted over a <time> holding text")
            << "time-datetime.html" << "Harbour workers accept pay offer" << "" << "" << "2013-03-01"
            << QStringList{vote} << QStringList{};
        QTest::newRow("outlet from the address, spelt as the title spells it")
            << "address-only-outlet.html" << "Harbour workers accept pay offer" << "Harbour Science" << "" << ""
            << QStringList{vote} << QStringList{};
        QTest::newRow("no metadata: nothing guessed, the outlet unknown")
            << "no-metadata.html" << "Harbour workers accept pay offer" << "" << "" << "" << QStringList{vote}
            << QStringList{};
        QTest::newRow("outlet only in the title, beside the headline")
            << "title-outlet.html" << "Harbour workers accept pay offer" << "Seaboard Magazine" << "" << "" << QStringList{vote}
            << QStringList{};
        QTest::newRow("outlet's slogan and a time-first date line set aside")
            << "slogan-and-dateline.html" << "Harbour workers accept pay offer" << "Daily Quay" << "" << ""
            << QStringList{vote} << QStringList{QStringLiteral("Home of the Daily"), QStringLiteral("PUBLISHED")};
        QTest::newRow("JSON-LD: headline, authors, publisher, date, articleBody beyond a teaser")
            << "json-ld.html" << "Calloway agrees to buy Kestrel Harbour" << "Quay Wire" << "Ada Brook and Tom Reyes"
            << "2013-02-14" << QStringList{QStringLiteral("rail link to the inland depot")}
            << QStringList{QStringLiteral("Subscribe")};
        QTest::newRow("lists in the article read (items with more than a link too), lists of links left out with their heading")
            << "lists.html" << "What the strike deal means" << "Quay Daily" << "" << "2012-11-06"
            << QStringList{QStringLiteral("A pay rise of 6 per cent"), QStringLiteral("No compulsory redundancies"),
                           QStringLiteral("second ballot"), QStringLiteral("Talks break down over night shifts"),
                           QStringLiteral("Launch and main event at the quay")}
            << QStringList{QStringLiteral("Related stories"), QStringLiteral("Harbour strike enters third week")};
        QTest::newRow("blog post: the comments after 'Posted by' left out")
            << "blog-comments.html" << "A walk along the harbour wall" << "" << "" << ""
            << QStringList{QStringLiteral("lemon cake"), QStringLiteral("no shelter at all")}
            << QStringList{QStringLiteral("grandfather"), QStringLiteral("queue for the café"), QStringLiteral("Posted by")};
    }

    void pagePatterns()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, outlet);
        QFETCH(QString, byline);
        QFETCH(QString, published);
        QFETCH(QStringList, inBody);
        QFETCH(QStringList, notInBody);
        const ImportResult r = FileImporter().importFile(QStringLiteral(PARALLAX_TEST_DATA "/html-patterns/") + file);
        QVERIFY2(r.ok(), qPrintable(file + QStringLiteral(": ") + r.error));
        const Article &a = *r.article;
        QCOMPARE(a.title, title);
        QCOMPARE(a.outlet, outlet);
        QCOMPARE(a.byline, byline);
        QCOMPARE(a.published.toString(Qt::ISODate), published);
        for (const QString &text : inBody)
            QVERIFY2(a.body.contains(text), qPrintable(text + QStringLiteral(" missing from:\n") + a.body));
        for (const QString &text : notInBody)
            QVERIFY2(!a.body.contains(text), qPrintable(text + QStringLiteral(" kept in:\n") + a.body));
    }

    // The page's date candidates, in order of trust, as pages write them.
    void datesAsPagesWriteThem_data()
    {
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("published");
        QTest::newRow("ISO with time") << QStringList{QStringLiteral("2012-10-29T09:15:00-04:00")} << "2012-10-29";
        QTest::newRow("month first") << QStringList{QStringLiteral("October 30, 2012")} << "2012-10-30";
        QTest::newRow("abbreviated, weekday") << QStringList{QStringLiteral("Tue, Jan. 3, 2012 10:12")} << "2012-01-03";
        QTest::newRow("day first") << QStringList{QStringLiteral("3 January 2012")} << "2012-01-03";
        QTest::newRow("RFC 822") << QStringList{QStringLiteral("Tue, 03 Jan 2012 10:00:00 GMT")} << "2012-01-03";
        QTest::newRow("ordinal") << QStringList{QStringLiteral("October 29th, 2012")} << "2012-10-29";
        QTest::newRow("numeric day and month: not guessed") << QStringList{QStringLiteral("01/03/2012")} << "";
        QTest::newRow("first readable one wins")
            << QStringList{QStringLiteral("yesterday"), QStringLiteral("2013-02-14"), QStringLiteral("2012-01-01")} << "2013-02-14";
        QTest::newRow("none") << QStringList{} << "";
    }

    void datesAsPagesWriteThem()
    {
        QFETCH(QStringList, candidates);
        QFETCH(QString, published);
        const QJsonObject o{{QStringLiteral("title"), QStringLiteral("Harbour deal")},
                            {QStringLiteral("paragraphs"), QJsonArray{QStringLiteral("Calloway Freight agreed to buy Kestrel Harbour.")}},
                            {QStringLiteral("dates"), QJsonArray::fromStringList(candidates)}};
        const ImportResult r = HtmlImporter::fromExtraction(QJsonDocument(o).toJson(), QStringLiteral("/tmp/deal.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->published.toString(Qt::ISODate), published);
    }

    // Names as pages give them, read as a person would write them.
    void namesAsPagesGiveThem_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("byline");
        QTest::newRow("site name that is an address") << "siteName" << "http://www.quaynews.in/" << "quaynews.in" << "";
        QTest::newRow("site name running on into a description")
            << "siteName" << "QuayNow.com - Harwick, Kestrel - Breaking News, Opinions & Community Happenings"
            << "QuayNow.com" << "";
        QTest::newRow("byline after a category") << "readabilityByline" << "Posted in Living Room By Raphaelle Dunn"
                                                 << "" << "Raphaelle Dunn";
        QTest::newRow("byline with a job title") << "readabilityByline" << "By Mara Quill, Staff Writer" << "" << "Mara Quill";
        QTest::newRow("dateline is no byline") << "readabilityByline" << "OKLAHOMA CITY —" << "" << "";
        QTest::newRow("a link's label is no byline") << "readabilityByline" << "View blog authority" << "" << "";
    }

    void namesAsPagesGiveThem()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, outlet);
        QFETCH(QString, byline);
        const QJsonObject o{{QStringLiteral("title"), QStringLiteral("Harbour vote")},
                            {QStringLiteral("paragraphs"), QJsonArray{QStringLiteral("Dock workers at Kestrel Harbour voted to accept the offer.")}},
                            {key, value}};
        const ImportResult r = HtmlImporter::fromExtraction(QJsonDocument(o).toJson(), QStringLiteral("/tmp/vote.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->outlet, outlet);
        QCOMPARE(r.article->byline, byline);
    }

    // Lines of the page's frame that Readability leaves in a body are set aside (kept in
    // `trimmed`); article sentences that look a little like them stay.
    void pageFrameLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("setAside");
        QTest::newRow("copyright") << "Copyright 2012 The Associated Press. All rights reserved." << true;
        QTest::newRow("agency credit") << "Getty Images" << true;
        QTest::newRow("photographer and agency") << "Matt Sayles/AP Photo" << true;
        QTest::newRow("blog navigation") << "« A year from now you'll wish you had started today | Main" << true;
        QTest::newRow("tags") << "Tags: harbour, strike, Kestrel" << true;
        QTest::newRow("comment count") << "Comments (0)" << true;
        QTest::newRow("a line of dashes") << "—————" << true;
        QTest::newRow("time-first date line") << "PUBLISHED: 00:01, Tue, Jan 3, 2012 | UPDATED: 10:12, Tue, Jan 3, 2012" << true;
        QTest::newRow("sentence naming an agency")
            << "Reuters reported that the harbour would close for two days while the cranes were repaired." << false;
        QTest::newRow("sentence about comments") << "Comments from the union were more guarded than the company's." << false;
    }

    void pageFrameLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, setAside);
        const QString first = QStringLiteral("Dock workers at Kestrel Harbour voted by a large majority on Thursday to accept the pay offer.");
        const QString second = QStringLiteral("The union said the result showed its members wanted a return to normal working.");
        const QString third = QStringLiteral("Calloway Freight said it welcomed the vote and would meet the union again next month.");
        const QJsonObject o{{QStringLiteral("title"), QStringLiteral("Harbour vote")},
                            {QStringLiteral("paragraphs"), QJsonArray{first, second, line, third}}};
        const ImportResult r = HtmlImporter::fromExtraction(QJsonDocument(o).toJson(), QStringLiteral("/tmp/vote.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.article->body.contains(third));
        QCOMPARE(r.article->trimmed.contains(line), setAside);
        QCOMPARE(r.article->body.contains(line), !setAside);
    }

    void manyPagesInOneExtractorStayApart()
    {
        // Pages read one after another in the same extractor: nothing of one page reaches the next.
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA "/html-patterns"));
        for (int round = 0; round < 2; ++round) {
            const ImportResult lists = FileImporter().importFile(dir.filePath(QStringLiteral("lists.html")));
            const ImportResult ld = FileImporter().importFile(dir.filePath(QStringLiteral("json-ld.html")));
            QVERIFY(lists.ok() && ld.ok());
            QVERIFY(!ld.article->body.contains(QStringLiteral("compulsory")));
            QCOMPARE(ld.article->outlet, QStringLiteral("Quay Wire"));
            QCOMPARE(lists.article->outlet, QStringLiteral("Quay Daily"));
        }
    }

    void furnitureIsTrimmedButKept()
    {
        const ImportResult r = FileImporter().importFile(QStringLiteral(PARALLAX_TEST_DATA "/html/02-wordpress-regional/page.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.article->body.contains(QStringLiteral("About the author")));
        const QString trimmed = r.article->trimmed.join(u'\n');
        QVERIFY2(trimmed.contains(QStringLiteral("About the author")), qPrintable(trimmed));
        QVERIFY(trimmed.contains(QStringLiteral("View all posts by")));
    }

    void fetchesNothingAndRunsNoPageScript()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QString page = QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour vote</title>"
            "<link rel=\"stylesheet\" href=\"%1/style.css\"><script src=\"%1/ad.js\"></script>"
            "<meta http-equiv=\"refresh\" content=\"0; url=%1/elsewhere\"><style>@import url(%1/imported.css);</style>"
            "<script>document.title = 'HACKED'; document.addEventListener('DOMContentLoaded', function () {"
            " document.body.innerHTML = '<p>HACKED BY THE PAGE</p>'; });</script></head><body>"
            "<article><h1>Harbour workers vote to accept the offer</h1>"
            "<p>Dock workers at Kestrel Harbour voted by a large majority on Thursday to accept the pay offer that ended three weeks of strikes.</p>"
            "<img src=\"%1/photo.jpg\"><iframe src=\"%1/embed\"></iframe><video poster=\"%1/poster.jpg\" src=\"%1/clip.mp4\"></video>"
            "<p style=\"background:url(%1/bg.png)\">The union said the result showed members wanted a return to normal working after a long and bitter dispute.</p>"
            "<p>Calloway Freight, which is buying the harbour, said it welcomed the vote and would meet the union again next month.</p>"
            "<object data=\"%1/object.swf\"></object></article></body></html>").arg(base);
        HtmlImporter importer;
        const ImportResult r = importer.parse(page.toUtf8(), QStringLiteral("/tmp/harbour-vote.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTest::qWait(500); // anything the page asked for would have arrived by now
        QCOMPARE(connections, 0);
        QVERIFY(r.article->body.contains(QStringLiteral("voted by a large majority")));
        QVERIFY(!r.article->body.contains(QStringLiteral("HACKED")));
        QCOMPARE(r.article->title, QStringLiteral("Harbour workers vote to accept the offer"));
        QCOMPARE(r.article->language, QStringLiteral("en"));
        QCOMPARE(r.article->sourceFormat, QStringLiteral("html"));
    }

    void htmlNestedAHundredThousandDeep()
    {
        // Refused at once with the reason (the extractor would take a minute over it).
        QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Deep</title></head><body>";
        page += QByteArray("<div>").repeated(100000);
        page += "<p>Dock workers at Kestrel Harbour voted by a large majority on Thursday to accept the pay offer.</p>";
        page += QByteArray("</div>").repeated(100000);
        page += "</body></html>";
        QElapsedTimer clock;
        clock.start();
        const ImportResult r = HtmlImporter().parse(page, QStringLiteral("/tmp/deep.html"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("levels deep (more than 2000)")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 2000); // refused before the engine is asked
    }

    void legacyEncodingIsDecoded()
    {
        // A Windows-1252 page that says so in its <meta>: "£" and curly quotes survive.
        QByteArray page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                          "<title>Deal</title></head><body><article><h1>Deal agreed</h1><p>Calloway will pay \xA3" "3.1bn for Kestrel, "
                          "its chief executive said on Friday at the harbour.</p><p>\x93It is a good day for the port,\x94 she said to "
                          "reporters gathered outside the offices in Harwick.</p></article></body></html>";
        const ImportResult r = HtmlImporter().parse(page, QStringLiteral("/tmp/deal.html"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.article->body.contains(QStringLiteral("£3.1bn")), qPrintable(r.article->body));
        QVERIFY(r.article->body.contains(QStringLiteral("“It is a good day for the port,”")));
    }

    void aPageWithoutAnArticleIsRefusedWithAReason()
    {
        const ImportResult r = HtmlImporter().parse("<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
                                                    QStringLiteral("/tmp/empty.html"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("no article text")), qPrintable(r.error));
    }

    void savedPageCompleteAndMhtml()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray html = "<html><head><title>Port deal</title><link rel=\"stylesheet\" href=\"Port deal_files/site.css\"></head>"
                                "<body><article><h1>Port deal</h1><p>Calloway Freight agreed to buy Kestrel Harbour Group for a sum "
                                "the two firms did not disclose on Friday.</p><img src=\"Port deal_files/photo.jpg\"><p>The deal must "
                                "still be cleared by the competition regulator before the end of the year.</p></article></body></html>";
        QDir(dir.path()).mkpath(QStringLiteral("Port deal_files"));
        auto put = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        put(QStringLiteral("Port deal.html"), html);
        put(QStringLiteral("Port deal_files/site.css"), "body { color: red }");
        put(QStringLiteral("Port deal_files/photo.jpg"), QByteArray("\xFF\xD8\xFF\xE0 not really a photo", 24));
        put(QStringLiteral("Port deal_files/tracker.js"), "document.title = 'x';");
        // A folder holding a page saved "complete": one article, the resources left alone.
        const QStringList files = FileImporter::collectFiles({dir.path()});
        QCOMPARE(files, QStringList{dir.filePath(QStringLiteral("Port deal.html"))});

        // The same page saved as one MHTML file.
        const QByteArray mhtml = "From: <Saved by Blink>\r\nSubject: Port deal\r\nMIME-Version: 1.0\r\n"
                                 "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
                                 "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                                 "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://quay.example/port-deal\r\n\r\n" +
                                 html + "\r\n------MultipartBoundary--abc--\r\n";
        put(QStringLiteral("port.mhtml"), mhtml);
        const ImportResult r = FileImporter().importFile(dir.filePath(QStringLiteral("port.mhtml")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->title, QStringLiteral("Port deal"));
        QVERIFY(r.article->body.contains(QStringLiteral("competition regulator")));
    }

    void fileImporterPicksHtmlOverText()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("parallax-test-page.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html><head><meta property=\"og:site_name\" content=\"Quay Daily\"></head><body><article><h1>Port deal</h1>"
                "<p>Calloway Freight agreed to buy Kestrel Harbour Group for a sum the two firms did not disclose.</p>"
                "<p>The deal must still be cleared by the competition regulator before the end of the year.</p></article></body></html>");
        f.close();
        const ImportResult r = FileImporter().importFile(path);
        QFile::remove(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->outlet, QStringLiteral("Quay Daily"));
        QVERIFY(!r.article->body.contains(QStringLiteral("<p>")));
    }
};

QTEST_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
