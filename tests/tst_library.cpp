// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"
#include "storage/librarycopy.h"
#include "storage/librarywatcher.h"
#include "storage/librarylocation.h"
#include "storage/migrator.h"
#include "storage/serverlibrary.h"
#include "testbackend.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUrl>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>
#include <QScopeGuard>
#include <QProcess>

using namespace Parallax;

// The library on either backend (see testbackend.h): schema, migrations, duplicates, search
// and transactions.
class TestLibrary final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshPath() { return TestBackend::library(m_dir, QStringLiteral("lib%1.sqlite").arg(++m_count)); }

    static Article article(const QString &title, const QString &outlet, const QString &body)
    {
        Article a;
        a.title = title;
        a.outlet = outlet;
        a.body = body;
        a.published = QDate(2026, 3, 14);
        a.sourcePath = QStringLiteral("/tmp/x.txt");
        a.sourceFormat = QStringLiteral("text");
        return a;
    }

    static QVariant scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private Q_SLOTS:
    void searchFiltersAndSort()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("Harbour strike ends"), QStringLiteral("Northgate Wire"), QStringLiteral("The harbour strike ended on Friday."));
        a.published = QDate(2026, 3, 10);
        Article b = article(QStringLiteral("Harbour deal agreed"), QStringLiteral("Quay Daily"), QStringLiteral("A harbour deal was agreed on Monday."));
        b.published = QDate(2026, 3, 20);
        Article c = article(QStringLiteral("Harbour fire"), QStringLiteral("Northgate Wire"), QStringLiteral("A fire broke out at the harbour warehouse."));
        c.published = QDate(2026, 4, 2);
        const qint64 ia = lib->addArticle(a).id, ib = lib->addArticle(b).id, ic = lib->addArticle(c).id;
        auto ids = [](const std::optional<QList<SearchHit>> &hits) {
            QList<qint64> out;
            for (const SearchHit &h : *hits)
                out.append(h.id);
            return out;
        };
        Library::SearchFilter f;
        f.outlet = QStringLiteral("northgate wire");
        QCOMPARE(ids(lib->search(QStringLiteral("harbour"), Library::QuerySyntax::Plain, f)).size(), 2);
        f = {};
        f.from = QDate(2026, 3, 15);
        f.to = QDate(2026, 3, 31);
        QCOMPARE(ids(lib->search(QStringLiteral("harbour"), Library::QuerySyntax::Plain, f)), QList<qint64>{ib});
        f = {};
        f.newestFirst = true;
        QCOMPARE(ids(lib->search(QStringLiteral("harbour"), Library::QuerySyntax::Plain, f)), (QList<qint64>{ic, ib, ia}));
        const qint64 story = lib->splitStory({ia, ic}, QStringLiteral("Harbour troubles"));
        f = {};
        f.story = story;
        QCOMPARE(ids(lib->search(QStringLiteral("harbour"), Library::QuerySyntax::Plain, f)).size(), 2);
    }

    void tagsAndDetails()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("Harbour strike ends"), QStringLiteral("Northgate Wire"), QStringLiteral("The harbour walkout was called off on Friday."));
        a.tags = {QStringLiteral("ports"), QStringLiteral("Labour"), QStringLiteral("ports ")};
        const qint64 id = lib->addArticle(a).id;
        const qint64 other = lib->addArticle(article(QStringLiteral("Fire"), QStringLiteral("Quay Daily"), QStringLiteral("A fire broke out."))).id;
        QVERIFY(id > 0 && other > 0);
        QCOMPARE(lib->article(id)->tags, (QStringList{QStringLiteral("Labour"), QStringLiteral("ports")}));
        QCOMPARE(lib->tags(), (QStringList{QStringLiteral("Labour"), QStringLiteral("ports")}));

        // Edited details are stored (the body is not), searchable by the new title.
        Article edited = *lib->article(id);
        edited.title = QStringLiteral("Dock strike over");
        edited.outlet = QStringLiteral("Tidewater Times");
        edited.byline = QStringLiteral("Ada Moss");
        edited.url = QStringLiteral("https://tidewater.example/strike");
        edited.published = QDate(2026, 3, 11);
        edited.tags = {QStringLiteral("to check")};
        edited.body = QStringLiteral("not stored");
        QString error;
        QVERIFY2(lib->updateDetails(edited, &error), qPrintable(error));
        const Article back = *lib->article(id);
        QCOMPARE(back.title, QStringLiteral("Dock strike over"));
        QCOMPARE(back.outlet, QStringLiteral("Tidewater Times"));
        QCOMPARE(back.byline, QStringLiteral("Ada Moss"));
        QCOMPARE(back.url, QStringLiteral("https://tidewater.example/strike"));
        QCOMPARE(back.published, QDate(2026, 3, 11));
        QCOMPARE(back.tags, QStringList{QStringLiteral("to check")});
        QCOMPARE(back.body, a.body);
        QCOMPARE(lib->search(QStringLiteral("dock"), Library::QuerySyntax::Plain)->size(), 1);
        QCOMPARE(lib->search(QStringLiteral("ends"), Library::QuerySyntax::Plain)->size(), 0);
        // Only tags and outlets that articles have are offered.
        QCOMPARE(lib->tags(), QStringList{QStringLiteral("to check")});
        QCOMPARE(lib->outlets(), (QStringList{QStringLiteral("Quay Daily"), QStringLiteral("Tidewater Times")}));

        // A blank title or an unknown article changes nothing.
        Article blank = back;
        blank.title = QStringLiteral("  ");
        QVERIFY(!lib->updateDetails(blank, &error));
        QVERIFY(!error.isEmpty());
        Article missing = back;
        missing.id = 9999;
        QVERIFY(!lib->updateDetails(missing, &error));
        QCOMPARE(lib->article(id)->title, QStringLiteral("Dock strike over"));

        // The tag filter.
        Library::SearchFilter f;
        f.tag = QStringLiteral("TO CHECK");
        QCOMPARE(*lib->findArticles({}, Library::QuerySyntax::Plain, f, Library::Order::Date, Qt::DescendingOrder), QList<qint64>{id});
    }

    void findArticlesInEveryOrder()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("Beta harbour"), QStringLiteral("Zephyr News"), QStringLiteral("The harbour strike ended on Friday after talks."));
        a.published = QDate(2026, 3, 10);
        Article b = article(QStringLiteral("alpha harbour"), QStringLiteral("Quay Daily"), QStringLiteral("Harbour harbour harbour: a deal."));
        b.published = QDate(2026, 3, 20);
        Article c = article(QStringLiteral("Gamma"), QStringLiteral("Atlas Post"), QStringLiteral("No match here at all, and more words than the others have."));
        c.published = QDate();
        const qint64 ia = lib->addArticle(a).id, ib = lib->addArticle(b).id, ic = lib->addArticle(c).id;
        auto find = [&](const QString &q, Library::Order order, Qt::SortOrder dir = Qt::AscendingOrder) {
            return *lib->findArticles(q, Library::QuerySyntax::Plain, {}, order, dir);
        };
        QCOMPARE(find({}, Library::Order::Date, Qt::DescendingOrder), (QList<qint64>{ib, ia, ic})); // undated last
        QCOMPARE(find({}, Library::Order::Date, Qt::AscendingOrder), (QList<qint64>{ic, ia, ib}));
        QCOMPARE(find({}, Library::Order::Title), (QList<qint64>{ib, ia, ic})); // case ignored
        QCOMPARE(find({}, Library::Order::Outlet), (QList<qint64>{ic, ib, ia}));
        QCOMPARE(find({}, Library::Order::Words, Qt::DescendingOrder).first(), ic);
        QCOMPARE(find(QStringLiteral("harb"), Library::Order::Relevance), (QList<qint64>{ib, ia})); // most matches first
        QCOMPARE(find(QStringLiteral("harbour strike"), Library::Order::Relevance), QList<qint64>{ia});
        QCOMPARE(find(QStringLiteral("\"?!"), Library::Order::Relevance), QList<qint64>{}); // only punctuation
        QCOMPARE(find(QStringLiteral("h"), Library::Order::Relevance), QList<qint64>{}); // one letter: a whole word only
        // Rows come back in the order asked, with where the search matched.
        const QList<ListedArticle> rows = lib->listed({ib, ia}, QStringLiteral("strike"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).article.id, ib);
        QVERIFY(rows.at(0).article.body.isEmpty()); // lists leave bodies out
        QCOMPARE(rows.at(1).snippet, QStringLiteral("The harbour [strike] ended on Friday after talks."));
    }

    void storiesForThePanel()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("March"), QStringLiteral("Northgate Wire"), QStringLiteral("One."));
        a.published = QDate(2026, 3, 10);
        Article b = article(QStringLiteral("March too"), QStringLiteral("Quay Daily"), QStringLiteral("Two."));
        b.published = QDate(2026, 3, 12);
        Article c = article(QStringLiteral("April"), QStringLiteral("Quay Daily"), QStringLiteral("Three."));
        c.published = QDate(2026, 4, 2);
        const qint64 ia = lib->addArticle(a).id, ib = lib->addArticle(b).id, ic = lib->addArticle(c).id;
        const qint64 march = lib->splitStory({ia, ib}, QStringLiteral("Harbour strike"));
        const qint64 april = lib->splitStory({ic}, QStringLiteral("Harbour fire"));
        QCOMPARE(lib->storyIds(), (QList<qint64>{april, march})); // latest coverage first
        QCOMPARE(lib->storyIds(QDate(2026, 3, 1), QDate(2026, 3, 31)), QList<qint64>{march});
        QCOMPARE(lib->storyIds(QDate(2026, 3, 11), QDate()), (QList<qint64>{april, march}));
        const QList<Library::StorySummary> s = lib->storySummaries({march, april});
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).title, QStringLiteral("Harbour strike"));
        QCOMPARE(s.at(0).outlets, (QStringList{QStringLiteral("Northgate Wire"), QStringLiteral("Quay Daily")}));
        QCOMPARE(s.at(0).first, QDate(2026, 3, 10));
        QCOMPARE(s.at(0).last, QDate(2026, 3, 12));
        QCOMPARE(s.at(0).articles, (QList<qint64>{ia, ib}));
        QCOMPARE(lib->findStories(QStringLiteral("FIRE"), 10).size(), 1);
        QCOMPARE(lib->findStories({}, 1).first().id, april);
        // A corrected date moves the story (the dates kept beside the memberships follow).
        Article later = *lib->article(ib);
        later.published = QDate(2026, 5, 1);
        QVERIFY(lib->updateDetails(later));
        QCOMPARE(lib->storyIds(), (QList<qint64>{march, april}));
        QCOMPARE(lib->storyIds(QDate(2026, 4, 15), QDate()), QList<qint64>{march});
    }

    void backupRestoreAndADamagedFile()
    {
        SQLITE_ONLY("a server library is backed up with pg_dump (serverBackupIsTheServersJob)");
        const QString path = freshPath();
        QString error;
        {
            auto lib = Library::open(path).library;
            QVERIFY(lib);
            QCOMPARE(lib->addArticle(article(QStringLiteral("Deal"), QStringLiteral("Wire"), QStringLiteral("Calloway will buy Kestrel."))).status,
                     Library::AddStatus::Imported);
            QVERIFY2(lib->backup(path + QStringLiteral(".backup"), &error), qPrintable(error));
            QVERIFY(!lib->backup(path + QStringLiteral(".backup"), &error)); // never over an existing file
        }
        // The library file gets damaged.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const Library::OpenResult broken = Library::open(path);
        QVERIFY(!broken.library);
        QVERIFY(broken.damaged);
        QVERIFY2(broken.error.contains(QDir::toNativeSeparators(path)), qPrintable(broken.error));
        QCOMPARE(QFileInfo(path).size(), 8192); // untouched

        // A bad backup is refused before anything moves.
        QVERIFY(!Library::restore(path, path, &error));
        QCOMPARE(QFileInfo(path).size(), 8192);
        // The good one takes the library's place; the damaged file is kept beside it.
        const std::optional<QString> replaced = Library::restore(path + QStringLiteral(".backup"), path, &error);
        QVERIFY2(replaced, qPrintable(error));
        QCOMPARE(QFileInfo(*replaced).size(), 8192);
        auto restored = Library::open(path).library;
        QVERIFY(restored);
        QCOMPARE(restored->articleCount(), 1);
    }

    void serverBackupIsTheServersJob()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only");
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        QString error;
        QVERIFY(!lib->backup(m_dir.filePath(QStringLiteral("copy.sqlite")), &error));
        QVERIFY2(error.contains(QStringLiteral("pg_dump")), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("copy.sqlite"))));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshLibrary()
    {
        const QString path = freshPath();
        Library::OpenResult r = Library::open(path);
        QVERIFY2(r.library, qPrintable(r.error));
        QVERIFY(r.backupPath.isEmpty()); // nothing to keep a copy of
        const QSqlDatabase db = r.library->database();
        if (TestBackend::server()) {
            QCOMPARE(r.library->schemaVersion(), Migrator::latestServerVersion());
            QCOMPARE(Migrator::latestServerVersion(), Migrator::latestVersion()); // the same history
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), Migrator::latestVersion());
            for (const char *table : {"outlets", "articles", "stories", "story_articles", "story_changes"})
                QVERIFY2(scalar(db, QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(QLatin1String(table))).toBool(),
                         table);
            QCOMPARE(r.library->articleCount(), 0);
            return;
        }
        QVERIFY(QFile::exists(path));
        QCOMPARE(r.library->schemaVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 2);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table : {"outlets", "articles", "stories", "story_articles", "articles_fts"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                    .arg(QLatin1String(table))).toInt() == 1, table);
        QCOMPARE(r.library->articleCount(), 0);
    }

    void addAndReadBack()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("Harbour deal"), QStringLiteral("Northgate Wire"),
                            QStringLiteral("Calloway’s shares rose 12.4% – a record.\n\n“A good day,” she said."));
        a.byline = QStringLiteral("Ada Moss");
        a.trimmed = QStringList{QStringLiteral("Share this:"), QStringLiteral("About the author Ada Moss covers the docks.")};
        a.credits = QStringList{QStringLiteral("Additional reporting by Tom Reyes")};
        const Library::AddResult added = lib->addArticle(a);
        QCOMPARE(added.status, Library::AddStatus::Imported);
        QVERIFY(added.id > 0);
        const std::optional<Article> back = lib->article(added.id);
        QVERIFY(back);
        // Stored as written: the outlet's own characters come back unchanged.
        QCOMPARE(back->body, a.body);
        QCOMPARE(back->title, a.title);
        QCOMPARE(back->outlet, a.outlet);
        QCOMPARE(back->byline, a.byline);
        QCOMPARE(back->published, a.published);
        QCOMPARE(back->trimmed, a.trimmed); // page furniture kept aside, not lost
        QCOMPARE(back->credits, a.credits);
        QCOMPARE(back->wordCount, 11);
        QVERIFY(back->importedAt.isValid());
        QCOMPARE(lib->listArticles().size(), 1);
        QVERIFY(lib->listArticles().first().body.isEmpty()); // lists leave bodies out
    }

    void duplicates()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const auto first = lib->addArticle(article(QStringLiteral("A"), QStringLiteral("Wire"),
                                                   QStringLiteral("Shares “rose” sharply.\n\nMore.")));
        // Same words, other quotes, line breaks and outlet: the same article.
        const auto again = lib->addArticle(article(QStringLiteral("B"), QStringLiteral("Copy"),
                                                   QStringLiteral("Shares \"rose\" sharply.\r\n\r\nMore.")));
        QCOMPARE(again.status, Library::AddStatus::Duplicate);
        QCOMPARE(again.id, first.id);
        QCOMPARE(lib->articleCount(), 1);
        const auto other = lib->addArticle(article(QStringLiteral("C"), QStringLiteral("Wire"),
                                                   QStringLiteral("Shares fell sharply.")));
        QCOMPARE(other.status, Library::AddStatus::Imported);
        QCOMPARE(lib->articleCount(), 2);
        // One outlet row per outlet name.
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM outlets")).toInt(), 1);
    }

    void search()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const auto a = lib->addArticle(article(QStringLiteral("Nvidia loses $600bn"), QStringLiteral("Wire"),
                                               QStringLiteral("Shares in Nvidia fell 17% on Monday.")));
        lib->addArticle(article(QStringLiteral("Harbour deal"), QStringLiteral("Post"),
                                QStringLiteral("Calloway agreed a takeover of the harbour.")));
        auto hits = lib->search(QStringLiteral("nvidia"), Library::QuerySyntax::Fts5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().id, a.id);
        QCOMPARE(hits->first().outlet, QStringLiteral("Wire"));
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[Nvidia]")));
        // FTS5 syntax on the command line.
        hits = lib->search(QStringLiteral("harbour OR nvidia"), Library::QuerySyntax::Fts5);
        QCOMPARE(hits->size(), 2);
        hits = lib->search(QStringLiteral("title:harbour"), Library::QuerySyntax::Fts5);
        QCOMPARE(hits->size(), 1);
        // Plain words are prefixes, and a stray quote is not an error.
        hits = lib->search(QStringLiteral("harb \"take"), Library::QuerySyntax::Plain);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QString error;
        QVERIFY(!lib->search(QStringLiteral("nvidia AND ("), Library::QuerySyntax::Fts5, &error));
        QVERIFY(error.contains(QStringLiteral("not valid")));
        // On a server a search reads through the words' index, and leaves the planner's
        // settings as they were for the connection's other statements, after a failed search too.
        if (TestBackend::server())
            QCOMPARE(scalar(lib->database(), QStringLiteral("SHOW enable_seqscan")).toString(), QStringLiteral("on"));
    }

    // The reader puts trimmed text back: it joins the end of the body (searchable, counted)
    // and is no longer listed as trimmed; the credits stay.
    void trimmedTextCanBePutBack()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        Article a = article(QStringLiteral("Strike ends"), QStringLiteral("Gazette"), QStringLiteral("The ferry strike ended on Friday."));
        a.trimmed = {QStringLiteral("Ada Moss is a senior reporter at the Island Gazette."), QStringLiteral("Back To Top")};
        a.credits = {QStringLiteral("Courtesy: Island Radio")};
        const qint64 id = lib->addArticle(a).id;
        QCOMPARE(lib->search(QStringLiteral("reporter"), Library::QuerySyntax::Fts5)->size(), 0);
        QString error;
        QVERIFY2(lib->restoreTrimmed(id, &error), qPrintable(error));
        const std::optional<Article> back = lib->article(id);
        QVERIFY(back);
        QCOMPARE(back->body, QStringLiteral("The ferry strike ended on Friday.\n\nAda Moss is a senior reporter at the Island Gazette.\n\nBack To Top"));
        QVERIFY(back->trimmed.isEmpty());
        QCOMPARE(back->credits, a.credits);
        QCOMPARE(back->wordCount, 19);
        QCOMPARE(lib->search(QStringLiteral("reporter"), Library::QuerySyntax::Fts5)->size(), 1);
        // Nothing left to put back: said so, nothing changed.
        QVERIFY(!lib->restoreTrimmed(id, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(lib->article(id)->body, back->body);
        QVERIFY(!lib->restoreTrimmed(id + 100, &error));
    }

    void searchFollowsDeletesAndUpdates()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const auto a = lib->addArticle(article(QStringLiteral("T"), QStringLiteral("W"), QStringLiteral("Kestrel batteries.")));
        QSqlQuery q(lib->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE articles SET body = 'Osprey batteries.' WHERE id = %1").arg(a.id)));
        QCOMPARE(lib->search(QStringLiteral("kestrel"), Library::QuerySyntax::Fts5)->size(), 0);
        QCOMPARE(lib->search(QStringLiteral("osprey"), Library::QuerySyntax::Fts5)->size(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(a.id)));
        QCOMPARE(lib->search(QStringLiteral("osprey"), Library::QuerySyntax::Fts5)->size(), 0);
    }

    void rollbackWhenAWriteFails()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        // A trigger makes the article insert fail after the outlet row has been written.
        QSqlQuery q(lib->database());
        QVERIFY(TestBackend::execAll(lib->database(),
                                     TestBackend::failingInsertTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"), {})));
        const auto r = lib->addArticle(article(QStringLiteral("T"), QStringLiteral("Brand New Outlet"),
                                               QStringLiteral("Body text.")));
        QCOMPARE(r.status, Library::AddStatus::Failed);
        QVERIFY(r.error.contains(QStringLiteral("simulated failure")));
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM outlets")).toInt(), 0);
        QCOMPARE(lib->articleCount(), 0);
        // The library stays usable.
        QVERIFY(TestBackend::execAll(lib->database(), TestBackend::droppedTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"))));
        QCOMPARE(lib->addArticle(article(QStringLiteral("T"), QStringLiteral("O"), QStringLiteral("Body."))).status,
                 Library::AddStatus::Imported);
    }

    void aFailedStoryEditLeavesNothing()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const qint64 a = lib->addArticle(article(QStringLiteral("One"), QStringLiteral("Wire"), QStringLiteral("First body."))).id;
        const qint64 b = lib->addArticle(article(QStringLiteral("Two"), QStringLiteral("Post"), QStringLiteral("Second body."))).id;
        const qint64 both = lib->createStory(QStringLiteral("Both"), {a, b});
        QVERIFY(both > 0);
        // Splitting fails at the second article, after the new story and the first move were written.
        QVERIFY(TestBackend::execAll(lib->database(), TestBackend::failingInsertTrigger(
                                                          QStringLiteral("fail_move"), QStringLiteral("story_articles"),
                                                          QStringLiteral("new.article_id = %1 AND new.story_id <> %2").arg(b).arg(both))));
        QString error;
        QCOMPARE(lib->splitStory({a, b}, QStringLiteral("Split"), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("simulated failure")), qPrintable(error));
        QVERIFY(lib->findStories(QStringLiteral("Split"), 10).isEmpty());
        QList<qint64> members;
        for (const Library::Story &s : lib->stories()) {
            if (s.id == both)
                members = s.articles;
        }
        QCOMPARE(members, (QList<qint64>{a, b}));
    }

    void aBatchKeepsEachArticleWhole()
    {
        const QString path = freshPath();
        {
            auto lib = Library::open(path).library;
            QVERIFY(lib);
            QVERIFY(lib->beginBatch());
            QVERIFY(lib->inBatch());
            QCOMPARE(lib->addArticle(article(QStringLiteral("One"), QStringLiteral("Wire"), QStringLiteral("First body."))).status,
                     Library::AddStatus::Imported);
            // One article fails half-way (after its outlet row): only it is undone.
            QVERIFY(TestBackend::execAll(lib->database(),
                                         TestBackend::failingInsertTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"),
                                                                           QStringLiteral("new.title = 'Two'"))));
            QCOMPARE(lib->addArticle(article(QStringLiteral("Two"), QStringLiteral("New Outlet"), QStringLiteral("Second body."))).status,
                     Library::AddStatus::Failed);
            QCOMPARE(lib->addArticle(article(QStringLiteral("Three"), QStringLiteral("Wire"), QStringLiteral("Third body."))).status,
                     Library::AddStatus::Imported);
            // A duplicate within the batch is seen as one.
            QCOMPARE(lib->addArticle(article(QStringLiteral("Again"), QStringLiteral("Wire"), QStringLiteral("Third body."))).status,
                     Library::AddStatus::Duplicate);
            // Other writes nest inside the batch.
            QVERIFY(lib->splitStory({lib->listArticles().last().id}, QStringLiteral("A story")) > 0);
            QVERIFY(TestBackend::execAll(lib->database(), TestBackend::droppedTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"))));
            QVERIFY(lib->commitBatch());
            QVERIFY(!lib->inBatch());
        }
        auto lib = Library::open(path).library;
        QVERIFY(lib);
        QCOMPARE(lib->articleCount(), 2);
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM outlets WHERE name = 'New Outlet'")).toInt(), 0);
        QCOMPARE(lib->findStories(QStringLiteral("A story"), 10).size(), 1);
        if (!TestBackend::server())
            QCOMPARE(scalar(lib->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // An import's chunk stored together (ArticleStore::add of many): each article is still all
    // or nothing, a body twice is one article, and the ids follow the order given.
    void aChunkKeepsEachArticleWhole()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const qint64 old = lib->addArticle(article(QStringLiteral("Old"), QStringLiteral("Wire"), QStringLiteral("An old body."))).id;
        QVERIFY(TestBackend::execAll(lib->database(),
                                     TestBackend::failingInsertTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"),
                                                                       QStringLiteral("new.title = 'Bad'"))));
        QList<Library::Prepared> prepared;
        const char *rows[][3] = {{"One", "Wire", "First body."},
                                 {"Bad", "New Outlet", "Bad body."},
                                 {"Old again", "Wire", "An old body."},
                                 {"Two", "Quay Daily", "Second body."},
                                 {"One again", "Wire", "First body."}};
        for (const auto &row : rows)
            prepared.append(Library::prepare(article(QString::fromLatin1(row[0]), QString::fromLatin1(row[1]), QString::fromLatin1(row[2]))));
        QList<const Library::Prepared *> chunk;
        for (const Library::Prepared &p : std::as_const(prepared))
            chunk.append(&p);
        const QList<Library::AddResult> r = lib->addPrepared(chunk);
        QCOMPARE(r.size(), 5);
        QCOMPARE(r.at(0).status, Library::AddStatus::Imported);
        QCOMPARE(r.at(1).status, Library::AddStatus::Failed);
        QVERIFY(!r.at(1).error.isEmpty());
        QCOMPARE(r.at(2).status, Library::AddStatus::Duplicate);
        QCOMPARE(r.at(2).id, old);
        QCOMPARE(r.at(3).status, Library::AddStatus::Imported);
        QVERIFY(r.at(3).id > r.at(0).id);
        QCOMPARE(r.at(4).status, Library::AddStatus::Duplicate);
        QCOMPARE(r.at(4).id, r.at(0).id);
        QCOMPARE(lib->articleCount(), 3);
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM outlets WHERE name = 'New Outlet'")).toInt(), 0);
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM articles WHERE id NOT IN "
                                                        "(SELECT article_id FROM article_sketches)")).toInt(), 0);
        QVERIFY(TestBackend::execAll(lib->database(), TestBackend::droppedTrigger(QStringLiteral("fail_insert"), QStringLiteral("articles"))));

        // An article brought back (the undo of a delete) keeps its id beside a new one.
        const std::optional<Article> back = lib->article(r.at(3).id);
        QVERIFY(back && back->id == r.at(3).id);
        QVERIFY(lib->deleteArticle(back->id));
        const Library::Prepared again = Library::prepare(*back);
        const Library::Prepared fresh = Library::prepare(article(QStringLiteral("Three"), QStringLiteral("Wire"), QStringLiteral("Third body.")));
        const QList<Library::AddResult> r2 = lib->addPrepared(QList<const Library::Prepared *>{&again, &fresh});
        QCOMPARE(r2.at(0).status, Library::AddStatus::Imported);
        QCOMPARE(r2.at(0).id, back->id);
        QCOMPARE(r2.at(1).status, Library::AddStatus::Imported);
        QCOMPARE(lib->articleCount(), 4);
    }

    void aBatchNotCommittedIsLost()
    {
        // The process ends without committing (a crash): the library is as before the batch.
        const QString path = freshPath();
        {
            auto lib = Library::open(path).library;
            QVERIFY(lib);
            QCOMPARE(lib->addArticle(article(QStringLiteral("Kept"), QStringLiteral("Wire"), QStringLiteral("Kept body."))).status,
                     Library::AddStatus::Imported);
            QVERIFY(lib->beginBatch());
            QCOMPARE(lib->addArticle(article(QStringLiteral("Pending"), QStringLiteral("Wire"), QStringLiteral("Pending body."))).status,
                     Library::AddStatus::Imported);
            // What another connection (another process) sees: only what was committed.
            auto other = Library::open(path).library;
            QVERIFY(other);
            QCOMPARE(other->articleCount(), 1);
        }
    }

    void integrityCheckedInFull()
    {
        SQLITE_ONLY("the server checks its own pages");
        const QString path = freshPath();
        {
            auto lib = Library::open(path).library;
            QVERIFY(lib);
            for (int i = 0; i < 40; ++i)
                lib->addArticle(article(QStringLiteral("Title %1").arg(i), QStringLiteral("Wire"),
                                        QStringLiteral("Body number %1 with enough words to fill some pages. ").arg(i).repeated(40)));
        }
        QCOMPARE(Library::checkIntegrity(path), std::nullopt);
        // Damage in the middle of the file: the header and the schema still read.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 20 * 4096);
            f.seek(12 * 4096);
            f.write(QByteArray(3 * 4096, '\x5a'));
        }
        const std::optional<QString> problem = Library::checkIntegrity(path);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QDir::toNativeSeparators(path)), qPrintable(*problem));
        // A small library is checked in full when opened; a large one only when asked.
        const Library::OpenResult opened = Library::open(path);
        QVERIFY(!opened.library);
        QVERIFY(opened.damaged);
        QVERIFY(!Library::open(path, Library::Check::Full).library);
    }

    void aReadOnlyLibraryKeepsWhatItHas()
    {
        SQLITE_ONLY("a read-only login on a server: aReadOnlyLoginKeepsWhatItHas");
        const QString path = freshPath();
        {
            auto lib = Library::open(path).library;
            QVERIFY(lib);
            QCOMPARE(lib->addArticle(article(QStringLiteral("Kept"), QStringLiteral("Wire"), QStringLiteral("Kept body."))).status,
                     Library::AddStatus::Imported);
        }
        // Read-only even for root: the immutable attribute (chattr); for others, permissions.
        const bool root = ::getuid() == 0;
        if (root ? QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0
                 : !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther))
            QSKIP("the library file cannot be made read-only here");
        const auto writable = qScopeGuard([&] {
            if (root)
                QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        auto lib = Library::open(path).library;
        QVERIFY(lib); // still readable
        QCOMPARE(lib->articleCount(), 1);
        const Library::AddResult added = lib->addArticle(article(QStringLiteral("New"), QStringLiteral("Wire"), QStringLiteral("New body.")));
        QCOMPARE(added.status, Library::AddStatus::Failed);
        QVERIFY2(added.error.contains(QStringLiteral("is read-only")) && added.error.contains(QDir::toNativeSeparators(path)),
                 qPrintable(added.error));
        QCOMPARE(lib->articleCount(), 1);
        QCOMPARE(lib->article(lib->listArticles().first().id)->title, QStringLiteral("Kept"));
        // Every other write says so in the same words.
        Article edited = *lib->article(lib->listArticles().first().id);
        edited.outlet = QStringLiteral("Another Outlet");
        QString error;
        QVERIFY(!lib->updateDetails(edited, &error));
        QVERIFY2(error.contains(QStringLiteral("is read-only")), qPrintable(error));
        QCOMPARE(lib->addFeed(QStringLiteral("https://example.org/feed.xml"), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("is read-only")), qPrintable(error));
        QCOMPARE(lib->article(edited.id)->outlet, QStringLiteral("Wire"));
    }

    // The newest version whose migration changes a library file (the later ones, kept in step
    // with the server's, may change nothing in a file).
    static int newestFileChange()
    {
        int newest = 0;
        const QDir folder(QStringLiteral(":/sql"));
        for (const QString &name : folder.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly) &&
                !Migrator::splitStatements(QString::fromUtf8(file.readAll())).isEmpty())
                newest = std::max(newest, name.left(3).toInt());
        }
        return newest;
    }

    // A library file left at `version`, with one article in it.
    static void makeOldLibrary(const QString &path, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const Migrator::Outcome m = Migrator::migrate(db, path, version);
            QVERIFY2(m.ok(), qPrintable(m.error));
            QCOMPARE(m.toVersion, version);
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO articles(title, body, content_hash, imported_at) "
                         "VALUES ('Old', 'Puffin ferries resume.', 'h1', '2026-01-01T00:00:00Z')")),
                     qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
    }

    // A library file left at `version` with one article, then opened (and so upgraded).
    Library::OpenResult openedFrom(int version, QString *path)
    {
        *path = freshPath();
        makeOldLibrary(*path, version);
        return QTest::currentTestFailed() ? Library::OpenResult{} : Library::open(*path);
    }

    void migrationFromPreviousVersion()
    {
        SQLITE_ONLY("the copy kept before a migration is a file");
        const int old = newestFileChange() - 1; // the last version a migration changes
        QVERIFY(old > 0);
        QString path;
        Library::OpenResult r = openedFrom(old, &path);
        QVERIFY2(r.library, qPrintable(r.error));
        QCOMPARE(r.library->schemaVersion(), Migrator::latestVersion());
        // A copy of the old file was kept, still at the old version and with the article.
        QVERIFY(!r.backupPath.isEmpty());
        QVERIFY(QFile::exists(r.backupPath));
        {
            QSqlDatabase backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            backup.setDatabaseName(r.backupPath);
            QVERIFY(backup.open());
            QCOMPARE(scalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), old);
            QCOMPARE(scalar(backup, QStringLiteral("SELECT title FROM articles")).toString(), QStringLiteral("Old"));
            backup.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // The existing article is in the new full-text index.
        const auto hits = r.library->search(QStringLiteral("puffin"), Library::QuerySyntax::Fts5);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
    }

    // Versions that change nothing in a file are applied without a copy of the library.
    void versionsThatChangeNothingKeepNoCopy()
    {
        SQLITE_ONLY("the copy kept before a migration is a file");
        const int old = newestFileChange();
        if (old == Migrator::latestVersion())
            QSKIP("the newest migration changes a file");
        QString path;
        Library::OpenResult r = openedFrom(old, &path);
        QVERIFY2(r.library, qPrintable(r.error));
        QVERIFY2(r.backupPath.isEmpty(), qPrintable(r.backupPath));
        QCOMPARE(r.library->schemaVersion(), Migrator::latestVersion());
        const QFileInfo file(path);
        const QStringList kept = file.dir().entryList({file.fileName() + QStringLiteral(".v*.bak")}, QDir::Files);
        QVERIFY2(kept.isEmpty(), qPrintable(kept.join(QLatin1Char(' '))));
        QCOMPARE(r.library->articleCount(), 1);
    }

    void newerSchemaIsRefused()
    {
        SQLITE_ONLY("serverNewerSchemaIsRefused");
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const Library::OpenResult r = Library::open(path);
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("newer")));
    }

    // The server's counterparts of the file tests above.
    void serverNewerSchemaIsRefused()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only (newerSchemaIsRefused is the file's)");
        const QString address = freshPath();
        {
            auto lib = Library::open(address).library;
            QVERIFY(lib);
            QSqlQuery q(lib->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES (999, 'later')")));
        }
        const Library::OpenResult r = Library::open(address);
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(address) && r.error.contains(QStringLiteral("newer")), qPrintable(r.error));
    }

    void serverMigrationsAreBookkept()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only (failedMigrationRollsBack is the file's)");
        const QString address = freshPath();
        QString error;
        {
            // A table named like one the first migration creates: migration 1 fails as a whole.
            QSqlDatabase db = Parallax::ServerLibrary::connect(address, QStringLiteral("clash"), &error);
            QVERIFY2(db.isValid(), qPrintable(error));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE stories (x integer)")));
            const Migrator::Outcome m = Migrator::migrate(db, address);
            QVERIFY(!m.ok());
            QVERIFY2(m.error.contains(QStringLiteral("migration 1")), qPrintable(m.error));
            QCOMPARE(scalar(db, QStringLiteral("SELECT to_regclass('articles') IS NULL")).toBool(), true);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 0);
            // Once the clash is gone, every migration applies, each recorded once.
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE stories")));
            const Migrator::Outcome again = Migrator::migrate(db, address);
            QVERIFY2(again.ok(), qPrintable(again.error));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT version) FROM schema_version")).toInt(),
                     Migrator::latestServerVersion());
            QVERIFY(Migrator::migrate(db, address).ok()); // nothing left to do
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), Migrator::latestServerVersion());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    }

    void aReadOnlyLoginKeepsWhatItHas()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only (aReadOnlyLibraryKeepsWhatItHas is the file's)");
        const QString address = freshPath();
        {
            auto lib = Library::open(address).library;
            QVERIFY(lib);
            QCOMPARE(lib->addArticle(article(QStringLiteral("Kept"), QStringLiteral("Wire"), QStringLiteral("Kept body."))).status,
                     Library::AddStatus::Imported);
            QSqlQuery q(lib->database());
            q.exec(QStringLiteral("CREATE ROLE reader LOGIN")); // may exist from another database's test
            QVERIFY(q.exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")));
        }
        QUrl url(address);
        url.setUserName(QStringLiteral("reader"));
        auto lib = Library::open(url.toString()).library;
        QVERIFY(lib); // still readable
        QCOMPARE(lib->articleCount(), 1);
        const Library::AddResult added = lib->addArticle(article(QStringLiteral("New"), QStringLiteral("Wire"), QStringLiteral("New body.")));
        QCOMPARE(added.status, Library::AddStatus::Failed);
        QVERIFY2(added.error.contains(QStringLiteral("may only read")), qPrintable(added.error));
        QCOMPARE(lib->articleCount(), 1);
        Article edited = *lib->article(lib->listArticles().first().id);
        edited.outlet = QStringLiteral("Another Outlet");
        QString error;
        QVERIFY(!lib->updateDetails(edited, &error));
        QVERIFY2(error.contains(QStringLiteral("may only read")), qPrintable(error));
        QCOMPARE(lib->article(edited.id)->outlet, QStringLiteral("Wire"));
    }

    void serverAddressProblems()
    {
        if (!TestBackend::server())
            QSKIP("PostgreSQL only");
        QUrl url(freshPath());
        // A password in the address is refused before anything is sent.
        QUrl withPassword = url;
        withPassword.setPassword(QStringLiteral("secret"));
        Library::OpenResult r = Library::open(withPassword.toString());
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QStringLiteral("~/.pgpass")) && !r.error.contains(QStringLiteral("secret")), qPrintable(r.error));
        // A login that needs a password and has none.
        QUrl needsPassword = url;
        needsPassword.setUserName(QStringLiteral("parallax_pw"));
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        r = Library::open(needsPassword.toString());
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QStringLiteral("refused the login")), qPrintable(r.error));
        // A wrong one, from a password file.
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile f(pgpass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("*:*:*:parallax_pw:the-wrong-one\n").toUtf8());
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        qputenv("PGPASSFILE", pgpass.toLocal8Bit());
        r = Library::open(needsPassword.toString());
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QStringLiteral("refused the login")), qPrintable(r.error));
        // The right one, from the password file.
        {
            QFile f(pgpass);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QStringLiteral("*:*:*:parallax_pw:the-right-one\n").toUtf8());
        }
        r = Library::open(needsPassword.toString());
        QVERIFY2(r.library || r.error.contains(QStringLiteral("permission denied")), qPrintable(r.error));
        qunsetenv("PGPASSFILE");
        // A server that is not there: a plain message, quickly.
        QUrl nowhere = url;
        nowhere.setPort(1);
        QElapsedTimer clock;
        clock.start();
        r = Library::open(nowhere.toString());
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QStringLiteral("cannot be reached")), qPrintable(r.error));
        QVERIFY(clock.elapsed() < 10000);
    }

    // A library moves to another backend and back (in the SQLite run, file to file): ids,
    // texts, trimmed furniture, stories, tags and feeds kept; the check at the end passes.
    void copyAcrossBackends()
    {
        const QString file = m_dir.filePath(QStringLiteral("copy-source.sqlite"));
        qint64 wire = 0, post = 0, story = 0;
        {
            auto lib = Library::open(file).library;
            QVERIFY(lib);
            lib->addArticle(article(QStringLiteral("Gone"), QStringLiteral("Wire"), QStringLiteral("Deleted later.")));
            Article a = article(QStringLiteral("Deal"), QStringLiteral("Wire"), QStringLiteral("Calloway will buy Kestrel for £3.1bn."));
            a.trimmed = {QStringLiteral("Share this article")};
            a.credits = {QStringLiteral("Additional reporting by Ada Moss")};
            a.tags = {QStringLiteral("ports")};
            wire = lib->addArticle(a).id;
            post = lib->addArticle(article(QStringLiteral("Deal done"), QStringLiteral("Post"),
                                           QStringLiteral("Kestrel agreed to Calloway's £3.1bn offer."))).id;
            QSqlQuery q(lib->database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE title = 'Gone'"))); // ids with a gap
            story = lib->createStory(QStringLiteral("Harbour deal"), {wire, post});
            QVERIFY(story > 0);
            QVERIFY(lib->addFeed(QStringLiteral("https://wire.example/feed.xml")) > 0);
        }
        // Into the other backend (a server in the PostgreSQL run), then back into a file.
        const QString there = freshPath();
        LibraryCopy::Result r = LibraryCopy::copy(file, there);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.tables.isEmpty());
        const QString back = m_dir.filePath(QStringLiteral("copy-back.sqlite"));
        r = LibraryCopy::copy(there, back);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const QString &location : {there, back}) {
            auto lib = Library::open(location).library;
            QVERIFY(lib);
            QCOMPARE(lib->articleCount(), 2);
            const Article a = *lib->article(wire);
            QCOMPARE(a.title, QStringLiteral("Deal"));
            QCOMPARE(a.outlet, QStringLiteral("Wire"));
            QCOMPARE(a.trimmed, QStringList{QStringLiteral("Share this article")});
            QCOMPARE(a.credits, QStringList{QStringLiteral("Additional reporting by Ada Moss")});
            QCOMPARE(a.tags, QStringList{QStringLiteral("ports")});
            QCOMPARE(lib->article(post)->title, QStringLiteral("Deal done"));
            QCOMPARE(lib->findStories(QStringLiteral("Harbour deal"), 10).size(), 1);
            QCOMPARE(lib->feeds().size(), 1);
            QCOMPARE(lib->search(QStringLiteral("kestrel"), Library::QuerySyntax::Plain)->size(), 2);
            // New rows are numbered after the copied ones.
            const qint64 next = lib->addArticle(article(QStringLiteral("New"), QStringLiteral("Wire"), QStringLiteral("A new body."))).id;
            QVERIFY2(next > post, qPrintable(QString::number(next)));
        }
        // Never into a library that holds something; nothing half-copied when a write fails.
        r = LibraryCopy::copy(file, there);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("empty")), qPrintable(r.error));
        const QString failing = freshPath();
        {
            auto lib = Library::open(failing).library;
            QVERIFY(lib);
            QVERIFY(TestBackend::execAll(lib->database(), TestBackend::failingInsertTrigger(
                                                             QStringLiteral("fail_story"), QStringLiteral("stories"), {})));
        }
        r = LibraryCopy::copy(file, failing);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("simulated failure")), qPrintable(r.error));
        QCOMPARE(Library::open(failing).library->articleCount(), 0);
    }

    // What another reader does to a shared library is told to this one within a second
    // (LISTEN/NOTIFY on a server); its own writes are not. A file has no such channel.
    void anotherReadersChangesAreTold()
    {
        const QString location = freshPath();
        auto mine = Library::open(location).library;
        auto theirs = Library::open(location).library;
        QVERIFY(mine && theirs);
        LibraryWatcher watcher(mine->database());
        if (!TestBackend::server()) {
            QVERIFY(!watcher.active());
            return;
        }
        QVERIFY(watcher.active());
        QSignalSpy told(&watcher, &LibraryWatcher::changed);
        QElapsedTimer clock;
        clock.start();
        const qint64 a = theirs->addArticle(article(QStringLiteral("Deal"), QStringLiteral("Wire"), QStringLiteral("Calloway buys Kestrel."))).id;
        QVERIFY(told.wait(1000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(told.constLast().first().value<QSet<QString>>().contains(QStringLiteral("articles")));
        told.clear();
        const qint64 story = theirs->createStory(QStringLiteral("Harbour deal"), {a});
        QVERIFY(told.wait(1000));
        QVERIFY(told.constLast().first().value<QSet<QString>>().contains(QStringLiteral("stories")));
        told.clear();
        QVERIFY(theirs->renameStory(story, QStringLiteral("Kestrel sold")));
        QVERIFY(told.wait(1000));
        told.clear();
        // My own write: nothing to tell.
        mine->addArticle(article(QStringLiteral("Mine"), QStringLiteral("Post"), QStringLiteral("My own body.")));
        QVERIFY(!told.wait(600));
    }

    void notADatabase()
    {
        SQLITE_ONLY("a file that is not a database");
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const Library::OpenResult r = Library::open(path);
        QVERIFY(!r.library);
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        // The reader's file is left as it was.
        QCOMPARE(QFileInfo(path).size(), 4096);
    }

    void failedMigrationRollsBack()
    {
        SQLITE_ONLY("migrations on a server: serverMigrationsAreBookkept");
        // A migration that fails half-way leaves the schema version and tables untouched.
        const QString path = freshPath();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            // A table named like one the first migration creates later in its script.
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE stories (x)")));
        }
        const Migrator::Outcome m = Migrator::migrate(db, path);
        QVERIFY(!m.ok());
        QVERIFY(m.error.contains(QStringLiteral("migration 1")));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")).toInt(), 0);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("clash"));
    }

    void splitStatementsKeepsTriggersWhole()
    {
        const QStringList s = Migrator::splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x); -- trailing\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\nINSERT INTO a VALUES (3);\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s.at(1).endsWith(QStringLiteral("END;")));
    }

    void stories()
    {
        auto lib = Library::open(freshPath()).library;
        QVERIFY(lib);
        const auto a = lib->addArticle(article(QStringLiteral("A"), QStringLiteral("W"), QStringLiteral("One.")));
        const auto b = lib->addArticle(article(QStringLiteral("B"), QStringLiteral("W"), QStringLiteral("Two.")));
        const qint64 story = lib->createStory(QStringLiteral("Harbour deal"), {a.id, b.id});
        QVERIFY(story > 0);
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM story_articles")).toInt(), 2);
        // Foreign keys hold: deleting an article removes its membership.
        QSqlQuery q(lib->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(a.id)));
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM story_articles")).toInt(), 1);
        QString error;
        QCOMPARE(lib->createStory(QStringLiteral("Bad"), {999999}, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(scalar(lib->database(), QStringLiteral("SELECT count(*) FROM stories")).toInt(), 1);
    }

    void location()
    {
        qputenv("PARALLAX_LIBRARY", "/env/lib.sqlite");
        QCOMPARE(LibraryLocation::resolve(QStringLiteral("/cli/lib.sqlite")), QStringLiteral("/cli/lib.sqlite"));
        QCOMPARE(LibraryLocation::resolve(QString()), QStringLiteral("/env/lib.sqlite"));
        qunsetenv("PARALLAX_LIBRARY");
        QVERIFY(LibraryLocation::resolve(QString()).endsWith(QStringLiteral("library.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
