// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text.h"

#include <QTest>

using namespace Parallax;

// The folding that decides what counts as "the same text".
class TestText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparisonForm_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("curly and straight quotes") << QStringLiteral("“a wake-up call”")
                                                   << QStringLiteral("\"a wake-up call\"") << true;
        QTest::newRow("apostrophes") << QStringLiteral("DeepSeek’s claim") << QStringLiteral("DeepSeek's claim") << true;
        QTest::newRow("en dash and hyphen") << QStringLiteral("cost – raising") << QStringLiteral("cost - raising") << true;
        QTest::newRow("case") << QStringLiteral("Shares In Nvidia") << QStringLiteral("shares in nvidia") << true;
        QTest::newRow("whitespace runs and line breaks") << QStringLiteral("fell\n  sharply")
                                                         << QStringLiteral("fell sharply") << true;
        QTest::newRow("composed and decomposed accents") << QStringLiteral("caf\u00E9") << QStringLiteral("cafe\u0301") << true;
        QTest::newRow("different figure") << QStringLiteral("£482bn") << QStringLiteral("£483bn") << false;
        QTest::newRow("different word") << QStringLiteral("shares fell") << QStringLiteral("shares rose") << false;
    }
    void comparisonForm()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(Text::comparisonForm(a) == Text::comparisonForm(b), same);
        QCOMPARE(Text::contentHash(a) == Text::contentHash(b), same);
    }

    void newlines()
    {
        QCOMPARE(Text::normaliseNewlines(QStringLiteral("\uFEFFa\r\nb\rc\n")), QStringLiteral("a\nb\nc\n"));
    }

    void searchSnippet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("prefixes");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("whole short text") << QStringLiteral("Shares rose 4%.") << QStringList{QStringLiteral("rose")} << 16
                                          << QStringLiteral("Shares [rose] 4%.");
        QTest::newRow("prefix, any case") << QStringLiteral("Harbour HARBOURS harbourmaster") << QStringList{QStringLiteral("harb")} << 16
                                          << QStringLiteral("[Harbour] [HARBOURS] [harbourmaster]");
        QTest::newRow("accents ignored both ways") << QStringLiteral("Le café de Zürich") << QStringList{QStringLiteral("cafe"), QStringLiteral("zür")} << 16
                                                   << QStringLiteral("Le [café] de [Zürich]");
        QTest::newRow("densest window, cut both ends")
            << QStringLiteral("one two three four five six seven eight nine ten") << QStringList{QStringLiteral("six"), QStringLiteral("seven")} << 3
            << QStringLiteral("\u2026five [six] [seven]\u2026");
        QTest::newRow("no match: the start") << QStringLiteral("alpha beta gamma delta") << QStringList{QStringLiteral("zeta")} << 2
                                            << QStringLiteral("alpha beta\u2026");
        QTest::newRow("inside a word is no match") << QStringLiteral("seaport") << QStringList{QStringLiteral("port")} << 4
                                                  << QStringLiteral("seaport");
        QTest::newRow("newlines folded") << QStringLiteral("first\n\nsecond") << QStringList{QStringLiteral("second")} << 4
                                        << QStringLiteral("first [second]");
    }
    void searchSnippet()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, prefixes);
        QFETCH(int, words);
        QFETCH(QString, snippet);
        QCOMPARE(Text::searchSnippet(text, prefixes, words), snippet);
    }

    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("plain") << QStringLiteral("Shares fell sharply.") << 3;
        QTest::newRow("figures stay whole") << QStringLiteral("It fell 0.46% to $2.9tn, or 1,234 points.") << 8;
        QTest::newRow("initialism and apostrophe") << QStringLiteral("The U.S. firm’s chips") << 4;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("punctuation only") << QStringLiteral(" – … ") << 0;
    }
    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(Text::countWords(text), words);
    }

    void fileNameStem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("stem");
        QTest::newRow("money keeps its sign and point") << QStringLiteral("Calloway agrees £3.1bn harbour takeover")
                                                        << QStringLiteral("Calloway agrees £3.1bn harbour takeover");
        QTest::newRow("percent, comma, apostrophe") << QStringLiteral("Brenner’s shares fall 4.5%, the most since 2019")
                                                    << QStringLiteral("Brenner’s shares fall 4.5%, the most since 2019");
        QTest::newRow("accents and other scripts") << QStringLiteral("Börse: Kurse fallen – 深度求索")
                                                   << QStringLiteral("Börse Kurse fallen – 深度求索");
        QTest::newRow("path and shell characters become spaces") << QStringLiteral("Harbour/port sale: \"done\"? <yes> | no*")
                                                                 << QStringLiteral("Harbour port sale done yes no");
        QTest::newRow("no hidden file, no trailing dot") << QStringLiteral("...and the harbour was sold...")
                                                         << QStringLiteral("and the harbour was sold");
        QTest::newRow("line breaks and tabs") << QStringLiteral("Harbour\n\tsold") << QStringLiteral("Harbour sold");
        QTest::newRow("cut at a word") << QStringLiteral("Calloway agrees to buy the Kestrel harbour for £3.1bn after a long fight over the port")
                                       << QStringLiteral("Calloway agrees to buy the Kestrel harbour for £3.1bn after");
        QTest::newRow("only forbidden characters") << QStringLiteral("/:*?") << QString();
    }
    void fileNameStem()
    {
        QFETCH(QString, title);
        QFETCH(QString, stem);
        QCOMPARE(Text::fileNameStem(title), stem);
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
