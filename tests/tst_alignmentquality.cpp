// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignmentevaluation.h"

#include <QDir>
#include <QTest>

using namespace Parallax;

// Alignment quality against known truth: a synthetic pair from make_coverage_pair.py and
// the hand-aligned rewrites in the real style (tests/data/alignment). The floors here are
// the targets of the engine; the measured figures are in docs/BENCHMARKS.md.
class TestAlignmentQuality final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntheticPair()
    {
        QString error;
        const auto r = AlignmentEvaluation::evaluate(QStringLiteral(PARALLAX_TEST_DATA "/synthetic-3k"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo().noquote() << AlignmentEvaluation::report(r);
        QVERIFY(r.all.gold > 100);
        QVERIFY2(r.all.recall() >= 0.97, "true pairs found");
        QVERIFY2(r.all.precision() >= 0.97, "found pairs true");
        QVERIFY2(r.uniqueRecall() >= 0.95, "dropped and added sentences marked unique");
    }

    void handAlignedRewrites()
    {
        const QDir root(QStringLiteral(PARALLAX_TEST_DATA "/alignment"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 5, "the hand-aligned set is in tests/data/alignment");
        QList<AlignmentEvaluation::Result> results;
        for (const QString &name : cases) {
            QString error;
            results.append(AlignmentEvaluation::evaluate(root.filePath(name), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(results.last().missingSentences.isEmpty(),
                     qPrintable(name + QStringLiteral(": the segmenter cut a gold sentence differently: ") +
                                results.last().missingSentences.value(0)));
        }
        const auto total = AlignmentEvaluation::sum(results, QStringLiteral("hand-aligned"));
        qInfo().noquote() << AlignmentEvaluation::report(total);
        const auto reworded = total.byKind.value(QStringLiteral("reworded"));
        QVERIFY2(reworded.recall() >= 0.85, "reworded pairs found");
        QVERIFY2(total.all.precision() >= 0.85, "found pairs true");
        QVERIFY2(total.byKind.value(QStringLiteral("verbatim")).recall() >= 0.97, "verbatim pairs found");
    }
};

QTEST_GUILESS_MAIN(TestAlignmentQuality)
#include "tst_alignmentquality.moc"
