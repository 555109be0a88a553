// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"
#include "core/worddiff.h"

#include <QTest>

using namespace Parallax;

// Word differences inside aligned sentences, as character ranges of the two texts.
class TestWordDiff final : public QObject
{
    Q_OBJECT

    // Renders a diff as "=same -gone +new" over the two texts.
    static QString render(const QString &a, const QString &b)
    {
        Tokenizer t;
        const QList<DiffOp> ops = WordDiff::diff(t.tokenize(a), t.tokenize(b));
        QStringList parts;
        for (const DiffOp &op : ops) {
            switch (op.op) {
            case DiffOp::Op::Equal:
                parts.append(QLatin1Char('=') + a.mid(op.a->start, op.a->length));
                break;
            case DiffOp::Op::Delete:
                parts.append(QLatin1Char('-') + a.mid(op.a->start, op.a->length));
                break;
            case DiffOp::Op::Insert:
                parts.append(QLatin1Char('+') + b.mid(op.b->start, op.b->length));
                break;
            }
        }
        return parts.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << QStringLiteral("Shares fell.") << QStringLiteral("Shares fell.") << QStringLiteral("=Shares fell");
        QTest::newRow("changed figure")
            << QStringLiteral("It was trained for $6m (£4.2m) last year.")
            << QStringLiteral("It was trained for $6m (£4.8m) last year.")
            << QStringLiteral("=It was trained for $6m|-£4.2m|+£4.8m|=last year");
        QTest::newRow("same figure written differently")
            << QStringLiteral("losing $600bn in value") << QStringLiteral("losing $600 billion in value")
            << QStringLiteral("=losing $600bn in value");
        QTest::newRow("inserted hedge")
            << QStringLiteral("The deal was signed.") << QStringLiteral("The deal was reportedly signed.")
            << QStringLiteral("=The deal was|+reportedly|=signed");
        QTest::newRow("deleted words")
            << QStringLiteral("Shares in major tech firms fell.") << QStringLiteral("Shares in tech firms fell.")
            << QStringLiteral("=Shares in|-major|=tech firms fell");
    }
    void diff()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        QCOMPARE(render(a, b), expected);
    }

    void emptySides()
    {
        Tokenizer t;
        QList<DiffOp> ops = WordDiff::diff({}, t.tokenize(QStringLiteral("New words")));
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().op, DiffOp::Op::Insert);
        QVERIFY(!ops.first().a);
        QVERIFY(WordDiff::diff({}, {}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
