// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figurespanel.h"

#include "core/chartdata.h"
#include "core/discrepancytable.h"
#include "report/labels.h"
#include "report/svgcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QStackedLayout>
#include <QToolTip>

#include <cmath>

namespace Parallax {

// Text drawn beside bars and points (a chart's own labels cannot write "£4.2m"), kept in
// place as the chart is laid out again.
class ValueLabels final : public QObject {
    Q_DISABLE_COPY_MOVE(ValueLabels)

public:
    explicit ValueLabels(QChart *chart)
        : QObject(chart)
        , m_chart(chart) {
        connect(chart, &QChart::plotAreaChanged, this, [this] { place(); });
    }
    // A label at a point of the series' coordinates: above or below a bar's end, above a
    // point's marker.
    enum class Side { Above, Below, AbovePoint };
    void add(QAbstractSeries *series, const QPointF &at, const QString &text, Side side,
             const QColor &colour) {
        auto *item = new QGraphicsSimpleTextItem(text, m_chart);
        item->setBrush(colour);
        QFont font = item->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * 0.9);
        item->setFont(font);
        item->setZValue(20);
        m_labels.append({series, at, side, item});
        place();
    }
    void clear() {
        for (const Label &l : std::as_const(m_labels))
            delete l.item;
        m_labels.clear();
    }
    QStringList texts() const {
        QStringList out;
        for (const Label &l : m_labels)
            out.append(l.item->text());
        return out;
    }

private:
    struct Label {
        QAbstractSeries *series;
        QPointF at;
        Side side;
        QGraphicsSimpleTextItem *item;
    };
    // Each label beside its point; one that would cover a label already placed moves on,
    // away from its bar or point, until it is clear.
    void place() {
        QList<QRectF> placed;
        for (const Label &l : std::as_const(m_labels)) {
            const QPointF p = m_chart->mapToPosition(l.at, l.series);
            const QSizeF size = l.item->boundingRect().size();
            const bool above = l.side != Side::Below;
            const double gap = l.side == Side::AbovePoint ? 7 : 1; // clear of the marker
            QRectF box(QPointF(p.x() - size.width() / 2,
                               above ? p.y() - size.height() - gap : p.y() + gap),
                       size);
            const double step = above ? -size.height() : size.height();
            for (int tries = 0;
                 tries < 6 && std::any_of(placed.cbegin(), placed.cend(),
                                          [&](const QRectF &r) { return r.intersects(box); });
                 ++tries)
                box.translate(0, step);
            l.item->setPos(box.topLeft());
            placed.append(box);
        }
    }

    QChart *m_chart;
    QList<Label> m_labels;
};

namespace {

// One colour per outlet (the printed charts' Okabe-Ito set), vermillion kept for what
// disagrees.
QColor outletColour(int article) {
    return QColor(SvgCharts::colour(article));
}
const QColor kDisputed(0xd5, 0x5e, 0x00);

QChartView *makeView(const QString &title, QWidget *parent) {
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 260);
    return view;
}

void clearChart(QChart *chart) {
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// An axis whose ticks are labelled by the caller: the value written as the news writes it.
QCategoryAxis *labelledAxis(const QList<QPair<double, QString>> &ticks, double from, double to) {
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(from);
    for (const auto &[value, label] : ticks) {
        if (!axis->categoriesLabels().contains(label))
            axis->append(label, value);
    }
    axis->setRange(from, to);
    return axis;
}

} // namespace

FiguresPanel::FiguresPanel(QWidget *parent)
    : QWidget(parent)
    , m_movesView(makeView(tr("Market moves"), this))
    , m_emptyMoves(new QLabel(tr("No market moves in these articles."), this))
    , m_emptyAmounts(new QLabel(tr("No money amounts in these articles."), this))
    , m_amountsArea(new QWidget(this))
    , m_amountsGrid(new QGridLayout(m_amountsArea)) {
    m_amountsGrid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_amountsArea);
    auto *layout = new QHBoxLayout(this); // the moves at full height beside the amounts
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QWidget *, QLabel *>> parts{{m_movesView, m_emptyMoves},
                                                      {scroll, m_emptyAmounts}};
    for (const auto &[view, empty] : parts) {
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        auto *holder = new QWidget(this);
        auto *stack = new QStackedLayout(holder);
        stack->addWidget(view);
        stack->addWidget(empty);
        layout->addWidget(holder, 1);
        (view == m_movesView ? m_movesStack : m_amountsStack) = stack;
    }
    m_movesView->setAccessibleName(tr("Market moves chart"));
    m_labels.insert(m_movesView, new ValueLabels(m_movesView->chart()));
    setComparison({});
}

FiguresPanel::~FiguresPanel() = default;

