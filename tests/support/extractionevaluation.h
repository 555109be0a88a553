// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Parallax {

// Scores the article text an importer extracted from a saved page against a hand-made
// reference (tests/data/html/<case>/expected.txt and expected.json): token-level precision,
// recall and F1 over the words (case-folded, punctuation aside, as a bag of words, the
// measure the public extraction benchmarks use), and the metadata fields that differ.
// Shared by tst_htmlimporter and bench/evaluate-extraction.
class ExtractionEvaluation final
{
public:
    struct Result
    {
        QString name;
        double precision = 0.0;
        double recall = 0.0;
        double f1 = 0.0;
        QStringList wrongMetadata; // "field: got X, expected Y"
        QString error;             // the importer refused the page
    };

    static Result evaluate(const QString &folder);
    static Result score(const QString &extracted, const QString &reference);
    static QString report(const QList<Result> &results);
};

} // namespace Parallax
