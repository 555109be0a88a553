// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "core/comparison.h"

#include <cmath>

namespace Parallax {

namespace {

QString entityKey(const QString &entity)
{
    return entity.section(u' ', 0, 0).section(u'-', 0, 0).toLower();
}

bool isMove(const Figure &f)
{
    static const QSet<QString> measures{QStringLiteral("share price"), QStringLiteral("index level"),
                                        QStringLiteral("price"), QStringLiteral("change"),
                                        QStringLiteral("market value")};
    return f.kind == Figure::Kind::Percent && f.unit == QStringLiteral("percent") && f.direction != Figure::Direction::None &&
           !f.entity.isEmpty() && measures.contains(f.measure);
}

} // namespace

QSet<int> ChartData::disputedFigures(const Comparison &c)
{
    QSet<int> out;
    for (const Discrepancy &d : c.discrepancies) {
        for (const Discrepancy::Item &i : d.items) {
            if (i.figure >= 0)
                out.insert(i.figure);
        }
    }
    return out;
}

QString ChartData::decadeLabel(int exponent)
{
    static const QList<QPair<int, QString>> scales{{12, QStringLiteral("tn")}, {9, QStringLiteral("bn")},
                                                   {6, QStringLiteral("m")},  {3, QStringLiteral("k")},
                                                   {0, QString()}};
    for (const auto &[power, suffix] : scales) {
        if (exponent >= power)
            return QString::number(std::pow(10.0, exponent - power), 'f', 0) + suffix;
    }
    return QString::number(std::pow(10.0, exponent), 'g', 3);
}

double ChartData::signedValue(const Comparison &c, int figure)
{
    const Figure &f = c.figures.at(figure);
    return f.direction == Figure::Direction::Down ? -f.value : f.value;
}

MoveChart ChartData::moves(const Comparison &c)
{
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

AmountChart ChartData::amounts(const Comparison &c)
{
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
