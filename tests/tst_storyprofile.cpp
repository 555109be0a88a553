// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storyprofile.h"
#include "importers/textimporter.h"

#include <QFile>
#include <QTest>

using namespace Parallax;

// What a story profile keeps of an article: names (a run of capitalised words as one, a name
// after "in" or "at" as a place), figures, dates written out, words; and that it reads back.
class TestStoryProfile final : public QObject
{
    Q_OBJECT

    static const StoryProfile::Term *find(const StoryProfile &p, StoryProfile::Kind kind, const QString &shown)
    {
        for (const StoryProfile::Term &t : p.terms) {
            if (t.kind == kind && (t.shown.isEmpty() ? t.key : t.shown) == shown)
                return &t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void terms_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("found");
        using K = StoryProfile::Kind;
        QTest::newRow("a two-word name") << QStringLiteral("The Saints placed Reggie Bush on injured reserve.") << int(K::Name)
                                         << QStringLiteral("Reggie Bush") << true;
        QTest::newRow("a place after in") << QStringLiteral("A strong quake struck in West Java on Monday.") << int(K::Place)
                                          << QStringLiteral("West Java") << true;
        QTest::newRow("a place after at") << QStringLiteral("He won the bout at SAP Arena last night.") << int(K::Place)
                                          << QStringLiteral("SAP Arena") << true;
        QTest::newRow("a sentence's first word is no name") << QStringLiteral("Shares fell. Traders sold.") << int(K::Name)
                                                            << QStringLiteral("Traders") << false;
        QTest::newRow("a month's abbreviation is no name") << QStringLiteral("The rules took effect on Oct. 15 in Rome.")
                                                           << int(K::Name) << QStringLiteral("Oct") << false;
        QTest::newRow("money") << QStringLiteral("The firm paid £3.1bn for the port.") << int(K::Figure)
                               << QStringLiteral("£3.1bn") << true;
        QTest::newRow("a share") << QStringLiteral("The index slipped 0.8% on the day.") << int(K::Figure)
                                 << QStringLiteral("0.8%") << true;
        QTest::newRow("a bare year is a date's business") << QStringLiteral("Founded in 1998, the firm grew.") << int(K::Figure)
                                                          << QStringLiteral("1998") << false;
        QTest::newRow("a count is a figure") << QStringLiteral("At least 43 people were killed.") << int(K::Figure)
                                             << QStringLiteral("43") << true;
        QTest::newRow("a lone one is no figure") << QStringLiteral("The team lost 1 game.") << int(K::Figure)
                                                 << QStringLiteral("1") << false;

        QTest::newRow("month day, year") << QStringLiteral("It happened on January 5, 2011, at dawn.") << int(K::Date)
                                         << QStringLiteral("January 5, 2011") << true;
        QTest::newRow("day month year") << QStringLiteral("Updated 7 July 2012 at 22:46.") << int(K::Date)
                                        << QStringLiteral("7 July 2012") << true;
        QTest::newRow("numeric date") << QStringLiteral("Posted 2/3/2009 5:59 PM.") << int(K::Date) << QStringLiteral("2/3/2009")
                                      << true;
        QTest::newRow("no such day") << QStringLiteral("Filed on February 30, 2011.") << int(K::Date)
                                     << QStringLiteral("February 30, 2011") << false;
    }
    void terms()
    {
        QFETCH(QString, body);
        QFETCH(int, kind);
        QFETCH(QString, shown);
        QFETCH(bool, found);
        Article a;
        a.body = body;
        const StoryProfile p = StoryProfile::of(a);
        QCOMPARE(find(p, StoryProfile::Kind(kind), shown) != nullptr, found);
    }

    // A headline in title case capitalises every word: only the names its body writes as names
    // count as names; a headline in sentence case keeps its names.
    void titleCaseHeadline()
    {
        Article a;
        a.title = QStringLiteral("Senate Passes Sweeping Budget Bill After Marathon Session");
        a.body = QStringLiteral("The bill cleared the Senate late on Friday, said Mara Lindqvist.");
        const StoryProfile p = StoryProfile::of(a);
        QVERIFY(!find(p, StoryProfile::Kind::Name, QStringLiteral("Senate Passes Sweeping Budget Bill After Marathon Session")));
        QVERIFY(!find(p, StoryProfile::Kind::Name, QStringLiteral("Sweeping")));
        QVERIFY(find(p, StoryProfile::Kind::Name, QStringLiteral("Senate")));
        QVERIFY(find(p, StoryProfile::Kind::Word, QStringLiteral("sweeping")));

        a.title = QStringLiteral("Calloway to buy Kestrel Harbour in a rushed deal");
        QVERIFY(find(StoryProfile::of(a), StoryProfile::Kind::Name, QStringLiteral("Kestrel Harbour")));
    }

    void dateKeyIsTheDay()
    {
        Article a;
        a.body = QStringLiteral("On January 5, 2011 the club said so.");
        const StoryProfile p = StoryProfile::of(a);
        const StoryProfile::Term *t = find(p, StoryProfile::Kind::Date, QStringLiteral("January 5, 2011"));
        QVERIFY(t);
        QCOMPARE(t->key, QStringLiteral("2011-01-05"));
    }

    // The headline counts twice; the profile keeps the most frequent terms of each channel.
    void headlineCountsTwiceAndProfilesAreBounded()
    {
        QFile f(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/01_northgate-wire.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Article wire = *TextImporter().parse(f.readAll(), f.fileName()).article;
        const StoryProfile p = StoryProfile::of(wire);
        const StoryProfile::Term *kestrel = find(p, StoryProfile::Kind::Name, QStringLiteral("Kestrel"));
        QVERIFY(kestrel);
        QVERIFY(kestrel->count >= 3);
        QVERIFY(find(p, StoryProfile::Kind::Figure, QStringLiteral("£3.1bn")));
        QVERIFY(p.terms.size() <= StoryProfile::kMaxWords + StoryProfile::kMaxNames + StoryProfile::kMaxFacts);
        for (qsizetype i = 1; i < p.terms.size(); ++i) {
            const auto &a = p.terms.at(i - 1), &b = p.terms.at(i);
            QVERIFY(std::pair(a.kind, a.key) < std::pair(b.kind, b.key));
        }
        QCOMPARE(StoryProfile::fromBytes(p.toBytes()), p);
    }

    void damagedBytesGiveNoProfile()
    {
        Article a;
        a.body = QStringLiteral("Calloway Freight agreed to buy Kestrel Harbour for £3.1bn.");
        const QByteArray bytes = StoryProfile::of(a).toBytes();
        QVERIFY(StoryProfile::fromBytes(bytes.left(bytes.size() / 2)).isEmpty());
        QVERIFY(StoryProfile::fromBytes(QByteArray("\x07garbage", 8)).isEmpty());
        QVERIFY(StoryProfile::fromBytes({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoryProfile)
#include "tst_storyprofile.moc"
