// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/svgcharts.h"

#include "core/chartdata.h"
#include "report/labels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointF>

#include <cmath>

namespace Parallax {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::SvgCharts)
};

constexpr double kWidth = 1000;
constexpr double kLeft = 70, kRight = 20, kTop = 28, kBottom = 64;
const char *const kDisputed = "#b33a1f"; // the page's disputed mark (light)

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString num(double v) {
    return QString::number(v, 'f', 1);
}

// A marker of one of seven shapes, so outlets differ in a grey print too.
QString marker(int article, double x, double y, double r, const QString &fill) {
    switch (article % 7) {
    case 0:
        return QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>")
            .arg(num(x), num(y), num(r), fill);
    case 1:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%3\" fill=\"%4\"/>")
            .arg(num(x - r), num(y - r), num(2 * r), fill);
    case 2:
        return QStringLiteral("<polygon points=\"%1,%2 %3,%4 %5,%4\" fill=\"%6\"/>")
            .arg(num(x), num(y - r * 1.2), num(x - r * 1.1), num(y + r * 0.9), num(x + r * 1.1),
                 fill);
    case 3:
        return QStringLiteral("<polygon points=\"%1,%2 %3,%4 %1,%5 %6,%4\" fill=\"%7\"/>")
            .arg(num(x), num(y - r * 1.3), num(x + r * 1.3), num(y), num(y + r * 1.3),
                 num(x - r * 1.3), fill);
    case 4:
        return QStringLiteral("<polygon points=\"%1,%2 %3,%2 %4,%5\" fill=\"%6\"/>")
            .arg(num(x - r * 1.1), num(y - r * 0.9), num(x + r * 1.1), num(x), num(y + r * 1.2),
                 fill);
    case 5:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
            .arg(num(x - r * 1.3), num(y - r * 0.6), num(2.6 * r), num(1.2 * r), fill);
    default:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
            .arg(num(x - r * 0.6), num(y - r * 1.3), num(1.2 * r), num(2.6 * r), fill);
    }
}

// The legend: a marker and a name per outlet, left to right, wrapped onto another line
// where an entry would run past the right edge (long outlet names never overlap). Widths
// are estimated generously, as the SVG is laid out before any font is known.
struct Legend {
    QString svg;
    int lines = 1;
};
constexpr double kLegendLine = 18;
constexpr double kCharWidth = 7.6; // DejaVu Sans at 12px: a wide character, with room to spare

Legend legend(const Comparison &c, const QList<int> &articles, double y, bool withDisputed) {
    Legend out;
    const double right = kWidth - kRight;
    const int longest = int((right - kLeft - 30) / kCharWidth);
    double x = kLeft;
    auto place = [&](double width) {
        if (x > kLeft && x + width > right) {
            x = kLeft;
            y += kLegendLine;
            ++out.lines;
        }
        const double at = x;
        x += width + 18;
        return at;
    };
    for (int a : articles) {
        QString name = c.articles.at(a).article.displayName();
        if (name.size() > longest)
            name = name.left(longest - 1) + QChar(0x2026);
        const double at = place(16 + name.size() * kCharWidth);
        out.svg += marker(a, at + 6, y - 4, 5, SvgCharts::colour(a));
        out.svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"lg\">%3</text>")
                       .arg(num(at + 16), num(y), esc(name));
    }
    if (withDisputed) {
        const QString label = Tr::tr("≠ outlets disagree");
        const double at = place(18 + label.size() * kCharWidth);
        out.svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"7\" fill=\"none\" stroke=\"%3\" "
                                  "stroke-width=\"2.5\"/>")
                       .arg(num(at + 6), num(y - 4), QString::fromLatin1(kDisputed));
        out.svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"lg\">%3</text>")
                       .arg(num(at + 18), num(y), esc(label));
    }
    return out;
}

