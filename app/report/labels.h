// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Parallax {

// Where the engine's codes become words in the reader's language. The engine (and its
// JSON) names what a figure measures in English ("training cost"); charts and pages show
// the translation.
class Labels final {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Labels)

public:
    // What a figure measures, translated; a measure the table does not know stays as it is.
    static QString measure(const QString &code);
};

} // namespace Parallax
