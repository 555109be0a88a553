// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/printreport.h"

#include "core/chartdata.h"
#include "core/claimorder.h"
#include "report/dateformat.h"
#include "report/labels.h"
#include "report/reportparts.h"
#include "report/svgcharts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace Parallax {

using namespace ReportParts;

namespace {

// The column header of an article: outlet, title, byline, date, length, share found in
// the others, and "Derived from X".
QString articleHeader(const Comparison &c, int index) {
    const ComparedArticle &ca = c.articles.at(index);
    const Article &a = ca.article;
    const QLocale locale;
    QString html = QStringLiteral("<header>");
    html += QStringLiteral("<div class=\"outlet\">%1</div>").arg(esc(a.displayName()));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(a.title));
    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(esc(a.byline));
    if (a.published.isValid())
        meta.append(esc(DateFormat::date(a.published, locale)));
    meta.append(esc(Tr::tr("%n words", nullptr, a.wordCount)));
    if (c.articles.size() > 1)
        meta.append(esc(Tr::tr("%1% found in the others").arg(qRound(ca.sharedShare() * 100))));
    return html + metaAndDerivedHtml(c, index, meta) + QStringLiteral("</header>");
}

// --- The printed report: the findings first, then the columns, then the appendix --------

QString percent(double share) {
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString titleBlock(const Comparison &c, const HtmlReport::Options &options) {
    const QLocale locale;
    QString html =
        QStringLiteral("<header class=\"titleblock\"><h1>%1</h1>")
            .arg(esc(options.title.isEmpty() ? c.articles.first().article.title : options.title));
    html += QStringLiteral("<p class=\"meta\">%1</p></header>")
                .arg(esc(Tr::tr("%n article(s) compared with Parallax on %1", nullptr,
                                int(c.articles.size()))
                             .arg(DateFormat::dateTime(options.exportedAt.isValid()
                                                           ? options.exportedAt
                                                           : QDateTime::currentDateTime(),
                                                       locale))));
    return html;
}

// The discrepancies as a table: what, each outlet's value or wording, why flagged. Quotes
// only one outlet has are counted in one row (each is listed in the appendix).
QString discrepancyTable(const Comparison &c) {
    constexpr int kLongestCell = 80;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Discrepancies")));
    if (c.discrepancies.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(Tr::tr("The outlets agree on every figure and quote found.")));
    html += QStringLiteral("<table class=\"grid disc\"><thead><tr><th>%1</th>")
                .arg(esc(Tr::tr("What")));
    for (const QString &name : ChartData::outletNames(c)) // short, as in the charts' legends
        html += QStringLiteral("<th>%1</th>").arg(esc(name));
    html += QStringLiteral("<th>%1</th></tr></thead><tbody>").arg(esc(Tr::tr("Why flagged")));
    QList<int> singleQuotes(c.articles.size(), 0);
    for (const Discrepancy &d : c.discrepancies) {
        if (d.kind == Discrepancy::Kind::UnmatchedQuote) {
            for (const Discrepancy::Item &item : d.items)
                ++singleQuotes[item.article];
            continue;
        }
        html += QStringLiteral("<tr><td class=\"about\">%1</td>")
                    .arg(esc(Labels::discrepancyAbout(d.about)));
        for (int a = 0; a < c.articles.size(); ++a) {
            QStringList values;
            for (const Discrepancy::Item &item : d.items) {
                const QString v = ClaimOrder::shortened(item.text, kLongestCell);
                if (item.article == a && !values.contains(v))
                    values.append(v);
            }
            html += QStringLiteral("<td>%1</td>").arg(esc(values.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("<td class=\"why\">%1</td></tr>")
                    .arg(esc(Labels::discrepancyWhy(d.kind)));
    }
    if (std::any_of(singleQuotes.cbegin(), singleQuotes.cend(), [](int n) { return n > 0; })) {
        html += QStringLiteral("<tr><td class=\"about\">%1</td>")
                    .arg(esc(Tr::tr("Quotes of named people")));
        for (int n : std::as_const(singleQuotes))
            html += QStringLiteral("<td>%1</td>")
                        .arg(n > 0 ? esc(Tr::tr("%n only here", nullptr, n)) : QString());
        html += QStringLiteral("<td class=\"why\">%1</td></tr>")
                    .arg(esc(Labels::discrepancyWhy(Discrepancy::Kind::UnmatchedQuote) +
                             QStringLiteral(" (") + Tr::tr("listed in the appendix") + u')'));
    }
    return html + QStringLiteral("</tbody></table>");
}

// One line per outlet: share found elsewhere, claims only it carries, derivation, address.
QString outletLines(const Comparison &c, const ClaimOrder &order) {
    const QLocale locale;
    constexpr int kLongestTitle = 90;
    QString html =
        QStringLiteral("<table "
                       "class=\"outlets\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</"
                       "th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr></thead><tbody>")
            .arg(esc(Tr::tr("Outlet")), esc(Tr::tr("Title")), esc(Tr::tr("Published")),
                 esc(Tr::tr("Words")), esc(Tr::tr("Found in the others")),
                 esc(Tr::tr("Unique claims")), esc(Tr::tr("Derived from")), esc(Tr::tr("Address")));
    const QStringList names = ChartData::outletNames(c); // short, as in the table above
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &ca = c.articles.at(i);
        const Article &a = ca.article;
        const QString source = ca.derivedFrom >= 0 ? names.at(ca.derivedFrom) : QString();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"n\">%4</td><td "
                               "class=\"n\">%5</td><td class=\"n\">%6</td><td "
                               "class=\"derived\">%7</td><td class=\"url\">%8</td></tr>")
                    .arg(esc(names.at(i)), esc(ClaimOrder::shortened(a.title, kLongestTitle)),
                         esc(a.published.isValid() ? DateFormat::date(a.published, locale)
                                                   : Tr::tr("undated")),
                         esc(locale.toString(a.wordCount)), percent(ca.sharedShare()),
                         esc(locale.toString(order.onlyIn.at(i).size())), esc(source), esc(a.url));
    }
    return html + QStringLiteral("</tbody></table>");
}

// Page 1: the outlets and what derives from what, the discrepancies, the charts, then one
// line per outlet.
QString summaryPage(const Comparison &c, const HtmlReport::Options &options,
                    const ClaimOrder &order) {
    QString html = titleBlock(c, options);
    html +=
        QStringLiteral("<section class=\"summary\"><figure "
                       "class=\"graph\">%1<figcaption>%2</figcaption></figure>")
            .arg(SvgCharts::derivation(c),
                 esc(Tr::tr(
                     "The outlets; an arrow goes from a copy to the article it is derived from.")));
    html += discrepancyTable(c);
    const QString moves = SvgCharts::moves(c), amounts = SvgCharts::amounts(c);
    if (!moves.isEmpty() || !amounts.isEmpty()) {
        html += QStringLiteral("<div class=\"charts\">");
        if (!moves.isEmpty())
            html += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>")
                        .arg(moves,
                             esc(Tr::tr("Market moves (percent change) per entity and outlet.")));
        if (!amounts.isEmpty())
            html +=
                QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>")
                    .arg(amounts,
                         esc(Tr::tr(
                             "Amounts of money on a log scale, grouped by what they measure.")));
        html += QStringLiteral("</div>");
    }
    html += outletLines(c, order);
    return html + QStringLiteral("</section>");
}

// The articles in columns for paper: one flex row whose columns Chromium breaks across
// pages, each running down the pages at its own pace as on screen. The outlets' names are
// repeated above the columns on every page by PdfExport.
QString printColumns(const Comparison &c, const ClaimOrder &order) {
    const QList<double> shares = HtmlReport::printColumnShares(c);
    QString html = legendHtml() + QStringLiteral("<div class=\"pflow\">");
    for (int i = 0; i < c.articles.size(); ++i)
        html += QStringLiteral("<div class=\"pcol\" id=\"a%1\" style=\"flex:%2 1 0\">%3%4</div>")
                    .arg(i)
                    .arg(QString::number(shares.at(i), 'f', 4), articleHeader(c, i),
                         paragraphsHtml(c, i, &order).join(QString()));
    html += QStringLiteral("</div>");
    return html;
}

// Claims two or more outlets carry, most-carried first, against the outlets.
QString coverageMatrix(const Comparison &c, const ClaimOrder &order) {
    constexpr int kLongestClaim = 130;
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(Tr::tr("Coverage: what two or more outlets report")),
                            esc(Tr::tr("Each row is one claim, the most widely carried first; %1.")
                                    .arg(Labels::coverageMarks(QStringLiteral(", ")))));
    if (order.shared.isEmpty())
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(Tr::tr("No claim is carried by more than one outlet.")));
    html += QStringLiteral("<table class=\"grid coverage\"><thead><tr><th>%1</th>")
                .arg(esc(Tr::tr("Claim")));
    for (const QString &name : ChartData::outletNames(c)) // short, as on the first page
        html += QStringLiteral("<th>%1</th>").arg(esc(name));
    html += QStringLiteral("</tr></thead><tbody>");
    static const QStringList marks{QString(), QStringLiteral("■"), QStringLiteral("●"),
                                   QStringLiteral("◑"), QStringLiteral("○")};
    for (int claim : order.shared) {
        const Claim::Member &lead = c.claims.at(claim).members.first();
        const ComparedArticle &la = c.articles.at(lead.article);
        html += QStringLiteral("<tr><td>%1</td>")
                    .arg(esc(ClaimOrder::shortened(
                        la.textOf(la.sentences.at(lead.sentences.first()).range), kLongestClaim)));
        for (int a = 0; a < c.articles.size(); ++a)
            html +=
                QStringLiteral("<td class=\"c\">%1</td>").arg(marks.at(int(c.coverage(claim, a))));
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>");
}

// Sentences only one outlet has, per outlet, shortened and numbered as in the columns.
QString onlyInOneOutlet(const Comparison &c, const ClaimOrder &order) {
    constexpr int kLongestSentence = 120;
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(Tr::tr("Only in one outlet")),
                            esc(Tr::tr("What no other outlet carries, per outlet in reading order; "
                                       "the numbers are those in the columns.")));
    const QStringList names = ChartData::outletNames(c); // told apart where two are alike
    for (int a = 0; a < c.articles.size(); ++a) {
        const ComparedArticle &ca = c.articles.at(a);
        const QList<int> &only = order.onlyIn.at(a);
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(Tr::tr("Only in %1 (%n sentence(s))", nullptr, int(only.size()))
                                 .arg(names.at(a))));
        if (only.isEmpty())
            continue;
        html += QStringLiteral("<ol class=\"only\">");
        for (int s : only)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(ClaimOrder::shortened(ca.textOf(ca.sentences.at(s).range),
                                                       kLongestSentence)));
        html += QStringLiteral("</ol>");
    }
    return html;
}

