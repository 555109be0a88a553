// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storygrouper.h"
#include "core/storyprofile.h"
#include "importers/textimporter.h"
#include "storage/library.h"
#include "storage/librarydatabase.h"
#include "storage/storyindex.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "testbackend.h"

using namespace Parallax;

// Automatic story grouping on import: the sample story's four outlets (a wire report, a
// near copy, a reworded rewrite, an independent piece) form one story; the same companies
// three weeks later are another story; an unrelated article joins none.
class TestStories final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Article read(const QString &name)
    {
        QFile f(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return *TextImporter().parse(f.readAll(), f.fileName()).article;
    }

private Q_SLOTS:
    // The same articles give the same stories whatever order they are imported in, one by
    // one or in a batch.
    void sameStoriesInAnyOrder()
    {
        QList<Article> articles;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt", "04_meridian-ledger.txt"})
            articles.append(read(QString::fromLatin1(name)));
        Article unrelated = articles.first();
        unrelated.title = QStringLiteral("Cycle lane approved");
        unrelated.body = QStringLiteral("The council approved a new cycle lane on the high street after a consultation with "
                                        "residents and shopkeepers, who had worried about deliveries and parking.");
        articles.insert(2, unrelated);
        const auto storiesOf = [&](const QList<int> &order, bool batch, const QString &file) {
            auto lib = Library::open(TestBackend::library(m_dir, file)).library;
            if (batch)
                lib->beginBatch();
            for (int i : order)
                lib->addArticle(articles.at(i));
            lib->commitBatch();
            QList<QStringList> titles;
            for (const Library::Story &s : lib->stories()) {
                QStringList members;
                for (qint64 id : s.articles)
                    members.append(lib->article(id)->outlet + u'/' + lib->article(id)->title);
                members.sort();
                titles.append(members);
            }
            std::sort(titles.begin(), titles.end());
            return titles;
        };
        const QList<QStringList> first = storiesOf({0, 1, 2, 3, 4}, false, QStringLiteral("order1.sqlite"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().size(), 4);
        QCOMPARE(storiesOf({4, 2, 3, 0, 1}, false, QStringLiteral("order2.sqlite")), first);
        QCOMPARE(storiesOf({3, 1, 4, 2, 0}, true, QStringLiteral("order3.sqlite")), first);
    }

    // Articles added one at a time into a library with many others around them regroup only
    // what they reach; the stories are those of importing everything at once.
    void oneByOneAmongManyAsInABatch()
    {
        QList<Article> story;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt", "04_meridian-ledger.txt"})
            story.append(read(QString::fromLatin1(name)));
        // Local news of the same days, each about a town and a festival of its own.
        const QStringList syllables = {QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"), QStringLiteral("ren"),
                                       QStringLiteral("tas"), QStringLiteral("vo"), QStringLiteral("bel"), QStringLiteral("dun")};
        QList<Article> others;
        for (int i = 0; i < 120; ++i) {
            const QString town = (syllables.at(i % 8) + syllables.at(i / 8 % 8) + syllables.at(i / 64 % 8) + u'n');
            const QString Town = town.at(0).toUpper() + town.mid(1);
            Article a = story.first();
            a.outlet = Town + QStringLiteral(" Herald");
            a.published = story.first().published.addDays(i % 3 - 1);
            a.title = Town + QStringLiteral(" opens its ") + syllables.at((i + 3) % 8) + QStringLiteral("fest");
            a.body = QStringLiteral("Residents of %1 gathered on the square as the %2fest opened with music. The mayor of %1, "
                                    "Ana %3ova, said %4 stalls had come.")
                         .arg(Town, syllables.at((i + 3) % 8), Town.left(4), QString::number(20 + i));
            others.append(a);
        }
        const auto storiesOf = [&](bool oneByOne, const QString &file) {
            auto lib = Library::open(TestBackend::library(m_dir, file)).library;
            lib->beginBatch();
            for (const Article &a : std::as_const(others))
                lib->addArticle(a);
            if (!oneByOne) {
                for (const Article &a : std::as_const(story))
                    lib->addArticle(a);
            }
            lib->commitBatch();
            if (oneByOne) {
                for (int i : {2, 0, 3, 1})
                    lib->addArticle(story.at(i));
            }
            QList<QStringList> titles;
            for (const Library::Story &s : lib->stories()) {
                QStringList members;
                for (qint64 id : s.articles)
                    members.append(lib->article(id)->outlet + u'/' + lib->article(id)->title);
                members.sort();
                titles.append(members);
            }
            std::sort(titles.begin(), titles.end());
            return titles;
        };
        const QList<QStringList> batch = storiesOf(false, QStringLiteral("among-batch.sqlite"));
        const auto sample = std::find_if(batch.cbegin(), batch.cend(), [&](const QStringList &members) {
            return members.contains(story.first().outlet + u'/' + story.first().title);
        });
        QVERIFY(sample != batch.cend());
        QCOMPARE(sample->size(), 4);
        QCOMPARE(storiesOf(true, QStringLiteral("among-one-by-one.sqlite")), batch);
    }

    // How many articles hold each term (what makes a term rare) is written a few hundred
    // terms to a statement: after a batch of articles with thousands of terms between them,
    // after articles added one at a time and after one is deleted, each term's count is the
    // number of stored articles whose profile holds it ("" counts the articles), and no term
    // is left counting none. The stories are those of the same articles stored one by one.
    void termCountsFollowTheArticles()
    {
        const QStringList syllables = {QStringLiteral("ka"), QStringLiteral("lo"), QStringLiteral("mi"), QStringLiteral("ren"),
                                       QStringLiteral("tas"), QStringLiteral("vo"), QStringLiteral("bel"), QStringLiteral("dun"),
                                       QStringLiteral("sor"), QStringLiteral("pe")};
        const Article sample = read(QStringLiteral("01_northgate-wire.txt"));
        QList<Article> articles;
        for (int i = 0; i < 80; ++i) {
            QStringList words;
            for (int w = 0; w < 60; ++w) { // a dozen of each article's words are its own
                const int n = w < 12 ? i * 12 + w : (i * 7 + w * 13) % 400;
                words.append(syllables.at(n % 10) + syllables.at(n / 10 % 10) + syllables.at(n / 100 % 10) + QStringLiteral("ne"));
            }
            Article a = sample;
            a.title = QStringLiteral("Report %1: ").arg(i) + words.mid(0, 3).join(u' ');
            a.body = words.join(u' ') + QStringLiteral(". Mayor Ana Kovacs said %1 people came to %2.").arg(100 + i).arg(words.at(1));
            a.published = sample.published.addDays(i % 5);
            articles.append(a);
        }
        const auto expected = [&](const QList<int> &stored) {
            QMap<QString, int> counts;
            for (int i : stored) {
                QStringList keys;
                for (const StoryProfile::Term &t : StoryProfile::of(articles.at(i)).terms)
                    keys.append(StoryGrouper::termKey(t));
                keys.removeDuplicates();
                for (const QString &key : std::as_const(keys))
                    ++counts[key];
                ++counts[QString()];
            }
            return counts;
        };
        const auto storedCounts = [](Library &lib) {
            QMap<QString, int> counts;
            QSqlQuery q(lib.libraryDatabase().connection());
            if (!q.exec(QStringLiteral("SELECT term, df FROM story_terms")))
                qFatal("story_terms cannot be read");
            while (q.next())
                counts.insert(q.value(0).toString(), q.value(1).toInt());
            return counts;
        };
        const auto storiesOf = [](Library &lib) {
            QList<QStringList> titles;
            for (const Library::Story &s : lib.stories()) {
                QStringList members;
                for (qint64 id : s.articles)
                    members.append(lib.article(id)->title);
                members.sort();
                titles.append(members);
            }
            std::sort(titles.begin(), titles.end());
            return titles;
        };
        auto lib = Library::open(TestBackend::library(m_dir, QStringLiteral("term-counts.sqlite"))).library;
        QVERIFY(lib);
        QList<qint64> ids;
        QList<int> stored;
        lib->beginBatch();
        for (int i = 0; i < 70; ++i) {
            ids.append(lib->addArticle(articles.at(i)).id);
            stored.append(i);
        }
        QVERIFY(lib->commitBatch());
        const QMap<QString, int> afterBatch = expected(stored);
        QVERIFY2(afterBatch.size() > 2 * StoryIndex::kTermsAtOnce, "several statements' worth of terms");
        QCOMPARE(storedCounts(*lib), afterBatch);
        for (int i = 70; i < 80; ++i) { // one at a time: each flushed on its own
            ids.append(lib->addArticle(articles.at(i)).id);
            stored.append(i);
        }
        QCOMPARE(storedCounts(*lib), expected(stored));
        const QList<QStringList> stories = storiesOf(*lib);
        QVERIFY(stories.size() > 1);
        QVERIFY(lib->deleteArticle(ids.at(3)));
        stored.removeOne(3);
        QCOMPARE(storedCounts(*lib), expected(stored)); // its own dozen words gone, not zero
        // The same articles stored one by one, in the same order, make the same stories.
        auto single = Library::open(TestBackend::library(m_dir, QStringLiteral("term-counts-single.sqlite"))).library;
        QVERIFY(single);
        for (const Article &a : std::as_const(articles))
            single->addArticle(a);
        stored.insert(3, 3);
        QCOMPARE(storedCounts(*single), expected(stored));
        QCOMPARE(storiesOf(*single), stories);
    }

    // One library open twice (the window, and an import from the command line): each sees
    // what the other grouped before it groups again, though it keeps the days it regrouped
    // in memory.
    void whatAnotherConnectionGroupedIsSeen()
    {
        QList<Article> story;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt", "04_meridian-ledger.txt"})
            story.append(read(QString::fromLatin1(name)));
        const QString file = TestBackend::library(m_dir, QStringLiteral("two-connections.sqlite"));
        auto first = Library::open(file).library;
        auto second = Library::open(file).library;
        QVERIFY(first && second);
        QCOMPARE(first->addArticle(story.at(0)).status, Library::AddStatus::Imported);
        QCOMPARE(second->addArticle(story.at(1)).status, Library::AddStatus::Imported);
        QCOMPARE(second->addArticle(story.at(2)).status, Library::AddStatus::Imported);
        QCOMPARE(first->addArticle(story.at(3)).status, Library::AddStatus::Imported);
        for (Library *lib : {first.get(), second.get()}) {
            const QList<Library::Story> stories = lib->stories();
            QCOMPARE(stories.size(), 1);
            QCOMPARE(stories.first().articles.size(), 4);
        }
    }

    // A reader's story made on the same connection inside an import's open batch is seen by
    // the batch's regrouping: on a server the change token moves only once per transaction,
    // so the days held in memory must be let go by the split itself. Seen, the reader's story
    // is kept and the other coverage of its event joins it; unseen, the regrouping would file
    // the new article in the old story as if the split had not happened.
    void aSplitInsideABatchIsSeen()
    {
        QList<Article> story;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt"})
            story.append(read(QString::fromLatin1(name)));
        auto lib = Library::open(TestBackend::library(m_dir, QStringLiteral("split-in-batch.sqlite"))).library;
        QVERIFY(lib);
        const qint64 wire = lib->addArticle(story.at(0)).id;
        const qint64 rewrite = lib->addArticle(story.at(1)).id;
        QCOMPARE(lib->stories().size(), 1);

        QVERIFY(lib->beginBatch());
        const qint64 third = lib->addArticle(story.at(2)).id;
        QString error;
        const qint64 split = lib->splitStory({rewrite}, QStringLiteral("Kept apart"), &error);
        QVERIFY2(split > 0, qPrintable(error));
        QVERIFY2(lib->commitBatch(&error), qPrintable(error));

        const QList<Library::Story> stories = lib->stories();
        QCOMPARE(stories.size(), 1);
        QCOMPARE(stories.first().id, split);
        QCOMPARE(stories.first().title, QStringLiteral("Kept apart"));
        QList<qint64> members = stories.first().articles;
        std::sort(members.begin(), members.end());
        QCOMPARE(members, (QList<qint64>{wire, rewrite, third}));
    }

    // An independent report of the same event, worded its own way, shares the names and the
    // figures: it joins the story. The same company's other news that day does not.
    void independentReportsJoinByNamesAndFigures()
    {
        auto lib = Library::open(TestBackend::library(m_dir, QStringLiteral("facts.sqlite"))).library;
        QVERIFY(lib);
        const Article wire = read(QStringLiteral("01_northgate-wire.txt"));
        const qint64 wireId = lib->addArticle(wire).id;

        Article independent = wire;
        independent.outlet = QStringLiteral("Harwick Gazette");
        independent.title = QStringLiteral("Harwick's biggest employer changes hands");
        independent.body = QStringLiteral(
            "Harwick woke up to news that its biggest employer, Kestrel Harbour Group, is changing hands. Calloway "
            "Freight is paying £3.1bn, a sum few in the town can picture.\n\nIn the City, traders sent Calloway up "
            "12.4%. Regulators at the Competition and Markets Authority still get their say.\n\nOn the quayside, "
            "dockers wondered aloud what new owners mean for overtime, pensions and the 6,200 jobs. Mara Lindqvist "
            "promised investment; the union wants it in writing.");
        const qint64 independentId = lib->addArticle(independent).id;

        Article otherNews = wire;
        otherNews.outlet = QStringLiteral("Quay Daily");
        otherNews.title = QStringLiteral("Calloway profit rises 9% on record volumes");
        otherNews.body = QStringLiteral(
            "Calloway Freight reported a 9% rise in annual profit to £412m, helped by record volumes at Dunmore.\n\n"
            "Mara Lindqvist, the chief executive, said the group would raise its dividend to 31p a share and hire "
            "300 drivers this year.");
        const qint64 otherId = lib->addArticle(otherNews).id;

        const QList<Library::Story> stories = lib->stories();
        QCOMPARE(stories.size(), 1);
        QCOMPARE(stories.first().articles, (QList<qint64>{wireId, independentId}));
        QVERIFY(!stories.first().articles.contains(otherId));
    }

    void groupsTheSameStoryOnly()
    {
        auto lib = Library::open(TestBackend::library(m_dir, QStringLiteral("stories.sqlite"))).library;
        QVERIFY(lib);
        QList<qint64> sample;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt", "04_meridian-ledger.txt"})
            sample.append(lib->addArticle(read(QString::fromLatin1(name))).id);

        Article later = read(QStringLiteral("01_northgate-wire.txt"));
        later.published = QDate(2026, 4, 3); // the same companies, three weeks on
        later.title = QStringLiteral("Calloway completes Kestrel deal");
        later.body = QStringLiteral(
            "Calloway Freight completed its takeover of Kestrel Harbour Group on Friday after the Competition and Markets "
            "Authority cleared the deal without conditions.\n\nCalloway shares rose 2.1% as the combined business began "
            "running its 14 terminals under one name.\n\nMara Lindqvist, Calloway's chief executive, said the first "
            "investments in Harwick would be announced within weeks.");
        const qint64 laterId = lib->addArticle(later).id;

        Article unrelated = later;
        unrelated.published = QDate(2026, 3, 14);
        unrelated.title = QStringLiteral("Cycle lane approved");
        unrelated.body = QStringLiteral("The council approved a new cycle lane on the high street after a consultation with "
                                        "residents and shopkeepers, who had worried about deliveries and parking.");
        const qint64 unrelatedId = lib->addArticle(unrelated).id;

        const QList<Library::Story> stories = lib->stories();
        QCOMPARE(stories.size(), 1);
        const QList<qint64> grouped = stories.first().articles;
        for (qint64 id : std::as_const(sample))
            QVERIFY2(grouped.contains(id), qPrintable(QStringLiteral("article %1 is not in the story").arg(id)));
        QVERIFY(!grouped.contains(laterId));
        QVERIFY(!grouped.contains(unrelatedId));
        // Why they are together: what most of them name.
        const StoryGrouper::Evidence why = lib->storyEvidence(stories.first().id);
        QVERIFY2(why.names.join(u' ').contains(QStringLiteral("Kestrel")), qPrintable(why.names.join(u',')));
        QVERIFY(!why.figures.isEmpty());

        // Regrouping everything gives the same story.
        QVERIFY(lib->rebuildStories());
        QCOMPARE(lib->stories().size(), 1);
        QCOMPARE(lib->stories().first().articles.size(), 4);

        // The reader's choices survive a rebuild: a new title, the independent piece split
        // off into a story of its own, the later article moved into it.
        const qint64 story = lib->stories().first().id;
        QVERIFY(lib->renameStory(story, QStringLiteral("Kestrel takeover")));
        const qint64 own = lib->splitStory({sample.at(3)}, QStringLiteral("What it means for Harwick"));
        QVERIFY(own > 0);
        QVERIFY(lib->moveToStory(laterId, own));
        QVERIFY(lib->rebuildStories());
        QList<Library::Story> after = lib->stories();
        QCOMPARE(after.size(), 2);
        auto find = [&](qint64 id) {
            for (const Library::Story &s : std::as_const(after)) {
                if (s.id == id)
                    return s;
            }
            return Library::Story{};
        };
        QCOMPARE(find(story).title, QStringLiteral("Kestrel takeover"));
        QCOMPARE(find(story).articles.size(), 3);
        QCOMPARE(find(own).articles, (QList<qint64>{sample.at(3), laterId}));
        // Merging is the reader's too.
        QVERIFY(lib->mergeStories(own, story));
        QVERIFY(lib->rebuildStories());
        after = lib->stories();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().articles.size(), 5);

        // The story as a folder of Markdown files with an index.
        QString error;
        const std::optional<int> written = lib->exportMarkdown(m_dir.filePath(QStringLiteral("md")), after.first().id, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(*written, 5);
        QFile index(m_dir.filePath(QStringLiteral("md/index.json")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonArray listed = QJsonDocument::fromJson(index.readAll()).object().value(QStringLiteral("articles")).toArray();
        QCOMPARE(listed.size(), 5);
        QFile first(m_dir.filePath(QStringLiteral("md/") + listed.first().toObject().value(QStringLiteral("file")).toString()));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(first.readAll());
        QVERIFY(md.startsWith(QStringLiteral("---\ntitle: ")));
        QVERIFY(md.contains(QStringLiteral("outlet: ")));
        QVERIFY(!lib->exportMarkdown(m_dir.filePath(QStringLiteral("none")), 9999, &error));
    }
};

QTEST_GUILESS_MAIN(TestStories)
#include "tst_stories.moc"
