// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QToolButton;

namespace Parallax {

struct DiscrepancyRow;

// Where the outlets disagree, as a table a reader can scan and step through: one row per
// discrepancy (what it is about, each outlet's value or wording with the odd one out
// marked, why it was flagged: a different value, a qualifier, a conversion off, an altered
// quote, a quote in only one outlet), sortable by any column. Going to a row asks for its
// sentences to be shown (discrepancyActivated, with the discrepancy's index).
class DiscrepancyPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyPanel)

public:
    explicit DiscrepancyPanel(QWidget *parent = nullptr);
    ~DiscrepancyPanel() override;

    void setComparison(const Comparison &comparison);

    QTableWidget *table() const { return m_table; }
    int count() const;
    // The discrepancy of the selected row (the one shown), or -1.
    int current() const;
    // The table row showing a discrepancy (rows move when the table is sorted), or -1.
    int rowOf(int discrepancy) const;

    // Step to the next or previous discrepancy (wrapping round) and show it.
    void next();
    void previous();
    void showDiscrepancy(int index);

Q_SIGNALS:
    void discrepancyActivated(int index);

private:
    void updatePosition();
    void fillRow(int row, const DiscrepancyRow &data);
    int discrepancyAt(int row) const;

    Comparison m_comparison;
    QTableWidget *m_table;
    QLabel *m_position;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace Parallax