QString figuresTable(const Comparison &c) {
    const QSet<int> disputed = ChartData::disputedFigures(c);
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Figures")));
    if (c.figures.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No figures in these articles.")));
    html += QStringLiteral("<table "
                           "class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</"
                           "th><th>%5</th><th>%6</th></tr></thead><tbody>")
                .arg(esc(Tr::tr("Outlet")), esc(Tr::tr("Figure")), esc(Tr::tr("About")),
                     esc(Tr::tr("Measure")), esc(Tr::tr("Direction")), esc(Tr::tr("Agreement")));
    for (int i = 0; i < c.figures.size(); ++i) {
        const Figure &f = c.figures.at(i);
        const QString text = f.qualifier.isEmpty() ? f.text : f.qualifier + u' ' + f.text;
        html +=
            QStringLiteral(
                "<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                .arg(disputed.contains(i) ? QStringLiteral(" class=\"disputed-row\"") : QString(),
                     esc(c.articles.at(f.article).article.displayName()), esc(text), esc(f.entity),
                     esc(f.measure), esc(Labels::direction(f.direction)),
                     disputed.contains(i) ? esc(Tr::tr("≠ disagrees")) : QString());
    }
    return html + QStringLiteral("</tbody></table>");
}

QString quotesTable(const Comparison &c) {
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Quotes")));
    const QList<QList<int>> groups = QuoteExtractor::groups(c);
    if (groups.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No quotations in these articles.")));
    html += QStringLiteral("<table class=\"grid\"><thead><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>")
                .arg(esc(Tr::tr("Quote")), esc(Tr::tr("Speaker")), esc(Tr::tr("Outlets")),
                     esc(Tr::tr("Match")));
    for (const QList<int> &group : groups) {
        const Quote &first = c.quotes.at(group.first());
        const QString speaker = QuoteExtractor::speakerOf(c, group);
        const QStringList outlets = QuoteExtractor::outletsOf(c, group);
        QStringList kinds;
        for (int q : group) {
            for (const QuoteMatch &m : c.quotes.at(q).matches) {
                if (!kinds.contains(Labels::quoteMatch(m.kind)))
                    kinds.append(Labels::quoteMatch(m.kind));
            }
        }
        if (kinds.isEmpty() && c.articles.size() > 1)
            kinds.append(Labels::onlyInThisOutlet());
        html += QStringLiteral("<tr><td>“%1”</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(first.text), esc(speaker), esc(outlets.join(QStringLiteral(", "))),
                         esc(kinds.join(QStringLiteral(", "))));
    }
    return html + QStringLiteral("</tbody></table>");
}

// Every discrepancy in full, the quotes only one outlet has among them.
QString discrepancyList(const Comparison &c) {
    if (c.discrepancies.isEmpty())
        return {};
    QString html = QStringLiteral("<h2>%1</h2><ol class=\"discrepancies\">")
                       .arg(esc(Tr::tr("Discrepancies in full")));
    for (const Discrepancy &d : c.discrepancies) {
        QStringList items;
        for (const Discrepancy::Item &item : d.items)
            items.append(
                QStringLiteral("<b>%1</b>: %2")
                    .arg(esc(c.articles.at(item.article).article.displayName()), esc(item.text)));
        html += QStringLiteral("<li><span class=\"about\">%1: %2</span> — %3</li>")
                    .arg(esc(Labels::discrepancyKind(d.kind)),
                         esc(Labels::discrepancyAbout(d.about)), items.join(QStringLiteral(" · ")));
    }
    return html + QStringLiteral("</ol>");
}

// After the columns: the coverage of shared claims, what only one outlet has, and the
// figures, quotes and discrepancies in full.
QString appendix(const Comparison &c, const ClaimOrder &order) {
    QString html = QStringLiteral("<section class=\"facts appendix\"><h1 class=\"apx\">%1</h1>")
                       .arg(esc(Tr::tr("Appendix")));
    html += coverageMatrix(c, order);
    html += onlyInOneOutlet(c, order);
    html += figuresTable(c);
    html += quotesTable(c);
    html += discrepancyList(c);
    return html + QStringLiteral("</section>");
}

} // namespace

