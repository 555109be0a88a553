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
class ComparisonView final : public QWebEngineView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setComparison(const Comparison &comparison);
    // The articles shown as columns (at most MainWindow::kMaxColumns), in order; all of
    // them when empty. The others stay in the comparison (links, summary docks).
    void setVisibleArticles(const QList<int> &articles);
    QList<int> visibleArticles() const { return m_visible; }
    const Comparison &comparison() const { return m_comparison; }

    // Scrolls every column that holds one of the given sentences ((article, sentence) pairs)
    // to its first one, in the middle of the column, and marks them all, so the eye finds
    // them; the column of the first is brought into view.
    void revealSentences(const QList<QPair<int, int>> &sentences);

    // Reading tools, applied to the page as it is and kept for the next one.
    enum class Filter { All, Differences, Reworded, Unique, Figures, Quotes };
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // When on, scrolling one column brings the counterparts of its top sentence level in
    // the others; off, every column scrolls on its own.
    void setSynchronised(bool on);
    bool isSynchronised() const { return m_synchronised; }
    // Moves the active column (the one last scrolled or pointed at) to the next or previous
    // sentence that is not the same everywhere.
    void nextDifference();
    void previousDifference();

    // Gives the keyboard to the columns: the one last scrolled or pointed at takes the focus
    // (the arrow keys scroll it; Tab goes on to the next column).
    void focusColumns();

    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void urlsDropped(const QList<QUrl> &urls);
    // The reader clicked a sentence.
    void sentenceSelected(int article, int sentence);
    // The reader named an article's outlet in its column heading (double-click, type,
    // Enter).
    void outletNamed(int article, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void render();
    void watch(QObject *child);
    void applyReadingState();
    void stepDifference(bool forward);

    Comparison m_comparison;
    int m_fontPercent = 100;
    Filter m_filter = Filter::All;
    QList<int> m_visible;
    bool m_synchronised = true;
    int m_reveals = 0; // how many reveals were asked for
};

} // namespace Parallax
