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

    // Page furniture pasted along with an article, in English and German, in the forms plain
    // text brings it: paragraphs between blank lines, or one paragraph a line. The body keeps
    // every paragraph of the article, in order; the furniture is set aside, in order.
    void furniture_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("body");
        QTest::addColumn<QStringList>("trimmed");
        QTest::addColumn<QString>("separator");

        const QStringList en{QStringLiteral("The ferry strike ended on Friday after three weeks of talks."),
                             QStringLiteral("Services resume on Monday, the operator said in a statement."),
                             QStringLiteral("Islanders welcomed the news but asked for compensation."),
                             QStringLiteral("The union said its members would vote on the deal next week.")};
        const QStringList de{QStringLiteral("Der Fährstreik endete am Freitag nach drei Wochen Verhandlungen."),
                             QStringLiteral("Ab Montag fahren die Schiffe wieder, teilte die Reederei mit."),
                             QStringLiteral("Die Inselbewohner begrüßten die Einigung, fordern aber Entschädigung."),
                             QStringLiteral("Die Gewerkschaft will kommende Woche über den Vertrag abstimmen.")};
        // Furniture at `at` (the index among the body's paragraphs it stands before; -1: after all).
        struct Row
        {
            const char *name;
            bool german;
            QStringList furniture;
            int at;
        };
        const QList<Row> rows{
            {"en: author bio with a profile heading", false,
             {QStringLiteral("Ada Moss Profile She is a journalist with more than 15 years of experience in shipping. She has "
                             "travelled to 25 countries and written two books."),
              QStringLiteral("She lives in Kirkwall with her family.")},
             -1},
            {"en: one-sentence author note at the end", false,
             {QStringLiteral("Ada Moss is a senior reporter at the Island Gazette.")}, -1},
            {"en: comment prompt", false,
             {QStringLiteral("Leave a Reply"), QStringLiteral("Your email address will not be published. Required fields are marked *"),
              QStringLiteral("Back To Top")},
             -1},
            {"en: table of contents head", false, {QStringLiteral("In This Article:")}, 0},
            {"en: bare references", false, {QStringLiteral("References")}, -1},
            {"en: share prompt", false, {QStringLiteral("Share this story")}, 2},
            {"en: share buttons", false, {QStringLiteral("Facebook Twitter LinkedIn Email")}, 1},
            {"en: caption with agency credit", false,
             {QStringLiteral("A ferry at the pier in Stromness (AFP via Getty Images)")}, 2},
            {"en: photo credit line", false, {QStringLiteral("Photo: Jane Doe/Island Gazette")}, 1},
            {"en: caption ending in a wire credit", false,
             {QStringLiteral("Passengers wait at the terminal in Kirkwall, March 3, 2026. REUTERS/Tom Reyes")}, 3},
            {"de: Autorenprofil", true,
             {QStringLiteral("Zur Person: Lena Vogt ist Redakteurin im Ressort Wirtschaft und schreibt über Verkehr.")}, -1},
            {"de: Autorenzeile am Ende", true, {QStringLiteral("Lena Vogt ist Redakteurin im Ressort Wirtschaft.")}, -1},
            {"de: Kommentaraufforderung", true,
             {QStringLiteral("Schreibe einen Kommentar"),
              QStringLiteral("Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert")},
             -1},
            {"de: Navigation", true, {QStringLiteral("In diesem Artikel:")}, 0},
            {"de: nach oben", true, {QStringLiteral("Nach oben")}, -1},
            {"de: Artikel teilen", true, {QStringLiteral("Artikel teilen")}, 2},
            {"de: Bildunterschrift mit Agentur", true,
             {QStringLiteral("Eine Fähre im Hafen von Kirkwall (Foto: dpa)")}, 1},
            {"de: Fotonachweis", true, {QStringLiteral("Foto: Lena Vogt")}, 3},
        };
        for (const Row &row : rows) {
            const QStringList &body = row.german ? de : en;
            for (const QString &separator : {QStringLiteral("\n\n"), QStringLiteral("\n")}) {
                QStringList paragraphs = body;
                const int at = row.at < 0 ? int(paragraphs.size()) : row.at;
                for (int k = int(row.furniture.size()) - 1; k >= 0; --k)
                    paragraphs.insert(at, row.furniture.at(k));
                QTest::addRow("%s, %s", row.name, separator.size() == 2 ? "blank lines" : "a paragraph a line")
                    << paragraphs.join(separator) << body << row.furniture << separator;
            }
        }
    }
    void furniture()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, body);
        QFETCH(QStringList, trimmed);
        QFETCH(QString, separator);
        const ImportResult r = TextImporter::parseText(QStringLiteral("title: Strike ends\n\n") + text, QStringLiteral("strike.txt"), false);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->body, body.join(separator));
        QCOMPARE(r.article->trimmed, trimmed);
    }

    // Markdown goes through the same rules once its marks are gone; its headings stay in
    // the body (the engine marks them as headings).
    void markdownFurniture()
    {
        const Article a = parse(QStringLiteral(
                                    "# Strike ends\n\n[Back to top](#top)\n\nThe ferry strike ended on Friday after three weeks.\n\n"
                                    "![A ferry](ferry.jpg)\n*Photo: Jane Doe/Island Gazette*\n\n## What happens next\n\n"
                                    "Services resume on Monday, the operator said.\n\nIslanders welcomed the news.\n\n"
                                    "[Share on Facebook](https://facebook.example/s)\n\n**Leave a Reply**\n\nYour email address will not be published.\n"),
                                QStringLiteral("/news/strike.md"));
        QCOMPARE(a.title, QStringLiteral("Strike ends"));
        QCOMPARE(a.body, QStringLiteral("The ferry strike ended on Friday after three weeks.\n\nWhat happens next\n\n"
                                        "Services resume on Monday, the operator said.\n\nIslanders welcomed the news."));
        QCOMPARE(a.trimmed, (QStringList{QStringLiteral("Back to top"), QStringLiteral("Photo: Jane Doe/Island Gazette"),
                                         QStringLiteral("Share on Facebook"), QStringLiteral("Leave a Reply"),
                                         QStringLiteral("Your email address will not be published.")}));
    }

    // Prose that only looks like furniture stays.
    void notFurniture_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::newRow("en: a reporter named in the story") << QStringLiteral("Ada Moss is a senior reporter whose ferry was cancelled twice.");
        QTest::newRow("en: share price") << QStringLiteral("Shares of the operator rose 4% on the news.");
        QTest::newRow("en: references in a sentence") << QStringLiteral("References to the strike were removed from the report.");
        QTest::newRow("en: agency named mid-sentence") << QStringLiteral("Reuters reported that talks had resumed (AFP could not confirm it) on Thursday.");
        QTest::newRow("de: Teilen im Satz") << QStringLiteral("Die Reederei will die Kosten mit dem Land teilen, sagte ein Sprecher.");
        QTest::newRow("de: Person im Text") << QStringLiteral("Zur Einigung trugen beide Seiten bei, hieß es aus Verhandlungskreisen.");
    }
    void notFurniture()
    {
        QFETCH(QString, paragraph);
        const QString body = QStringLiteral("The ferry strike ended on Friday.\n\nServices resume on Monday.\n\n") + paragraph +
                             QStringLiteral("\n\nThe union will vote next week.");
        const ImportResult r = TextImporter::parseText(QStringLiteral("title: Strike ends\n\n") + body, QStringLiteral("strike.txt"), false);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->body, body);
        QVERIFY(r.article->trimmed.isEmpty());
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
