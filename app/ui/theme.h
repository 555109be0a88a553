// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMenu;
class QPalette;

namespace Parallax {

// The look of the window: the platform's (System), or Light or Dark whatever the desktop
// uses (the Fusion style with a palette of its own). Chosen in View > Theme and remembered
// in QSettings under "theme". Widgets, the comparison page and the charts follow the
// application palette; the PDF is always light.
class Theme final {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Theme)

public:
    enum class Choice : quint8 { System, Light, Dark };

    static Choice saved();
    static void save(Choice choice);
    // Sets the style and palette of the application; the first call remembers the
    // platform's so that System can return to them.
    static void apply(Choice choice);
    static Choice current();
    // The View > Theme submenu: one checkable entry per choice; choosing one saves and
    // applies it.
    static QMenu *addMenu(QMenu *parent);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette is a dark one (light text on a dark window).
    static bool isDark(const QPalette &palette);
};

} // namespace Parallax
