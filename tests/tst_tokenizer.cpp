// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"

#include <QTest>

using namespace Parallax;

// Comparison keys: the same figure or word written differently gives the same key.
class TestTokenizer final : public QObject
{
    Q_OBJECT

    static QStringList keys(const QString &text)
    {
        Tokenizer t(QStringLiteral("en"));
        QStringList out;
        for (const Token &tok : t.tokenize(text))
            out.append(tok.key);
        return out;
    }

private Q_SLOTS:
    void sameKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("bn suffix and billion") << QStringLiteral("$600bn") << QStringLiteral("$600 billion");
        QTest::newRow("dollars spelled out") << QStringLiteral("$600bn") << QStringLiteral("600 billion dollars");
        QTest::newRow("per cent and %") << QStringLiteral("12 per cent") << QStringLiteral("12%");
        QTest::newRow("percent") << QStringLiteral("12 percent") << QStringLiteral("12%");
        QTest::newRow("m and million") << QStringLiteral("£4.2m") << QStringLiteral("£4.2 million");
        QTest::newRow("pounds spelled out") << QStringLiteral("£482bn") << QStringLiteral("482 billion pounds");
        QTest::newRow("thousands separator") << QStringLiteral("50,000 chips") << QStringLiteral("50000 chips");
        QTest::newRow("initialism and plain") << QStringLiteral("the U.S. market") << QStringLiteral("the US market");
        QTest::newRow("country phrase") << QStringLiteral("the United States market") << QStringLiteral("the US market");
        QTest::newRow("curly apostrophe") << QStringLiteral("DeepSeek’s model") << QStringLiteral("DeepSeek's model");
        QTest::newRow("inflection") << QStringLiteral("shares falling") << QStringLiteral("share falls");
        QTest::newRow("news synonyms") << QStringLiteral("the firm slid") << QStringLiteral("the company fell");
        QTest::newRow("case") << QStringLiteral("NVIDIA Shares") << QStringLiteral("nvidia shares");
        // A day of a month, however an outlet writes it.
        QTest::newRow("abbreviated month and numeric date") << QStringLiteral("after the Sept. 11 attacks") << QStringLiteral("after the 9/11 attacks");
        QTest::newRow("day before month") << QStringLiteral("on 3 March") << QStringLiteral("on March 3");
        QTest::newRow("full and short month") << QStringLiteral("since January 31") << QStringLiteral("since Jan. 31");
    }
    void sameKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(keys(a), keys(b));
    }

    void differentKeys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("different amount") << QStringLiteral("£4.2m") << QStringLiteral("£4.8m");
        QTest::newRow("different currency") << QStringLiteral("$600bn") << QStringLiteral("£600bn");
        QTest::newRow("different scale") << QStringLiteral("$6m") << QStringLiteral("$6bn");
        QTest::newRow("percent is not a count") << QStringLiteral("17%") << QStringLiteral("17");
        QTest::newRow("another day") << QStringLiteral("on Sept. 11") << QStringLiteral("on Sept. 12");
        QTest::newRow("a lower-case may is no month") << QStringLiteral("it may 5 times") << QStringLiteral("it May 5 times");
        QTest::newRow("pronoun is not the country") << QStringLiteral("good for us") << QStringLiteral("good for US");
    }
    void differentKeys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(keys(a) != keys(b));
    }

    // "1/2/2003" is 2 January to an American reader and 1 February to a British one: no
    // day of a month is read from a numeric date with a year.
    void aNumericDateWithAYearStaysAmbiguous()
    {
        const QStringList k = keys(QStringLiteral("on 1/2/2003 and on 9/11"));
        QVERIFY2(!k.contains(QStringLiteral("@1-2")), qPrintable(k.join(u' ')));
        QVERIFY2(!k.contains(QStringLiteral("@2-2003")), qPrintable(k.join(u' ')));
        QVERIFY2(k.contains(QStringLiteral("@9-11")), qPrintable(k.join(u' ')));
    }

    void figureRangeCoversItsParts()
    {
        const QString text = QStringLiteral("losing almost $600 billion dollars in value");
        Tokenizer t;
        const QList<Token> tokens = t.tokenize(text);
        const auto it = std::find_if(tokens.begin(), tokens.end(), [](const Token &x) { return x.kind == Token::Kind::Number; });
        QVERIFY(it != tokens.end());
        QCOMPARE(text.mid(it->range.start, it->range.length), QStringLiteral("$600 billion dollars"));
    }

    void rangesAreInBodyCoordinates()
    {
        const QString body = QStringLiteral("First sentence. Shares fell 17%.");
        Tokenizer t;
        const QList<Token> tokens = t.tokenize(body, {16, body.size() - 16});
        QCOMPARE(body.mid(tokens.first().range.start, tokens.first().range.length), QStringLiteral("Shares"));
        QCOMPARE(body.mid(tokens.last().range.start, tokens.last().range.length), QStringLiteral("17%"));
    }

    void kinds()
    {
        Tokenizer t;
        const QList<Token> tokens = t.tokenize(QStringLiteral("The chip maker Nvidia lost 17%"));
        QCOMPARE(tokens.size(), 6);
        QCOMPARE(tokens.at(0).kind, Token::Kind::StopWord); // the
        QCOMPARE(tokens.at(1).kind, Token::Kind::Word);     // chip
        QCOMPARE(tokens.at(3).kind, Token::Kind::Name);     // Nvidia
        QCOMPARE(tokens.at(5).kind, Token::Kind::Number);   // 17%
    }

    void numbersInNamesStayOpaque()
    {
        // "1980s" is not 1980 and "H800" is a product name, not a figure.
        QCOMPARE(keys(QStringLiteral("the 1980s")).last(), QStringLiteral("1980s"));
        QVERIFY(!keys(QStringLiteral("H800 chips")).first().startsWith(QLatin1Char('#')));
    }

    void otherLanguagesStem()
    {
        Tokenizer de(QStringLiteral("de"));
        QCOMPARE(de.tokenize(QStringLiteral("Aktien")).first().key, de.tokenize(QStringLiteral("Aktie")).first().key);
    }
};

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
