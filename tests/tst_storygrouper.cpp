// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"
#include "core/storygrouper.h"

#include <QTest>

using namespace Parallax;

// Which articles make one story, decided from profiles alone: one event, not one topic; no
// chains; the days kept; the same outcome in any order; the reader's stories kept.
class TestStoryGrouper final : public QObject
{
    Q_OBJECT

    struct Piece
    {
        QString name;
        QString title;
        QString body;
        QDate date;
    };

    // Two events of one kind (two quakes, two injured players), each covered three times in
    // other words; plus an unrelated piece.
    static QList<Piece> pieces()
    {
        const QDate day(2024, 5, 6);
        return {
            {QStringLiteral("quake-a1"), QStringLiteral("Magnitude 6.1 earthquake strikes West Java"),
             QStringLiteral("A magnitude 6.1 earthquake struck in West Java on Monday, killing 12 people in Cianjur. Rescuers "
                            "searched collapsed homes in Cianjur as aftershocks shook the region, officials in Bandung said."),
             day},
            {QStringLiteral("quake-a2"), QStringLiteral("Deadly quake hits Indonesia's West Java"),
             QStringLiteral("At least 12 people died when a 6.1 magnitude quake hit in West Java. Houses in Cianjur "
                            "collapsed and residents fled into the streets, the disaster agency in Bandung reported."),
             day},
            {QStringLiteral("quake-a3"), QStringLiteral("Cianjur counts the dead after earthquake"),
             QStringLiteral("Cianjur was mourning 12 dead on Monday after the earthquake in West Java toppled homes. "
                            "The 6.1 tremor was felt as far as Bandung, where offices were evacuated."),
             day.addDays(1)},
            {QStringLiteral("quake-b1"), QStringLiteral("Earthquake of magnitude 5.8 shakes southern Iran"),
             QStringLiteral("An earthquake of magnitude 5.8 struck in Hormozgan province on Monday, injuring 40 people "
                            "near Bandar Abbas. Homes collapsed in villages and rescuers searched the rubble, officials said."),
             day},
            {QStringLiteral("quake-b2"), QStringLiteral("Iran quake injures dozens near Bandar Abbas"),
             QStringLiteral("Forty people were hurt when a 5.8 magnitude quake hit in Hormozgan. Villages near Bandar Abbas "
                            "saw houses collapse, and aftershocks followed, Iranian state media reported."),
             day},
            {QStringLiteral("quake-b3"), QStringLiteral("Hormozgan villages damaged by 5.8 tremor"),
             QStringLiteral("Rescuers in Hormozgan dug through collapsed homes after the 5.8 earthquake near Bandar Abbas. "
                            "The Red Crescent said 40 people were injured."),
             day},
            {QStringLiteral("council"), QStringLiteral("Council approves cycle lane"),
             QStringLiteral("The council approved a new cycle lane on the high street after residents and shopkeepers "
                            "were consulted about deliveries and parking."),
             day},
        };
    }

    static StoryGrouper::Rarity rarityOf(const QList<StoryProfile> &profiles)
    {
        StoryGrouper::Rarity r;
        r.documents = int(profiles.size());
        for (const StoryProfile &p : profiles) {
            QList<quint64> seen;
            for (const StoryProfile::Term &t : p.terms) {
                const quint64 term = StoryGrouper::termHash(t);
                if (!seen.contains(term)) {
                    seen.append(term);
                    r.documentFrequency[term] += 1;
                }
            }
        }
        return r;
    }

