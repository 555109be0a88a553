// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "report/htmlreport.h"
#include "report/svgcharts.h"

#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace Parallax;

// The comparison page: columns, marks, and an inert page whatever the articles hold.
class TestHtmlReport final : public QObject
{
    Q_OBJECT

    static Article article(const QString &outlet, const QString &title, const QString &body)
    {
        Article a;
        a.outlet = outlet;
        a.title = title;
        a.body = body;
        a.wordCount = 5;
        a.published = QDate(2026, 3, 14);
        return a;
    }

private Q_SLOTS:
    // Long outlet names in a printed chart's legend wrap onto more lines instead of running
    // into each other or off the chart; and the charts' style rules reach nothing else on
    // the page (an SVG style element applies to the whole document).
    void chartLegendsWrapAndKeepTheirStyleToThemselves()
    {
        QList<Article> articles;
        for (const char *outlet : {"The Northern Provinces Evening Chronicle", "International Business Wire Services",
                                   "Financial Markets Daily Briefing", "Harbour and Shipping Gazette Weekly",
                                   "Regional Economic Observer Online"})
            articles.append(article(QString::fromLatin1(outlet), QStringLiteral("Shares"),
                                    QStringLiteral("Shares in Calloway rose 12.4% in early trading on Friday.")));
        const Comparison c = Comparer::compare(articles);
        const QString svg = SvgCharts::moves(c);
        QVERIFY(!svg.isEmpty());
        static const QRegularExpression entry(QStringLiteral("<text x=\"([\\d.]+)\" y=\"([\\d.]+)\" class=\"lg\">([^<]+)</text>"));
        QMap<double, QList<std::pair<double, QString>>> lines; // y -> (x, name)
        for (auto it = entry.globalMatch(svg); it.hasNext();) {
            const auto m = it.next();
            lines[m.captured(2).toDouble()].append({m.captured(1).toDouble(), m.captured(3)});
        }
        QVERIFY2(lines.size() >= 2, "the legend wraps");
        const double width = svg.section(QStringLiteral("viewBox=\"0 0 "), 1).section(u' ', 0, 0).toDouble();
        constexpr double kAverageCharacter = 6.9; // DejaVu Sans at 12px, mixed case
        int names = 0;
        for (const auto &line : std::as_const(lines)) {
            for (int i = 0; i < line.size(); ++i) {
                const double end = line.at(i).first + line.at(i).second.size() * kAverageCharacter;
                QVERIFY2(end <= width, qPrintable(line.at(i).second + QStringLiteral(" runs off the chart")));
                if (i + 1 < line.size())
                    QVERIFY2(end < line.at(i + 1).first, qPrintable(line.at(i).second + QStringLiteral(" runs into the next name")));
                ++names;
            }
        }
        QCOMPARE(names, 5); // every outlet, none left out
        const QString style = svg.section(QStringLiteral("<style>"), 1).section(QStringLiteral("</style>"), 0, 0);
        for (const QString &rule : style.split(u'}', Qt::SkipEmptyParts))
            QVERIFY2(rule.startsWith(QStringLiteral("svg.")), qPrintable(rule));
        const QString graph = SvgCharts::derivation(c);
        const QString graphStyle = graph.section(QStringLiteral("<style>"), 1).section(QStringLiteral("</style>"), 0, 0);
        for (const QString &rule : graphStyle.split(u'}', Qt::SkipEmptyParts))
            QVERIFY2(rule.startsWith(QStringLiteral("svg.")), qPrintable(rule));
    }

    void columnsAndMarks()
    {
        const QString html = HtmlReport::render(Comparer::compare({
            article(QStringLiteral("Northgate Wire"), QStringLiteral("Deal"), QStringLiteral("Shares rose 12.4%. Only here.")),
            article(QStringLiteral("Coastline Courier"), QStringLiteral("Deal too"), QStringLiteral("Shares rose 12.4%. Something else.")),
        }));
        QCOMPARE(html.count(QStringLiteral("<section class=\"article\"")), 2);
        QVERIFY(html.contains(QStringLiteral("Northgate Wire")));
        QVERIFY(html.contains(QStringLiteral("Coastline Courier")));
        // The shared sentence is marked in both columns, the others as only there.
        // (Shared word for word by every other article: "same", which the filters hide.)
        QCOMPARE(html.count(QStringLiteral("<span class=\"s verbatim same\" id=")), 2);
        QVERIFY(html.contains(QStringLiteral("<span class=\"s unique\" id=\"a0s1\"")));
        QVERIFY(html.contains(QStringLiteral("Word for word in Coastline Courier")));
        // Hovering finds the counterpart by id.
        QVERIFY(html.contains(QStringLiteral("id=\"a0s0\" data-links=\"a1s0\"")));
        QVERIFY(html.contains(QStringLiteral("60% elsewhere")));
    }