QString PrintReport::body(const Comparison &comparison, const HtmlReport::Options &options) {
    QString html;
    using Part = HtmlReport::Options::Part;
    const ClaimOrder order = ClaimOrder::of(comparison);
    const QString pageBreak = QStringLiteral("<div style=\"break-before:page\"></div>");
    if (options.part == Part::Everything || options.part == Part::Summary)
        html += summaryPage(comparison, options, order);
    if (options.part == Part::Everything)
        html += pageBreak;
    if (options.part == Part::Everything || options.part == Part::Articles)
        html += printColumns(comparison, order);
    if (options.part == Part::Everything)
        html += pageBreak;
    if (options.part == Part::Everything || options.part == Part::Facts)
        html += appendix(comparison, order);
    return html + QStringLiteral("</body></html>\n");
}

QList<double> HtmlReport::printColumnShares(const Comparison &comparison) {
    const qsizetype n = comparison.articles.size();
    QList<double> shares(n, n > 0 ? 1.0 / double(n) : 0.0);
    double total = 0.0;
    for (const ComparedArticle &a : comparison.articles)
        total += std::max(1, a.article.wordCount);
    if (n < 2 || total <= 0)
        return shares;
    // Proportional to length, with a floor: the floored columns take the floor, the others
    // share the rest in proportion, until no column falls below it.
    const double floor = 0.6 / double(n);
    QList<bool> floored(n, false);
    for (bool changed = true; changed;) {
        changed = false;
        double rest = 1.0, weight = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            if (floored.at(i))
                rest -= floor;
            else
                weight += std::max(1, comparison.articles.at(i).article.wordCount);
        }
        for (qsizetype i = 0; i < n; ++i) {
            shares[i] =
                floored.at(i)
                    ? floor
                    : rest * std::max(1, comparison.articles.at(i).article.wordCount) / weight;
            if (!floored.at(i) && shares.at(i) < floor) {
                floored[i] = true;
                changed = true;
            }
        }
    }
    return shares;
}

} // namespace Parallax
