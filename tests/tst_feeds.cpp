// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/feedparser.h"
#include "storage/library.h"
#include "services/feedservice.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Parallax;

namespace {

QByteArray longArticle()
{
    QByteArray html;
    for (int i = 0; i < 8; ++i)
        html += "<p>Paragraph " + QByteArray::number(i) + " of the full story: dock workers at Kestrel Harbour voted on Thursday "
                "to accept the pay offer that ended three weeks of strikes, the union said, adding that members wanted a return "
                "to normal working after a long and bitter dispute over pay and pensions.</p>";
    return html;
}

} // namespace

// Feeds: RSS and Atom parsing, OPML, and refreshing from a server on 127.0.0.1 without ever
// importing an item twice.
class TestFeeds final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTcpServer m_server;
    QByteArray m_feed; // what /feed.xml serves
    QStringList m_asked;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }

    QByteArray rss(const QList<QByteArray> &items) const
    {
        QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                         "<channel><title>Quay Daily</title><link>" + base().toUtf8() + "/</link><language>en-gb</language>";
        for (const QByteArray &item : items)
            xml += item;
        return xml + "</channel></rss>";
    }

    QByteArray fullItem(const QByteArray &guid) const
    {
        return "<item><title>Dockers accept pay offer</title><link>" + base().toUtf8() + "/full/" + guid + "</link><guid>" + guid +
               "</guid><pubDate>Thu, 12 Mar 2026 09:00:00 GMT</pubDate><description>Dockers vote yes.</description>"
               "<content:encoded><![CDATA[" + longArticle() + "]]></content:encoded></item>";
    }

    QByteArray summaryItem(const QByteArray &guid, const QByteArray &path) const
    {
        return "<item><title>Calloway completes Kestrel deal</title><link>" + base().toUtf8() + path + "</link><guid>" + guid +
               "</guid><pubDate>Fri, 13 Mar 2026 10:00:00 GMT</pubDate><description>Calloway Freight has completed its "
               "takeover.</description></item>";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    const QString path = QString::fromLatin1(head.split(' ').value(1));
                    m_asked.append(path);
                    QByteArray status = "200 OK", type = "text/html", body;
                    if (path == QLatin1String("/feed.xml")) {
                        type = "application/rss+xml";
                        body = m_feed;
                    } else if (path.startsWith(QLatin1String("/story"))) {
                        body = "<html><head><meta property=\"og:site_name\" content=\"Quay Daily\"></head><body><article>"
                               "<h1>Calloway completes Kestrel deal</h1><p>Calloway Freight has completed its takeover of Kestrel "
                               "Harbour Group, the companies said on Friday after the regulator cleared the deal.</p><p>The combined "
                               "business will run fourteen terminals on the east coast and employ about six thousand people.</p>"
                               "</article></body></html>";
                    } else {
                        status = "404 Not Found";
                        body = "no";
                    }
                    socket->write("HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    void parsesRssAtomAndOpml()
    {
        QString error;
        const auto rssFeed = FeedParser::parse(rss({fullItem("a1"), summaryItem("b2", "/story/1")}), &error);
        QVERIFY2(rssFeed, qPrintable(error));
        QCOMPARE(rssFeed->title, QStringLiteral("Quay Daily"));
        QCOMPARE(rssFeed->items.size(), 2);
        QCOMPARE(rssFeed->items.at(0).guid, QStringLiteral("a1"));
        QCOMPARE(rssFeed->items.at(0).published, QDate(2026, 3, 12));
        QVERIFY(FeedParser::carriesArticle(rssFeed->items.at(0)));
        QVERIFY(!FeedParser::carriesArticle(rssFeed->items.at(1)));

        const QByteArray atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Harbour Wire</title>"
                                "<link href=\"https://wire.example/\"/><entry><title>Strike ends</title><id>tag:wire.example,2026:1</id>"
                                "<link rel=\"alternate\" href=\"https://wire.example/strike\"/><published>2026-03-14T08:00:00Z</published>"
                                "<author><name>Ada Moss</name></author><summary>It is over.</summary></entry></feed>";
        const auto atomFeed = FeedParser::parse(atom, &error);
        QVERIFY2(atomFeed, qPrintable(error));
        QCOMPARE(atomFeed->title, QStringLiteral("Harbour Wire"));
        QCOMPARE(atomFeed->items.size(), 1);
        QCOMPARE(atomFeed->items.first().link, QStringLiteral("https://wire.example/strike"));
        QCOMPARE(atomFeed->items.first().author, QStringLiteral("Ada Moss"));
        QCOMPARE(atomFeed->items.first().published, QDate(2026, 3, 14));

        QVERIFY(!FeedParser::parse("<html><body>not a feed</body></html>", &error));
        QVERIFY(error.contains(QStringLiteral("not an RSS or Atom feed")));
        QVERIFY(!FeedParser::parse("<rss><channel><item>", &error));

        const QByteArray opml = "<opml version=\"2.0\"><body><outline text=\"News\"><outline type=\"rss\" xmlUrl=\"https://a.example/feed\"/>"
                                "<outline type=\"rss\" xmlUrl=\"https://b.example/atom\"/></outline></body></opml>";
        QCOMPARE(FeedParser::opmlFeeds(opml, &error), (QStringList{QStringLiteral("https://a.example/feed"), QStringLiteral("https://b.example/atom")}));
    }

    void refreshNeverImportsTwice()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("feeds.sqlite"))).library;
        QVERIFY(lib);
        const qint64 feed = lib->addFeed(base() + QStringLiteral("/feed.xml"));
        QVERIFY(feed > 0);
        QCOMPARE(lib->addFeed(base() + QStringLiteral("/feed.xml")), feed); // subscribing again finds it

        // First refresh: the full item from the feed, the summary item from its link.
        m_feed = rss({fullItem("a1"), summaryItem("b2", "/story/1")});
        m_asked.clear();
        FeedService::Result r = FeedService::refresh(*lib, feed);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.ids.size(), 2);
        QCOMPARE(r.title, QStringLiteral("Quay Daily"));
        QCOMPARE(m_asked, (QStringList{QStringLiteral("/feed.xml"), QStringLiteral("/story/1")})); // not the full item's link
        const std::optional<Article> first = lib->article(r.ids.at(0));
        QVERIFY(first);
        QCOMPARE(first->title, QStringLiteral("Dockers accept pay offer"));
        QCOMPARE(first->published, QDate(2026, 3, 12));
        QCOMPARE(lib->feed(feed)->unread, 2);

        // Again: nothing new.
        r = FeedService::refresh(*lib, feed);
        QCOMPARE(r.ids.size(), 0);
        QCOMPARE(r.known, 2);

        // The same story under a new guid (same link): seen before. A new guid and link with
        // the same text: already in the library.
        m_feed = rss({summaryItem("b2-renamed", "/story/1"), summaryItem("c3", "/story/2")});
        r = FeedService::refresh(*lib, feed);
        QCOMPARE(r.known, 1);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.ids.size(), 0);
        QCOMPARE(lib->articleCount(), 2);

        QVERIFY(lib->markFeedRead(feed));
        QCOMPARE(lib->feed(feed)->unread, 0);
        QCOMPARE(lib->feedArticles(feed).size(), 2);
    }

    void aFeedOfAHundredThousandItemsIsTakenInSteps()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("huge-feed.sqlite"))).library;
        QVERIFY(lib);
        // Summary items whose pages are gone: each is tried, none is stored.
        QByteArray items;
        items.reserve(100000 * 120);
        for (int i = 0; i < 100000; ++i)
            items += "<item><guid>g" + QByteArray::number(i) + "</guid><title>Item " + QByteArray::number(i) +
                     "</title><link>" + base().toLatin1() + "/gone/" + QByteArray::number(i) + "</link></item>";
        m_feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flood</title>" + items + "</channel></rss>";
        const qint64 feed = lib->addFeed(base() + QStringLiteral("/feed.xml"));
        QElapsedTimer clock;
        clock.start();
        const FeedService::Result r = FeedService::refresh(*lib, feed);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.skipped.size(), FeedService::kMaxNewItems); // tried, each with its reason
        QCOMPARE(r.postponed, 100000 - FeedService::kMaxNewItems);
        QVERIFY(r.skipped.first().contains(QStringLiteral("404")) || r.skipped.first().contains(QStringLiteral("Not Found")));
        qInfo() << "a 100,000-item feed refreshed in" << clock.elapsed() << "ms";
        QVERIFY(clock.elapsed() < 60000);
        QCOMPARE(lib->articleCount(), 0);
    }

    void aBrokenFeedIsRecordedWithItsReason()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("broken.sqlite"))).library;
        QVERIFY(lib);
        const qint64 feed = lib->addFeed(base() + QStringLiteral("/missing.xml"));
        const FeedService::Result r = FeedService::refresh(*lib, feed);
        QVERIFY(r.error.contains(QStringLiteral("404")));
        QVERIFY(lib->feed(feed)->lastError.contains(QStringLiteral("404")));
        QVERIFY(lib->feed(feed)->lastChecked.isValid());
    }
};

QTEST_MAIN(TestFeeds)
#include "tst_feeds.moc"
