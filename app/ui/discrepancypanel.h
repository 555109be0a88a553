// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace Parallax {

// Where the outlets disagree, as a list a reader can step through: figures with different
// values, contradicting qualifiers, conversions with an odd rate, altered quotes and quotes
// of a named person only one outlet carries. Going to an entry asks for its sentences to be
// shown (discrepancyActivated).
class DiscrepancyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyPanel)

public:
    explicit DiscrepancyPanel(QWidget *parent = nullptr);
    ~DiscrepancyPanel() override;

    void setComparison(const Comparison &comparison);

    QListWidget *list() const { return m_list; }
    int count() const;
    int current() const;

    // Step to the next or previous discrepancy (wrapping round) and show it.
    void next();
    void previous();
    void showDiscrepancy(int index);

Q_SIGNALS:
    void discrepancyActivated(int index);

private:
    void updatePosition();

    Comparison m_comparison;
    QListWidget *m_list;
    QLabel *m_position;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace Parallax
