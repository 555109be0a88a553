// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "core/comparison.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Parallax {

namespace {

QString entityKey(const QString &entity) {
    return entity.section(u' ', 0, 0).section(u'-', 0, 0).toLower();
}

bool isMove(const Figure &f) {
    static const QSet<QString> measures{QStringLiteral("share price"),
                                        QStringLiteral("index level"), QStringLiteral("price"),
                                        QStringLiteral("change"), QStringLiteral("market value")};
    return f.kind == Figure::Kind::Percent && f.unit == QStringLiteral("percent") &&
           f.direction != Figure::Direction::None && !f.entity.isEmpty() &&
           measures.contains(f.measure);
}

// How an amount's currency is written: a symbol in front, or a word after.
struct CurrencyStyle {
    QString prefix;
    QString suffix;
};

CurrencyStyle currencyStyle(const QString &unit) {
    static const QList<QPair<QString, CurrencyStyle>> styles{
        {QStringLiteral("USD"), {QStringLiteral("$"), {}}},
        {QStringLiteral("GBP"), {QStringLiteral("\u00a3"), {}}},
        {QStringLiteral("EUR"), {QStringLiteral("\u20ac"), {}}},
        {QStringLiteral("HKD"), {QStringLiteral("HK$"), {}}},
        {QStringLiteral("AUD"), {QStringLiteral("A$"), {}}},
        {QStringLiteral("CAD"), {QStringLiteral("C$"), {}}},
        {QStringLiteral("CNY"), {{}, QStringLiteral(" yuan")}},
        {QStringLiteral("JPY"), {{}, QStringLiteral(" yen")}},
        {QStringLiteral("INR"), {QStringLiteral("\u20b9"), {}}}};
    for (const auto &[code, style] : styles) {
        if (code == unit)
            return style;
    }
    if (unit.isEmpty() || unit == QLatin1String("count"))
        return {};
    return {{}, u' ' + unit};
}

// A number with at most three significant digits and no trailing zeros: "4.2", "600", "1.25".
QString shortNumber(double value) {
    QString text = QString::number(value, 'f', value >= 100 ? 0 : value >= 10 ? 1 : 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// Round "nice" steps (1, 2 or 5 times a power of ten) for about `count` ticks up to hi.
double niceStep(double hi, int count) {
    const double raw = hi / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

AmountScale scaleOf(const AmountChart &chart, const QString &measure, const QString &unit) {
    AmountScale scale{measure, unit, false, 0.0, 0.0, {}, {}};
    double lo = std::numeric_limits<double>::max(), hi = 0.0;
    for (int p = 0; p < chart.points.size(); ++p) {
        const AmountChart::Point &point = chart.points.at(p);
        if (chart.measures.at(point.measure) != measure || point.unit != unit)
            continue;
        scale.points.append(p);
        lo = std::min(lo, point.value);
        hi = std::max(hi, point.value);
    }
    scale.log = ChartData::spansOrders(lo, hi);
    if (scale.log) {
        const int from = int(std::floor(std::log10(lo))),
                  to = std::max(from + 1, int(std::ceil(std::log10(hi))));
        scale.lo = std::pow(10.0, from);
        scale.hi = std::pow(10.0, to);
        for (int e = from; e <= to; ++e)
            scale.ticks.append(
                {std::pow(10.0, e), ChartData::formatAmount(std::pow(10.0, e), unit)});
        return scale;
    }
    const double step = niceStep(hi * 1.15, 4);
    scale.hi = std::ceil(hi * 1.15 / step) * step;
    for (double v = 0.0; v <= scale.hi + step / 2; v += step)
        scale.ticks.append({v, ChartData::formatAmount(v, unit)});
    return scale;
}

double signedRoot(double percent) {
    return percent < 0 ? -std::sqrt(-percent) : std::sqrt(percent);
}

} // namespace

double MoveScale::position(double percent) const {
    return squareRoot ? signedRoot(percent) : percent;
}

QString ChartData::formatAmount(double value, const QString &unit) {
    static const QList<QPair<double, QString>> scales{{1e12, QStringLiteral("tn")},
                                                      {1e9, QStringLiteral("bn")},
                                                      {1e6, QStringLiteral("m")},
                                                      {1e3, QStringLiteral("k")}};
    QString number = shortNumber(value);
    for (const auto &[size, suffix] : scales) {
        if (std::abs(value) >= size * 0.9995) {
            number = shortNumber(value / size) + suffix;
            break;
        }
    }
    const CurrencyStyle style = currencyStyle(unit);
    return style.prefix + number + style.suffix;
}

QString ChartData::formatMove(double percent) {
    const QString number = shortNumber(std::abs(percent)) + u'%';
    if (percent > 0)
        return u'+' + number;
    return percent < 0 ? QChar(0x2212) + number : number;
}

bool ChartData::spansOrders(double lo, double hi) {
    return lo > 0 && hi / lo >= 100.0;
}

QList<AmountScale> ChartData::amountScales(const AmountChart &chart) {
    QList<AmountScale> scales;
    QList<QPair<int, QString>> seen; // (measure, unit) in the order first met
    for (const AmountChart::Point &p : chart.points) {
        if (!seen.contains(qMakePair(p.measure, p.unit)))
            seen.append({p.measure, p.unit});
    }
    for (const auto &[measure, unit] : std::as_const(seen))
        scales.append(scaleOf(chart, chart.measures.at(measure), unit));
    return scales;
}

MoveScale ChartData::moveScale(const QList<double> &percents) {
    MoveScale scale;
    double smallest = std::numeric_limits<double>::max(), largest = 0.0;
    for (const double p : percents) {
        if (p == 0)
            continue;
        smallest = std::min(smallest, std::abs(p));
        largest = std::max(largest, std::abs(p));
    }
    if (largest == 0)
        largest = 1;
    scale.squareRoot = smallest < std::numeric_limits<double>::max() && largest / smallest >= 10.0;
    QList<double> marks;
    if (scale.squareRoot) {
        for (int n = 1; n * n <= largest * 1.3 || marks.size() < 2; n *= 2)
            marks.append(n * n); // 1, 4, 16, 64: evenly spread on a square-root axis
    } else {
        const double step = niceStep(largest * 1.15, 3);
        for (double v = step; v <= largest * 1.15 + step / 2; v += step)
            marks.append(v);
    }
    // Room beyond the longest bar for its value label.
    scale.limit = std::max(scale.position(largest) * 1.2, scale.position(marks.last()));
    for (auto it = marks.crbegin(); it != marks.crend(); ++it)
        scale.ticks.append({scale.position(-*it), formatMove(-*it)});
    scale.ticks.append({0.0, formatMove(0)});
    for (const double m : std::as_const(marks))
        scale.ticks.append({scale.position(m), formatMove(m)});
    return scale;
}

QStringList ChartData::outletNames(const Comparison &c) {
    QStringList names;
    for (const ComparedArticle &a : c.articles)
        names.append(a.article.shortName());
    QStringList distinct = names;
    for (int i = 0; i < names.size(); ++i) {
        if (names.count(names.at(i)) > 1)
            distinct[i] = names.at(i) + u' ' + QString::number(i + 1);
    }
    return distinct;
}

QSet<int> ChartData::disputedFigures(const Comparison &c) {
    QSet<int> out;
    for (const Discrepancy &d : c.discrepancies) {
        for (const Discrepancy::Item &i : d.items) {
            if (i.figure >= 0)
                out.insert(i.figure);
        }
    }
    return out;
}

QString ChartData::decadeLabel(int exponent) {
    static const QList<QPair<int, QString>> scales{{12, QStringLiteral("tn")},
                                                   {9, QStringLiteral("bn")},
                                                   {6, QStringLiteral("m")},
                                                   {3, QStringLiteral("k")},
                                                   {0, QString()}};
    for (const auto &[power, suffix] : scales) {
        if (exponent >= power)
            return QString::number(std::pow(10.0, exponent - power), 'f', 0) + suffix;
    }
    return QString::number(std::pow(10.0, exponent), 'g', 3);
}

double ChartData::signedValue(const Comparison &c, int figure) {
    const Figure &f = c.figures.at(figure);
    return f.direction == Figure::Direction::Down ? -f.value : f.value;
}

MoveChart ChartData::moves(const Comparison &c) {
    MoveChart chart;
    // One category per entity, however each outlet names it ("Kestrel", "Kestrel Harbour
    // Group"): keyed by the first word, labelled with the shortest name.
    QStringList keys;
    for (const Figure &f : c.figures) {
        if (!isMove(f))
            continue;
        const QString key = entityKey(f.entity);
        const qsizetype k = keys.indexOf(key);
        if (k < 0) {
            keys.append(key);
            chart.categories.append(f.entity);
        } else if (f.entity.size() < chart.categories.at(k).size()) {
            chart.categories[k] = f.entity;
        }
    }
    chart.disputed = QList<bool>(keys.size(), false);
    const QSet<int> disputed = disputedFigures(c);
    for (int a = 0; a < c.articles.size(); ++a) {
        MoveChart::Series series{a, QList<int>(keys.size(), -1)};
        bool any = false;
        for (int i = 0; i < c.figures.size(); ++i) {
            const Figure &f = c.figures.at(i);
            if (f.article != a || !isMove(f))
                continue;
            const qsizetype k = keys.indexOf(entityKey(f.entity));
            if (series.figures[k] >= 0)
                continue; // the first move an article gives for an entity
            series.figures[k] = i;
            any = true;
            if (disputed.contains(i))
                chart.disputed[k] = true;
        }
        if (any)
            chart.series.append(series);
    }
    return chart;
}

AmountChart ChartData::amounts(const Comparison &c) {
    AmountChart chart;
    const QSet<int> disputed = disputedFigures(c);
    for (int i = 0; i < c.figures.size(); ++i) {
        const Figure &f = c.figures.at(i);
        if (f.kind != Figure::Kind::Money || f.convertedFrom >= 0 || f.value <= 0)
            continue;
        qsizetype m = chart.measures.indexOf(f.measure);
        if (m < 0) {
            m = chart.measures.size();
            chart.measures.append(f.measure);
        }
        chart.points.append({i, f.article, int(m), f.value, f.unit, disputed.contains(i)});
    }
    return chart;
}

} // namespace Parallax
