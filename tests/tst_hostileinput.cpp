// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "importers/fileimporter.h"
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;

// Hostile and broken input (docs/RELIABILITY.md): each kind gives a clear reason for that
// file or is read sensibly, never a crash or an unbounded cost, and the library stays whole.
class TestHostileInput final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

    static QByteArray longSentence(quint32 seed, int words)
    {
        static const QList<QByteArray> vocabulary{"alpha", "beta", "gamma", "delta", "market", "shares", "rose", "fell"};
        QRandomGenerator rng(seed);
        QByteArray text = "title: One long sentence\n\n";
        for (int i = 0; i < words; ++i)
            text += vocabulary.at(rng.bounded(int(vocabulary.size()))) + ' ';
        return text + '\n';
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("NUL bytes in text") << QStringLiteral("nul.txt")
                                           << QByteArray("title: Nul\n\nSome words\0 and\0 more words.\n", 40) << QStringLiteral("binary");
        QByteArray random(8192, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random bytes named .txt") << QStringLiteral("random.txt") << random << QStringLiteral("binary");
        QTest::newRow("a zip archive named .html") << QStringLiteral("archive.html")
                                                   << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10) + random
                                                   << QStringLiteral("binary");
    }
    void refusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportResult r = FileImporter().importFile(write(name, bytes));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void aGigabyteFileIsRefusedUnread()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(1LL << 30)); // sparse: nothing is written
        f.close();
        QElapsedTimer clock;
        clock.start();
        const ImportResult r = FileImporter().importFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("too large")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 1000); // not read
    }

    void brokenEncodingsAreRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid UTF-8") << QByteArray("title: Bad\n\nThe caf\xe9 sold cr\xe8me at \xff\xfe prices.\n")
                                       << QStringLiteral("prices");
        QTest::newRow("UTF-8 and Latin-1 mixed") << QByteArray("title: Mixed\n\nZ\xc3\xbcrich and M\xfcnchen both rose.\n")
                                                 << QStringLiteral("both rose");
    }
    void brokenEncodingsAreRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const ImportResult r = FileImporter().importFile(write(QStringLiteral("encoding.txt"), bytes));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.article->body.contains(expected));
    }

    void aFiveMegabyteSentenceIsImportedAndCompared()
    {
        const ImportResult a = FileImporter().importFile(write(QStringLiteral("long-a.txt"), longSentence(1, 1000000)));
        const ImportResult b = FileImporter().importFile(write(QStringLiteral("long-b.txt"), longSentence(2, 1000000)));
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
        QVERIFY(a.article->body.size() > 5'000'000);
        QElapsedTimer clock;
        clock.start();
        const Comparison c = Comparer::compare({*a.article, *b.article});
        QCOMPARE(c.articles.size(), 2);
        qInfo() << "compared two 5 MB sentences in" << clock.elapsed() << "ms";
        QVERIFY(clock.elapsed() < 60000);
    }

    void namesInEveryScriptAndWithNewlines()
    {
        const QStringList names{QStringLiteral("新闻报道.txt"), QStringLiteral("الخبر.txt"), QStringLiteral("खबर.txt"),
                                QStringLiteral("Новость.txt"), QStringLiteral("ニュース.txt"), QStringLiteral("뉴스.txt"),
                                QStringLiteral("with\nnewline.txt"), QStringLiteral("emoji 📰.txt")};
        for (const QString &name : names) {
            const QString path = write(QStringLiteral("scripts/") + name, "title: A story\n\nShares rose 2% on Monday in " + name.toUtf8() + ".\n");
            const ImportResult r = FileImporter().importFile(path);
            QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + r.error));
            QCOMPARE(r.article->sourcePath, QFileInfo(path).absoluteFilePath());
        }
        QCOMPARE(FileImporter::collectFiles({m_dir.filePath(QStringLiteral("scripts"))}).size(), names.size());
    }

    void symlinkLoopsInADroppedFolder()
    {
        write(QStringLiteral("loops/a/one.txt"), "title: One\n\nShares rose.\n");
        write(QStringLiteral("loops/b/two.txt"), "title: Two\n\nShares fell.\n");
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("loops")), m_dir.filePath(QStringLiteral("loops/a/back-to-top"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("loops/b")), m_dir.filePath(QStringLiteral("loops/b/itself"))));
        QElapsedTimer clock;
        clock.start();
        const QStringList files = FileImporter::collectFiles({m_dir.filePath(QStringLiteral("loops"))});
        QCOMPARE(files.size(), 2); // each real file once, the links not followed round
        QVERIFY(clock.elapsed() < 5000);
    }

    void aFullDiskFailsTheImportAndKeepsTheLibrary()
    {
        // SQLite's page limit stands in for a full disk: the write fails as it would.
        auto lib = Library::open(m_dir.filePath(QStringLiteral("full.sqlite"))).library;
        QVERIFY(lib);
        Article first;
        first.title = QStringLiteral("Before");
        first.body = QStringLiteral("Shares rose 2% on Monday.");
        QCOMPARE(lib->addArticle(first).status, Library::AddStatus::Imported);
        QSqlQuery q(lib->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Article big;
        big.title = QStringLiteral("Too big");
        big.body = QString::fromLatin1(longSentence(3, 200000));
        const Library::AddResult added = lib->addArticle(big);
        QCOMPARE(added.status, Library::AddStatus::Failed);
        QVERIFY2(added.error.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(added.error));
        QCOMPARE(lib->articleCount(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        // With room again, the same article goes in.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QCOMPARE(lib->addArticle(big).status, Library::AddStatus::Imported);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