void FiguresPanel::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    buildMoves();
    buildAmounts();
}

QStringList FiguresPanel::valueLabels(QChartView *view) const {
    const ValueLabels *labels = m_labels.value(view);
    return labels ? labels->texts() : QStringList();
}

// A new theme: the charts are drawn again in its colours (a chart theme set on a built
// chart would reset the colours of its series).
void FiguresPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        setComparison(Comparison(m_comparison));
    QWidget::changeEvent(event);
}

// The charts follow the window: dark on a dark palette.
void FiguresPanel::applyTheme(QChart *chart) const {
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QString FiguresPanel::describe(int figure) const {
    const Figure &f = m_comparison.figures.at(figure);
    const ComparedArticle &a = m_comparison.articles.at(f.article);
    QString sentence = a.textOf(a.sentences.at(f.sentence).range).simplified();
    if (sentence.size() > 220)
        sentence = sentence.left(217) + QStringLiteral("…");
    QString tip = QStringLiteral("<b>%1</b>: %2<br>%3")
                      .arg(a.article.displayName().toHtmlEscaped(), f.text.toHtmlEscaped(),
                           sentence.toHtmlEscaped());
    if (ChartData::disputedFigures(m_comparison).contains(figure))
        tip += QStringLiteral("<br><b>%1</b>").arg(tr("≠ The outlets disagree on this figure."));
    return tip;
}

void FiguresPanel::showTip(int figure) {
    if (figure >= 0)
        QToolTip::showText(QCursor::pos(), describe(figure), this);
    else
        QToolTip::hideText();
}

void FiguresPanel::buildMoves() {
    QChart *chart = m_movesView->chart();
    ValueLabels *labels = m_labels.value(m_movesView);
    labels->clear();
    clearChart(chart);
    applyTheme(chart);
    m_bars.clear();
    m_barValue.clear();

    const MoveChart data = ChartData::moves(m_comparison);
    QList<double> percents;
    for (const MoveChart::Series &s : data.series) {
        for (int i : s.figures) {
            if (i >= 0)
                percents.append(ChartData::signedValue(m_comparison, i));
        }
    }
    const MoveScale scale = ChartData::moveScale(percents);
    auto *series = new QBarSeries;
    for (int setIndex = 0; setIndex < data.series.size(); ++setIndex) {
        const MoveChart::Series &s = data.series.at(setIndex);
        auto *set = new QBarSet(ChartData::outletNames(m_comparison).at(s.article));
        set->setColor(outletColour(s.article));
        for (int k = 0; k < data.categories.size(); ++k) {
            const int i = s.figures.at(k);
            double value = 0.0;
            if (i >= 0) {
                value = scale.position(ChartData::signedValue(m_comparison, i));
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
    m_movesStack->setCurrentIndex(data.isEmpty() ? 1 : 0);
    if (data.isEmpty()) {
        delete series;
        return;
    }
    // A category the outlets disagree on says so in its label, not by colour alone.
    QStringList categories;
    for (int k = 0; k < data.categories.size(); ++k)
        categories.append(data.disputed.at(k) ? data.categories.at(k) + QStringLiteral(" ≠")
                                              : data.categories.at(k));
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QCategoryAxis *y = labelledAxis(scale.ticks, -scale.limit, scale.limit);
    y->setTitleText(scale.squareRoot ? tr("change (square-root scale)") : tr("change"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    // Each bar's value at its end, the real percentage whatever the scale.
    const QColor text = palette().color(QPalette::WindowText);
    const double width = series->barWidth();
    for (auto it = m_bars.cbegin(); it != m_bars.cend(); ++it) {
        const auto [set, category] = it.key();
        const double percent = ChartData::signedValue(m_comparison, it.value());
        const double x = category - width / 2 + (set + 0.5) * width / series->count();
        labels->add(series, QPointF(x, scale.position(percent)), ChartData::formatMove(percent),
                    percent < 0 ? ValueLabels::Side::Below : ValueLabels::Side::Above, text);
    }
}

QChartView *FiguresPanel::addAmountView() {
    QChartView *view = makeView(QString(), m_amountsArea);
    view->setAccessibleName(tr("Amounts chart"));
    m_labels.insert(view, new ValueLabels(view->chart()));
    const int columns = 2, index = int(m_amountViews.size());
    m_amountsGrid->addWidget(view, index / columns, index % columns);
    m_amountViews.append(view);
    return view;
}

void FiguresPanel::buildAmounts() {
    for (QChartView *view : std::as_const(m_amountViews)) {
        m_labels.remove(view);
        m_points.remove(view);
        delete view;
    }
    m_amountViews.clear();
    const AmountChart data = ChartData::amounts(m_comparison);
    m_amountsStack->setCurrentIndex(data.isEmpty() ? 1 : 0);
    for (const AmountScale &scale : ChartData::amountScales(data))
        buildAmountChart(addAmountView(), data, scale);
}

// One measure in one currency: a column per outlet that gives it, a point per amount with
// its value beside it, on the measure's own scale.
void FiguresPanel::buildAmountChart(QChartView *view, const AmountChart &data,
                                    const AmountScale &scale) {
    QChart *chart = view->chart();
    applyTheme(chart);
    chart->setTitle(Labels::measure(scale.measure));
    QList<int> outlets;
    for (int p : scale.points) {
        if (!outlets.contains(data.points.at(p).article))
            outlets.append(data.points.at(p).article);
    }
    std::sort(outlets.begin(), outlets.end());
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int o = 0; o < outlets.size(); ++o)
        x->append(ChartData::outletNames(m_comparison).at(outlets.at(o)), o + 0.5);
    x->setStartValue(-0.5);
    x->setRange(-0.5, outlets.size() - 0.5);
    const auto plotted = [&scale](double value) {
        return scale.log ? std::log10(value) : value;
    };
    QCategoryAxis *y = labelledAxis({}, plotted(scale.lo), plotted(scale.hi));
    for (const auto &[value, label] : scale.ticks)
        y->append(label, plotted(value));
    y->setTitleText(scale.log ? tr("log scale") : QString());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto *marked = new QScatterSeries;
    marked->setName(tr("Disagrees (≠)"));
    marked->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    marked->setMarkerSize(17);
    marked->setColor(Qt::transparent);
    marked->setBorderColor(kDisputed);
    marked->setPen(QPen(kDisputed, 3));
    QList<QScatterSeries *> all;
    QList<std::pair<QPointF, QString>> texts;
    const QSet<int> odd =
        DiscrepancyTable::oddFigures(m_comparison); // the odd ones out, not all they differ from
    for (int o = 0; o < outlets.size(); ++o) {
        auto *series = new QScatterSeries;
        series->setName(ChartData::outletNames(m_comparison).at(outlets.at(o)));
        series->setColor(outletColour(outlets.at(o)));
        series->setMarkerSize(11);
        for (int p : scale.points) {
            const AmountChart::Point &point = data.points.at(p);
            if (point.article != outlets.at(o))
                continue;
            const QPointF at(o, plotted(point.value));
            series->append(at);
            m_points[view].append({at, point.figure});
            texts.append({at, ChartData::formatAmount(point.value, point.unit)});
            if (odd.contains(point.figure))
                marked->append(at);
        }
        all.append(series);
    }
    all.append(marked);
    for (QScatterSeries *series : std::as_const(all)) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(series, &QScatterSeries::hovered, this, [this, view](const QPointF &p, bool on) {
            showTip(on ? figureAtPoint(view, p) : -1);
        });
        connect(series, &QScatterSeries::clicked, this, [this, view](const QPointF &p) {
            const int figure = figureAtPoint(view, p);
            if (figure >= 0)
                Q_EMIT figureActivated(figure);
        });
    }
    if (marked->count() == 0)
        chart->legend()->markers(marked).value(0)->setVisible(false);
    chart->legend()->setVisible(false); // the outlets are named under their columns
    const QColor colour = palette().color(QPalette::WindowText);
    for (const auto &[at, text] : std::as_const(texts))
        m_labels.value(view)->add(all.first(), at, text, ValueLabels::Side::AbovePoint, colour);
}

int FiguresPanel::figureAtPoint(QChartView *view, const QPointF &point) const {
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    QChart *chart = view->chart();
    for (const auto &[p, figure] : m_points.value(view)) {
        // Nearest on screen, so that the scales of the two axes do not matter.
        const QPointF a = chart->mapToPosition(p), b = chart->mapToPosition(point);
        const double d = std::abs(a.x() - b.x()) + std::abs(a.y() - b.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = figure;
        }
    }
    return bestDistance < 12 ? best : -1;
}

QChartView *FiguresPanel::viewOf(int figure) const {
    for (QChartView *view : m_amountViews) {
        for (const auto &[p, f] : m_points.value(view)) {
            if (f == figure)
                return view;
        }
    }
    return m_barValue.contains(figure) ? m_movesView : nullptr;
}

QPoint FiguresPanel::positionOf(int figure) const {
    QChartView *view = viewOf(figure);
    if (!view)
        return {-1, -1};
    QChart *chart = view->chart();
    if (view != m_movesView) {
        for (const auto &[p, f] : m_points.value(view)) {
            if (f == figure)
                return view->mapFromScene(
                    chart->mapToScene(chart->mapToPosition(p, chart->series().first())));
        }
    }
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
    return view->mapFromScene(scene);
}

} // namespace Parallax
