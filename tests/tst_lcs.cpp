// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lcs.h"

#include <QTest>

using namespace Parallax;

// The one longest-common-subsequence routine behind word and quote differences: its length,
// its edit script, and how it breaks ties (matching heads first, then deletions).
class TestLcs final : public QObject {
    Q_OBJECT

    static QStringList words(const QString &text) {
        return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    // Renders the runs as "=same|-gone|+new", reading each run's words at its positions.
    static QString render(const QStringList &a, const QStringList &b, const QList<Lcs::Run> &runs) {
        QStringList parts;
        for (const Lcs::Run &run : runs) {
            switch (run.op) {
            case Lcs::Op::Equal:
                parts.append(QLatin1Char('=') + a.mid(run.a, run.length).join(QLatin1Char(' ')));
                break;
            case Lcs::Op::Delete:
                parts.append(QLatin1Char('-') + a.mid(run.a, run.length).join(QLatin1Char(' ')));
                break;
            case Lcs::Op::Insert:
                parts.append(QLatin1Char('+') + b.mid(run.b, run.length).join(QLatin1Char(' ')));
                break;
            }
        }
        return parts.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void lcs_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("script");
        QTest::newRow("both empty") << QString() << QString() << 0 << QString();
        QTest::newRow("first empty")
            << QString() << QStringLiteral("x y") << 0 << QStringLiteral("+x y");
        QTest::newRow("second empty")
            << QStringLiteral("x y") << QString() << 0 << QStringLiteral("-x y");
        QTest::newRow("identical") << QStringLiteral("shares fell") << QStringLiteral("shares fell")
                                   << 2 << QStringLiteral("=shares fell");
        QTest::newRow("nothing in common: deletion before insertion")
            << QStringLiteral("rose sharply") << QStringLiteral("fell") << 0
            << QStringLiteral("-rose sharply|+fell");
        QTest::newRow("inserted word") << QStringLiteral("the deal was signed")
                                       << QStringLiteral("the deal was reportedly signed") << 4
                                       << QStringLiteral("=the deal was|+reportedly|=signed");
        QTest::newRow("deleted word") << QStringLiteral("shares in major firms fell")
                                      << QStringLiteral("shares in firms fell") << 4
                                      << QStringLiteral("=shares in|-major|=firms fell");
        QTest::newRow("changed word")
            << QStringLiteral("it cost 6m last year") << QStringLiteral("it cost 8m last year") << 4
            << QStringLiteral("=it cost|-6m|+8m|=last year");
        QTest::newRow("swapped pair: a tie, the deletion first")
            << QStringLiteral("a b") << QStringLiteral("b a") << 1 << QStringLiteral("-a|=b|+a");
        QTest::newRow("matching heads taken even when a longer match lies later")
            << QStringLiteral("x a b") << QStringLiteral("x c x a b") << 3
            << QStringLiteral("=x|+c x|=a b");
        QTest::newRow("repeated words") << QStringLiteral("a a b a") << QStringLiteral("a b a a")
                                        << 3 << QStringLiteral("=a|-a|=b a|+a");
        QTest::newRow("moved word")
            << QStringLiteral("yesterday shares fell") << QStringLiteral("shares fell yesterday")
            << 2 << QStringLiteral("-yesterday|=shares fell|+yesterday");
    }
    void lcs() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, length);
        QFETCH(QString, script);
        QCOMPARE(Lcs::length(words(a), words(b)), length);
        QCOMPARE(Lcs::length(words(b), words(a)), length);
        const QList<Lcs::Run> runs = Lcs::runs(words(a), words(b));
        QCOMPARE(render(words(a), words(b), runs), script);
        qsizetype equal = 0;
        for (const Lcs::Run &run : runs) {
            if (run.op == Lcs::Op::Equal) {
                QCOMPARE(words(a).mid(run.a, run.length), words(b).mid(run.b, run.length));
                equal += run.length;
            }
        }
        QCOMPARE(equal, qsizetype(length)); // the script keeps a longest common subsequence
    }
};

QTEST_APPLESS_MAIN(TestLcs)
#include "tst_lcs.moc"
