// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace Parallax {

namespace {

const QLatin1String kKey("theme");

// What the platform gave before Parallax changed anything, for System.
struct Platform {
    QString style;
    QPalette palette;
    bool known = false;
};

Platform &platform() {
    static Platform p;
    return p;
}

Theme::Choice &currentChoice() {
    static Theme::Choice c = Theme::Choice::System;
    return c;
}

QString keyOf(Theme::Choice choice) {
    switch (choice) {
    case Theme::Choice::Light:
        return QStringLiteral("light");
    case Theme::Choice::Dark:
        return QStringLiteral("dark");
    case Theme::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Theme::Choice Theme::saved() {
    const QString key = QSettings().value(kKey).toString();
    if (key == keyOf(Choice::Light))
        return Choice::Light;
    if (key == keyOf(Choice::Dark))
        return Choice::Dark;
    return Choice::System;
}

void Theme::save(Choice choice) {
    QSettings().setValue(kKey, keyOf(choice));
}

Theme::Choice Theme::current() {
    return currentChoice();
}

QPalette Theme::lightPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette Theme::darkPalette() {
    // Greys rather than black, so that the comparison page (#1e1f22) and the widgets around
    // it read as one surface; the accent is the page's light blue.
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x84, 0x8a), accent(0x3d, 0x8e, 0xc9);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7f, 0x3f));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0x8d, 0xc0));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

bool Theme::isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void Theme::apply(Choice choice) {
    Platform &p = platform();
    if (!p.known) {
        p.style = QApplication::style()->name();
        p.palette = QApplication::palette();
        p.known = true;
    }
    currentChoice() = choice;
    if (choice == Choice::System) {
        if (QApplication::style()->name() != p.style)
            QApplication::setStyle(p.style);
        QApplication::setPalette(p.palette);
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

QMenu *Theme::addMenu(QMenu *parent) {
    QMenu *menu = parent->addMenu(tr("&Theme"));
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    const QList<std::pair<Choice, QString>> entries{{Choice::System, tr("&System")},
                                                    {Choice::Light, tr("&Light")},
                                                    {Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, name] : entries) {
        QAction *a = menu->addAction(name);
        a->setObjectName(QStringLiteral("theme-") + keyOf(choice));
        a->setCheckable(true);
        a->setChecked(choice == current());
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [choice = choice] {
            save(choice);
            apply(choice);
        });
    }
    return menu;
}

} // namespace Parallax
