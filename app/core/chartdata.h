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
struct MoveChart final {
    struct Series {
        int article = 0;
        QList<int> figures; // per category: index into Comparison::figures, or -1
    };
    QStringList categories; // entities, the shortest name each outlet uses
    QList<bool> disputed;   // per category: the outlets disagree on it
    QList<Series> series;   // one per article that reports a move
    bool isEmpty() const { return categories.isEmpty(); }
};

struct AmountChart final {
    struct Point {
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

// One panel of the amounts chart: the amounts of one measure in one currency, on a scale
// of its own (linear from zero, or log when the amounts span orders of magnitude), with
// the ticks written as the news writes amounts.
struct AmountScale final {
    QString measure;
    QString unit;
    bool log = false;
    double lo = 0.0; // the axis' range, in value units (both powers of ten on a log scale)
    double hi = 0.0;
    QList<QPair<double, QString>> ticks; // value, label ("£4m", "100bn yuan")
    QList<int> points;                   // indexes into AmountChart::points
};

// The axis of the market moves: symmetric about zero. When the largest move is ten times
// the smallest or more, on a signed square-root scale so that a 0.8% move stays visible
// beside a 17% one (plot at position(), label with the real value).
struct MoveScale final {
    bool squareRoot = false;
    double limit = 0.0;                  // the axis runs from -limit to +limit (plotted units)
    QList<QPair<double, QString>> ticks; // plotted position, label ("-16%", "0%", "+4%")
    double position(double percent) const;
};

class ChartData final {
public:
    static MoveChart moves(const Comparison &comparison);
    static AmountChart amounts(const Comparison &comparison);
    // Each compared article's short outlet name (Article::shortName), told apart by its
    // column number where two are alike ("BBC 1", "BBC 3"): for legends and table headings.
    static QStringList outletNames(const Comparison &comparison);
    // Figures named by any discrepancy.
    static QSet<int> disputedFigures(const Comparison &comparison);
    // A power of ten as the news writes it, for log axes: "1", "1k", "100m", "1bn", "10tn".
    static QString decadeLabel(int exponent);
    // The signed value of a move: negative when it went down.
    static double signedValue(const Comparison &comparison, int figure);

    // An amount as the news writes it: "£4.2m", "$600bn", "100bn yuan", "€950k", "12 CHF".
    // The same in every locale.
    static QString formatAmount(double value, const QString &unit);
    // A move with its sign: "+0.8%", "−17%".
    static QString formatMove(double percent);
    // Whether values from lo to hi span two orders of magnitude or more (a log scale).
    static bool spansOrders(double lo, double hi);
    static QList<AmountScale> amountScales(const AmountChart &chart);
    static MoveScale moveScale(const QList<double> &percents);
};

} // namespace Parallax
