// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "core/comparisonjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Parallax;

// The engine on hand-made coverage: moved, split, merged, reworded and unique sentences.
class TestComparer final : public QObject
{
    Q_OBJECT

    static Article article(const QString &outlet, const QStringList &sentences, const QDate &date = {})
    {
        Article a;
        a.outlet = outlet;
        a.title = outlet;
        a.body = sentences.join(QStringLiteral("\n\n"));
        a.published = date;
        a.language = QStringLiteral("en");
        return a;
    }

    // The alignment of `pair` that contains sentence `s` of side a (or nullptr).
    static const Alignment *withA(const PairComparison &pair, int s)
    {
        for (const Alignment &al : pair.alignments) {
            if (al.a.contains(s))
                return &al;
        }
        return nullptr;
    }

    static bool alignedB(const PairComparison &pair, int s)
    {
        for (const Alignment &al : pair.alignments) {
            if (al.b.contains(s))
                return true;
        }
        return false;
    }

    const QStringList m_wire{
        QStringLiteral("Calloway Freight agreed to buy the Kestrel harbour operator for £3.1bn on Tuesday."),
        QStringLiteral("The deal, the largest in the port's history, still needs approval from regulators."),
        QStringLiteral("Shares in Calloway rose 12.4% after the announcement, while the FTSE 100 index fell 0.8%."),
        QStringLiteral("“This is a good day for the port,” said chief executive Mara Lindqvist."),
        QStringLiteral("The harbour handles 40,000 containers a week."),
        QStringLiteral("Unions said they would seek talks on jobs at the terminal."),
    };
    const QStringList m_rewrite{
        QStringLiteral("Shares in Calloway jumped 12.4% following the news."),
        QStringLiteral("The FTSE 100 index slipped 0.8% on the day."),
        QStringLiteral("On Tuesday Calloway Freight agreed a £3.1bn deal to purchase the operator of the Kestrel harbour."),
        QStringLiteral("\"This is a good day for the port\", said chief executive Mara Lindqvist."),
        QStringLiteral("Regulators must still approve the deal, the biggest in the history of the port, and unions said they would seek talks on terminal jobs."),
        QStringLiteral("Calloway also owns the Osprey ferry line and 12 warehouses."),
        QStringLiteral("Mara Lindqvist joined from a rival operator in 2019."),
    };

private Q_SLOTS:
    void movedParagraphIsMarkedMoved()
    {
        const QStringList sentences{
            QStringLiteral("Calloway Freight agreed to buy Kestrel Harbour Group on Tuesday."),
            QStringLiteral("The harbour employs six thousand dockers along the estuary."),
            QStringLiteral("Union leaders asked for written guarantees about pensions."),
            QStringLiteral("Regulators will review the takeover before the summer recess.")};
        const QStringList moved{sentences.at(2), sentences.at(0), sentences.at(1), sentences.at(3)};
        const Comparison c = Comparer::compare({article(QStringLiteral("A"), sentences), article(QStringLiteral("B"), moved)});
        const PairComparison &pair = c.pairs.first();
        QCOMPARE(pair.alignments.size(), 4);
        for (const Alignment &al : pair.alignments)
            QCOMPARE(al.moved, al.a.first() == 2); // only the union sentence changed its place
        QVERIFY(c.articles.at(0).sentences.at(2).links.first().moved);
        QVERIFY(!c.articles.at(0).sentences.at(0).links.first().moved);
    }

