// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/textdecoder.h"
#include "importers/textimporter.h"

#include <QFile>
#include <QTest>

using namespace Parallax;

// Reading .txt and .md articles: encodings, header metadata, titles, Markdown.
class TestTextImporter final : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(PARALLAX_TEST_DATA "/encodings/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return f.readAll();
    }

    static Article parse(const QString &text, const QString &path = QStringLiteral("/news/wire-report.txt"))
    {
        const ImportResult r = TextImporter::parseText(text, path, path.endsWith(QLatin1String(".md")));
        if (!r.ok())
            qFatal("parse failed");
        return *r.article;
    }

private Q_SLOTS:
    void creditsAreKept()
    {
        const QByteArray text = "title: Food stocks\n\nShares in Halden Foods fell on Tuesday after a profit warning.\n\n"
                                "The company blamed the cost of grain.\n\nInvestors sold other food stocks too.\n\n"
                                "Reporting by Priya Anand and Owen Fairley in London; Additional reporting by Lotte Jansen; Editing by Tom Reyes\n";
        const ImportResult r = TextImporter().parse(text, QStringLiteral("food.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.article->body.contains(QStringLiteral("Reporting by")));
        QCOMPARE(r.article->byline, QStringLiteral("Priya Anand and Owen Fairley"));
        QCOMPARE(r.article->credits.size(), 3);
        QCOMPARE(r.article->credits.at(1), QStringLiteral("Additional reporting by Lotte Jansen"));
    }

    void pastedFurnitureIsSetAside()
    {
        TextImporter importer;
        const QByteArray text = "title: Strike ends\n\nThe ferry strike ended on Friday after three weeks.\n\n"
                                "Services resume on Monday, the operator said.\n\nIslanders welcomed the news.\n\n"
                                "Share this article:\n\nAbout the author\n\nAda Moss covers the islands for the Gazette.\n";
        const ImportResult r = importer.parse(text, QStringLiteral("strike.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->body, QStringLiteral("The ferry strike ended on Friday after three weeks.\n\n"
                                                 "Services resume on Monday, the operator said.\n\nIslanders welcomed the news."));
        QCOMPARE(r.article->trimmed, (QStringList{QStringLiteral("Share this article:"), QStringLiteral("About the author"),
                                                  QStringLiteral("Ada Moss covers the islands for the Gazette.")}));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reference");
        QTest::newRow("UTF-8 with BOM") << QStringLiteral("rich-utf8-bom.txt") << QStringLiteral("rich-utf8.txt");
        QTest::newRow("UTF-16 LE with BOM, CRLF") << QStringLiteral("rich-utf16le-bom.txt") << QStringLiteral("rich-utf8.txt");
        QTest::newRow("UTF-16 BE with BOM") << QStringLiteral("rich-utf16be-bom.txt") << QStringLiteral("rich-utf8.txt");
        QTest::newRow("Windows-1252, CRLF") << QStringLiteral("rich-windows1252.txt") << QStringLiteral("rich-utf8.txt");
        QTest::newRow("ISO-8859-1") << QStringLiteral("latin-iso88591.txt") << QStringLiteral("latin-utf8.txt");
    }
    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, reference);
        TextImporter importer;
        const ImportResult got = importer.parse(fixture(file), file);
        const ImportResult want = importer.parse(fixture(reference), reference);
        QVERIFY2(got.ok(), qPrintable(got.error));
        QVERIFY(want.ok());
        QCOMPARE(got.article->body, want.article->body);
        QCOMPARE(got.article->title, want.article->title);
        // The outlet's own characters survive: curly quotes, pound signs, dashes, accents.
        QVERIFY(got.article->body.contains(QStringLiteral("£3.1bn")));
    }

    void binaryIsRefused()
    {
        const DecodedText d = TextDecoder::decode(QByteArray("PK\x03\x04\x00\x00binary", 12));
        QVERIFY(!d.ok());
        QVERIFY(d.error.contains(QStringLiteral("binary")));
    }

    void corpusDateMarker()
    {
        const Article a = parse(QStringLiteral(" date 2025-01-28 US President Donald Trump has called the rise of DeepSeek “a wake-up call”.\n\nShares fell."));
        QCOMPARE(a.published, QDate(2025, 1, 28));
        QVERIFY(a.body.startsWith(QStringLiteral("US President Donald Trump")));
        // No headline line: the title is the first sentence.
        QCOMPARE(a.title, QStringLiteral("US President Donald Trump has called the rise of DeepSeek “a wake-up call”."));
        // Nothing names the outlet: the file's name stands in, said to be no outlet's.
        QVERIFY(a.outlet.isEmpty());
        QCOMPARE(a.displayName(), QStringLiteral("Unknown outlet (wire-report)"));
    }

    void headerLines()
    {
        const Article a = parse(QStringLiteral(
            "Title: Harbour deal lifts shares\noutlet: Northgate Wire\nurl: https://example.org/a\n"
            "byline: Ada Moss\ndate: 2026-03-14\nlanguage: en\n\nFirst paragraph here.\n\nSecond."));
        QCOMPARE(a.title, QStringLiteral("Harbour deal lifts shares"));
        QCOMPARE(a.outlet, QStringLiteral("Northgate Wire"));
        QCOMPARE(a.url, QStringLiteral("https://example.org/a"));
        QCOMPARE(a.byline, QStringLiteral("Ada Moss"));
        QCOMPARE(a.published, QDate(2026, 3, 14));
        QCOMPARE(a.language, QStringLiteral("en"));
        QCOMPARE(a.body, QStringLiteral("First paragraph here.\n\nSecond."));
        QCOMPARE(a.wordCount, 4);
    }

    void bodyLineThatLooksLikeAHeaderStaysInTheBody()
    {
        // "Note:" is not a known header key, so nothing is taken from the body.
        const Article a = parse(QStringLiteral("Note: shares fell sharply on Monday in early trading.\n\nMore text."));
        QVERIFY(a.body.startsWith(QStringLiteral("Note: shares fell")));
    }

    void headlineFirstLineBecomesTitle()
    {
        const Article a = parse(QStringLiteral("Trump Warns US Tech Firms: DeepSeek a ‘Wake-Up Call’\n\nUS President Donald Trump has sounded the alarm."));
        QCOMPARE(a.title, QStringLiteral("Trump Warns US Tech Firms: DeepSeek a ‘Wake-Up Call’"));
        QCOMPARE(a.body, QStringLiteral("US President Donald Trump has sounded the alarm."));
    }

    void longFirstSentenceIsShortened()
    {
        const Article a = parse(QStringLiteral(
            "In a striking commentary, U.S. President Donald Trump has described the ascent of the Chinese "
            "artificial intelligence company DeepSeek as a wake-up call for American tech firms. More."));
        QVERIFY(a.title.startsWith(QStringLiteral("In a striking commentary, U.S. President")));
        QVERIFY(a.title.endsWith(QChar(0x2026)));
        QVERIFY(a.title.size() <= 91);
    }

    void markdown()
    {
        const Article a = parse(QStringLiteral(
            "# Harbour deal *lifts* shares\n\nShares rose **12.4%** after the [deal](https://x.example/d).\n\n"
            "> “A good day,” said Mara Lindqvist.\n\n## Reaction\n\n- Analysts were _cautious_.\n"),
            QStringLiteral("/news/harbour.md"));
        QCOMPARE(a.title, QStringLiteral("Harbour deal lifts shares"));
        QCOMPARE(a.sourceFormat, QStringLiteral("markdown"));
        QCOMPARE(a.body, QStringLiteral("Shares rose 12.4% after the deal.\n\n“A good day,” said Mara Lindqvist.\n\n"
                                        "Reaction\n\n\u2022 Analysts were cautious."));
    }

    void textWithoutWordsIsRefused()
    {
        const ImportResult r = TextImporter::parseText(QStringLiteral("title: Only a header\n\n  \n"), QStringLiteral("x.txt"), false);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
