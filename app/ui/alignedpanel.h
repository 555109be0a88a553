// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QTextBrowser>

namespace Parallax {

// The sentence the reader selected and its counterparts in the other articles, one under
// another, each with how it relates (word for word, reworded, in part, moved) and the words
// that differ marked.
class AlignedPanel final : public QTextBrowser {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlignedPanel)

public:
    explicit AlignedPanel(QWidget *parent = nullptr);
    ~AlignedPanel() override;

    void setComparison(const Comparison &comparison);
    void showSentence(int article, int sentence);

private:
    Comparison m_comparison;
};

} // namespace Parallax
