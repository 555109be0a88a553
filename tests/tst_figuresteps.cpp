// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figurelexicon.h"
#include "core/figuresteps.h"

#include <QTest>

using namespace Parallax;
using namespace Parallax::FigureSteps;

// The steps of FigureExtractor::extract called one at a time, and the lexicon they read by
// (tst_figures sees the same steps through what extract() returns).
class TestFigureSteps final : public QObject {
    Q_OBJECT

    // The candidates of one sentence and, with `kinds`, what step 2 makes of each.
    static QString stepsOf(const QString &sentence, bool kinds) {
        const Words words = SentenceWord::split(sentence);
        const QList<Candidate> candidates =
            FigureSteps::candidatesIn(sentence, words, hasNumberWords(words), false);
        const QList<std::optional<Kept>> kept = FigureSteps::classify(sentence, words, candidates);
        QStringList out;
        for (int i = 0; i < candidates.size(); ++i) {
            const Candidate &c = candidates.at(i);
            QString text = sentence.mid(c.start, c.end - c.start);
            if (kinds)
                text += !kept.at(i)                                 ? QStringLiteral(" -")
                        : kept.at(i)->kind == Figure::Kind::Money   ? QStringLiteral(" money")
                        : kept.at(i)->kind == Figure::Kind::Percent ? QStringLiteral(" percent")
                                                                    : QStringLiteral(" count");
            out.append(text);
        }
        return out.join(QStringLiteral(" | "));
    }

private Q_SLOTS:
    void lexicon_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a set") << "[up-words]\nrose\n# a comment\nsoared\n"
                               << "up 2";
        QTest::newRow("a map") << "[currency-words]\nquid = GBP\n"
                               << "quid GBP";
        QTest::newRow("a scale") << "[scales]\nlakh = 1e5\n"
                                 << "lakh 100000";
        QTest::newRow("qualifiers keep their order")
            << "[qualifiers]\nmore than = more than\nover = over\n"
            << "more+than>more than, over>over";
        QTest::newRow("a measure and its phrases")
            << "[measures]\nfine ; money percent ; fine|fined|penalty charge\n"
            << "fine money percent 3; penalty: penalty charge";
    }
    void lexicon() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const FigureLexicon lex = FigureLexicon::parse(text);
        QString found;
        if (!lex.upWords.isEmpty())
            found = QStringLiteral("up %1").arg(lex.upWords.size());
        for (auto it = lex.currencyWords.cbegin(); it != lex.currencyWords.cend(); ++it)
            found = it.key() + u' ' + it.value();
        for (auto it = lex.scales.cbegin(); it != lex.scales.cend(); ++it)
            found = it.key() + u' ' + QString::number(it.value(), 'f', 0);
        QStringList qualifiers;
        for (const FigureLexicon::Qualifier &q : lex.qualifiers)
            qualifiers.append(q.words.join(u'+') + u'>' + q.name);
        if (!qualifiers.isEmpty())
            found = qualifiers.join(QStringLiteral(", "));
        if (!lex.measures.isEmpty()) {
            const FigureLexicon::MeasureRule &m = lex.measures.first();
            found = QStringLiteral("%1%2%3 %4; penalty: %5")
                        .arg(m.measure, m.money ? QStringLiteral(" money") : QString(),
                             m.percent ? QStringLiteral(" percent") : QString())
                        .arg(m.phrases.size())
                        .arg(lex.measurePhrases.value(QStringLiteral("penalty"))
                                 .first()
                                 .second.join(u' '));
        }
        QCOMPARE(found, expected);
    }

    // The English lexicon is compiled in and whole.
    void englishLexicon() {
        const FigureLexicon &en = FigureLexicon::english();
        QCOMPARE(en.scales.value(QStringLiteral("bn")), 1e9);
        QCOMPARE(en.currencyWords.value(QStringLiteral("yuan")), QStringLiteral("CNY"));
        QCOMPARE(en.qualifiers.first().name,
                 QStringLiteral("more than")); // "in excess of", the longest
        QCOMPARE(en.measures.first().measure, QStringLiteral("market value"));
        QCOMPARE(en.smallNumbers.value(QStringLiteral("ninety")), 90);
        QVERIFY(en.indexNames.contains(QStringLiteral("FTSE")));
        QVERIFY(en.commaDecimalLanguages.contains(QStringLiteral("de")));
    }

    // Step 1: where each number written like a figure starts and ends.
    void candidates_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("symbol and scale") << "Nvidia lost $600bn on Monday."
                                          << "$600bn";
        QTest::newRow("per cent") << "Shares fell 12 per cent."
                                  << "12 per cent";
        QTest::newRow("words with a scale") << "It raised two million dollars."
                                            << "two million dollars";
        QTest::newRow("a year is a candidate too") << "In 2024 it hired 300 staff."
                                                   << "2024 | 300";
    }
    void candidates() {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(stepsOf(sentence, false), expected);
    }

    // Step 2: what each candidate is, or that it is no figure.
    void classify_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money and percent") << "Shares fell 12% and $600bn was lost."
                                           << "12% percent | $600bn money";
        QTest::newRow("a year is no figure") << "In 2024 it hired 300 staff."
                                             << "2024 - | 300 count";
        QTest::newRow("a duration is no count") << "It took 3 years."
                                                << "3 -";
    }
    void classify() {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(stepsOf(sentence, true), expected);
    }

    // Step 4: a money figure right after another in a different currency, linked by a
    // bracket or "or", converts it.
    void conversions_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("converted"); // convertedFrom of the second figure
        QTest::newRow("in brackets") << "$600bn (£482bn)"
                                     << "$600bn"
                                     << "£482bn" << 0;
        QTest::newRow("with or") << "£3bn, or $3.6bn"
                                 << "£3bn"
                                 << "$3.6bn" << 0;
        QTest::newRow("in brackets with about") << "£3bn (about $3.6bn)"
                                                << "£3bn"
                                                << "$3.6bn" << 0;
        QTest::newRow("same currency") << "$2.9bn or $3.5bn"
                                       << "$2.9bn"
                                       << "$3.5bn" << -1;
        QTest::newRow("other words between") << "£3bn and Orwell paid $4bn"
                                             << "£3bn"
                                             << "$4bn" << -1;
    }
    void conversions() {
        QFETCH(QString, body);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(int, converted);
        QList<Figure> figures;
        for (const QString &text : {first, second}) {
            Figure f;
            f.kind = Figure::Kind::Money;
            f.text = text;
            f.range =
                TextRange{body.indexOf(text, figures.isEmpty() ? 0 : figures.first().range.end()),
                          text.size()};
            f.unit = text.startsWith(u'$') ? QStringLiteral("USD") : QStringLiteral("GBP");
            f.entity = figures.isEmpty() ? QStringLiteral("Kestrel") : QString();
            figures.append(f);
        }
        pairConversions(figures, 0, body);
        QCOMPARE(figures.at(1).convertedFrom, converted);
        QCOMPARE(figures.at(1).entity, converted == 0 ? QStringLiteral("Kestrel") : QString());
    }
};

QTEST_GUILESS_MAIN(TestFigureSteps)
#include "tst_figuresteps.moc"
