// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figurespanel.h"

#include "core/chartdata.h"
#include "report/svgcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Parallax {

namespace {

// One colour per outlet (the printed charts' Okabe-Ito set), vermillion kept for what
// disagrees.
QColor outletColour(int article)
{
    return QColor(SvgCharts::colour(article));
}
const QColor kDisputed(0xd5, 0x5e, 0x00);

QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}


} // namespace

FiguresPanel::FiguresPanel(QWidget *parent)
    : QWidget(parent)
    , m_movesView(makeView(tr("Market moves (%)"), this))
    , m_amountsView(makeView(tr("Amounts by what they measure"), this))
    , m_emptyMoves(new QLabel(tr("No market moves in these articles."), this))
    , m_emptyAmounts(new QLabel(tr("No money amounts in these articles."), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (auto [view, empty] : {std::pair{m_movesView, m_emptyMoves}, std::pair{m_amountsView, m_emptyAmounts}}) {
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        auto *holder = new QWidget(this);
        auto *stack = new QStackedLayout(holder);
        stack->addWidget(view);
        stack->addWidget(empty);
        layout->addWidget(holder, 1);
    }
    m_movesView->setAccessibleName(tr("Market moves chart"));
    m_amountsView->setAccessibleName(tr("Amounts chart"));
    setComparison({});
}

FiguresPanel::~FiguresPanel() = default;

void FiguresPanel::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    buildMoves();
    buildAmounts();
}

QString FiguresPanel::describe(int figure) const
{
    const Figure &f = m_comparison.figures.at(figure);
    const ComparedArticle &a = m_comparison.articles.at(f.article);
    QString sentence = a.textOf(a.sentences.at(f.sentence).range).simplified();
    if (sentence.size() > 220)
        sentence = sentence.left(217) + QStringLiteral("…");
    QString tip = QStringLiteral("<b>%1</b>: %2<br>%3").arg(a.article.displayName().toHtmlEscaped(), f.text.toHtmlEscaped(),
                                                            sentence.toHtmlEscaped());
    if (ChartData::disputedFigures(m_comparison).contains(figure))
        tip += QStringLiteral("<br><b>%1</b>").arg(tr("≠ The outlets disagree on this figure."));
    return tip;
}

void FiguresPanel::showTip(int figure)
{
    if (figure >= 0)
        QToolTip::showText(QCursor::pos(), describe(figure), this);
    else
        QToolTip::hideText();
}

