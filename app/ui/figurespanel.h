// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QStackedLayout;

namespace Parallax {

class ValueLabels;
struct AmountChart;
struct AmountScale;

// The figures of a story as charts, made to be read: market moves as a grouped bar chart
// (the percent change per entity, one bar per outlet, on an axis symmetric about zero and
// on a square-root scale when small moves stand beside large ones), and the money amounts
// as one small chart per measure and currency, each on its own scale (log only when its
// amounts span orders of magnitude, and then the axis says so). Every bar and point carries
// its value as the news writes it ("£4.2m", "−17%"); figures that disagree across outlets
// are marked (a ≠ on the category, a square marker on the point). Every bar and point has a
// tooltip with its sentence and outlet; clicking one asks for its sentence to be shown
// (figureActivated).
class FiguresPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresPanel)

public:
    explicit FiguresPanel(QWidget *parent = nullptr);
    ~FiguresPanel() override;

    void setComparison(const Comparison &comparison);

    QChartView *movesView() const { return m_movesView; }
    // The amounts' charts, one per measure and currency, in the order first met.
    QList<QChartView *> amountViews() const { return m_amountViews; }
    // The value labels drawn on a chart, in the order added (for tests).
    QStringList valueLabels(QChartView *view) const;

    // The figure drawn at a bar (set = article index in the chart's order, category) or at
    // an amount point of a chart; -1 when there is none. For tooltips, clicks and tests.
    int figureAtBar(int set, int category) const { return m_bars.value({set, category}, -1); }
    int figureAtPoint(QChartView *view, const QPointF &point) const;
    // The chart a figure is drawn in, and where, in its viewport coordinates (tests click
    // there); nullptr and (-1, -1) when it is not drawn.
    QChartView *viewOf(int figure) const;
    QPoint positionOf(int figure) const;

Q_SIGNALS:
    void figureActivated(int figure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMoves();
    void buildAmounts();
    void buildAmountChart(QChartView *view, const AmountChart &data, const AmountScale &scale);
    QChartView *addAmountView();
    QString describe(int figure) const;
    void showTip(int figure);
    void applyTheme(QChart *chart) const;

    Comparison m_comparison;
    QChartView *m_movesView;
    QLabel *m_emptyMoves;
    QLabel *m_emptyAmounts;
    QStackedLayout *m_movesStack = nullptr;
    QStackedLayout *m_amountsStack = nullptr;
    QWidget *m_amountsArea;
    QGridLayout *m_amountsGrid;
    QList<QChartView *> m_amountViews;
    QHash<QChartView *, ValueLabels *> m_labels;
    QHash<QPair<int, int>, int> m_bars;                       // (set, category) -> figure
    QHash<QChartView *, QList<QPair<QPointF, int>>> m_points; // amount point -> figure, per chart
    QHash<int, QPointF> m_barValue;                           // figure -> (category, plotted value)
};

} // namespace Parallax
