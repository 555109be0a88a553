// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Parallax {

// Scores the engine's alignment of two articles against a hand-made (or generated) gold
// alignment: gold.json beside a.txt and b.txt, as written by make_coverage_pair.py and by
// the hand-aligned sets in tests/data/alignment; or of a story of several articles (a.txt,
// b.txt, c.txt, … compared together, gold pairs naming their articles, the pairs of
// articles that are independent coverage listed). Shared by the quality test and
// bench/evaluate-alignment.
class AlignmentEvaluation final
{
public:
    struct Counts
    {
        int gold = 0;      // gold pairs of this kind
        int found = 0;     // of which the engine aligned
        int predicted = 0; // engine pairs of this kind
        int correct = 0;   // of which gold has (whatever its kind)
        double recall() const { return gold ? double(found) / gold : 1.0; }
        double precision() const { return predicted ? double(correct) / predicted : 1.0; }
    };

    struct Result
    {
        QString name;
        QMap<QString, Counts> byKind; // "verbatim", "reworded", "partial"
        Counts all;
        QMap<QString, Counts> independentByKind; // the same, between independent articles only
        Counts independent;
        int goldUnique = 0;
        int uniqueFound = 0; // gold unique sentences the engine left unaligned
        QStringList missingSentences; // gold sentences the segmenter cut differently
        QStringList missed;   // gold pairs the engine did not align, one line each
        QStringList spurious; // engine pairs gold does not have, one line each
        double uniqueRecall() const { return goldUnique ? double(uniqueFound) / goldUnique : 1.0; }
    };

    // Evaluates the case in `folder` (a.txt, b.txt, gold.json, or a story with c.txt too);
    // `error` says why it could not.
    static Result evaluate(const QString &folder, QString *error);
    static Result sum(const QList<Result> &results, const QString &name);
    static QString report(const Result &r);
    // The missed and spurious pairs, a line each, for tuning by hand.
    static QString details(const Result &r);
};

} // namespace Parallax
