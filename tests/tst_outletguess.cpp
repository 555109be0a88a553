// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/outletguess.h"
#include "importers/textimporter.h"

#include <QTest>

using namespace Parallax;

// Files with no header lines: the outlet is inferred from what the text and its place say,
// and the article records how; when nothing says, it stays unknown and is shown as
// "Unknown outlet (file name)".
class TestOutletGuess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void infers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("source");
        const QString body =
            QStringLiteral("Calloway Freight agreed to buy Kestrel Harbour on Friday for a sum the "
                           "board called fair.\n\nShares rose 12.4% in early trading.\n\n");
        const QString path = QStringLiteral("/news/inbox/story.txt");
        QTest::newRow("stated in a header line")
            << QStringLiteral("outlet: Quay Daily\n\n") + body << path
            << QStringLiteral("Quay Daily") << QString();
        QTest::newRow("byline with employer")
            << QStringLiteral("Calloway buys Kestrel Harbour\nBy Ann Lee, The Daily Quay\n\n") +
                   body
            << path << QStringLiteral("The Daily Quay") << QStringLiteral("byline");
        QTest::newRow("byline with role, then employer")
            << QStringLiteral("Calloway buys Kestrel Harbour\nBy Ann Lee, Business reporter, "
                              "Harbour Times\n\n") +
                   body
            << path << QStringLiteral("Harbour Times") << QStringLiteral("byline");
        QTest::newRow("byline with a role only")
            << QStringLiteral("Calloway buys Kestrel Harbour\nBy Ann Lee, Business reporter\n\n") +
                   body
            << path << QString() << QString();
        QTest::newRow("copyright line")
            << body + QStringLiteral("\u00a9 2026 Harbour Times Ltd. All rights reserved.") << path
            << QStringLiteral("Harbour Times") << QStringLiteral("text");
        QTest::newRow("source link, known domain")
            << body + QStringLiteral("Source: https://www.bbc.co.uk/news/business-123") << path
            << QStringLiteral("BBC") << QStringLiteral("link");
        QTest::newRow("source link, other domain")
            << body + QStringLiteral("Source: https://www.quaydaily.example/story/1") << path
            << QStringLiteral("quaydaily.example") << QStringLiteral("link");
        QTest::newRow("wire dateline") << QStringLiteral("LONDON (Reuters) - ") + body << path
                                       << QStringLiteral("Reuters") << QStringLiteral("text");
        QTest::newRow("an outlet speaking of its own reporting")
            << body + QStringLiteral("A spokesman told the BBC the deal was fair.") << path
            << QStringLiteral("BBC") << QStringLiteral("text");
        QTest::newRow("folder named after an outlet")
            << body << QStringLiteral("/news/the-guardian/story.txt")
            << QStringLiteral("The Guardian") << QStringLiteral("folder");
        QTest::newRow("folder named after a story")
            << body << QStringLiteral("/news/deepseek-2025-01-28/000_1baeb.txt") << QString()
            << QString();
        QTest::newRow("a name in passing is no clue")
            << body + QStringLiteral("Reuters and the BBC reported it first.") << path << QString()
            << QString();
    }

    void infers() {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, outlet);
        QFETCH(QString, source);
        const ImportResult read = TextImporter::parseText(text, path, false);
        QVERIFY(read.ok());
        QCOMPARE(read.article->outlet, outlet);
        QCOMPARE(Article::sourceCode(read.article->outletSource), source);
        QCOMPARE(read.article->outletInferred(), !source.isEmpty());
    }

    void unknownOutletIsShownWithTheFileName() {
        const ImportResult read = TextImporter::parseText(
            QStringLiteral("Shares rose 12.4% in early trading on Friday, the exchange said."),
            QStringLiteral("/news/inbox/000_1baeb73f.txt"), false);
        QVERIFY(read.ok());
        QVERIFY(read.article->outlet.isEmpty());
        QCOMPARE(read.article->displayName(), QStringLiteral("Unknown outlet (000_1baeb73f)"));
        QCOMPARE(read.article->shortName(), QStringLiteral("000_1baeb73f"));
    }

    void shortNames_data() {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("short stays") << QStringLiteral("BBC") << QStringLiteral("BBC");
        QTest::newRow("leading article dropped when long")
            << QStringLiteral("The Meridian Ledger") << QStringLiteral("Meridian Ledger");
        QTest::newRow("long elided") << QStringLiteral("South China Morning Post")
                                     << QStringLiteral("South China Morni\u2026");
    }

    void shortNames() {
        QFETCH(QString, outlet);
        QFETCH(QString, shortName);
        Article a;
        a.outlet = outlet;
        QCOMPARE(a.shortName(), shortName);
    }

    void addresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("subdomain of a known outlet")
            << QStringLiteral("https://news.bbc.co.uk/x") << QStringLiteral("BBC");
        QTest::newRow("www dropped")
            << QStringLiteral("http://www.quay.example/a") << QStringLiteral("quay.example");
        QTest::newRow("not a web address") << QStringLiteral("file:///tmp/a.txt") << QString();
        QTest::newRow("lookalike domain is not the outlet")
            << QStringLiteral("https://notbbc.com/a") << QStringLiteral("notbbc.com");
    }

    void addresses() {
        QFETCH(QString, address);
        QFETCH(QString, outlet);
        QCOMPARE(OutletGuess::outletOfAddress(address), outlet);
    }
};

QTEST_APPLESS_MAIN(TestOutletGuess)
#include "tst_outletguess.moc"
