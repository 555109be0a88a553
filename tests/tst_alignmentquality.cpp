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
        const QList<AlignmentEvaluation::Result> results = evaluateCases(false);
        QVERIFY2(results.size() >= 5, "the hand-aligned rewrites are in tests/data/alignment");
        const auto total = AlignmentEvaluation::sum(results, QStringLiteral("hand-aligned"));
        qInfo().noquote() << AlignmentEvaluation::report(total);
        const auto reworded = total.byKind.value(QStringLiteral("reworded"));
        QVERIFY2(reworded.recall() >= 0.85, "reworded pairs found");
        QVERIFY2(total.all.precision() >= 0.85, "found pairs true");
        QVERIFY2(total.byKind.value(QStringLiteral("verbatim")).recall() >= 0.97, "verbatim pairs found");
    }

    // Real three-outlet stories (AllSides roundups' lead paragraphs, aligned by hand), all
    // independent coverage. Issue 14 aims at reworded recall 0.90 and all-kinds recall 0.75
    // at precision 0.90; the floors here hold what the engine reaches on five stories (0.909
    // and 0.710 at 0.917, docs/BENCHMARKS.md), so that it does not fall back.
    void handAlignedStories()
    {
        const QList<AlignmentEvaluation::Result> results = evaluateCases(true);
        QVERIFY2(results.size() >= 5, "the hand-aligned stories are in tests/data/alignment/story-*");
        const auto total = AlignmentEvaluation::sum(results, QStringLiteral("real stories"));
        for (const auto &r : results)
            qInfo().noquote() << AlignmentEvaluation::report(r);
        qInfo().noquote() << AlignmentEvaluation::report(total);
        QVERIFY(total.independent.gold >= 60);
        QVERIFY2(total.byKind.value(QStringLiteral("reworded")).recall() >= 0.90, "reworded pairs found");
        QVERIFY2(total.all.recall() >= 0.70, "related pairs of any kind found");
        QVERIFY2(total.all.precision() >= 0.90, "found pairs true");
    }

private:
    // Every case of tests/data/alignment: the stories of several articles (c.txt beside a.txt
    // and b.txt) or the two-article rewrites.
    static QList<AlignmentEvaluation::Result> evaluateCases(bool stories)
    {
        const QDir root(QStringLiteral(PARALLAX_TEST_DATA "/alignment"));
        QList<AlignmentEvaluation::Result> results;
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QFile::exists(root.filePath(name + QStringLiteral("/c.txt"))) != stories)
                continue;
            QString error;
            results.append(AlignmentEvaluation::evaluate(root.filePath(name), &error));
            if (!error.isEmpty())
                qFatal("%s", qPrintable(error));
            if (!results.last().missingSentences.isEmpty())
                qFatal("%s: the segmenter cut a gold sentence differently: %s", qPrintable(name),
                       qPrintable(results.last().missingSentences.value(0)));
        }
        return results;
    }
};

QTEST_GUILESS_MAIN(TestAlignmentQuality)
#include "tst_alignmentquality.moc"
