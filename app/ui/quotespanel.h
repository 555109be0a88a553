// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace Parallax {

// The quotes of a story as a table: one row per quote (the same words in several outlets
// are one row), with its speaker, the outlets that carry it and how they match. Selecting a
// row shows each outlet's version with the words that differ; activating it asks for the
// quote's sentence to be shown (quoteActivated).
class QuotesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotesPanel)

public:
    enum Column { QuoteColumn, SpeakerColumn, OutletsColumn, MatchColumn, ColumnCount };

    explicit QuotesPanel(QWidget *parent = nullptr);
    ~QuotesPanel() override;

    void setComparison(const Comparison &comparison);

    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    int rowCount() const;

Q_SIGNALS:
    void quoteActivated(int quote);

private:
    void showDetails(int row);

    Comparison m_comparison;
    QList<QList<int>> m_groups; // row -> quotes
    QStandardItemModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace Parallax
