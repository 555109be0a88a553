// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/focusring.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace Parallax {

namespace {

// The outline itself: transparent, deaf to the mouse, a frame along the edges of its parent.
class RingFrame final : public QWidget {
public:
    explicit RingFrame(QWidget *parent)
        : QWidget(parent) {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        setObjectName(QStringLiteral("focusRing"));
    }

protected:
    void paintEvent(QPaintEvent *) override {
        constexpr int width = 2;
        QPainter painter(this);
        QPen pen(palette().color(QPalette::Active, QPalette::Highlight), width);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.drawRect(
            QRectF(rect()).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
    }
};

// A widget that hands its focus to a child (a web view to its page, an editable box to its
// line edit) is the one outlined.
QWidget *outlined(QWidget *focused) {
    QWidget *w = focused;
    while (w->parentWidget() && !w->isWindow() && w->parentWidget()->focusProxy() == w)
        w = w->parentWidget();
    return w;
}

} // namespace

FocusRing::FocusRing(QWidget *window)
    : QObject(window)
    , m_window(window) {
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
}

FocusRing::~FocusRing() {
    delete m_frame;
}

void FocusRing::focusChanged(QWidget *now) {
    follow(now && now->window() == m_window ? outlined(now) : nullptr);
}

void FocusRing::follow(QWidget *target) {
    if (m_target == target)
        return;
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!target) {
        if (m_frame)
            m_frame->hide();
        return;
    }
    if (!m_frame)
        m_frame = new RingFrame(target);
    else
        m_frame->setParent(target);
    target->installEventFilter(this);
    m_frame->setGeometry(target->rect());
    m_frame->raise();
    m_frame->show();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_target && m_frame) {
        if (event->type() == QEvent::Resize)
            m_frame->setGeometry(m_target->rect());
        else if (event->type() == QEvent::ChildAdded)
            m_frame->raise(); // stays over what the target adds later (a page, a scroll bar)
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Parallax
