// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QUrl>

#include "testbackend.h"

using namespace Parallax;

// Crash safety: `parallax import` and `parallax stories --rebuild` killed (SIGKILL) at random
// moments, many times. Each time the library must open, pass PRAGMA integrity_check and
// FTS5's own check, hold every article the import had reported as imported, and hold no
// half of an article (each has its full-text entry and its sketch, memberships point at
// articles that exist).
class TestCrashSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr int kArticles = 1200;

    int m_round = 0; // each round imports into a fresh library
    QString library() const { return TestBackend::library(m_dir, QStringLiteral("library%1.sqlite").arg(m_round)); }

    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    // Starts parallax, kills it after `afterMs` (unless it ended before); its output so far.
    QString runAndKill(const QStringList &args, int afterMs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PARALLAX_EXECUTABLE), args);
        if (!p.waitForStarted())
            qFatal("parallax did not start");
        if (!p.waitForFinished(afterMs)) {
            p.kill(); // SIGKILL: no clean-up of any kind
            p.waitForFinished();
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The library opens and is whole; returns its article count.
    int checkWhole(const QSet<qint64> &reported)
    {
        auto opened = Library::open(library(), Library::Check::Full);
        if (!opened.library) {
            qWarning() << opened.error;
            return -1;
        }
        QSqlDatabase db = opened.library->database();
        if (!TestBackend::server()) { // a server keeps its pages and keys whole itself
            if (scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
                return -2;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")))
                return -3;
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")) || q.next())
                return -4;
        }
        // No half articles: each stored one has its sketch (they all have words).
        if (scalar(db, QStringLiteral("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_sketches)")).toInt() != 0)
            return -5;
        for (qint64 id : reported) {
            if (!opened.library->article(id))
                return -6;
        }
        return opened.library->articleCount();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 1,200 articles on 40 events, so the import also groups stories as it goes, and
        // commits several batches (one per 500 articles or second).
        QDir().mkpath(m_dir.filePath(QStringLiteral("articles")));
        for (int i = 0; i < kArticles; ++i) {
            QFile f(m_dir.filePath(QStringLiteral("articles/a%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            const int event = i % 40;
            QString body;
            for (int p = 0; p < 6; ++p)
                body += QStringLiteral("Harbourside Group %1 said shares rose %2.%3%% on day %4 as the port of Kestrel%1 "
                                       "handled cargo number %5 in paragraph %6.\n\n")
                            .arg(event).arg(event % 9).arg(p).arg(event).arg(i * 10 + p).arg(p);
            f.write(QStringLiteral("title: Report %1\noutlet: Outlet %2\ndate: 2026-03-%3\n\n%4")
                        .arg(i).arg(i % 7).arg(1 + event % 28, 2, 10, QLatin1Char('0')).arg(body)
                        .toUtf8());
        }
    }

    void importKilledAtRandomMoments()
    {
        static const QRegularExpression imported(QStringLiteral(R"(^imported (\d+) )"), QRegularExpression::MultilineOption);
        int halfWay = 0;
        QSet<qint64> reported;
        // How long a whole import takes on this machine, so that the kills land inside one.
        QElapsedTimer clock;
        clock.start();
        runAndKill({QStringLiteral("import"), QStringLiteral("--library"), library(), m_dir.filePath(QStringLiteral("articles"))}, 120000);
        const int whole = int(clock.elapsed());
        // On a busy machine one import may take much longer or shorter than the first: a kill
        // that lands before the first article or after the last moves the next ones later or
        // earlier. Twelve rounds at least, more (up to 30) until three kills landed half-way.
        double scale = 1.0;
        int rounds = 0;
        for (int round = 0; round < 30 && (round < 12 || halfWay < 3); ++round, ++rounds) {
            // A fresh library each round, so that every kill lands inside the import.
            ++m_round;
            reported.clear();
            const int afterMs =
                int(scale * (whole / 10 + int(QRandomGenerator::global()->bounded(std::max(1, whole * 8 / 10)))));
            const QString out = runAndKill({QStringLiteral("import"), QStringLiteral("--library"), library(),
                                            m_dir.filePath(QStringLiteral("articles"))},
                                           afterMs);
            auto it = imported.globalMatch(out);
            while (it.hasNext())
                reported.insert(it.next().captured(1).toLongLong());
            const int count = checkWhole(reported);
            QVERIFY2(count >= 0, qPrintable(QStringLiteral("round %1 (killed after %2 ms): check %3").arg(round).arg(afterMs).arg(count)));
            QVERIFY(count >= reported.size());
            if (count > 0 && count < kArticles)
                ++halfWay;
            else
                scale *= count == 0 ? 1.5 : 0.67;
        }
        qInfo() << "imports killed half-way:" << halfWay << "of" << rounds << "(a whole import took" << whole << "ms)";
        QVERIFY(halfWay >= 3); // the kills must have landed inside imports
        // Importing again afterwards completes the library: every article once.
        runAndKill({QStringLiteral("import"), QStringLiteral("--library"), library(), m_dir.filePath(QStringLiteral("articles"))}, 120000);
        QCOMPARE(checkWhole(reported), kArticles);
    }

    void regroupingKilledAtRandomMoments()
    {
        int before = 0;
        {
            auto lib = Library::open(library()).library;
            QVERIFY(lib);
            before = int(lib->stories().size());
            QVERIFY2(before > 0, qPrintable(QStringLiteral("%1 articles, no story").arg(lib->articleCount())));
        }
        for (int round = 0; round < 8; ++round) {
            runAndKill({QStringLiteral("stories"), QStringLiteral("--rebuild"), QStringLiteral("--library"), library()},
                       20 + int(QRandomGenerator::global()->bounded(600)));
            QCOMPARE(checkWhole({}), kArticles);
            auto lib = Library::open(library()).library;
            QVERIFY(lib);
            // All or nothing: the stories before the rebuild, or the rebuilt ones; every
            // article of the events that several outlets covered is in a story either way.
            QCOMPARE(int(lib->stories().size()), before);
        }
    }

    // The server goes away in the middle of an import (pg_ctl stop -m immediate): the
    // import stops with a message that names the library; once the server is back, every
    // article reported imported is there, whole, and importing again completes the library.
    // A cluster of its own, so that the other tests' server stays up.
    void serverGoneMidImport()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only");
        const QString cluster = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/postgresql/cluster.sh");
        const QString state = m_dir.filePath(QStringLiteral("own-cluster.state"));
        QProcess start;
        const int port = QUrl(TestBackend::serverAddress()).port() + 1; // beside the suite's server
        start.start(cluster, {QStringLiteral("start"), state, QString::number(port)});
        QVERIFY(start.waitForFinished(120000) && start.exitCode() == 0);
        const QString address = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
        const auto stopCluster = qScopeGuard([&] { QProcess::execute(cluster, {QStringLiteral("stop"), state}); });

        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(PARALLAX_EXECUTABLE),
                     {QStringLiteral("import"), QStringLiteral("--library"), address, m_dir.filePath(QStringLiteral("articles"))});
        QVERIFY(import.waitForStarted());
        // Once some articles are in, the server stops dead.
        QVERIFY(QTest::qWaitFor([&] { return import.readAllStandardOutput().count("imported ") > 0 || import.state() == QProcess::NotRunning; },
                                60000));
        QCOMPARE(import.state(), QProcess::Running);
        QCOMPARE(QProcess::execute(cluster, {QStringLiteral("kill"), state}), 0);
        QVERIFY(import.waitForFinished(60000));
        const QString out = QString::fromUtf8(import.readAllStandardOutput() + import.readAllStandardError());
        QVERIFY2(import.exitCode() != 0, qPrintable(out.right(600)));
        QVERIFY2(out.contains(QStringLiteral("connection to the server")) || out.contains(QStringLiteral("cannot be reached")),
                 qPrintable(out.right(600)));
        QVERIFY2(out.contains(QUrl(address).host()), qPrintable(out.left(1200)));

        QCOMPARE(QProcess::execute(cluster, {QStringLiteral("restart"), state}), 0);
        {
            auto lib = Library::open(address).library;
            QVERIFY(lib);
            const int kept = lib->articleCount();
            QVERIFY(kept < kArticles);
            QSqlQuery q(lib->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM article_sketches)")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // no half article
        }
        import.start(QStringLiteral(PARALLAX_EXECUTABLE),
                     {QStringLiteral("import"), QStringLiteral("--library"), address, m_dir.filePath(QStringLiteral("articles"))});
        QVERIFY(import.waitForFinished(180000));
        QCOMPARE(import.exitCode(), 0);
        QCOMPARE(Library::open(address).library->articleCount(), kArticles);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