    // The groups as sorted lists of piece names, sorted.
    static QList<QStringList> grouped(const QList<Piece> &list, const QList<qint64> &fixedStories = {})
    {
        QList<StoryGrouper::Item> items;
        QList<StoryProfile> profiles;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Article a;
            a.title = list.at(i).title;
            a.body = list.at(i).body;
            StoryGrouper::Item item;
            item.id = i + 1;
            item.profile = StoryProfile::of(a);
            item.order = item.profile.toBytes();
            item.date = list.at(i).date;
            item.fixedStory = fixedStories.value(i);
            items.append(item);
            profiles.append(item.profile);
        }
        QList<QStringList> out;
        for (const StoryGrouper::Group &g : StoryGrouper::group(items, rarityOf(profiles))) {
            QStringList names;
            for (qint64 id : g.ids)
                names.append(list.at(id - 1).name);
            names.sort();
            out.append(names);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void oneStoryPerEvent()
    {
        const QList<QStringList> groups = grouped(pieces());
        QCOMPARE(groups, (QList<QStringList>{
                             {QStringLiteral("quake-a1"), QStringLiteral("quake-a2"), QStringLiteral("quake-a3")},
                             {QStringLiteral("quake-b1"), QStringLiteral("quake-b2"), QStringLiteral("quake-b3")},
                         }));
    }

    // A new article among many regroups only what it reaches: its event's coverage and their
    // story, not the other quake or the council; and those get what grouping all would give.
    void regroupingTheNewGivesWhatGroupingAllGives_data()
    {
        QTest::addColumn<QString>("added");
        QTest::addColumn<QStringList>("reached");
        QTest::newRow("a third report of a quake") << QStringLiteral("quake-a3")
                                                   << QStringList{QStringLiteral("quake-a1"), QStringLiteral("quake-a2"),
                                                                  QStringLiteral("quake-a3")};
        QTest::newRow("an unrelated piece") << QStringLiteral("council") << QStringList{QStringLiteral("council")};
    }
    void regroupingTheNewGivesWhatGroupingAllGives()
    {
        QFETCH(QString, added);
        QFETCH(QStringList, reached);
        const QList<Piece> list = pieces();
        QList<StoryGrouper::Item> items;
        QList<StoryProfile> profiles;
        qint64 addedId = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            Article a;
            a.title = list.at(i).title;
            a.body = list.at(i).body;
            StoryGrouper::Item item;
            item.id = i + 1;
            item.profile = StoryProfile::of(a);
            item.order = item.profile.toBytes();
            item.date = list.at(i).date;
            items.append(item);
            profiles.append(item.profile);
            if (list.at(i).name == added)
                addedId = item.id;
        }
        const StoryGrouper::Rarity rarity = rarityOf(profiles);
        // The stories before the new article came: what grouping the others gave.
        QList<StoryGrouper::Item> before = items;
        before.removeIf([&](const StoryGrouper::Item &item) { return item.id == addedId; });
        const QList<StoryGrouper::Group> earlier = StoryGrouper::group(before, rarity);
        for (qsizetype g = 0; g < earlier.size(); ++g) {
            for (StoryGrouper::Item &item : items) {
                if (earlier.at(g).ids.contains(item.id))
                    item.story = 100 + g;
            }
        }

        const StoryGrouper::Regrouping r = StoryGrouper::regroup(items, rarity, {addedId});
        QStringList names;
        for (qint64 id : r.regrouped)
            names.append(list.at(id - 1).name);
        names.sort();
        QCOMPARE(names, reached);
        QList<StoryGrouper::Group> whole = StoryGrouper::group(items, rarity);
        whole.removeIf([&](const StoryGrouper::Group &g) { return !r.regrouped.contains(g.ids.first()); });
        QCOMPARE(r.groups.size(), whole.size());
        for (qsizetype g = 0; g < whole.size(); ++g) {
            QCOMPARE(r.groups.at(g).ids, whole.at(g).ids);
            QCOMPARE(r.groups.at(g).central, whole.at(g).central);
        }
    }

    void sameGroupsInAnyOrder()
    {
        const QList<Piece> list = pieces();
        const QList<QStringList> expected = grouped(list);
        QList<Piece> reversed(list.crbegin(), list.crend());
        QCOMPARE(grouped(reversed), expected);
        QList<Piece> rotated = list.mid(3) + list.mid(0, 3);
        QCOMPARE(grouped(rotated), expected);
    }

