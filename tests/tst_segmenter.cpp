// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/segmenter.h"

#include <QTest>

using namespace Parallax;

// Sentences and paragraphs as a reader sees them, with exact ranges into the body.
class TestSegmenter final : public QObject
{
    Q_OBJECT

    static QStringList sentences(const QString &body)
    {
        QStringList out;
        for (const Sentence &s : Segmenter::segment(body).sentences)
            out.append(body.mid(s.range.start, s.range.length));
        return out;
    }

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two sentences") << QStringLiteral("Shares fell. Investors fled.")
                                       << QStringList{QStringLiteral("Shares fell."), QStringLiteral("Investors fled.")};
        QTest::newRow("decimal and percent") << QStringLiteral("The index fell 0.46% to 8,500.2 points. It recovered.")
                                             << QStringList{QStringLiteral("The index fell 0.46% to 8,500.2 points."), QStringLiteral("It recovered.")};
        QTest::newRow("initialism before a name")
            << QStringLiteral("U.S. President Donald Trump spoke. Markets moved.")
            << QStringList{QStringLiteral("U.S. President Donald Trump spoke."), QStringLiteral("Markets moved.")};
        QTest::newRow("title") << QStringLiteral("Mr. Liang declined to comment. Dr. Moss agreed.")
                               << QStringList{QStringLiteral("Mr. Liang declined to comment."), QStringLiteral("Dr. Moss agreed.")};
        QTest::newRow("headline line without a stop")
            << QStringLiteral("Nvidia loses $600bn\nShares in Nvidia fell 17%.")
            << QStringList{QStringLiteral("Nvidia loses $600bn"), QStringLiteral("Shares in Nvidia fell 17%.")};
        QTest::newRow("hard-wrapped paragraph joins")
            << QStringLiteral("Shares in the chip maker fell\nsharply on Monday. Others rose.")
            << QStringList{QStringLiteral("Shares in the chip maker fell\nsharply on Monday."), QStringLiteral("Others rose.")};
        QTest::newRow("initialism before a comma")
            << QStringLiteral("After the shock in the U.S., shares in Japanese firms fell. Next.")
            << QStringList{QStringLiteral("After the shock in the U.S., shares in Japanese firms fell."), QStringLiteral("Next.")};
        QTest::newRow("quote with full stops and attribution")
            << QStringLiteral("“It works. We will win,” Mr. Liang said. Shares rose.")
            << QStringList{QStringLiteral("“It works. We will win,” Mr. Liang said."), QStringLiteral("Shares rose.")};
        QTest::newRow("quote closing the sentence")
            << QStringLiteral("She said: “It works. We will win.” Shares rose.")
            << QStringList{QStringLiteral("She said: “It works."), QStringLiteral("We will win.”"), QStringLiteral("Shares rose.")};
        QTest::newRow("abbreviation before a comma")
            << QStringLiteral("The suit names Robert Hale Sr., the founder, and his son. It was filed on Monday.")
            << QStringList{QStringLiteral("The suit names Robert Hale Sr., the founder, and his son."), QStringLiteral("It was filed on Monday.")};
        QTest::newRow("state before a comma and a capital")
            << QStringLiteral("The plant in Hartford, Conn., Britain's largest buyer said, will close. Staff were told.")
            << QStringList{QStringLiteral("The plant in Hartford, Conn., Britain's largest buyer said, will close."), QStringLiteral("Staff were told.")};
        QTest::newRow("company before a comma and a name")
            << QStringLiteral("Tokyo Electric Power Co., Asia's largest utility, restarted a reactor. Shares rose.")
            << QStringList{QStringLiteral("Tokyo Electric Power Co., Asia's largest utility, restarted a reactor."), QStringLiteral("Shares rose.")};
        QTest::newRow("time and time zone")
            << QStringLiteral("Trading resumed at 11 a.m. PST on Friday. Volumes were thin.")
            << QStringList{QStringLiteral("Trading resumed at 11 a.m. PST on Friday."), QStringLiteral("Volumes were thin.")};
        QTest::newRow("time before a weekday")
            << QStringLiteral("The storm made landfall at 5 p.m. Tuesday near the border. Thousands fled.")
            << QStringList{QStringLiteral("The storm made landfall at 5 p.m. Tuesday near the border."), QStringLiteral("Thousands fled.")};
        QTest::newRow("time ending a sentence")
            << QStringLiteral("Polls close at 8 p.m. The count starts at once.")
            << QStringList{QStringLiteral("Polls close at 8 p.m."), QStringLiteral("The count starts at once.")};
        QTest::newRow("company ending a sentence")
            << QStringLiteral("The deal values the shipyard at $2bn, according to Hanwha Ocean Co. In fact, the bid was higher.")
            << QStringList{QStringLiteral("The deal values the shipyard at $2bn, according to Hanwha Ocean Co."), QStringLiteral("In fact, the bid was higher.")};
        QTest::newRow("company before a title and a name")
            << QStringLiteral("Hewlett-Packard Co. Chief Executive Carly Fiorina said demand was strong. Shares rose.")
            << QStringList{QStringLiteral("Hewlett-Packard Co. Chief Executive Carly Fiorina said demand was strong."), QStringLiteral("Shares rose.")};
        QTest::newRow("rank before a name")
            << QStringLiteral("The report was read by Brig. Gen. Mark Dean and retired Adm. Hal Gehman. Both spoke.")
            << QStringList{QStringLiteral("The report was read by Brig. Gen. Mark Dean and retired Adm. Hal Gehman."), QStringLiteral("Both spoke.")};
        QTest::newRow("question and exclamation") << QStringLiteral("Is it over? Not yet! Wait.")
                                                  << QStringList{QStringLiteral("Is it over?"), QStringLiteral("Not yet!"), QStringLiteral("Wait.")};
    }
    void sentences()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(TestSegmenter::sentences(body), expected);
    }

    // Which paragraphs read as section headings: marked, one sentence each, and only before
    // more text.
    void headings_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QList<bool>>("headings"); // one per sentence
        const QString prose = QStringLiteral("The company was founded in 2023 in Hangzhou.");
        QTest::newRow("title-case heading") << QStringLiteral("Founder and Background\n\n") + prose << QList<bool>{true, false};
        QTest::newRow("question heading") << QStringLiteral("What is DeepSeek?\n\n") + prose << QList<bool>{true, false};
        QTest::newRow("heading on its own line, no blank line") << QStringLiteral("The Road Ahead\n") + prose << QList<bool>{true, false};
        QTest::newRow("German heading") << QStringLiteral("Gründer und Hintergrund\n\nDas Unternehmen wurde 2023 gegründet.")
                                        << QList<bool>{true, false};
        QTest::newRow("a sentence is no heading") << QStringLiteral("Shares fell.\n\n") + prose << QList<bool>{false, false};
        QTest::newRow("an introduction is no heading") << QStringLiteral("Marina Zhang said:\n\n") + prose << QList<bool>{false, false};
        QTest::newRow("a long question is no heading")
            << QStringLiteral("So will the American companies manage to keep their lead in the race?\n\n") + prose << QList<bool>{false, false};
        QTest::newRow("a list item is no heading") << QStringLiteral("\u2022 Nvidia down 17%\n\n") + prose << QList<bool>{false, false};
        QTest::newRow("a quote is no heading") << QStringLiteral("\u201CWe win\u201D\n\n") + prose << QList<bool>{false, false};
        QTest::newRow("the last line heads nothing") << prose + QStringLiteral("\n\nAdditional reporting by Ada Moss")
                                                     << QList<bool>{false, false};
    }
    void headings()
    {
        QFETCH(QString, body);
        QFETCH(QList<bool>, headings);
        const Segmentation seg = Segmenter::segment(body);
        QList<bool> got;
        for (const Sentence &s : seg.sentences)
            got.append(s.heading);
        QCOMPARE(got, headings);
    }

    void paragraphsAndRanges()
    {
        const QString body = QStringLiteral("First para. Still first.\n\nSecond “quoted” para.\n\n\nThird.");
        const Segmentation seg = Segmenter::segment(body);
        QCOMPARE(seg.paragraphs.size(), 3);
        QCOMPARE(seg.sentences.size(), 4);
        QCOMPARE(seg.sentences.at(2).paragraph, 1);
        QCOMPARE(seg.sentences.at(3).paragraph, 2);
        // Ranges point at the exact characters of the body, curly quotes included.
        const TextRange r = seg.sentences.at(2).range;
        QCOMPARE(body.mid(r.start, r.length), QStringLiteral("Second “quoted” para."));
    }

    void emptyBody()
    {
        QVERIFY(Segmenter::segment(QString()).sentences.isEmpty());
        QVERIFY(Segmenter::segment(QStringLiteral("\n\n  \n")).paragraphs.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
