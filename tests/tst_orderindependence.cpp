// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "importers/textimporter.h"
#include "report/labels.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Parallax;

// The same articles compared in any order give the same comparison, apart from the order
// of the columns: every order of the sample story is described by article (outlet), not
// by column, and the descriptions must be equal.
class TestOrderIndependence final : public QObject
{
    Q_OBJECT

    static Article read(const QString &name)
    {
        QFile f(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        return *TextImporter().parse(f.readAll(), f.fileName()).article;
    }

    static QString list(const QList<int> &values)
    {
        QStringList out;
        for (int v : values)
            out.append(QString::number(v));
        return out.join(u',');
    }

    static QString range(const std::optional<TextRange> &r)
    {
        return r ? QStringLiteral("%1+%2").arg(r->start).arg(r->length) : QStringLiteral("-");
    }

    // One comparison as sorted lines keyed by outlet, in a form that does not depend on
    // which column an article stands in.
    struct Description
    {
        QStringList shares, pairShares, alignments, links, claims, discrepancies, quotes;
    };

    static Description describe(const Comparison &c)
    {
        Description d;
        auto name = [&](int article) { return c.articles.at(article).article.outlet; };
        for (const ComparedArticle &a : std::as_const(c.articles))
            d.shares.append(QStringLiteral("%1 shares %2 derived from %3")
                                .arg(a.article.outlet)
                                .arg(a.sharedShare(), 0, 'f', 6)
                                .arg(a.derivedFrom < 0 ? QStringLiteral("-") : name(a.derivedFrom)));
        for (const PairComparison &p : c.pairs) {
            // Sides in outlet order, so that a pair reads alike whichever column came first.
            const bool swap = name(p.a) > name(p.b);
            const QString first = name(swap ? p.b : p.a), second = name(swap ? p.a : p.b);
            d.pairShares.append(QStringLiteral("%1 in %2: %3").arg(first, second).arg(swap ? p.bInA : p.aInB, 0, 'f', 6));
            d.pairShares.append(QStringLiteral("%1 in %2: %3").arg(second, first).arg(swap ? p.aInB : p.bInA, 0, 'f', 6));
            const bool firstFromSecond = p.derived == (swap ? PairComparison::Derived::BFromA : PairComparison::Derived::AFromB);
            const bool secondFromFirst = p.derived == (swap ? PairComparison::Derived::AFromB : PairComparison::Derived::BFromA);
            d.pairShares.append(QStringLiteral("%1 ~ %2 derived %3%4").arg(first, second).arg(firstFromSecond).arg(secondFromFirst));
            for (const Alignment &al : p.alignments) {
                QStringList marksFirst, marksSecond; // changed words on each side
                for (const DiffOp &op : al.diff) {
                    if (op.op == DiffOp::Op::Equal)
                        continue;
                    const bool onA = op.op == DiffOp::Op::Delete;
                    ((onA != swap) ? marksFirst : marksSecond).append(range(onA ? op.a : op.b));
                }
                // What the basis names, side by side.
                auto items = [&](const QList<AlignmentBasis::Item> &list) {
                    QStringList out;
                    for (const AlignmentBasis::Item &i : list)
                        out.append(QStringLiteral("%1:%2/%3").arg(int(i.code)).arg(range(swap ? i.b : i.a), range(swap ? i.a : i.b)));
                    out.sort();
                    return out.join(u' ');
                };
                d.alignments.append(QStringLiteral("%1 [%2] ~ %3 [%4] kind %5 moved %6 second %7 score %8 marks %9 | %10 "
                                                   "coverage %11 / %12 shared %13 differs %14")
                                        .arg(first, list(swap ? al.b : al.a), second, list(swap ? al.a : al.b))
                                        .arg(int(al.kind))
                                        .arg(al.moved)
                                        .arg(al.secondPartner)
                                        .arg(al.score, 0, 'f', 6)
                                        .arg(marksFirst.join(u' '), marksSecond.join(u' '))
                                        .arg(swap ? al.basis.coverageB : al.basis.coverageA, 0, 'f', 6)
                                        .arg(swap ? al.basis.coverageA : al.basis.coverageB, 0, 'f', 6)
                                        .arg(items(al.basis.shared), items(al.basis.differs)));
            }
        }
        for (int a = 0; a < c.articles.size(); ++a) {
            const QList<ComparedSentence> &sentences = c.articles.at(a).sentences;
            for (int s = 0; s < sentences.size(); ++s) {
                QStringList links;
                for (const SentenceLink &l : sentences.at(s).links)
                    links.append(QStringLiteral("%1 [%2] kind %3 moved %4").arg(name(l.article), list(l.sentences)).arg(int(l.kind)).arg(l.moved));
                links.sort();
                d.links.append(QStringLiteral("%1 #%2: %3").arg(name(a)).arg(s).arg(links.join(QStringLiteral("; "))));
            }
        }
        for (const Claim &claim : c.claims) {
            QStringList members;
            for (const Claim::Member &m : claim.members)
                members.append(QStringLiteral("%1 [%2]").arg(name(m.article), list(m.sentences)));
            members.sort();
            d.claims.append(members.join(QStringLiteral("; ")));
        }
        for (const Discrepancy &x : c.discrepancies) {
            QStringList items;
            for (const Discrepancy::Item &i : x.items)
                items.append(QStringLiteral("%1 #%2 %3").arg(name(i.article)).arg(i.sentence).arg(range(i.range)));
            items.sort();
            d.discrepancies.append(
                QStringLiteral("kind %1 about %2 items %3")
                    .arg(int(x.kind))
                    .arg(Labels::discrepancyAbout(x.about), items.join(QStringLiteral("; "))));
        }
        for (const Quote &q : c.quotes) {
            QStringList matches;
            for (const QuoteMatch &m : q.matches)
                matches.append(QStringLiteral("%1 #%2 kind %3").arg(name(m.article)).arg(m.sentence).arg(int(m.kind)));
            matches.sort();
            d.quotes.append(QStringLiteral("%1 #%2 %3 by %4: %5")
                                .arg(name(q.article))
                                .arg(q.sentence)
                                .arg(range(q.range()), q.shownSpeaker(), matches.join(QStringLiteral("; "))));
        }
        for (QStringList *l : {&d.shares, &d.pairShares, &d.alignments, &d.links, &d.claims, &d.discrepancies, &d.quotes})
            l->sort();
        return d;
    }

    // What differs between two descriptions of one aspect, for a reader of the failure.
    static QString difference(const QStringList &rotated, const QStringList &base, const char *what)
    {
        if (rotated == base)
            return {};
        const QSet<QString> r(rotated.cbegin(), rotated.cend()), b(base.cbegin(), base.cend());
        QStringList onlyRotated = QSet<QString>(r).subtract(b).values(), onlyBase = QSet<QString>(b).subtract(r).values();
        onlyRotated.sort();
        onlyBase.sort();
        return QStringLiteral("%1 differ.\nonly in this order:\n  %2\nonly in the file order:\n  %3\n")
            .arg(QString::fromLatin1(what), onlyRotated.mid(0, 8).join(QStringLiteral("\n  ")), onlyBase.mid(0, 8).join(QStringLiteral("\n  ")));
    }

private Q_SLOTS:
    void everyOrderGivesTheSameComparison_data()
    {
        QTest::addColumn<QList<int>>("order");
        QList<int> order{0, 1, 2, 3};
        while (std::next_permutation(order.begin(), order.end()))
            QTest::addRow("order %s", qPrintable(list(order))) << order;
    }

    void everyOrderGivesTheSameComparison()
    {
        QFETCH(QList<int>, order);
        QList<Article> articles;
        for (const char *name : {"01_northgate-wire.txt", "02_brightwater-post.txt", "03_coastline-courier.txt", "04_meridian-ledger.txt"})
            articles.append(read(QString::fromLatin1(name)));
        const Description base = describe(Comparer::compare(articles));
        QVERIFY(!base.alignments.isEmpty());
        QVERIFY(!base.claims.isEmpty());
        QVERIFY(!base.discrepancies.isEmpty());
        QList<Article> reordered;
        for (int i : order)
            reordered.append(articles.at(i));
        const Description d = describe(Comparer::compare(reordered));
        const QString differences = difference(d.shares, base.shares, "shares") +
                                    difference(d.pairShares, base.pairShares, "pair shares") +
                                    difference(d.alignments, base.alignments, "alignments") +
                                    difference(d.links, base.links, "sentence links") +
                                    difference(d.claims, base.claims, "claims") +
                                    difference(d.discrepancies, base.discrepancies, "discrepancies") +
                                    difference(d.quotes, base.quotes, "quotes");
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
};

QTEST_APPLESS_MAIN(TestOrderIndependence)
#include "tst_orderindependence.moc"
