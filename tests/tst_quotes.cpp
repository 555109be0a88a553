// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "core/comparisonjson.h"

#include <QHashSeed>
#include <QTest>

using namespace Parallax;

// Quotes: every kind of mark, speakers in every usual form, quotes split around "he said",
// and matching the same quote across articles.
class TestQuotes final : public QObject
{
    Q_OBJECT

    static Article article(const QString &body, const QString &outlet = QStringLiteral("Test"))
    {
        Article a;
        a.outlet = outlet;
        a.body = body;
        return a;
    }

private Q_SLOTS:
    void quote_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        auto row = [](const char *name, const char *body, const char *text, const char *speaker) {
            QTest::newRow(name) << QString::fromUtf8(body) << QString::fromUtf8(text) << QString::fromUtf8(speaker);
        };
        row("curly said name", "“We are very pleased with the result,” said Mara Lindqvist.",
            "We are very pleased with the result", "Mara Lindqvist");
        row("curly name said", "“We are very pleased with the result,” Mara Lindqvist said.",
            "We are very pleased with the result", "Mara Lindqvist");
        row("straight marks", "\"Prices will keep rising this year,\" said Tom Reyes.", "Prices will keep rising this year", "Tom Reyes");
        row("single curly", "‘It was a very close vote,’ said Helen Marsh.", "It was a very close vote", "Helen Marsh");
        row("single straight", "'It was a very close vote,' said Helen Marsh.", "It was a very close vote", "Helen Marsh");
        row("guillemets", "«Nous sommes prêts à discuter», a dit Anne Morel. The talks begin today.",
            "Nous sommes prêts à discuter", "");
        row("role after name", "“This is a great day for the port,” said Mara Lindqvist, Calloway’s chief executive.",
            "This is a great day for the port", "Mara Lindqvist");
        row("role before name", "“It is an impressive model,” said OpenAI chief Sam Altman.", "It is an impressive model",
            "Sam Altman");
        row("title", "“We need to be sure that inflation is falling,” said Governor Andrew Bailey.",
            "We need to be sure that inflation is falling", "Andrew Bailey");
        row("told colon", "Ed Husic told ABC News: “There are a lot of questions to answer.”",
            "There are a lot of questions to answer", "Ed Husic");
        row("said colon", "Its founder, Ruth Okafor, said: “This is a victory for every family.”",
            "This is a victory for every family", "Ruth Okafor");
        row("apposition", "Mara Lindqvist, Calloway’s boss, said: “We will keep every terminal open.”",
            "We will keep every terminal open", "Mara Lindqvist");
        row("according to", "According to Marina Zhang, “the firm has shown what is possible with few chips”.",
            "the firm has shown what is possible with few chips", "Marina Zhang");
        row("according to after", "“The firm has shown what is possible,” according to Marina Zhang.",
            "The firm has shown what is possible", "Marina Zhang");
        row("colon introduction", "Mara Lindqvist: “We will keep every terminal open.”", "We will keep every terminal open",
            "Mara Lindqvist");
        row("inside reported clause", "Mrs Justice Harlow said the company had shown “a persistent disregard” for its duties.",
            "a persistent disregard", "Harlow");
        row("pronoun same paragraph",
            "Governor Andrew Bailey spoke after the vote. “We need more evidence that price growth is easing,” he said.",
            "We need more evidence that price growth is easing", "Andrew Bailey");
        row("she said", "Dame Meg Hillier chairs the committee. “I will write to the bank today,” she said.",
            "I will write to the bank today", "Meg Hillier");
        row("unnamed spokeswoman", "“We are very sorry for the disruption,” a spokeswoman said.",
            "We are very sorry for the disruption", "");
        row("company says", "R1 “outperforms other open-source models on many tests”, the Chinese company says.",
            "outperforms other open-source models on many tests", "");
        row("apostrophe inside", "“We don’t expect pricing to be such a sensitive issue,” said Liang Wenfeng.",
            "We don’t expect pricing to be such a sensitive issue", "Liang Wenfeng");
        row("nested marks", "“He told me ‘never again’ after the vote,” said Tom Reyes.",
            "He told me ‘never again’ after the vote", "Tom Reyes");
    }

    void quote()
    {
        QFETCH(QString, body);
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        const Comparison c = Comparer::compare({article(body)});
        QCOMPARE(c.quotes.size(), 1);
        const Quote &q = c.quotes.first();
        QCOMPARE(q.text, text);
        QCOMPARE(body.mid(q.range().start, q.range().length), text);
        QCOMPARE(q.speakerName, speaker);
    }

    // Speakers found beyond the quote's own sentence: cues with abbreviations, the quote
    // before, pronouns further back, role nouns, the paragraph before; and none when unsure.
    void speaker_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("basis");
        auto row = [](const char *name, const char *body, int quote, const char *speaker, const char *basis) {
            QTest::newRow(name) << QString::fromUtf8(body) << quote << QString::fromUtf8(speaker) << QString::fromUtf8(basis);
        };
        row("mr with full stop", "Tom Reyes runs the port. “We will hire more staff,” Mr. Reyes said.", 0, "Reyes", "cue");
        row("senator abbreviation", "“The bill will pass next week,” said Sen. Ada Holloway of Maine.", 0, "Ada Holloway", "cue");
        row("initial", "“We are not done yet,” said Peter J. Aldous.", 0, "Peter J Aldous", "cue");
        row("apposition then verb", "“The tunnel is safe,” Ada Holloway, the transport minister, said on Friday.", 0,
            "Ada Holloway", "cue");
        row("second quote no cue", "“We will hire more staff,” Tom Reyes said. “The port has never been busier.”", 1,
            "Tom Reyes", "context");
        row("next paragraph", "“We will hire more staff,” Tom Reyes said.\n\n“The port has never been busier than this year.”",
            1, "Tom Reyes", "context");
        row("he three paragraphs back", "Governor Andrew Bailey spoke after the vote and he was calm.\n\nRates stay at 5%.\n\n"
            "Markets barely moved.\n\n“We need more evidence that prices are easing,” he said.", 0, "Andrew Bailey", "pronoun");
        row("she skips a man", "Dame Meg Hillier chairs the committee. Mr Tom Reyes answered her questions.\n\n"
            "“I will write to the bank today,” she said.", 0, "Meg Hillier", "pronoun");
        row("the company", "Calloway Freight reported record sales. Shares in Calloway rose and Calloway hired staff.\n\n"
            "“Demand has never been stronger,” the company said.", 0, "Calloway", "role");
        row("participle", "Ada Holloway attacked the plan on Monday, saying it was “a waste of public money and time”.", 0,
            "Ada Holloway", "cue");
        row("open at paragraph end", "“We will hire more staff,” Tom Reyes said. “The port has never been busier and we\n\n"
            "expect more ships next year.”", 1, "Tom Reyes", "context");
        row("cue closing the sentence", "Ada Holloway “felt a duty to act” on the tunnel, Tom Reyes said.", 0, "Tom Reyes", "cue");
        row("apposition before the name", "“The port is busier than ever,” a dock worker, Ada Holloway, told reporters.", 0,
            "Ada Holloway", "cue");
        row("adding after a split cue", "“Enough is enough,” Ada Holloway said to reporters, adding, “We will vote against the bill.”",
            1, "Ada Holloway", "cue");
        row("role before the name", "Labour candidate Ada Holloway spoke on Friday, saying the plan was “a waste of public money”.",
            0, "Ada Holloway", "cue");
        row("unresolved pronoun", "“We will hire more staff,” he said.", 0, "", "unresolved");
        row("unnamed spokeswoman", "“We are sorry for the delay,” a spokeswoman said.", 0, "", "unresolved");
        row("title of a work", "She is the author of a book titled “How Ports Grow Rich Again”.", 0, "", "none");
    }

    void speaker()
    {
        QFETCH(QString, body);
        QFETCH(int, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, basis);
        const Comparison c = Comparer::compare({article(body)});
        QVERIFY(c.quotes.size() > quote);
        const Quote &q = c.quotes.at(quote);
        QCOMPARE(q.shownSpeaker().isEmpty() ? QString() : q.speakerName, speaker);
        QCOMPARE(ComparisonJson::speakerBasisName(q.speakerBasis), basis);
        QVERIFY(speaker.isEmpty() ? q.speakerConfidence == 0.0 : q.speakerConfidence > 0.0);
    }

    void elisionIsNoQuote()
    {
        // “‘bout” is an apostrophe, not a mark that swallows the quote after it.
        const Comparison c = Comparer::compare({article(QStringLiteral(
            "He talked ‘bout the harbour for an hour. “We will hire more staff,” said Tom Reyes."))});
        QCOMPARE(c.quotes.size(), 1);
        QCOMPARE(c.quotes.first().text, QStringLiteral("We will hire more staff"));
        QCOMPARE(c.quotes.first().speakerName, QStringLiteral("Tom Reyes"));
    }

    void notQuotes()
    {
        // A single scare-quoted word and apostrophes are not quotations.
        const Comparison c = Comparer::compare({article(QStringLiteral(
            "The so-called “distillation” method is cheap. Investors’ shares fell. It's the firm's 'moment'."))});
        QVERIFY(c.quotes.isEmpty());
    }

    void splitQuote()
    {
        const QString body = QStringLiteral("“We are pleased with the result,” Mara Lindqvist said, “and we will invest in every terminal.”");
        const Comparison c = Comparer::compare({article(body)});
        QCOMPARE(c.quotes.size(), 1);
        const Quote &q = c.quotes.first();
        QCOMPARE(q.parts.size(), 2);
        QCOMPARE(q.text, QStringLiteral("We are pleased with the result and we will invest in every terminal"));
        QCOMPARE(q.speakerName, QStringLiteral("Mara Lindqvist"));
        QCOMPARE(body.mid(q.parts.at(1).start, q.parts.at(1).length), QStringLiteral("and we will invest in every terminal"));
    }

    // A quote that another article gives twice matches the first of the two, whatever the
    // process's hash seed (candidates are collected in a hash; ties go by position).
    void equalMatchesGoToTheEarlierQuote()
    {
        const Article once = article(QStringLiteral("“We will keep every terminal open,” said Mara Lindqvist."), QStringLiteral("Once"));
        const Article twice = article(QStringLiteral(
            "“We will keep every terminal open,” said Mara Lindqvist on Monday.\n\n"
            "Asked again on Tuesday, she repeated: “We will keep every terminal open.”"), QStringLiteral("Twice"));
        for (int run = 0; run < 8; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            const Comparison c = Comparer::compare({once, twice});
            QCOMPARE(c.quotes.size(), 3);
            QCOMPARE(c.quotes.at(0).matches.size(), 1);
            QCOMPARE(c.quotes.at(0).matches.first().kind, QuoteMatch::Kind::Verbatim);
            QCOMPARE(c.quotes.at(0).matches.first().quote, 1);
        }
        QHashSeed::setDeterministicGlobalSeed();
    }

    // Two quotes count as altered versions of one another only on words that carry meaning,
    // or when the same person says them in sentences aligned with each other.
    void alteredNeedsSharedWords_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("kind"); // of the first quote's match; empty: no match
        QTest::newRow("reworded, meaning words shared")
            << QStringLiteral("“We will rebuild the northern pier within two years,” said Mara Lindqvist.")
            << QStringLiteral("“We will rebuild the old northern pier in two years,” said Mara Lindqvist.") << QStringLiteral("altered");
        QTest::newRow("only small words shared, different speakers")
            << QStringLiteral("Harbour staff were told on Monday. “It is a matter of time for all of us,” said Mara Lindqvist.")
            << QStringLiteral("The ferry strike ended in May. “It is not a question of money for any of them,” said Tom Reyes.")
            << QString();
        QTest::newRow("only small words shared, no speaker")
            << QStringLiteral("“It is up to all of us to be there,” the notice read.")
            << QStringLiteral("“It is for each of them to be on time,” the sign read.") << QString();
        QTest::newRow("only small words shared, same speaker, aligned sentences")
            << QStringLiteral("After the vote on the harbour levy, “it is what it is and we go on,” said Mara Lindqvist of the port board.")
            << QStringLiteral("After the vote on the harbour levy, “it is what it was and we carry on,” said Mara Lindqvist of the port board.")
            << QStringLiteral("altered");
        QTest::newRow("a piece of the longer quote")
            << QStringLiteral("Mara Lindqvist said the port must focus on “winning the contract”.")
            << QStringLiteral("“The port must focus on winning the contract and keeping its crews,” Mara Lindqvist said.")
            << QStringLiteral("truncated");
    }

    void alteredNeedsSharedWords()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, kind);
        const Comparison c = Comparer::compare({article(first, QStringLiteral("First")), article(second, QStringLiteral("Second"))});
        QCOMPARE(c.quotes.size(), 2);
        const QList<QuoteMatch> &matches = c.quotes.first().matches;
        const QList<QuoteMatch> direct = [&] {
            QList<QuoteMatch> out;
            for (const QuoteMatch &m : matches) {
                if (m.quote >= 0)
                    out.append(m);
            }
            return out;
        }();
        QCOMPARE(direct.isEmpty() ? QString() : ComparisonJson::quoteMatchName(direct.first().kind), kind);
    }

    // Two pieces of one long quote each match the long quote, but the Quotes dock does not
    // show one piece as a version of the other: they share no word.
    void piecesOfOneLongQuoteAreNotOneQuote()
    {
        const Article full = article(QStringLiteral(
            "“The closure of the Kestrel yard should be a warning shot for every shipbuilder that we must keep "
            "bidding to survive,” union leader Mara Lindqvist said."), QStringLiteral("Full"));
        const Article pieces = article(QStringLiteral(
            "Union leader Mara Lindqvist called the closure a “warning shot” for shipbuilders, who must keep “bidding to survive”."),
            QStringLiteral("Pieces"));
        const Comparison c = Comparer::compare({full, pieces});
        QCOMPARE(c.quotes.size(), 3);
        for (int piece : {1, 2}) {
            QCOMPARE(c.quotes.at(piece).matches.size(), 1);
            QCOMPARE(c.quotes.at(piece).matches.first().kind, QuoteMatch::Kind::Truncated);
            QCOMPARE(c.quotes.at(piece).matches.first().quote, 0);
        }
        const QList<QList<int>> groups = QuoteExtractor::groups(c);
        QCOMPARE(groups, (QList<QList<int>>{{0, 1}, {2}}));
    }

    void matchesAcrossArticles()
    {
        const Article wire = article(QStringLiteral(
            "Calloway agreed to buy Kestrel. “This is a good day for the port and for everyone who works there,” said Mara Lindqvist.\n\n"
            "“We will keep all 14 terminals open and invest in every one of them,” she added.\n\n"
            "“The deal is fair but full,” said Tom Reyes of Brenner."), QStringLiteral("Wire"));
        const Article rewrite = article(QStringLiteral(
            "Calloway will buy Kestrel. “This is a great day for the port and for everyone who works there,” said Mara Lindqvist.\n\n"
            "“We will keep all 14 terminals open,” she added.\n\n"
            "Tom Reyes of Brenner said the deal was fair but full, and that investors were happy with it."), QStringLiteral("Rewrite"));
        const Comparison c = Comparer::compare({wire, rewrite});
        QCOMPARE(c.quotes.size(), 5);
        auto kindOf = [&](int q) {
            return c.quotes.at(q).matches.isEmpty() ? QString() : ComparisonJson::quoteMatchName(c.quotes.at(q).matches.first().kind);
        };
        QCOMPARE(kindOf(0), QStringLiteral("altered"));
        QCOMPARE(c.quotes.at(0).matches.first().quote, 3);
        QCOMPARE(kindOf(1), QStringLiteral("extended"));
        QCOMPARE(kindOf(4), QStringLiteral("truncated"));
        QCOMPARE(kindOf(2), QStringLiteral("reported"));
        QCOMPARE(c.quotes.at(2).matches.first().quote, -1);
        QCOMPARE(c.quotes.at(2).matches.first().article, 1);
        QCOMPARE(kindOf(3), QStringLiteral("altered"));
        // Straight and curly marks, different punctuation: the same words, verbatim.
        const Comparison v = Comparer::compare({article(QStringLiteral("“We are very sorry for the disruption,” a spokeswoman said.")),
                                                article(QStringLiteral("\"We are very sorry for the disruption.\" a spokeswoman said."))});
        QCOMPARE(v.quotes.size(), 2);
        QCOMPARE(v.quotes.at(0).matches.size(), 1);
        QCOMPARE(v.quotes.at(0).matches.first().kind, QuoteMatch::Kind::Verbatim);
    }
};

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