    void alignsRewrites()
    {
        const Comparison c = Comparer::compare({article(QStringLiteral("Wire"), m_wire), article(QStringLiteral("Rewrite"), m_rewrite)});
        QCOMPARE(c.pairs.size(), 1);
        const PairComparison &p = c.pairs.first();

        // Moved and reworded.
        const Alignment *moved = withA(p, 0);
        QVERIFY(moved);
        QCOMPARE(moved->b, QList<int>{2});
        QCOMPARE(moved->kind, AlignmentKind::Reworded);

        // Split: one wire sentence became two.
        const Alignment *split = withA(p, 2);
        QVERIFY(split);
        QCOMPARE(split->a, QList<int>{2});
        QCOMPARE(split->b, (QList<int>{0, 1}));
        QCOMPARE(split->kind, AlignmentKind::Reworded);

        // Quote with other punctuation: the same keys, so verbatim.
        const Alignment *quote = withA(p, 3);
        QVERIFY(quote);
        QCOMPARE(quote->b, QList<int>{3});
        QCOMPARE(quote->kind, AlignmentKind::Verbatim);

        // Merge: two wire sentences became one.
        const Alignment *merged = withA(p, 1);
        QVERIFY(merged);
        QCOMPARE(merged->a, (QList<int>{1, 5}));
        QCOMPARE(merged->b, QList<int>{4});

        // Only one outlet has these; the sentence that shares only a name does not align.
        QVERIFY(!withA(p, 4));
        QVERIFY(!alignedB(p, 5));
        QVERIFY(!alignedB(p, 6));
        QVERIFY(c.articles.at(0).sentences.at(4).isUnique());
        QVERIFY(c.articles.at(1).sentences.at(6).isUnique());
    }

