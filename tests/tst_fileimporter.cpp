// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/fileimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;

// Files as they arrive: folders, and every reason a file is skipped.
class TestFileImporter final : public QObject
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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsAnArticle()
    {
        const QString path = write(QStringLiteral("wire.txt"), "outlet: Wire\n\nShares rose 12.4% on Tuesday.\n");
        const ImportResult r = FileImporter().importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->outlet, QStringLiteral("Wire"));
        QCOMPARE(r.article->sourcePath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.article->sourceFormat, QStringLiteral("text"));
    }

    void skipReasons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty file") << QStringLiteral("empty.txt") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only whitespace") << QStringLiteral("blank.txt") << QByteArray(" \n\n\t\n") << QStringLiteral("empty");
        QTest::newRow("binary with a .txt name") << QStringLiteral("disguised.txt")
                                                 << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << QStringLiteral("binary");
        QTest::newRow("binary file") << QStringLiteral("photo.png")
                                     << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << QStringLiteral("cannot read this kind of file");
    }
    void skipReasons()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ImportResult r = FileImporter().importFile(write(name, bytes));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void missingFile()
    {
        const ImportResult r = FileImporter().importFile(m_dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("does not exist")));
    }

    void unreadableFile()
    {
        const QString path = write(QStringLiteral("locked.txt"), "Some text.");
        QFile::setPermissions(path, QFileDevice::Permissions());
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("this user (root) reads files whatever their permissions");
        const ImportResult r = FileImporter().importFile(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("cannot be read")), qPrintable(r.error));
    }

    void folderIsReadWithoutBeingAFile()
    {
        const ImportResult r = FileImporter().importFile(m_dir.path());
        QVERIFY(!r.ok());
    }

    void tooLarge()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Words.\n");
        QVERIFY(f.resize(FileImporter::kMaxFileSize + 1)); // sparse: no 50 MB written
        f.close();
        const ImportResult r = FileImporter().importFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("too large")), qPrintable(r.error));
    }

    void collectsFoldersRecursively()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        for (const char *name : {"b.txt", "a.txt", "sub/c.md", "sub/deeper/d.txt", ".hidden/e.txt", ".f.txt"}) {
            const QString p = root + QLatin1Char('/') + QString::fromLatin1(name);
            QDir().mkpath(QFileInfo(p).absolutePath());
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QStringList files = FileImporter::collectFiles({root, root + QStringLiteral("/missing.txt")});
        for (QString &f : files)
            f = QDir(root).relativeFilePath(f);
        QCOMPARE(files, (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("sub/c.md"),
                                     QStringLiteral("sub/deeper/d.txt"), QStringLiteral("missing.txt")}));
    }
};

QTEST_APPLESS_MAIN(TestFileImporter)
#include "tst_fileimporter.moc"
