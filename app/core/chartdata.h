// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace Parallax {

struct Comparison;

// What the figure charts show, chosen once for the window's charts and the PDF's: market
// moves (percent changes with a direction, per entity and outlet) and money amounts (as
// first written, not their conversions, grouped by what they measure).
struct MoveChart final
{
    struct Series
    {
        int article = 0;
        QList<int> figures; // per category: index into Comparison::figures, or -1
    };
    QStringList categories;  // entities, the shortest name each outlet uses
    QList<bool> disputed;    // per category: the outlets disagree on it
    QList<Series> series;    // one per article that reports a move
    bool isEmpty() const { return categories.isEmpty(); }
};

struct AmountChart final
{
    struct Point
    {
        int figure = 0;
        int article = 0;
        int measure = 0; // index into measures
        double value = 0.0;
        QString unit;
        bool disputed = false;
    };
    QStringList measures;
    QList<Point> points;
    bool isEmpty() const { return points.isEmpty(); }
};

class ChartData final
{
public:
    static MoveChart moves(const Comparison &comparison);
    static AmountChart amounts(const Comparison &comparison);
    // Figures named by any discrepancy.
    static QSet<int> disputedFigures(const Comparison &comparison);
    // A power of ten as the news writes it, for log axes: "1", "1k", "100m", "1bn", "10tn".
    static QString decadeLabel(int exponent);
    // The signed value of a move: negative when it went down.
    static double signedValue(const Comparison &comparison, int figure);
};

} // namespace Parallax