    // Independent coverage: two outlets word one fact differently; the figure they share
    // anchors an alignment, partial, with the figure as what they share (issue 14).
    void sharedFigureAnchorsAPartialAlignment()
    {
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {QStringLiteral("The chip maker Nvidia lost almost $600bn of its market value on Monday, the biggest one-day fall in US history."),
                                          QStringLiteral("The Chinese startup released its model last week."),
                                          QStringLiteral("Analysts expect more volatility.")}),
            article(QStringLiteral("B"), {QStringLiteral("Investors wiped some $600bn off the value of Nvidia as panic spread through Wall Street."),
                                          QStringLiteral("The app topped download charts in Britain and America."),
                                          QStringLiteral("Regulators in Italy asked questions about privacy.")}),
        });
        const PairComparison &p = c.pairs.first();
        QCOMPARE(p.alignments.size(), 1);
        const Alignment &al = p.alignments.first();
        QCOMPARE(al.a, QList<int>{0});
        QCOMPARE(al.b, QList<int>{0});
        QCOMPARE(al.kind, AlignmentKind::Partial);
        const auto figure = std::find_if(al.basis.shared.cbegin(), al.basis.shared.cend(), [](const AlignmentBasis::Item &i) {
            return i.code == AlignmentBasis::Code::Figure;
        });
        QVERIFY(figure != al.basis.shared.cend());
        QCOMPARE(c.articles.at(0).textOf(*figure->a), QStringLiteral("$600bn"));
        QCOMPARE(c.articles.at(1).textOf(*figure->b), QStringLiteral("$600bn"));
    }

    // Two reports of one amount that differ a little (a revision, a rounder figure) tell one
    // fact: the sentences align as partial and the two figures are the difference. A small
    // count ("19 people", "20 people") is too common a number to anchor anything.
    void aNearFigureAnchorsAPartialAlignment()
    {
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {QStringLiteral("Payrolls grew by 235,000 in August, down from 943,000 jobs added in July."),
                                          QStringLiteral("The unemployment rate fell as more people found work."),
                                          QStringLiteral("Nineteen people were hurt in a crash on the ring road.")}),
            article(QStringLiteral("B"), {QStringLiteral("It was a big drop from July, when 1 million jobs were created."),
                                          QStringLiteral("Restaurants and bars hired fewer workers than in spring."),
                                          QStringLiteral("Police said 20 people were taken to hospital after the storm.")}),
        });
        const PairComparison &p = c.pairs.first();
        const Alignment *al = withA(p, 0);
        QVERIFY(al);
        QCOMPARE(al->b, QList<int>{0});
        QCOMPARE(al->kind, AlignmentKind::Partial);
        // One changed figure, paired by value: not the sentence's first count, "235,000".
        QStringList changed;
        for (const AlignmentBasis::Item &i : al->basis.differs) {
            if (i.code == AlignmentBasis::Code::Figure && i.a && i.b)
                changed.append(c.articles.at(0).textOf(*i.a) + QStringLiteral(" -> ") + c.articles.at(1).textOf(*i.b));
        }
        QCOMPARE(changed, QStringList{QStringLiteral("943,000 -> 1 million")});
        QVERIFY(!withA(p, 2));
    }

    // An independent report tells its main fact in the lead and again in the next sentence:
    // the other report's sentence is aligned with the lead and, as a second partner, with
    // the echo; that is no copying, and a sentence with no shared fact gets no partner.
    void factToldTwiceGetsASecondPartner()
    {
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {QStringLiteral("Acme Corp said on Monday it would cut 1,200 jobs at its Leeds plant, blaming weak demand for tractors."),
                                          QStringLiteral("The 1,200 job cuts at the Leeds plant follow a sharp fall in orders from farmers across Europe."),
                                          QStringLiteral("Unions called the decision a betrayal of loyal workers.")}),
            article(QStringLiteral("B"), {QStringLiteral("Acme Corp will cut 1,200 jobs in Leeds, the company announced on Monday."),
                                          QStringLiteral("The mayor said the city would help those who lose their jobs find new work.")}),
        });
        const PairComparison &p = c.pairs.first();
        QCOMPARE(p.alignments.size(), 2);
        QCOMPARE(p.alignments.at(0).a, QList<int>{0});
        QCOMPARE(p.alignments.at(0).b, QList<int>{0});
        QVERIFY(!p.alignments.at(0).secondPartner);
        QCOMPARE(p.alignments.at(1).a, QList<int>{1});
        QCOMPARE(p.alignments.at(1).b, QList<int>{0});
        QVERIFY(p.alignments.at(1).secondPartner);
        QCOMPARE(p.alignments.at(1).kind, AlignmentKind::Partial);
        QVERIFY(!p.alignments.at(1).moved);
        QCOMPARE(p.derived, PairComparison::Derived::None);
        QCOMPARE(c.articles.at(1).sentences.at(0).links.size(), 2); // both partners, for the reader
        QVERIFY(c.articles.at(0).sentences.at(2).links.isEmpty());
    }

    // A day of the month or a year beside a month's name is a date, not a figure: the "why"
    // of an alignment never calls it a changed amount ("Changed: 700,000 → 3").
    void aDateIsNoFigureInTheBasis_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("changedA");
        QTest::addColumn<QString>("changedB");
        QTest::newRow("day after the month")
            << QStringLiteral("The ministry said some 700,000 households in the northern province lost power during the storm.")
            << QStringLiteral("On January 3 the ministry said households in the northern province lost power during the storm.")
            << QString() << QString();
        QTest::newRow("day before the month, with a year")
            << QStringLiteral("The ministry said some 700,000 households in the northern province lost power during the storm.")
            << QStringLiteral("On 3 January 2025 the ministry said households in the northern province lost power during the storm.")
            << QString() << QString();
        QTest::newRow("abbreviated month, figures on both sides")
            << QStringLiteral("The ministry said on Jan. 3 that 700,000 households in the northern province lost power in the storm.")
            << QStringLiteral("The ministry said on Jan. 5 that 820,000 households in the northern province lost power in the storm.")
            << QStringLiteral("700,000") << QStringLiteral("820,000");
    }

    void aDateIsNoFigureInTheBasis()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, changedA);
        QFETCH(QString, changedB);
        const Comparison c = Comparer::compare({article(QStringLiteral("A"), {a}), article(QStringLiteral("B"), {b})});
        QCOMPARE(c.pairs.first().alignments.size(), 1);
        const Alignment &al = c.pairs.first().alignments.first();
        QStringList figuresA, figuresB, changed;
        for (const AlignmentBasis::Item &d : al.basis.differs) {
            if (d.code != AlignmentBasis::Code::Figure)
                continue;
            const QString x = d.a ? c.articles.at(0).textOf(*d.a) : QString();
            const QString y = d.b ? c.articles.at(1).textOf(*d.b) : QString();
            if (d.a && d.b)
                changed.append(x + QStringLiteral(" → ") + y);
            else
                (d.a ? figuresA : figuresB).append(d.a ? x : y);
        }
        // The date's numbers never appear as figures, on either side.
        for (const QString &f : figuresA + figuresB + changed) {
            for (const QString &datePart : {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("2025")})
                QVERIFY2(!f.split(QStringLiteral(" → ")).contains(datePart), qPrintable(f));
        }
        if (changedA.isEmpty()) {
            QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u',')));
            QCOMPARE(figuresA, QStringList{QStringLiteral("700,000")});
        } else {
            QCOMPARE(changed, QStringList{changedA + QStringLiteral(" → ") + changedB});
        }
    }

    void wordDiffMarksTheChangedFigure()
    {
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {QStringLiteral("It was trained for about $6m (£4.2m), its makers said.")}),
            article(QStringLiteral("B"), {QStringLiteral("It was trained for about $6m (£4.8m), its makers said.")}),
        });
        const Alignment &al = c.pairs.first().alignments.first();
        // The same sentence with another figure shares a fact and differs in one: partial
        // (issue 14), with the changed figure in the alignment's basis.
        QCOMPARE(al.kind, AlignmentKind::Partial);
        const auto changed = std::find_if(al.basis.differs.cbegin(), al.basis.differs.cend(),
                                          [](const AlignmentBasis::Item &d) { return d.a && d.b; });
        QVERIFY(changed != al.basis.differs.cend());
        QCOMPARE(changed->code, AlignmentBasis::Code::Figure);
        QCOMPARE(c.articles.at(0).textOf(*changed->a), QStringLiteral("£4.2m"));
        QCOMPARE(c.articles.at(1).textOf(*changed->b), QStringLiteral("£4.8m"));
        QStringList changedA, changedB;
        for (const DiffOp &op : al.diff) {
            if (op.a && op.op == DiffOp::Op::Delete)
                changedA.append(c.articles.at(0).textOf(*op.a));
            if (op.b && op.op == DiffOp::Op::Insert)
                changedB.append(c.articles.at(1).textOf(*op.b));
        }
        QCOMPARE(changedA, QStringList{QStringLiteral("£4.2m")});
        QCOMPARE(changedB, QStringList{QStringLiteral("£4.8m")});
    }

    void derivation_data()
    {
        QTest::addColumn<QDate>("dateA");
        QTest::addColumn<QDate>("dateB");
        QTest::addColumn<int>("derived");
        QTest::newRow("copy published later") << QDate(2026, 3, 14) << QDate(2026, 3, 15) << int(PairComparison::Derived::BFromA);
        QTest::newRow("copy published earlier is the source") << QDate(2026, 3, 15) << QDate(2026, 3, 14) << int(PairComparison::Derived::AFromB);
        QTest::newRow("undated copy") << QDate(2026, 3, 14) << QDate() << int(PairComparison::Derived::BFromA);
    }
    void derivation()
    {
        QFETCH(QDate, dateA);
        QFETCH(QDate, dateB);
        QFETCH(int, derived);
        QStringList copy = m_wire;
        copy[1] = QStringLiteral("Regulators still have to approve the deal, the largest in the port's history.");
        const Comparison c = Comparer::compare({article(QStringLiteral("Wire"), m_wire, dateA),
                                                article(QStringLiteral("Copy"), copy, dateB)});
        QCOMPARE(int(c.pairs.first().derived), derived);
        QVERIFY(c.pairs.first().aInB > 0.9);
        QVERIFY(c.pairs.first().bInA > 0.9);
    }

    void independentCoverageIsNotDerived()
    {
        const Comparison c = Comparer::compare({
            article(QStringLiteral("Wire"), m_wire, QDate(2026, 3, 14)),
            article(QStringLiteral("Other"), {QStringLiteral("Dockers at the Kestrel harbour held a meeting."),
                                              QStringLiteral("The weather was poor all week."),
                                              QStringLiteral("Shares in Calloway rose 12.4% after the announcement, while the FTSE 100 index fell 0.8%.")},
                    QDate(2026, 3, 15)),
        });
        QCOMPARE(c.pairs.first().derived, PairComparison::Derived::None);
    }

    void claimsAcrossArticles()
    {
        const QString shared = QStringLiteral("Shares in Calloway rose 12.4% on Tuesday.");
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {shared, QStringLiteral("Only A says this about ferries.")}),
            article(QStringLiteral("B"), {QStringLiteral("Something else about the weather entirely."), shared}),
            article(QStringLiteral("C"), {QStringLiteral("Calloway shares climbed 12.4% on Tuesday.")}),
        });
        QCOMPARE(c.pairs.size(), 3);
        const int claim = c.articles.at(0).sentences.at(0).claim;
        QCOMPARE(c.articles.at(1).sentences.at(1).claim, claim);
        QCOMPARE(c.articles.at(2).sentences.at(0).claim, claim);
        QCOMPARE(c.claims.at(claim).members.size(), 3);
        // Unique sentences are claims of one article.
        const int only = c.articles.at(0).sentences.at(1).claim;
        QCOMPARE(c.claims.at(only).members.size(), 1);
        // Links: strongest kind first.
        QCOMPARE(c.articles.at(0).sentences.at(0).strongestKind(), AlignmentKind::Verbatim);
        QCOMPARE(c.articles.at(0).sentences.at(0).verbatimIn(), QList<int>{1});
    }

    // A heading is shown but never aligned, is no claim and counts in no share: the same
    // heading in two articles does not make them share content.
    void headingsAreNoClaims()
    {
        const QString heading = QStringLiteral("Market Reaction");
        const Comparison c = Comparer::compare({
            article(QStringLiteral("A"), {heading, QStringLiteral("Shares in Calloway rose 12.4% on Tuesday."), QStringLiteral("Only A says this about ferries.")}),
            article(QStringLiteral("B"), {heading, QStringLiteral("Calloway shares climbed 12.4% on Tuesday."), QStringLiteral("The weather was fine all week.")}),
        });
        const ComparedSentence &h = c.articles.at(0).sentences.at(0);
        QVERIFY(h.heading);
        QVERIFY(h.links.isEmpty());
        QVERIFY(!h.isUnique());
        QCOMPARE(h.claim, -1);
        QVERIFY(c.articles.at(1).sentences.at(0).heading);
        for (const Claim &claim : c.claims) {
            for (const Claim::Member &m : claim.members)
                QVERIFY(!c.articles.at(m.article).sentences.at(m.sentences.first()).heading);
        }
        // The prose still aligns, and the indices are the articles' own.
        QCOMPARE(c.articles.at(0).sentences.at(1).claim, c.articles.at(1).sentences.at(1).claim);
        QVERIFY(c.articles.at(0).sentences.at(2).isUnique());
        // Shares count prose only: A's shared sentence against its two prose sentences.
        const int shared = 7, unique = 6; // words
        QCOMPARE(qRound(c.articles.at(0).sharedShare() * 100), qRound(100.0 * shared / (shared + unique)));
        const QJsonObject json = ComparisonJson::toJson(c);
        const QJsonObject first = json.value(QStringLiteral("articles")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("sentences")).toArray().at(0).toObject().value(QStringLiteral("heading")).toBool(), true);
        QVERIFY(!first.value(QStringLiteral("sentences")).toArray().at(1).toObject().contains(QStringLiteral("heading")));
    }

    void jsonContract()
    {
        const Comparison c = Comparer::compare({article(QStringLiteral("Wire"), m_wire, QDate(2026, 3, 14)),
                                                article(QStringLiteral("Rewrite"), m_rewrite)});
        const QJsonObject json = ComparisonJson::toJson(c);
        QCOMPARE(json.value(QStringLiteral("schema")).toInt(), 2);
        const QJsonArray articles = json.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.at(0).toObject().value(QStringLiteral("published")).toString(), QStringLiteral("2026-03-14"));
        QVERIFY(articles.at(1).toObject().value(QStringLiteral("published")).isNull());
        for (int i = 0; i < 2; ++i) {
            const QJsonObject a = articles.at(i).toObject();
            for (const char *key : {"index", "title", "outlet", "published", "source", "sentences"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            const QString body = c.articles.at(i).article.body;
            for (const QJsonValue &v : a.value(QStringLiteral("sentences")).toArray()) {
                const QJsonObject s = v.toObject();
                const int start = s.value(QStringLiteral("start")).toInt(), end = s.value(QStringLiteral("end")).toInt();
                QCOMPARE(s.value(QStringLiteral("text")).toString(), body.mid(start, end - start));
                QVERIFY(s.contains(QStringLiteral("paragraph")));
            }
        }
        const QJsonObject pair = json.value(QStringLiteral("pairs")).toArray().first().toObject();
        for (const char *key : {"a", "b", "a_in_b", "b_in_a", "derived", "alignments"})
            QVERIFY2(pair.contains(QLatin1String(key)), key);
        QVERIFY(!pair.value(QStringLiteral("alignments")).toArray().isEmpty());
        for (const QJsonValue &v : pair.value(QStringLiteral("alignments")).toArray()) {
            const QJsonObject al = v.toObject();
            const QString kind = al.value(QStringLiteral("kind")).toString();
            QVERIFY(kind == QLatin1String("verbatim") || kind == QLatin1String("reworded") || kind == QLatin1String("partial"));
            QVERIFY(al.value(QStringLiteral("a")).isArray() && al.value(QStringLiteral("b")).isArray());
            for (const QJsonValue &d : al.value(QStringLiteral("diff")).toArray()) {
                const QJsonObject op = d.toObject();
                const QString name = op.value(QStringLiteral("op")).toString();
                QVERIFY(name == QLatin1String("equal") || name == QLatin1String("delete") || name == QLatin1String("insert"));
                QCOMPARE(op.value(QStringLiteral("a")).isNull(), name == QLatin1String("insert"));
                QCOMPARE(op.value(QStringLiteral("b")).isNull(), name == QLatin1String("delete"));
            }
        }
        const QJsonArray claims = json.value(QStringLiteral("claims")).toArray();
        QVERIFY(!claims.isEmpty());
        QVERIFY(claims.first().toObject().value(QStringLiteral("members")).isArray());
        const QJsonObject timing = json.value(QStringLiteral("timing_ms")).toObject();
        for (const char *key : {"segment", "align", "total"})
            QVERIFY2(timing.value(QLatin1String(key)).isDouble(), key);
    }

    void atMostTwelveArticles()
    {
        QList<Article> many;
        for (int i = 0; i < 14; ++i)
            many.append(article(QStringLiteral("O%1").arg(i), {QStringLiteral("Sentence number %1 here.").arg(i)}));
        const Comparison c = Comparer::compare(many);
        QCOMPARE(c.articles.size(), Comparer::kMaxArticles);
        QCOMPARE(c.pairs.size(), 12 * 11 / 2);
    }

    void emptyInput()
    {
        QVERIFY(Comparer::compare({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestComparer)
#include "tst_comparer.moc"
