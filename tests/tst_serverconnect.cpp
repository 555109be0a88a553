// SPDX-License-Identifier: GPL-3.0-or-later
// The window reaches a library server without freezing: ServerConnect tries the connection
// on a worker thread while the event loop keeps running, shows which server it waits for,
// and lets the reader cancel. The slow server is a real TCP listener on 127.0.0.1 that takes
// the connection and never answers, as a hung or overloaded server does.
#include "testbackend.h"
#include "ui/serverconnect.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Parallax;

class TestServerConnect : public QObject {
    Q_OBJECT

    // Accepts connections and keeps them open without a word.
    QTcpServer m_silent;
    QList<QTcpSocket *> m_held;

    QString silentAddress(int timeoutSeconds) const {
        return QStringLiteral("postgresql://parallax@127.0.0.1:%1/parallax?connect_timeout=%2")
            .arg(m_silent.serverPort())
            .arg(timeoutSeconds);
    }

    static QProgressDialog *shownDialog() {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QProgressDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_silent.listen(QHostAddress::LocalHost));
        connect(&m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_silent.nextPendingConnection())
                m_held.append(s);
        });
    }

    // A server that never answers: the screen keeps being drawn, a dialog names the server,
    // and Cancel gives the reader back control at once.
    void aSilentServerCanBeCancelled() {
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        // The reader presses Cancel once the dialog is up (the first widget of a process can
        // take a while to show on a loaded machine: watched for, not waited a fixed time).
        QString label;
        QTimer reader;
        connect(&reader, &QTimer::timeout, this, [&] {
            if (QProgressDialog *d = shownDialog(); d && label.isEmpty()) {
                label = d->labelText();
                if (auto *cancel = d->findChild<QPushButton *>())
                    cancel->click();
            }
        });
        reader.start(50);
        QElapsedTimer clock;
        clock.start();
        const QString problem = ServerConnect::reach(silentAddress(30));
        const qint64 took = clock.elapsed();
        QVERIFY2(label.contains(QStringLiteral("127.0.0.1:%1").arg(m_silent.serverPort())),
                 qPrintable(label));
        QVERIFY2(problem.contains(QStringLiteral("cancelled")), qPrintable(problem));
        QVERIFY2(took < 5000, qPrintable(QString::number(took))); // not the 30 s timeout
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the event loop ran
        QVERIFY(!m_held.isEmpty()); // the worker did reach the listener
    }

    // Left alone, the wait ends at the address's connect_timeout with a plain message.
    void aSilentServerTimesOut() {
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        QElapsedTimer clock;
        clock.start();
        const QString problem = ServerConnect::reach(silentAddress(2));
        const qint64 took = clock.elapsed();
        QVERIFY2(problem.contains(QStringLiteral("cannot be reached")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("127.0.0.1")), qPrintable(problem));
        QVERIFY2(took >= 1500 && took < 10000, qPrintable(QString::number(took)));
        QVERIFY2(ticks >= 40, qPrintable(QString::number(ticks) + QStringLiteral(" ") + QString::number(took)));
        QVERIFY(!shownDialog());
    }

    // Nothing listens: the answer comes at once, without a dialog flashing up.
    void aClosedPortAnswersAtOnce() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        bool dialogSeen = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] { dialogSeen = dialogSeen || shownDialog(); });
        watch.start(10);
        const QString problem = ServerConnect::reach(
            QStringLiteral("postgresql://parallax@127.0.0.1:%1/parallax").arg(port));
        QVERIFY2(problem.contains(QStringLiteral("cannot be reached")), qPrintable(problem));
        QVERIFY(!dialogSeen);
    }

    // A password in the address is refused before any connection is tried.
    void aPasswordInTheAddressIsRefused() {
        const QString problem =
            ServerConnect::reach(QStringLiteral("postgresql://parallax:secret@127.0.0.1:1/x"));
        QVERIFY2(problem.contains(QStringLiteral("password")), qPrintable(problem));
        QVERIFY(!problem.contains(QStringLiteral("secret")));
    }

    // The test server (the _postgresql run): reached, nothing to say.
    void aRunningServerIsReached() {
        if (!TestBackend::server())
            QSKIP("needs the test server (the serverconnect_postgresql run)");
        QCOMPARE(ServerConnect::reach(TestBackend::serverAddress()), QString());
    }
};

QTEST_MAIN(TestServerConnect)
#include "tst_serverconnect.moc"