    void articleTextIsEscapedAndInert()
    {
        const QString hostile = QStringLiteral(
            "<script>alert(1)</script> <img src=\"http://evil.example/x.png\" onerror=\"alert(2)\"> "
            "Tom & Jerry said \"hi\".");
        const QString html = HtmlReport::render(Comparer::compare({
            article(QStringLiteral("<b>Outlet</b>"), QStringLiteral("<iframe src=x>"), hostile),
            article(QStringLiteral("Other"), QStringLiteral("T"), QStringLiteral("Plain.")),
        }));
        // The only script is the report's own, carrying the nonce the policy allows.
        QCOMPARE(html.count(QStringLiteral("<script")), 1);
        const QRegularExpression nonce(QStringLiteral("script-src 'nonce-([a-z0-9]+)'"));
        const QString value = nonce.match(html).captured(1);
        QVERIFY(!value.isEmpty());
        QVERIFY(html.contains(QStringLiteral("<script nonce=\"") + value + QStringLiteral("\">")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<iframe")));
        QVERIFY(!html.contains(QStringLiteral("<b>Outlet")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QStringLiteral("Tom &amp; Jerry")));
        // The page forbids scripts and remote loads even if something slipped through.
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    }

    void changedWordsAndDerivation()
    {
        Article a = article(QStringLiteral("Wire"), QStringLiteral("W"),
                            QStringLiteral("It was trained for about $6m (£4.2m), its makers said. Shares fell 17% on Monday."));
        a.published = QDate(2026, 3, 14);
        Article b = article(QStringLiteral("Copy"), QStringLiteral("C"),
                            QStringLiteral("It was trained for about $6m (£4.8m), its makers said. Shares fell 17% on Monday."));
        b.published = QDate(2026, 3, 15);
        const QString html = HtmlReport::render(Comparer::compare({a, b}));
        // The changed figure is marked as changed, as a figure, and as disputed, with what the
        // other outlet says in its tooltip.
        const QRegularExpression disputed(QStringLiteral("<span class=\"chg fig disputed end\" id=\"f(\\d+)\" title=\"[^\"]*Copy: £4.8m[^\"]*\">£4.2m</span>"));
        QVERIFY2(disputed.match(html).hasMatch(), qPrintable(html.mid(html.indexOf(QStringLiteral("£4.2m")) - 300, 400)));
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<span class=\"chg fig disputed end\" id=\"f\\d+\" title=\"[^\"]*\">£4.8m</span>"))));
        // Agreeing figures are marked as figures only.
        QVERIFY(html.contains(QRegularExpression(QStringLiteral("<span class=\"fig end\" id=\"f\\d+\" title=\"[^\"]*\">17%</span>"))));
        QVERIFY(html.contains(QStringLiteral("Derived from Wire")));
        // A changed figure makes the pair partial (issue 14), marked as a figure change.
        QVERIFY(html.contains(QStringLiteral("class=\"s partial figchg\"")));
        // Hovering the sentence tells why it was matched and what changed (issue 14).
        QVERIFY2(html.contains(QStringLiteral("Partly in Copy\n  Shared: $6m\n  Changed: £4.2m \u2192 £4.8m")),
                 qPrintable(html.mid(html.indexOf(QStringLiteral("Partly in Copy")), 200)));
    }

    void emptyComparisonExplainsWhatToDo()
    {
        const QString html = HtmlReport::render(Comparison{});
        QVERIFY(html.contains(QStringLiteral("class=\"empty\"")));
        QVERIFY(html.contains(QStringLiteral("drop article files")));
    }

    void darkTheme()
    {
        HtmlReport::Options o;
        o.dark = true;
        QVERIFY(HtmlReport::render(Comparison{}, o).contains(QStringLiteral("<html class=\"screen dark\">")));
        QVERIFY(!HtmlReport::render(Comparison{}).contains(QStringLiteral("dark\">")));
    }

    void movedTextLinksToWhereItStands()
    {
        const QStringList a{QStringLiteral("Calloway Freight agreed to buy Kestrel Harbour Group on Tuesday."),
                            QStringLiteral("The harbour employs six thousand dockers along the estuary."),
                            QStringLiteral("Union leaders asked for written guarantees about pensions.")};
        const QString html = HtmlReport::render(Comparer::compare(
            {article(QStringLiteral("A"), QStringLiteral("T"), a.join(QStringLiteral("\n\n"))),
             article(QStringLiteral("B"), QStringLiteral("T"), QStringList{a.at(2), a.at(0), a.at(1)}.join(QStringLiteral("\n\n")))}));
        QVERIFY2(html.contains(QStringLiteral("<a class=\"moved\" data-goto=\"a1s0\"")), qPrintable(html.right(3000)));
        QVERIFY(html.contains(QStringLiteral("<a class=\"moved\" data-goto=\"a0s2\"")));
    }

    // A heading is set as a heading, never marked as "only in this article".
    void headingsAreSetAsHeadings()
    {
        const QString html = HtmlReport::render(Comparer::compare({
            article(QStringLiteral("Wire"), QStringLiteral("W"), QStringLiteral("Market Reaction\n\nCalloway shares rose 12.4% on Friday.")),
            article(QStringLiteral("Copy"), QStringLiteral("C"), QStringLiteral("Calloway shares rose 12.4% on Friday.")),
        }));
        QVERIFY(html.contains(QStringLiteral("<p class=\"hd\"><span class=\"s hd\" id=\"a0s0\"")));
        QVERIFY(html.contains(QStringLiteral("title=\"Section heading (not compared)\">Market Reaction</span>")));
    }

    // Printed columns are as wide as their articles are long, down to a readable floor.
    void printedColumnsFollowTheirLength()
    {
        QList<Article> articles;
        for (int words : {2400, 1000, 700, 500, 400}) {
            Article a = article(QStringLiteral("O%1").arg(words), QStringLiteral("T"), QStringLiteral("Shares rose."));
            a.wordCount = words;
            articles.append(a);
        }
        Comparison c;
        for (const Article &a : std::as_const(articles))
            c.articles.append(ComparedArticle{a, {}, {}, {}, -1});
        const QList<double> shares = HtmlReport::printColumnShares(c);
        QCOMPARE(shares.size(), 5);
        double sum = 0.0;
        for (int i = 0; i < shares.size(); ++i) {
            sum += shares.at(i);
            QVERIFY2(shares.at(i) >= 0.12 - 1e-9, qPrintable(QString::number(shares.at(i))));
            if (i > 0)
                QVERIFY(shares.at(i) <= shares.at(i - 1));
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        QVERIFY(shares.first() > 0.4);
        QCOMPARE(shares.at(3), shares.at(4)); // both at the floor
        // Articles of one length share the page equally.
        for (ComparedArticle &ca : c.articles)
            ca.article.wordCount = 300;
        for (double share : HtmlReport::printColumnShares(c))
            QVERIFY(qAbs(share - 0.2) < 1e-9);
    }

    void printForm()
    {
        HtmlReport::Options o;
        o.print = true;
        o.title = QStringLiteral("The harbour deal");
        Article wire = article(QStringLiteral("Wire"), QStringLiteral("W"), QStringLiteral("Calloway shares rose 12.4% on Friday. The deal is worth £3.1bn."));
        wire.url = QStringLiteral("https://wire.example/deal");
        const Comparison c = Comparer::compare({wire, article(QStringLiteral("Copy"), QStringLiteral("C"), QStringLiteral("Calloway shares rose 12.4% on Friday. The deal is worth £3.4bn."))});
        const QString html = HtmlReport::render(c, o);
        QVERIFY(html.contains(QStringLiteral("<html class=\"print\">")));
        QVERIFY(html.contains(QStringLiteral("<h1>The harbour deal</h1>")));
        QVERIFY(html.contains(QStringLiteral("https://wire.example/deal")));
        QVERIFY(html.contains(QStringLiteral("class=\"pflow\"")));
        QVERIFY(html.contains(QStringLiteral("<svg")));             // the moves chart
        QVERIFY(html.contains(QStringLiteral("Coverage")));
        QVERIFY(html.contains(QStringLiteral("≠ disagrees")));      // the figures table
        QVERIFY(!html.contains(QStringLiteral("<script")));         // paper needs no script
        o.part = HtmlReport::Options::Part::Facts;
        QVERIFY(!HtmlReport::render(c, o).contains(QStringLiteral("class=\"pflow\"")));
    }
};

QTEST_APPLESS_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
