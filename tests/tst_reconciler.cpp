// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "core/comparisonjson.h"
#include "core/discrepancytable.h"
#include "importers/textimporter.h"
#include "report/labels.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Parallax;

// Reconciliation across a small story with known discrepancies (tests/data/stories/kestrel):
// a deal value that differs, an index move that differs, qualifiers that contradict, a
// conversion whose rate is off, an altered quote and a named quote only one outlet has.
class TestReconciler final : public QObject
{
    Q_OBJECT

    static Comparison story()
    {
        const QDir dir(QStringLiteral(PARALLAX_TEST_DATA "/stories/kestrel"));
        QList<Article> articles;
        TextImporter importer;
        for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(f.fileName()));
            articles.append(*importer.parse(f.readAll(), f.fileName()).article);
        }
        return Comparer::compare(articles);
    }

    static Article article(const QString &body)
    {
        Article a;
        a.outlet = QStringLiteral("Test");
        a.body = body;
        return a;
    }

    // "kind: article/text, article/text" for a discrepancy, in item order.
    static QString describe(const Discrepancy &d)
    {
        QStringList items;
        for (const Discrepancy::Item &i : d.items)
            items.append(QString::number(i.article) + u'/' + i.text);
        return ComparisonJson::discrepancyKindName(d.kind) + QStringLiteral(": ") + items.join(QStringLiteral(", "));
    }

