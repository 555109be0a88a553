// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Parallax {

// Visible focus everywhere in a window, whatever the style draws: the widget that has the
// keyboard (a list, a table, the columns, a text pane, a box) is outlined in the palette's
// highlight colour. Styles such as Fusion mark a focused line edit but not a focused list,
// table or web view, so a keyboard user could not see where Tab had gone.
class FocusRing final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    explicit FocusRing(QWidget *window);
    ~FocusRing() override;

    // The widget outlined now (the focus widget, or the widget it is the focus proxy of), or
    // nullptr while the focus is elsewhere.
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusChanged(QWidget *now);
    void follow(QWidget *target);

    QWidget *m_window;
    QPointer<QWidget> m_target;
    QPointer<QWidget> m_frame; // a child of the target, drawn over its edges
};

} // namespace Parallax
