// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace Parallax {

// The coverage matrix: the claims two or more outlets carry (most-carried first) against
// every outlet, then, grouped per outlet and numbered, the sentences only that outlet has,
// as in the printed report. Activating a row asks for the claim's sentences to be shown
// (claimActivated).
class CoveragePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePanel)

public:
    explicit CoveragePanel(QWidget *parent = nullptr);
    ~CoveragePanel() override;

    void setComparison(const Comparison &comparison);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void claimActivated(int claim);

private:
    void fill();

    Comparison m_comparison;
    QTableWidget *m_table;
    QCheckBox *m_partialOnly;
};

} // namespace Parallax
