// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QModelIndex;

namespace Parallax {

// A table whose selected row is shown elsewhere (the columns scroll to a discrepancy or a
// claim): selecting a row, by a click, the arrow keys or Enter, shows it, and a click or Enter
// on the selected row shows it again. Focus arriving by Tab only marks where it is: it selects
// and shows nothing. Tab leaves the table instead of walking its cells.
class SelectedRow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectedRow)

public:
    // Owned by the view; `show` is called with the row to show.
    SelectedRow(QAbstractItemView *view, std::function<void(int row)> show);
    ~SelectedRow() override;

    // The selected row of a single-selection view, or -1.
    static int of(const QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectionChanged();
    void clicked(const QModelIndex &index);
    void activated(const QModelIndex &index);

    QAbstractItemView *m_view;
    std::function<void(int row)> m_show;
    bool m_pressing = false;        // a mouse button is down on the view
    bool m_selectedByPress = false; // the click that ends this press has shown its row already
};

} // namespace Parallax