QString open(double height, const QString &label) {
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart plot\" "
                          "viewBox=\"0 0 %1 %2\" role=\"img\" "
                          // A style element applies to the whole page: every rule names the charts.
                          "aria-label=\"%3\"><style>svg.plot text{font:12px 'DejaVu "
                          "Sans',sans-serif;fill:#222}"
                          "svg.plot .ax{stroke:#888;stroke-width:1}svg.plot "
                          ".grid{stroke:#ddd;stroke-width:1}svg.plot .lg{font-size:12px}"
                          "svg.plot .val{font-size:10px}svg.plot "
                          ".cat{font-size:12px;text-anchor:middle}</style>")
        .arg(num(kWidth), num(height), esc(label));
}

// Round steps for an axis from lo to hi.
double niceStep(double span) {
    const double raw = span / 5;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * p >= raw)
            return m * p;
    }
    return 10 * p;
}

// How many "derived from" steps lead from an article to an original (one derived from
// nothing); a loop, which the engine should never make, counts as an original.
int depthOf(const Comparison &c, int article) {
    int depth = 0;
    for (int a = c.articles.at(article).derivedFrom; a >= 0 && depth < int(c.articles.size());
         a = c.articles.at(a).derivedFrom)
        ++depth;
    return depth < int(c.articles.size()) ? depth : 0;
}

} // namespace

QString SvgCharts::derivation(const Comparison &c) {
    // Wider than the charts: a row of boxes, a band of arrows, a row of boxes.
    constexpr double kGraphWidth = 1500, kBoxHeight = 46, kRowGap = 40, kMargin = 8;
    // Rows by depth, each in article order.
    QList<QList<int>> rows;
    for (int a = 0; a < c.articles.size(); ++a) {
        const int depth = depthOf(c, a);
        while (rows.size() <= depth)
            rows.append(QList<int>());
        rows[depth].append(a);
    }
    qsizetype widest = 1;
    for (const QList<int> &row : std::as_const(rows))
        widest = std::max(widest, row.size());
    const double slot = (kGraphWidth - 2 * kMargin) / double(widest);
    const double boxWidth = slot - 16;
    const double height = 2 * kMargin + rows.size() * kBoxHeight + (rows.size() - 1) * kRowGap;
    QList<QPointF> centre(c.articles.size());
    for (int r = 0; r < rows.size(); ++r) {
        const QList<int> &row = rows.at(r);
        const double left = kMargin + (kGraphWidth - 2 * kMargin - row.size() * slot) / 2;
        for (int k = 0; k < row.size(); ++k)
            centre[row.at(k)] = QPointF(left + (k + 0.5) * slot,
                                        kMargin + r * (kBoxHeight + kRowGap) + kBoxHeight / 2);
    }
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart graph\" "
                       "viewBox=\"0 0 %1 %2\" role=\"img\" "
                       "aria-label=\"%3\"><style>svg.graph text{font:13px 'DejaVu "
                       "Sans',sans-serif;fill:#222;text-anchor:middle}"
                       "svg.graph .n{font-weight:700}svg.graph .s{font-size:11px;fill:#5f6368}"
                       "svg.graph "
                       ".e{font-size:11px;fill:#c47f00;paint-order:stroke;stroke:#fff;stroke-width:"
                       "4px}</style>"
                       "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                       "markerWidth=\"7\" "
                       "markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
                       "fill=\"#c47f00\"/></marker></defs>")
            .arg(num(kGraphWidth), num(height), esc(Tr::tr("Which article is derived from which")));
    // The arrows first, under the boxes: from the copy's top to its source's bottom.
    for (int a = 0; a < c.articles.size(); ++a) {
        const int source = c.articles.at(a).derivedFrom;
        if (source < 0 || depthOf(c, a) == 0)
            continue;
        const QPointF from(centre.at(a).x(), centre.at(a).y() - kBoxHeight / 2);
        const QPointF to(centre.at(source).x(), centre.at(source).y() + kBoxHeight / 2);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#c47f00\" "
                              "stroke-width=\"2\" marker-end=\"url(#arrow)\"/>")
                   .arg(num(from.x()), num(from.y()), num(to.x()), num(to.y()));
        const PairComparison *pair = c.pair(a, source);
        const double share = pair ? (pair->a == a ? pair->aInB : pair->bInA) : 0.0;
        svg += QStringLiteral("<text class=\"e\" x=\"%1\" y=\"%2\">%3</text>")
                   // Near the copy, where the arrows of several copies are still apart.
                   .arg(num(from.x() + (to.x() - from.x()) * 0.3),
                        num(from.y() + (to.y() - from.y()) * 0.3 + 4),
                        esc(Tr::tr("derived from (%1% found there)").arg(qRound(share * 100))));
    }
    for (int a = 0; a < c.articles.size(); ++a) {
        const QPointF m = centre.at(a);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" "
                              "fill=\"#f7f8fa\" stroke=\"%5\" stroke-width=\"2\"/>")
                   .arg(num(m.x() - boxWidth / 2), num(m.y() - kBoxHeight / 2), num(boxWidth),
                        num(kBoxHeight), colour(a));
        QString name = c.articles.at(a).article.displayName();
        const int fits = std::max(6, int(boxWidth / 8.2));
        if (name.size() > fits)
            name = name.left(fits - 1) + QChar(0x2026);
        svg += QStringLiteral("<text class=\"n\" x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(m.x()), num(m.y() - 4), esc(name));
        svg += QStringLiteral("<text class=\"s\" x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(m.x()), num(m.y() + 13),
                        esc(Tr::tr("%1% found elsewhere")
                                .arg(qRound(c.articles.at(a).sharedShare() * 100))));
    }
    return svg + QStringLiteral("</svg>");
}

