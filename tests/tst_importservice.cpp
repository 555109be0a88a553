// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/importservice.h"

#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;

// The parts of ImportService the window, the command line and the feeds share: storing what
// was read (with a last touch before it is stored) and reading an OPML feed list. Downloads
// are covered by tst_cli, tst_feeds and tst_urlimporter.
class TestImportService final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    static Article article(const QString &title, const QString &body) {
        Article a;
        a.title = title;
        a.outlet = QStringLiteral("Northgate Wire");
        a.body = body;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storeKeepsWhyAnArticleWasNotRead() {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("unread.sqlite"))).library;
        QVERIFY(lib);
        const ImportService::Outcome o =
            ImportService::store(*lib, QStringLiteral("https://a.example/x"),
                                 ImportResult::failure(QStringLiteral("no text")));
        QCOMPARE(o.path, QStringLiteral("https://a.example/x"));
        QVERIFY(!o.read);
        QCOMPARE(o.error, QStringLiteral("no text"));
        QCOMPARE(lib->listArticles().size(), 0);
    }

    void storePreparesThenStoresOnce() {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("store.sqlite"))).library;
        QVERIFY(lib);
        const Article a = article(QStringLiteral("Harbour strike"),
                                  QStringLiteral("The harbour strike ended on Friday."));
        const auto retitle = [](Article &read) {
            read.title = QStringLiteral("Harbour strike ends");
        };
        const ImportService::Outcome first =
            ImportService::store(*lib, QStringLiteral("one"), ImportResult::success(a), retitle);
        QVERIFY(first.read);
        QCOMPARE(first.added.status, Library::AddStatus::Imported);
        QCOMPARE(lib->article(first.added.id)->title, QStringLiteral("Harbour strike ends"));
        const ImportService::Outcome again =
            ImportService::store(*lib, QStringLiteral("two"), ImportResult::success(a));
        QCOMPARE(again.added.status, Library::AddStatus::Duplicate);
        QCOMPARE(again.added.id, first.added.id);
    }

    void readFeedList() {
        const QString list =
            write(QStringLiteral("list.opml"),
                  "<opml version=\"2.0\"><body><outline text=\"News\"><outline type=\"rss\" "
                  "xmlUrl=\"https://a.example/feed\"/><outline type=\"rss\" "
                  "xmlUrl=\"https://b.example/atom\"/>"
                  "</outline></body></opml>");
        QVERIFY(!list.isEmpty());
        const ImportService::FeedList read = ImportService::readFeedList(list);
        QVERIFY(read.readable);
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.urls, (QStringList{QStringLiteral("https://a.example/feed"),
                                         QStringLiteral("https://b.example/atom")}));

        const ImportService::FeedList missing =
            ImportService::readFeedList(m_dir.filePath(QStringLiteral("none.opml")));
        QVERIFY(!missing.readable);
        QVERIFY(missing.urls.isEmpty());

        const QString broken = write(QStringLiteral("broken.opml"),
                                     "<opml><body><outline xmlUrl=\"https://a.example/feed\">");
        const ImportService::FeedList wrong = ImportService::readFeedList(broken);
        QVERIFY(wrong.readable);
        QVERIFY(!wrong.error.isEmpty());
    }

    // The window's import: begin hears the count, done every file in order, and a cancel
    // stops the import at the end of a step, keeping what was finished and nothing more.
    void importFilesReportsProgressAndStopsWhenCancelled() {
        const int count = 2 * ImportService::kStep + 5;
        for (int i = 0; i < count; ++i)
            QVERIFY(!write(QStringLiteral("steps/%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                           QStringLiteral("outlet: Desk %1\n\nThe quay vote was held on Monday. "
                                          "Desk %1 filed note %1.\n")
                               .arg(i)
                               .toUtf8())
                         .isEmpty());
        const auto importSteps = [&](const QString &library, int cancelAfter, QStringList *done,
                                     int *begun) {
            auto lib = Library::open(m_dir.filePath(library)).library;
            if (!lib)
                return std::make_pair(false, -1);
            ImportService::Hooks hooks;
            hooks.begin = [begun](int files) {
                *begun = files;
            };
            hooks.done = [done](const ImportService::Outcome &o) {
                if (o.read && o.added.status == Library::AddStatus::Imported)
                    done->append(QFileInfo(o.path).fileName());
            };
            if (cancelAfter >= 0)
                hooks.cancelled = [done, cancelAfter] {
                    return done->size() > cancelAfter;
                };
            const bool finished =
                ImportService::importFiles(*lib, {m_dir.filePath(QStringLiteral("steps"))}, hooks);
            return std::make_pair(finished, lib->articleCount());
        };

        QStringList done;
        int begun = 0;
        auto [finished, stored] = importSteps(QStringLiteral("all.sqlite"), -1, &done, &begun);
        QVERIFY(finished);
        QCOMPARE(begun, count);
        QCOMPARE(stored, count);
        QCOMPARE(done.size(), count);
        QCOMPARE(done.first(), QStringLiteral("00.txt"));
        QCOMPARE(done.last(), QStringLiteral("%1.txt").arg(count - 1));

        done.clear();
        std::tie(finished, stored) =
            importSteps(QStringLiteral("cancelled.sqlite"), 3, &done, &begun);
        QVERIFY(!finished);
        QCOMPARE(begun, count);
        QCOMPARE(done.size(), ImportService::kStep); // the step under way was finished, no other
        QCOMPARE(stored, ImportService::kStep);
        QCOMPARE(done.last(), QStringLiteral("%1.txt").arg(ImportService::kStep - 1));
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