    // The same coverage spread over too many days is split: no story spans more than kDays.
    void daysKept_data()
    {
        QTest::addColumn<int>("daysApart");
        QTest::addColumn<bool>("together");
        QTest::newRow("same day") << 0 << true;
        QTest::newRow("next day") << 1 << true;
        QTest::newRow("beyond the window") << StoryGrouper::kDays + 1 << false;
    }
    void daysKept()
    {
        QFETCH(int, daysApart);
        QFETCH(bool, together);
        QList<Piece> list = pieces().mid(3, 2); // two reports of the Iran quake
        list[1].date = list[0].date.addDays(daysApart);
        QCOMPARE(grouped(list).size(), together ? 1 : 0);
    }

    void termHashIsTheKeysHash()
    {
        const StoryProfile::Term name{QStringLiteral("reggi bush"), QStringLiteral("Reggie Bush"), StoryProfile::Kind::Name, 2};
        QCOMPARE(StoryGrouper::termKey(name), QStringLiteral("n:reggi bush"));
        QCOMPARE(StoryGrouper::termHash(name), StoryGrouper::keyHash(u"n:reggi bush"));
        StoryProfile::Term place = name;
        place.kind = StoryProfile::Kind::Place; // one channel: the same term
        QCOMPARE(StoryGrouper::termHash(place), StoryGrouper::termHash(name));
        StoryProfile::Term word = name;
        word.kind = StoryProfile::Kind::Word;
        QVERIFY(StoryGrouper::termHash(word) != StoryGrouper::termHash(name));
    }

    void dayFactorFalls()
    {
        const QDate d(2024, 5, 6);
        QCOMPARE(StoryGrouper::dayFactor(d, d), 1.0);
        QVERIFY(StoryGrouper::dayFactor(d, d.addDays(1)) < 1.0);
        QCOMPARE(StoryGrouper::dayFactor(d, d.addDays(StoryGrouper::kDays + 1)), 0.0);
        QCOMPARE(StoryGrouper::dayFactor(d, QDate()), 1.0);
    }

    // A reader's story keeps what they put in it; a matching article may join it.
    void readersStoryKept()
    {
        QList<Piece> list = pieces();
        // The reader put the council piece with the first quake report.
        const QList<QStringList> groups = grouped(list, {7, 0, 0, 0, 0, 0, 7});
        const auto together = [&](const QString &x, const QString &y) {
            return std::any_of(groups.cbegin(), groups.cend(), [&](const QStringList &g) { return g.contains(x) && g.contains(y); });
        };
        QVERIFY(together(QStringLiteral("council"), QStringLiteral("quake-a1")));
        QVERIFY(!together(QStringLiteral("council"), QStringLiteral("quake-b1")));
        QVERIFY(groups.contains(QStringList{QStringLiteral("quake-b1"), QStringLiteral("quake-b2"), QStringLiteral("quake-b3")}));
    }

    void evidenceNamesWhatIsShared()
    {
        QList<StoryProfile> members, all;
        for (const Piece &p : pieces()) {
            Article a;
            a.title = p.title;
            a.body = p.body;
            all.append(StoryProfile::of(a));
            if (p.name.startsWith(QLatin1String("quake-b")))
                members.append(all.last());
        }
        const StoryGrouper::Evidence why = StoryGrouper::explain(members, rarityOf(all));
        QVERIFY2(why.names.contains(QStringLiteral("Bandar Abbas")) || why.places.contains(QStringLiteral("Bandar Abbas")),
                 qPrintable(why.names.join(u',') + u'|' + why.places.join(u',')));
        QVERIFY(why.places.contains(QStringLiteral("Hormozgan")));
        QVERIFY(!why.names.contains(QStringLiteral("Cianjur")));
        QVERIFY(why.figures.contains(QStringLiteral("5.8")));
        // A name once, in its fullest form.
        QVERIFY(!why.names.contains(QStringLiteral("Bandar")) && !why.places.contains(QStringLiteral("Bandar")));
    }
};

QTEST_GUILESS_MAIN(TestStoryGrouper)
#include "tst_storygrouper.moc"
