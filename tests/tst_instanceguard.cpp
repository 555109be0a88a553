// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// One window per library, with the real program: a second Parallax started on the same
// library hands its file to the first (which imports it) and quits; after the first was
// killed, a new one takes the library over (the lock of a dead process is stale).
class TestInstanceGuard final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString library() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }

    void start(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PARALLAX_EXECUTABLE), QStringList{QStringLiteral("--library"), library()} + args);
        QVERIFY(p.waitForStarted());
    }

    int articles() const
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(library());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM articles")) && q.next())
                    n = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }

private Q_SLOTS:
    void secondInstanceHandsItsFilesOver()
    {
        QVERIFY(m_dir.isValid());
        QProcess first;
        start(first, {});
        // The first start of an empty library opens the sample story (four articles).
        QTRY_COMPARE_WITH_TIMEOUT(articles(), 4, 30000);

        const QString file = m_dir.filePath(QStringLiteral("extra.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title: Harbour pilots strike\noutlet: Quay Daily\ndate: 2026-03-20\n\n"
                    "Harbour pilots at Harwick walked out on Friday over pay.\n");
        }
        QProcess second;
        start(second, {file});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(articles(), 5, 20000); // imported by the first window
        QTest::qWait(500);
        QVERIFY2(first.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the first window ended (status %1, code %2): %3")
                                .arg(int(first.exitStatus()))
                                .arg(first.exitCode())
                                .arg(QString::fromLocal8Bit(first.readAllStandardError().right(2000)))));

        // The first one dies without clean-up; the next one takes the library over.
        first.kill();
        QVERIFY(first.waitForFinished());
        QProcess third;
        start(third, {});
        QTest::qWait(3000);
        QCOMPARE(third.state(), QProcess::Running); // it did not hand over to a dead process
        third.kill();
        third.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
