// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/discrepancypanel.h"

#include "core/chartdata.h"
#include "core/discrepancytable.h"
#include "report/labels.h"
#include "ui/selectedrow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parallax {

namespace {

constexpr int kDiscrepancyRole = Qt::UserRole;
const QColor kOdd(0xd5, 0x5e, 0x00); // the charts' colour for what disagrees

QTableWidgetItem *readOnly(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

DiscrepancyPanel::DiscrepancyPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_position(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this)) {
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous discrepancy (Shift+F8)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next discrepancy (F8)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_table->setAccessibleName(tr("Discrepancies"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_position, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setTabOrder(m_previous, m_next); // as they stand, the buttons above the table
    setTabOrder(m_next, m_table);

    connect(m_previous, &QToolButton::clicked, this, &DiscrepancyPanel::previous);
    connect(m_next, &QToolButton::clicked, this, &DiscrepancyPanel::next);
    new SelectedRow(m_table, [this](int row) {
        updatePosition();
        Q_EMIT discrepancyActivated(discrepancyAt(row));
    });
    updatePosition();
}

DiscrepancyPanel::~DiscrepancyPanel() = default;

int DiscrepancyPanel::count() const {
    return m_table->rowCount();
}

int DiscrepancyPanel::discrepancyAt(int row) const {
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(kDiscrepancyRole).toInt() : -1;
}

int DiscrepancyPanel::current() const {
    const int row = SelectedRow::of(m_table);
    return row < 0 ? -1 : discrepancyAt(row);
}

int DiscrepancyPanel::rowOf(int discrepancy) const {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (discrepancyAt(row) == discrepancy)
            return row;
    }
    return -1;
}

void DiscrepancyPanel::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    const QSignalBlocker blocker(m_table);
    m_table->setSortingEnabled(false);
    m_table->clear();
    const int outlets = int(comparison.articles.size());
    m_table->setColumnCount(outlets + 2);
    QStringList headings{tr("About")};
    headings += ChartData::outletNames(comparison);
    headings.append(tr("Why flagged"));
    m_table->setHorizontalHeaderLabels(headings);
    for (int i = 0; i < outlets; ++i)
        m_table->horizontalHeaderItem(i + 1)->setToolTip(
            comparison.articles.at(i).article.displayName());
    const QList<DiscrepancyRow> rows = DiscrepancyTable::rows(comparison);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        fillRow(r, rows.at(r));
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column,
                                std::min(m_table->columnWidth(column), column == 0 ? 260 : 200));
    m_table->resizeRowsToContents();
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(
        -1, Qt::AscendingOrder); // in the story's order until asked
    updatePosition();
}

// One discrepancy: what it is about (its kind in the tooltip), a cell per outlet, the
// odd one out bold on an orange wash and marked ≠ so it does not rest on colour alone.
void DiscrepancyPanel::fillRow(int row, const DiscrepancyRow &data) {
    QTableWidgetItem *about = readOnly(Labels::discrepancyAbout(data.about));
    about->setData(kDiscrepancyRole, data.discrepancy);
    about->setToolTip(Labels::discrepancyKind(data.kind));
    m_table->setItem(row, 0, about);
    for (int a = 0; a < data.cells.size(); ++a) {
        const DiscrepancyRow::Cell &cell = data.cells.at(a);
        QTableWidgetItem *item =
            readOnly(cell.text.isEmpty() ? QStringLiteral("\u2014") : cell.text);
        if (cell.odd) {
            item->setText(QStringLiteral("\u2260 ") + cell.text);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            QColor wash = kOdd;
            wash.setAlpha(60);
            item->setBackground(wash);
            item->setToolTip(tr("%1 differs from the others")
                                 .arg(m_comparison.articles.at(a).article.displayName()));
        } else if (!cell.text.isEmpty()) {
            item->setToolTip(m_comparison.articles.at(a).article.displayName());
        }
        m_table->setItem(row, a + 1, item);
    }
    m_table->setItem(row, int(data.cells.size()) + 1,
                     readOnly(Labels::discrepancyReason(data.reason)));
}

void DiscrepancyPanel::showDiscrepancy(int index) {
    const int row = rowOf(index);
    if (row < 0)
        return;
    if (SelectedRow::of(m_table) == row)
        Q_EMIT discrepancyActivated(index); // show it again
    else
        m_table->setCurrentCell(row, 0); // selects it, which shows it
}

// Next and previous go down and up the table as it is sorted now, wrapping round.
void DiscrepancyPanel::next() {
    const int n = m_table->rowCount();
    if (n > 0)
        showDiscrepancy(discrepancyAt((SelectedRow::of(m_table) + 1) % n));
}

void DiscrepancyPanel::previous() {
    const int n = m_table->rowCount();
    if (n > 0)
        showDiscrepancy(discrepancyAt((std::max(SelectedRow::of(m_table), 0) - 1 + n) % n));
}

void DiscrepancyPanel::updatePosition() {
    const int n = m_table->rowCount();
    m_previous->setEnabled(n > 0);
    m_next->setEnabled(n > 0);
    if (n == 0)
        m_position->setText(
            m_comparison.articles.size() > 1
                ? tr("The outlets agree on every figure and quote.")
                : tr("Open two or more articles to check their figures and quotes."));
    else if (SelectedRow::of(m_table) < 0)
        m_position->setText(tr("%n discrepancy(ies)", nullptr, n));
    else
        m_position->setText(tr("%1 of %2").arg(SelectedRow::of(m_table) + 1).arg(n));
}

} // namespace Parallax
