// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>

namespace Parallax::TestSupport {

// Runs a script in the page and returns its value, or a text saying the page did not answer
// within ten seconds (for the GUI tests; header-only, as they already link WebEngine).
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant value;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("(no answer from the page)");
    return value;
}

} // namespace Parallax::TestSupport
