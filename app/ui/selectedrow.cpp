// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/selectedrow.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>

#include <utility>

namespace Parallax {

SelectedRow::SelectedRow(QAbstractItemView *view, std::function<void(int row)> show)
    : QObject(view)
    , m_view(view)
    , m_show(std::move(show)) {
    view->setTabKeyNavigation(false);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SelectedRow::selectionChanged);
    connect(view, &QAbstractItemView::clicked, this, &SelectedRow::clicked);
    connect(view, &QAbstractItemView::activated, this, &SelectedRow::activated);
    view->viewport()->installEventFilter(this);
}

SelectedRow::~SelectedRow() = default;

int SelectedRow::of(const QAbstractItemView *view) {
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool SelectedRow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressing = true;
        m_selectedByPress = false;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressing = false; // before the view handles it and says "clicked"
    }
    return QObject::eventFilter(watched, event);
}

void SelectedRow::selectionChanged() {
    const int row = of(m_view);
    m_selectedByPress = m_pressing && row >= 0;
    if (row >= 0)
        m_show(row);
}

void SelectedRow::clicked(const QModelIndex &index) {
    if (std::exchange(m_selectedByPress, false))
        return;
    if (index.isValid() && index.row() == of(m_view))
        m_show(index.row());
}

// Enter (or a double-click) on a row: selected, it is shown; already selected, shown again.
void SelectedRow::activated(const QModelIndex &index) {
    if (!index.isValid())
        return;
    if (index.row() != of(m_view)) {
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        return; // selecting it showed it
    }
    clicked(index);
}

} // namespace Parallax
