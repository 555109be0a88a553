// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace Parallax {

// The language of the window: the system's by default, or the one the reader chose in
// View > Language (remembered in QSettings under "language"). Applying one installs Qt's
// and Parallax's translations (embedded by the build) and makes dates and numbers follow
// that locale.
class Language final {
public:
    struct Choice {
        QString code; // "" for the system's language, else "de", "fr", "es", "zh_CN", "en"
        QString name; // in its own language
    };
    static QList<Choice> choices();
    // The saved choice ("" when the system's).
    static QString saved();
    static void save(const QString &code);
    // Installs the translations of `code` ("" for the system's), replacing earlier ones.
    static void apply(const QString &code);
    // The locale `code` stands for.
    static QLocale locale(const QString &code);
};

} // namespace Parallax