void FiguresPanel::buildMoves()
{
    QChart *chart = m_movesView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_bars.clear();
    m_barValue.clear();

    const MoveChart data = ChartData::moves(m_comparison);
    auto *series = new QBarSeries;
    for (int setIndex = 0; setIndex < data.series.size(); ++setIndex) {
        const MoveChart::Series &s = data.series.at(setIndex);
        auto *set = new QBarSet(m_comparison.articles.at(s.article).article.displayName());
        set->setColor(outletColour(s.article));
        for (int k = 0; k < data.categories.size(); ++k) {
            const int i = s.figures.at(k);
            double value = 0.0;
            if (i >= 0) {
                value = ChartData::signedValue(m_comparison, i);
                m_bars.insert({setIndex, k}, i);
                m_barValue.insert(i, QPointF(k, value));
            }
            set->append(value);
        }
        connect(set, &QBarSet::hovered, this, [this, setIndex](bool on, int category) {
            showTip(on ? figureAtBar(setIndex, category) : -1);
        });
        connect(set, &QBarSet::clicked, this, [this, setIndex](int category) {
            const int figure = figureAtBar(setIndex, category);
            if (figure >= 0)
                Q_EMIT figureActivated(figure);
        });
        series->append(set);
    }
    static_cast<QStackedLayout *>(m_movesView->parentWidget()->layout())->setCurrentIndex(data.isEmpty() ? 1 : 0);
    if (data.isEmpty()) {
        delete series;
        return;
    }
    // A category the outlets disagree on says so in its label, not by colour alone.
    QStringList labels;
    for (int k = 0; k < data.categories.size(); ++k)
        labels.append(data.disputed.at(k) ? data.categories.at(k) + QStringLiteral(" ≠") : data.categories.at(k));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    double lo = 0, hi = 0;
    for (const QPointF &p : std::as_const(m_barValue)) {
        lo = std::min(lo, p.y());
        hi = std::max(hi, p.y());
    }
    const double pad = std::max(0.5, (hi - lo) * 0.1);
    y->setRange(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g%%"));
    y->setTitleText(tr("change"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void FiguresPanel::buildAmounts()
{
    QChart *chart = m_amountsView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    m_points.clear();

    const AmountChart data = ChartData::amounts(m_comparison);
    const QStringList &measures = data.measures;
    static_cast<QStackedLayout *>(m_amountsView->parentWidget()->layout())->setCurrentIndex(data.isEmpty() ? 1 : 0);
    if (data.isEmpty())
        return;

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int m = 0; m < measures.size(); ++m)
        x->append(measures.at(m), m + 0.5);
    x->setRange(-0.5, measures.size() - 0.5);
    x->setStartValue(-0.5);
    // A log scale: points at log10 of the amount, one labelled line per power of ten.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    double lo = std::numeric_limits<double>::max(), hi = 0;
    const int n = int(m_comparison.articles.size());
    auto *marked = new QScatterSeries;
    marked->setName(tr("Disagrees (≠)"));
    marked->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marked->setMarkerSize(17);
    marked->setColor(Qt::transparent);
    marked->setBorderColor(kDisputed);
    marked->setPen(QPen(kDisputed, 3));
    QList<QScatterSeries *> all;
    for (int a = 0; a < n; ++a) {
        auto *series = new QScatterSeries;
        series->setName(m_comparison.articles.at(a).article.displayName());
        series->setColor(outletColour(a));
        series->setMarkerSize(10);
        const double offset = n > 1 ? (a - (n - 1) / 2.0) * std::min(0.7 / n, 0.15) : 0.0;
        for (const AmountChart::Point &point : data.points) {
            if (point.article != a)
                continue;
            const QPointF p(point.measure + offset, std::log10(point.value));
            series->append(p);
            m_points.append({p, point.figure});
            lo = std::min(lo, point.value);
            hi = std::max(hi, point.value);
            if (point.disputed)
                marked->append(p);
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        all.append(series);
    }
    all.append(marked);
    for (QScatterSeries *series : std::as_const(all)) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QScatterSeries::hovered, this, [this](const QPointF &p, bool on) { showTip(on ? figureAtPoint(p) : -1); });
        connect(series, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            const int figure = figureAtPoint(p);
            if (figure >= 0)
                Q_EMIT figureActivated(figure);
        });
    }
    if (marked->count() == 0)
        chart->legend()->markers(marked).value(0)->setVisible(false);
    const int from = int(std::floor(std::log10(lo))), to = std::max(from + 1, int(std::ceil(std::log10(hi) + 0.25)));
    const int step = to - from > 8 ? 2 : 1;
    y->setStartValue(from);
    for (int e = from; e <= to; e += step)
        y->append(ChartData::decadeLabel(e), e);
    y->setRange(from, to);
    y->setTitleText(tr("amount (log scale)"));
}

int FiguresPanel::figureAtPoint(const QPointF &point) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (const auto &[p, figure] : m_points) {
        const double d = p.x() == point.x() && p.y() == point.y() ? 0.0 : std::abs(p.x() - point.x()) + std::abs(p.y() - point.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = figure;
        }
    }
    return bestDistance < 0.3 ? best : -1;
}

QPoint FiguresPanel::positionOf(int figure) const
{
    for (const auto &[p, f] : m_points) {
        if (f == figure) {
            QChart *chart = m_amountsView->chart();
            const QPointF scene = chart->mapToScene(chart->mapToPosition(p, chart->series().first()));
            return m_amountsView->mapFromScene(scene);
        }
    }
    if (!m_barValue.contains(figure))
        return {-1, -1};
    QChart *chart = m_movesView->chart();
    auto *series = static_cast<QBarSeries *>(chart->series().first());
    int set = 0;
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        if (it.value() == figure)
            set = it.key().first;
    }
    const QPointF v = m_barValue.value(figure);
    const double width = series->barWidth();
    const double x = v.x() - width / 2 + (set + 0.5) * width / series->count();
    const QPointF scene = chart->mapToScene(chart->mapToPosition(QPointF(x, v.y() / 2), series));
    return m_movesView->mapFromScene(scene);
}

} // namespace Parallax
