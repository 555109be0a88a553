// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata.h"
#include "core/comparison.h"

#include <QTest>

using namespace Parallax;

// What the figure charts write and which scales they choose: amounts as the news writes
// them, a scale per measure (log only across orders of magnitude), moves on a symmetric
// axis that keeps small moves visible.
class TestChartData final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void amounts_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("pounds, millions")
            << 4.2e6 << QStringLiteral("GBP") << QStringLiteral("£4.2m");
        QTest::newRow("dollars, whole millions")
            << 6e6 << QStringLiteral("USD") << QStringLiteral("$6m");
        QTest::newRow("yuan after the number")
            << 100e9 << QStringLiteral("CNY") << QStringLiteral("100bn yuan");
        QTest::newRow("trillions") << 1.25e12 << QStringLiteral("USD") << QStringLiteral("$1.25tn");
        QTest::newRow("hundreds of billions")
            << 600e9 << QStringLiteral("USD") << QStringLiteral("$600bn");
        QTest::newRow("thousands of euros")
            << 950e3 << QStringLiteral("EUR") << QStringLiteral("€950k");
        QTest::newRow("under a thousand")
            << 12.0 << QStringLiteral("CHF") << QStringLiteral("12 CHF");
        QTest::newRow("zero on an axis") << 0.0 << QStringLiteral("GBP") << QStringLiteral("£0");
        QTest::newRow("rounds up into the next scale")
            << 999.9e6 << QStringLiteral("USD") << QStringLiteral("$1bn");
    }

    void amounts() {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, text);
        QCOMPARE(ChartData::formatAmount(value, unit), text);
    }

    void moves_data() {
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("text");
        QTest::newRow("fall") << -17.0 << QStringLiteral("\u221217%");
        QTest::newRow("small rise") << 0.8 << QStringLiteral("+0.8%");
        QTest::newRow("two decimals") << -0.46 << QStringLiteral("\u22120.46%");
        QTest::newRow("none") << 0.0 << QStringLiteral("0%");
    }

    void moves() {
        QFETCH(double, percent);
        QFETCH(QString, text);
        QCOMPARE(ChartData::formatMove(percent), text);
    }

    void scalePerMeasure() {
        AmountChart chart;
        chart.measures = {QStringLiteral("training cost"), QStringLiteral("market value")};
        chart.points = {{0, 0, 0, 6e6, QStringLiteral("USD"), false},
                        {1, 1, 0, 5.6e6, QStringLiteral("USD"), false},
                        {2, 0, 1, 600e9, QStringLiteral("USD"), false},
                        {3, 1, 1, 2e9, QStringLiteral("USD"), true},
                        {4, 2, 0, 4.2e6, QStringLiteral("GBP"), false}};
        const QList<AmountScale> scales = ChartData::amountScales(chart);
        QCOMPARE(scales.size(),
                 3); // training cost in dollars, market value, training cost in pounds
        QCOMPARE(scales.at(0).measure, QStringLiteral("training cost"));
        QVERIFY(!scales.at(0).log); // $5.6m and $6m: linear, from zero
        QCOMPARE(scales.at(0).lo, 0.0);
        QVERIFY(scales.at(0).hi >= 6e6);
        QCOMPARE(scales.at(0).points, (QList<int>{0, 1}));
        QCOMPARE(scales.at(0).ticks.first().second, QStringLiteral("$0"));
        QVERIFY(scales.at(1).log); // $2bn and $600bn span orders of magnitude
        QCOMPARE(scales.at(1).lo, 1e9);
        QCOMPARE(scales.at(1).hi, 1e12);
        QCOMPARE(scales.at(1).ticks.last().second, QStringLiteral("$1tn"));
        QCOMPARE(scales.at(2).unit, QStringLiteral("GBP"));
        QCOMPARE(scales.at(2).points, QList<int>{4});
    }

    void movesAxis() {
        // Comparable moves: a linear axis, symmetric about zero.
        const MoveScale even = ChartData::moveScale({-1.2, 0.8, 2.5});
        QVERIFY(!even.squareRoot);
        QCOMPARE(even.ticks.first().first, -even.ticks.last().first);
        QVERIFY(even.limit >= 2.5);
        // −17% beside 0.8%: a square-root axis, where 0.8% is a fifth of 17%'s length, not
        // a twentieth; the ticks are labelled with real percentages.
        const MoveScale wide = ChartData::moveScale({-17.0, 0.8, -1.2});
        QVERIFY(wide.squareRoot);
        QVERIFY(wide.position(0.8) / -wide.position(-17.0) > 0.2);
        QCOMPARE(wide.position(-16.0), -4.0);
        QVERIFY(wide.limit >= wide.position(17.0));
        QStringList labels;
        for (const auto &tick : wide.ticks)
            labels.append(tick.second);
        QCOMPARE(labels, (QStringList{QStringLiteral("\u221216%"), QStringLiteral("\u22124%"),
                                      QStringLiteral("\u22121%"), QStringLiteral("0%"),
                                      QStringLiteral("+1%"), QStringLiteral("+4%"),
                                      QStringLiteral("+16%")}));
    }

    void outletNamesAreShortAndDistinct() {
        Comparison c;
        for (const char *outlet : {"BBC", "The Meridian Ledger", "BBC", ""}) {
            ComparedArticle a;
            a.article.outlet = QString::fromUtf8(outlet);
            a.article.sourcePath = QStringLiteral("/news/004_d54ecc3c67f2e4ef.txt");
            c.articles.append(a);
        }
        QCOMPARE(ChartData::outletNames(c),
                 (QStringList{QStringLiteral("BBC 1"), QStringLiteral("Meridian Ledger"),
                              QStringLiteral("BBC 3"), QStringLiteral("004_d54ecc3c67f2e\u2026")}));
    }
};

QTEST_APPLESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
