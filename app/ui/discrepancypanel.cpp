// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/discrepancypanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Parallax {

DiscrepancyPanel::DiscrepancyPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_position(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous discrepancy (Shift+F8)"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next discrepancy (F8)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Discrepancies"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_position, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_previous, &QToolButton::clicked, this, &DiscrepancyPanel::previous);
    connect(m_next, &QToolButton::clicked, this, &DiscrepancyPanel::next);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        updatePosition();
        if (row >= 0)
            Q_EMIT discrepancyActivated(row);
    });
    updatePosition();
}

DiscrepancyPanel::~DiscrepancyPanel() = default;

int DiscrepancyPanel::count() const
{
    return m_list->count();
}

int DiscrepancyPanel::current() const
{
    return m_list->currentRow();
}

void DiscrepancyPanel::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Discrepancy &d : comparison.discrepancies) {
        QStringList items;
        for (const Discrepancy::Item &item : d.items)
            items.append(QStringLiteral("%1: %2").arg(comparison.articles.at(item.article).article.displayName(),
                                                      item.text.size() > 90 ? item.text.left(87) + QStringLiteral("…") : item.text));
        auto *entry = new QListWidgetItem(QStringLiteral("%1 — %2\n%3").arg(Discrepancy::label(d.kind), d.about, items.join(QStringLiteral("  ·  "))));
        entry->setToolTip(items.join(u'\n'));
        m_list->addItem(entry);
    }
    updatePosition();
}

void DiscrepancyPanel::showDiscrepancy(int index)
{
    if (index < 0 || index >= m_list->count())
        return;
    if (m_list->currentRow() == index)
        Q_EMIT discrepancyActivated(index); // show it again
    else
        m_list->setCurrentRow(index);
}

void DiscrepancyPanel::next()
{
    if (m_list->count() > 0)
        showDiscrepancy((m_list->currentRow() + 1) % m_list->count());
}

void DiscrepancyPanel::previous()
{
    if (m_list->count() > 0)
        showDiscrepancy((m_list->currentRow() - 1 + m_list->count()) % m_list->count());
}

void DiscrepancyPanel::updatePosition()
{
    const int n = m_list->count();
    m_previous->setEnabled(n > 0);
    m_next->setEnabled(n > 0);
    if (n == 0)
        m_position->setText(m_comparison.articles.size() > 1 ? tr("The outlets agree on every figure and quote.")
                                                              : tr("Open two or more articles to check their figures and quotes."));
    else if (m_list->currentRow() < 0)
        m_position->setText(tr("%n discrepancy(ies)", nullptr, n));
    else
        m_position->setText(tr("%1 of %2").arg(m_list->currentRow() + 1).arg(n));
}

} // namespace Parallax
