// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enginelog.h"

#include <QTest>

using namespace Parallax;

// Which of the web engine's messages stay out of the terminal, and the Chromium flags that
// quieten it without losing the user's own.
class TestEngineLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietFlags_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("flags");
        QTest::newRow("none") << QByteArray() << QByteArray("--log-level=3");
        QTest::newRow("the user's flags kept") << QByteArray(" --disable-gpu  --no-sandbox ")
                                               << QByteArray("--disable-gpu --no-sandbox --log-level=3");
        QTest::newRow("the user's own level wins") << QByteArray("--disable-gpu --log-level=0")
                                                   << QByteArray("--disable-gpu --log-level=0");
        QTest::newRow("the user's logging wins") << QByteArray("--enable-logging=stderr --v=1")
                                                 << QByteArray("--enable-logging=stderr --v=1");
    }
    void quietFlags()
    {
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, flags);
        QCOMPARE(EngineLog::quietFlags(user), flags);
    }

    void isEngineDiagnostic_data()
    {
        QTest::addColumn<QByteArray>("category");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("engine");
        QTest::newRow("set-up report") << QByteArray("qt.webenginecontext") << QStringLiteral("\nGL Type: disabled") << true;
        QTest::newRow("a page's console") << QByteArray("js") << QStringLiteral("Uncaught ReferenceError: ga is not defined") << true;
        QTest::newRow("sandbox note") << QByteArray("default") << QStringLiteral("Sandboxing disabled by user.") << true;
        QTest::newRow("graphics note") << QByteArray("default") << QStringLiteral("No suitable graphics backend found\n") << true;
        QTest::newRow("anything else of Qt") << QByteArray("default") << QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set") << false;
        QTest::newRow("another category") << QByteArray("qt.sql") << QStringLiteral("Sandboxing disabled by user.") << false;
    }
    void isEngineDiagnostic()
    {
        QFETCH(QByteArray, category);
        QFETCH(QString, message);
        QFETCH(bool, engine);
        QCOMPARE(EngineLog::isEngineDiagnostic(category.constData(), message), engine);
    }
};

QTEST_APPLESS_MAIN(TestEngineLog)
#include "tst_enginelog.moc"
