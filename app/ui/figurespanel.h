// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace Parallax {

// The figures of a story as charts: market moves as a grouped bar chart (the percent change
// per entity, one bar per outlet that reports it) and money amounts on a log axis grouped
// by what they measure. Figures that disagree across outlets are marked (a ≠ on the
// category, a square marker on the point). Every bar and point has a tooltip with its
// sentence and outlet; clicking one asks for its sentence to be shown (figureActivated).
class FiguresPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresPanel)

public:
    explicit FiguresPanel(QWidget *parent = nullptr);
    ~FiguresPanel() override;

    void setComparison(const Comparison &comparison);

    QChartView *movesView() const { return m_movesView; }
    QChartView *amountsView() const { return m_amountsView; }

    // The figure drawn at a bar (set = article index in the chart's order, category) or at
    // an amount point; -1 when there is none. For tooltips, clicks and tests.
    int figureAtBar(int set, int category) const { return m_bars.value({set, category}, -1); }
    int figureAtPoint(const QPointF &point) const;
    // Where a figure is drawn, in the chart view's viewport coordinates (tests click there).
    QPoint positionOf(int figure) const;

Q_SIGNALS:
    void figureActivated(int figure);

private:
    void buildMoves();
    void buildAmounts();
    QString describe(int figure) const;
    void showTip(int figure);

    Comparison m_comparison;
    QChartView *m_movesView;
    QChartView *m_amountsView;
    QLabel *m_emptyMoves;
    QLabel *m_emptyAmounts;
    QHash<QPair<int, int>, int> m_bars;   // (set, category) -> figure
    QList<QPair<QPointF, int>> m_points;  // amount point -> figure
    QHash<int, QPointF> m_barValue;       // figure -> (category, value) for positionOf
};

} // namespace Parallax