private Q_SLOTS:
    void knownDiscrepancies()
    {
        const Comparison c = story();
        QCOMPARE(c.articles.size(), 3);
        QStringList found;
        for (const Discrepancy &d : c.discrepancies)
            found.append(describe(d));
        const QStringList expected{
            QStringLiteral("figure: 0/£3.1bn, 1/£3.4bn, 2/£3.1bn"),
            QStringLiteral("figure: 0/0.8%, 1/1.2%"),
            QStringLiteral("qualifier: 0/£210m, 1/£210m"),
            QStringLiteral("conversion: 1/£3.4bn, 1/$3.9bn"),
            QStringLiteral("quote: 0/This is a good day for the port and for everyone who works there, "
                           "1/This is a great day for the port and for everyone who works there"),
            QStringLiteral("unmatched_quote: 0/Every job at Kestrel is safe for at least three years"),
        };
        QCOMPARE(found, expected);
        // What each is about: codes and data from the engine, words from the labels.
        using Code = Discrepancy::About::Code;
        QCOMPARE(c.discrepancies.at(0).about.code, Code::Fact);
        QCOMPARE(c.discrepancies.at(0).about.entity, QStringLiteral("Kestrel Harbour Group"));
        QCOMPARE(c.discrepancies.at(0).about.measure, QStringLiteral("deal value"));
        QCOMPARE(Labels::discrepancyAbout(c.discrepancies.at(0).about),
                 QStringLiteral("Kestrel Harbour Group deal value"));
        QCOMPARE(c.discrepancies.at(1).about.code, Code::Move);
        QCOMPARE(Labels::discrepancyAbout(c.discrepancies.at(1).about),
                 QStringLiteral("FTSE 250 move"));
        QCOMPARE(c.discrepancies.at(3).about.code, Code::RateOffStory);
        QCOMPARE(c.discrepancies.at(4).about.code, Code::QuoteWorded);
        QCOMPARE(c.discrepancies.at(5).about.code, Code::QuoteOneArticle);
        QCOMPARE(c.discrepancies.at(5).about.speaker, QStringLiteral("Gary Holt"));
        QVERIFY(Labels::discrepancyAbout(c.discrepancies.at(5).about)
                    .contains(QStringLiteral("Gary Holt")));
        // The reported-speech version in the third article is found.
        const Quote &lindqvist = c.quotes.at(0);
        QCOMPARE(lindqvist.matches.size(), 2);
        QCOMPARE(lindqvist.matches.at(1).article, 2);
        QCOMPARE(lindqvist.matches.at(1).kind, QuoteMatch::Kind::Reported);
    }

    // The same discrepancies as table rows: a cell per article, the odd one out marked, and
    // why each was flagged.
    // A fact the outlets name differently ("DeepSeek" and "DeepSeek-V3") is named after what
    // most of its figures are about, whichever article comes first.
    void aDiscrepancyIsNamedAlikeInEveryOrder_data()
    {
        QTest::addColumn<int>("rotation");
        for (int r = 0; r < 3; ++r)
            QTest::addRow("rotation %d", r) << r;
    }

    void aDiscrepancyIsNamedAlikeInEveryOrder()
    {
        QFETCH(int, rotation);
        QList<Article> articles{
            article(QStringLiteral("The Chinese start-up DeepSeek said training its model cost $6m, far less than rivals spend.")),
            article(QStringLiteral("Training the DeepSeek-V3 model cost $8m, far less than rivals spend, the start-up said.")),
            article(QStringLiteral("The start-up said DeepSeek-V3 training cost $10m, far less than what rivals spend.")),
        };
        for (Article &a : articles)
            a.language = QStringLiteral("en");
        const Comparison c = Comparer::compare(articles.mid(rotation) + articles.mid(0, rotation));
        QCOMPARE(c.discrepancies.size(), 1);
        QCOMPARE(c.discrepancies.first().items.size(), 3);
        QCOMPARE(c.discrepancies.first().about.entity, QStringLiteral("DeepSeek-V3"));
        QCOMPARE(Labels::discrepancyAbout(c.discrepancies.first().about),
                 QStringLiteral("DeepSeek-V3 cost"));
    }

    void discrepancyRows()
    {
        const Comparison c = story();
        const QList<DiscrepancyRow> rows = DiscrepancyTable::rows(c);
        QCOMPARE(rows.size(), c.discrepancies.size());
        const auto cells = [](const DiscrepancyRow &row) {
            QStringList out;
            for (const DiscrepancyRow::Cell &cell : row.cells)
                out.append(cell.text.isEmpty() ? QStringLiteral("-") : (cell.odd ? QStringLiteral("!") : QString()) + cell.text);
            return out.join(QStringLiteral(" | "));
        };
        using R = DiscrepancyRow::Reason;
        // Two say £3.1bn, one £3.4bn: that one is odd.
        QCOMPARE(cells(rows.at(0)), QStringLiteral("£3.1bn | !£3.4bn | £3.1bn"));
        QCOMPARE(rows.at(0).reason, R::DifferentValue);
        // One against one: neither is the majority, both are marked.
        QCOMPARE(cells(rows.at(1)), QStringLiteral("!0.8% | !1.2% | -"));
        QCOMPARE(rows.at(2).reason, R::DifferentQualifier);
        QCOMPARE(cells(rows.at(3)), QStringLiteral("- | !£3.4bn / $3.9bn | -"));
        QCOMPARE(rows.at(3).reason, R::ConversionOff);
        QCOMPARE(rows.at(4).reason, R::AlteredQuote);
        QCOMPARE(rows.at(5).reason, R::OnlyOneOutlet);
        QCOMPARE(cells(rows.at(5)), QStringLiteral("!Every job at Kestrel is safe for at least three years | - | -"));
        // What a chart marks: the odd £3.4bn, not the £3.1bn it differs from.
        const QSet<int> odd = DiscrepancyTable::oddFigures(c);
        for (const Discrepancy::Item &item : c.discrepancies.at(0).items)
            QCOMPARE(odd.contains(item.figure), item.text == QStringLiteral("£3.4bn"));
    }

    void twoConversionsThatDisagree()
    {
        const Comparison c = Comparer::compare(
            {article(QStringLiteral("The model was trained for around $6m (£4.2m), the lab said.")),
             article(QStringLiteral("Researchers say it cost $6 million (£4.8m) to train the model."))});
        QCOMPARE(c.discrepancies.size(), 2);
        const Discrepancy &conversion = c.discrepancies.at(1);
        QCOMPARE(conversion.kind, Discrepancy::Kind::Conversion);
        QCOMPARE(conversion.items.size(), 4);
        QCOMPARE(conversion.about.code, Discrepancy::About::Code::RatesDisagree);
        QCOMPARE(conversion.about.from, QStringLiteral("GBP"));
        QCOMPARE(conversion.about.to, QStringLiteral("USD"));
        QCOMPARE(conversion.about.rates.size(), 2);
        const QString words = Labels::discrepancyAbout(conversion.about);
        QVERIFY2(words.contains(QStringLiteral("1.43")) && words.contains(QStringLiteral("1.25")),
                 qPrintable(words));
        QCOMPARE(c.discrepancies.at(0).kind, Discrepancy::Kind::Figure);
    }

    void conversionOffByOrdersOfMagnitude()
    {
        const Comparison c = Comparer::compare({article(QStringLiteral("High-Flyer raised over 100 billion yuan ($13m) from clients."))});
        QCOMPARE(c.discrepancies.size(), 1);
        QCOMPARE(c.discrepancies.first().kind, Discrepancy::Kind::Conversion);
        QCOMPARE(c.discrepancies.first().about.code, Discrepancy::About::Code::RateOffMagnitude);
        QVERIFY(Labels::discrepancyAbout(c.discrepancies.first().about)
                    .contains(QStringLiteral("orders of magnitude")));
    }

    void agreeingCoverageHasNoDiscrepancy()
    {
        const Comparison c = Comparer::compare(
            {article(QStringLiteral("Nvidia lost almost $600bn (£482bn) in market value on Monday. Its shares fell 17%.")),
             article(QStringLiteral("Nvidia lost nearly $600 billion (£482 billion) of its market value on Monday. The stock slid 17 per cent."))});
        QVERIFY2(c.discrepancies.isEmpty(), c.discrepancies.isEmpty() ? "" : qPrintable(describe(c.discrepancies.first())));
    }

    void jsonContract()
    {
        const Comparison c = story();
        const QJsonObject json = ComparisonJson::toJson(c);
        const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
        const QJsonArray figures = json.value(QStringLiteral("figures")).toArray();
        QCOMPARE(figures.size(), c.figures.size());
        for (const QJsonValue &v : figures) {
            const QJsonObject f = v.toObject();
            const QString body = c.articles.at(f.value(QStringLiteral("article")).toInt()).article.body;
            const int start = f.value(QStringLiteral("start")).toInt(), end = f.value(QStringLiteral("end")).toInt();
            QCOMPARE(body.mid(start, end - start), f.value(QStringLiteral("text")).toString());
            for (const char *key : {"kind", "value", "unit", "qualifier", "direction", "entity", "measure", "converted_from", "sentence"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
        }
        QCOMPARE(figures.at(1).toObject().value(QStringLiteral("converted_from")).toInt(), 0);
        QCOMPARE(figures.at(0).toObject().value(QStringLiteral("value")).toDouble(), 3.1e9);
        const QJsonArray quotes = json.value(QStringLiteral("quotes")).toArray();
        QCOMPARE(quotes.size(), c.quotes.size());
        const QJsonObject q0 = quotes.at(0).toObject();
        QCOMPARE(q0.value(QStringLiteral("speaker")).toString(), QStringLiteral("Mara Lindqvist"));
        const QJsonObject altered = q0.value(QStringLiteral("matches")).toArray().at(0).toObject();
        QCOMPARE(altered.value(QStringLiteral("kind")).toString(), QStringLiteral("altered"));
        const QJsonArray diff = altered.value(QStringLiteral("diff")).toArray();
        QCOMPARE(diff.size(), 4);
        QCOMPARE(diff.at(1).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        QCOMPARE(diff.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("good"));
        QCOMPARE(diff.at(2).toObject().value(QStringLiteral("op")).toString(), QStringLiteral("insert"));
        QCOMPARE(diff.at(2).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("great"));
        const QJsonArray discrepancies = json.value(QStringLiteral("discrepancies")).toArray();
        QCOMPARE(discrepancies.size(), 6);
        QCOMPARE(discrepancies.at(5).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("unmatched_quote"));
        // Schema 2: what a discrepancy is about is a code and its data, never words.
        const auto about = [&](int i) {
            return discrepancies.at(i).toObject().value(QStringLiteral("about")).toObject();
        };
        QCOMPARE(about(0),
                 (QJsonObject{{QStringLiteral("code"), QStringLiteral("fact")},
                              {QStringLiteral("entity"), QStringLiteral("Kestrel Harbour Group")},
                              {QStringLiteral("measure"), QStringLiteral("deal value")}}));
        QCOMPARE(about(1), (QJsonObject{{QStringLiteral("code"), QStringLiteral("move")},
                                        {QStringLiteral("entity"), QStringLiteral("FTSE 250")}}));
        QCOMPARE(about(3).value(QStringLiteral("code")).toString(),
                 QStringLiteral("rate_off_story"));
        QCOMPARE(about(3).value(QStringLiteral("from")).toString(), QStringLiteral("GBP"));
        QCOMPARE(about(3).value(QStringLiteral("to")).toString(), QStringLiteral("USD"));
        QCOMPARE(about(3).value(QStringLiteral("rates")).toArray().size(), 2);
        QCOMPARE(about(4).value(QStringLiteral("code")).toString(),
                 QStringLiteral("quote_worded_differently"));
        QCOMPARE(about(5),
                 (QJsonObject{{QStringLiteral("code"), QStringLiteral("quote_in_one_article")},
                              {QStringLiteral("speaker"), QStringLiteral("Gary Holt")}}));
        QVERIFY(json.value(QStringLiteral("timing_ms")).toObject().contains(QStringLiteral("extract")));
        Q_UNUSED(articles);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
