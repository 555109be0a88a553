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
        QTest::newRow("question and exclamation") << QStringLiteral("Is it over? Not yet! Wait.")
                                                  << QStringList{QStringLiteral("Is it over?"), QStringLiteral("Not yet!"), QStringLiteral("Wait.")};
    }
    void sentences()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(TestSegmenter::sentences(body), expected);
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