QString SvgCharts::colour(int article) {
    static const QStringList c{QStringLiteral("#0072b2"), QStringLiteral("#e69f00"),
                               QStringLiteral("#009e73"), QStringLiteral("#cc79a7"),
                               QStringLiteral("#56b4e9"), QStringLiteral("#f0e442"),
                               QStringLiteral("#000000")};
    return c.at(article % c.size());
}

QString SvgCharts::moves(const Comparison &c) {
    const MoveChart data = ChartData::moves(c);
    if (data.isEmpty())
        return {};
    const double height = 300, plotH = height - kTop - kBottom, plotW = kWidth - kLeft - kRight;
    double lo = 0, hi = 0;
    for (const MoveChart::Series &s : data.series) {
        for (int f : s.figures) {
            if (f >= 0) {
                lo = std::min(lo, ChartData::signedValue(c, f));
                hi = std::max(hi, ChartData::signedValue(c, f));
            }
        }
    }
    const double step = niceStep(std::max(hi - lo, 1.0));
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    if (hi == lo)
        hi = lo + step;
    auto yOf = [&](double v) {
        return kTop + (hi - v) / (hi - lo) * plotH;
    };

    QString svg;
    for (double v = lo; v <= hi + step / 2; v += step) {
        svg += QStringLiteral("<line class=\"grid\" x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\"/>")
                   .arg(num(kLeft), num(kLeft + plotW), num(yOf(v)));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3%</text>")
                   .arg(num(kLeft - 6), num(yOf(v) + 4), QLocale().toString(v, 'g', 3));
    }
    svg += QStringLiteral("<line class=\"ax\" x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\"/>")
               .arg(num(kLeft), num(kLeft + plotW), num(yOf(0)));
    const QSet<int> disputedFigures = ChartData::disputedFigures(c);
    const double groupW = plotW / data.categories.size();
    const double barW = std::min(40.0, groupW * 0.8 / data.series.size());
    QList<int> articles;
    for (int k = 0; k < data.categories.size(); ++k) {
        const double cx = kLeft + groupW * (k + 0.5);
        const double start = cx - barW * data.series.size() / 2;
        for (int si = 0; si < data.series.size(); ++si) {
            const int f = data.series.at(si).figures.at(k);
            if (f < 0)
                continue;
            const double v = ChartData::signedValue(c, f);
            const double x = start + si * barW, y0 = yOf(std::max(v, 0.0)),
                         y1 = yOf(std::min(v, 0.0));
            const bool disputed = disputedFigures.contains(f);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                  "fill=\"%5\"%6><title>%7</title></rect>")
                       .arg(num(x + 1), num(y0), num(barW - 2), num(std::max(1.0, y1 - y0)),
                            colour(data.series.at(si).article),
                            disputed ? QStringLiteral(" stroke=\"%1\" stroke-width=\"2.5\"")
                                           .arg(QString::fromLatin1(kDisputed))
                                     : QString(),
                            esc(c.articles.at(data.series.at(si).article).article.displayName() +
                                QStringLiteral(": ") + c.figures.at(f).text));
            const double ty = v >= 0 ? y0 - 3 : y1 + 11;
            svg += QStringLiteral(
                       "<text class=\"val\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                       .arg(num(x + barW / 2), num(ty), esc(QLocale().toString(v, 'g', 3)));
        }
        svg += QStringLiteral("<text class=\"cat\" x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(cx), num(kTop + plotH + 18),
                        esc(data.disputed.at(k) ? data.categories.at(k) + QStringLiteral(" ≠")
                                                : data.categories.at(k)));
    }
    for (const MoveChart::Series &s : data.series)
        articles.append(s.article);
    const Legend key =
        legend(c, articles, height - 14,
               std::any_of(data.disputed.cbegin(), data.disputed.cend(), [](bool d) { return d; }));
    return open(height + (key.lines - 1) * kLegendLine,
                Tr::tr("Market moves in percent, per entity and outlet")) +
           svg + key.svg + QStringLiteral("</svg>");
}

