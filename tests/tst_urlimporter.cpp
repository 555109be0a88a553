// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/urlimporter.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Parallax;

// A small HTTP/1.0 server on 127.0.0.1 for the tests: each path answers in its own way.
class LocalServer final : public QTcpServer
{
public:
    QStringList requested; // paths asked for, in order

    LocalServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->peek(4096);
                    if (!head.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QString path = QString::fromLatin1(head.split(' ').value(1));
                    requested.append(path);
                    answer(socket, path);
                });
            }
        });
    }

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path)); }

private:
    static void send(QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body,
                     const QByteArray &extra = {})
    {
        socket->write("HTTP/1.0 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket, const QString &path)
    {
        if (path == QLatin1String("/article")) {
            send(socket, "200 OK", "text/html; charset=utf-8",
                 "<html lang=\"en\"><head><title>Vote | Quay Daily</title><meta property=\"og:site_name\" content=\"Quay Daily\">"
                 "<script src=\"/tracker.js\"></script></head><body><article><h1>Dockers accept pay offer</h1>"
                 "<p>Dock workers at Kestrel Harbour voted on Thursday to accept the pay offer that ended three weeks of strikes.</p>"
                 "<img src=\"/photo.jpg\"><p>The union said members wanted a return to normal working after a long dispute.</p>"
                 "</article></body></html>");
        } else if (path.startsWith(QLatin1String("/redirect/"))) {
            const int left = path.mid(10).toInt();
            const QByteArray to = left > 1 ? "/redirect/" + QByteArray::number(left - 1) : QByteArray("/article");
            send(socket, "302 Found", "text/plain", "moved", "Location: " + to + "\r\n");
        } else if (path == QLatin1String("/big")) {
            // Announces 25 MB (and would send them).
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 26214400\r\n\r\n");
            socket->write(QByteArray(1024 * 1024, 'x'));
        } else if (path == QLatin1String("/big-unannounced")) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n");
            for (int i = 0; i < 3; ++i)
                socket->write(QByteArray(1024 * 1024, 'x'));
            socket->disconnectFromHost();
        } else if (path == QLatin1String("/slow")) {
            // Never answers.
        } else if (path == QLatin1String("/image")) {
            send(socket, "200 OK", "image/png", "\x89PNG\r\n\x1a\n");
        } else {
            send(socket, "404 Not Found", "text/plain", "no such page");
        }
    }
};

class TestUrlImporter final : public QObject
{
    Q_OBJECT

    LocalServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void importsAnArticleAndNothingElse()
    {
        m_server.requested.clear();
        const ImportResult r = UrlImporter::fetch(m_server.url(QStringLiteral("/article")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->title, QStringLiteral("Dockers accept pay offer"));
        QCOMPARE(r.article->outlet, QStringLiteral("Quay Daily"));
        QCOMPARE(r.article->url, m_server.url(QStringLiteral("/article")).toString());
        QVERIFY(r.article->body.contains(QStringLiteral("voted on Thursday")));
        QTest::qWait(300);
        QCOMPARE(m_server.requested, QStringList{QStringLiteral("/article")}); // no script, no image
    }

    void followsUpToFiveRedirects()
    {
        const ImportResult ok = UrlImporter::fetch(m_server.url(QStringLiteral("/redirect/5")));
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.article->url, m_server.url(QStringLiteral("/article")).toString());
        const ImportResult tooMany = UrlImporter::fetch(m_server.url(QStringLiteral("/redirect/6")));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.error.contains(QStringLiteral("more than 5 redirects")), qPrintable(tooMany.error));
    }

    void limitsAndErrorsGiveReasons()
    {
        UrlImporter::Limits quick;
        quick.timeoutMs = 1500;
        const ImportResult slow = UrlImporter::fetch(m_server.url(QStringLiteral("/slow")), quick);
        QVERIFY(!slow.ok());
        QVERIFY2(slow.error.contains(QStringLiteral("did not answer")), qPrintable(slow.error));

        const ImportResult big = UrlImporter::fetch(m_server.url(QStringLiteral("/big")));
        QVERIFY(!big.ok());
        QVERIFY2(big.error.contains(QStringLiteral("larger than")), qPrintable(big.error));

        UrlImporter::Limits small;
        small.maxBytes = 1024 * 1024;
        const ImportResult unannounced = UrlImporter::fetch(m_server.url(QStringLiteral("/big-unannounced")), small);
        QVERIFY(!unannounced.ok());
        QVERIFY2(unannounced.error.contains(QStringLiteral("larger than")), qPrintable(unannounced.error));

        const ImportResult missing = UrlImporter::fetch(m_server.url(QStringLiteral("/gone")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("404")), qPrintable(missing.error));

        const ImportResult image = UrlImporter::fetch(m_server.url(QStringLiteral("/image")));
        QVERIFY(!image.ok());
        QVERIFY2(image.error.contains(QStringLiteral("image/png")), qPrintable(image.error));

        QVERIFY(!UrlImporter::fetch(QUrl(QStringLiteral("ftp://127.0.0.1/a"))).ok());
    }
};

QTEST_MAIN(TestUrlImporter)
#include "tst_urlimporter.moc"
