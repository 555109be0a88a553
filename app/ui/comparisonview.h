// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QUrl>
#include <QWebEngineView>

namespace Parallax {

// Shows a Comparison as the HTML page parallax_report renders. The page runs in its own
// off-the-record profile with every network request refused and only the report's own
// script allowed to run, so the
// view can only ever show what Parallax generated. Files dropped onto it are handed on
// (urlsDropped) instead of being opened by the browser engine.
class ComparisonView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setComparison(const Comparison &comparison);
    const Comparison &comparison() const { return m_comparison; }

    // Scrolls to the given sentences ((article, sentence) pairs, the first one in view) and
    // makes them flash, so the eye finds them.
    void revealSentences(const QList<QPair<int, int>> &sentences);

    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void urlsDropped(const QList<QUrl> &urls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void render();
    void watch(QObject *child);

    Comparison m_comparison;
    int m_fontPercent = 100;
};

} // namespace Parallax