QString SvgCharts::amounts(const Comparison &c) {
    const AmountChart data = ChartData::amounts(c);
    if (data.isEmpty())
        return {};
    const double height = 300, plotH = height - kTop - kBottom, plotW = kWidth - kLeft - kRight;
    double lo = std::numeric_limits<double>::max(), hi = 0;
    for (const AmountChart::Point &p : data.points) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    const int from = int(std::floor(std::log10(lo))),
              to = std::max(from + 1, int(std::ceil(std::log10(hi) + 0.25)));
    auto yOf = [&](double v) {
        return kTop + (to - std::log10(v)) / (to - from) * plotH;
    };
    QString svg;
    const int step = to - from > 8 ? 2 : 1;
    for (int e = from; e <= to; e += step) {
        const double y = kTop + double(to - e) / (to - from) * plotH;
        svg += QStringLiteral("<line class=\"grid\" x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\"/>")
                   .arg(num(kLeft), num(kLeft + plotW), num(y));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(num(kLeft - 6), num(y + 4), ChartData::decadeLabel(e));
    }
    const double groupW = plotW / data.measures.size();
    const int n = int(c.articles.size());
    QList<int> articles;
    for (int m = 0; m < data.measures.size(); ++m)
        svg += QStringLiteral("<text class=\"cat\" x=\"%1\" y=\"%2\">%3</text>")
                   .arg(num(kLeft + groupW * (m + 0.5)), num(kTop + plotH + 18),
                        esc(Labels::measure(data.measures.at(m))));
    for (const AmountChart::Point &p : data.points) {
        const double offset =
            n > 1 ? (p.article - (n - 1) / 2.0) * std::min(groupW * 0.7 / n, 24.0) : 0.0;
        const double x = kLeft + groupW * (p.measure + 0.5) + offset, y = yOf(p.value);
        const Figure &f = c.figures.at(p.figure);
        svg += QStringLiteral("<g><title>%1</title>")
                   .arg(esc(c.articles.at(p.article).article.displayName() + QStringLiteral(": ") +
                            f.text));
        svg += marker(p.article, x, y, 5.5, colour(p.article));
        if (p.disputed)
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"10\" fill=\"none\" "
                                  "stroke=\"%3\" stroke-width=\"2.5\"/>")
                       .arg(num(x), num(y), QString::fromLatin1(kDisputed));
        svg += QStringLiteral("</g>");
        if (!articles.contains(p.article))
            articles.append(p.article);
    }
    std::sort(articles.begin(), articles.end());
    const Legend key = legend(c, articles, height - 14,
                              std::any_of(data.points.cbegin(), data.points.cend(),
                                          [](const AmountChart::Point &p) { return p.disputed; }));
    return open(height + (key.lines - 1) * kLegendLine,
                Tr::tr("Money amounts on a log scale, by what they measure")) +
           svg + key.svg + QStringLiteral("</svg>");
}

} // namespace Parallax
