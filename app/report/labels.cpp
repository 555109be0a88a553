// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/labels.h"

namespace Parallax {

QString Labels::measure(const QString &code) {
    // Every measure of FigureExtractor's rules (app/core/figures.cpp), marked for lupdate.
    static const char *const kMeasures[] = {
        QT_TRANSLATE_NOOP("Parallax::Labels", "market value"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "training cost"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "share price"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "index level"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "cost"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "deal value"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "revenue"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "profit"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "charge"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "investment"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "fine"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "inflation"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "interest rate"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "electricity use"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "body weight"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "risk"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "pay"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "bills"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "stake"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "damages"),
    };
    for (const char *known : kMeasures) {
        if (code == QLatin1String(known))
            return tr(known);
    }
    return code;
}

} // namespace Parallax
