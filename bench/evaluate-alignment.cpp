// SPDX-License-Identifier: GPL-3.0-or-later
// Prints recall and precision of the engine's alignment, by kind, for each case folder
// given (a.txt, b.txt, gold.json) and in total.
//
//   build/bench/evaluate-alignment [--show] tests/data/alignment/*/
//
// --show lists the gold pairs missed and the pairs found that gold does not have.

#include "alignmentevaluation.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList folders = QCoreApplication::arguments().mid(1);
    const bool show = folders.removeAll(QStringLiteral("--show")) > 0;
    if (folders.isEmpty()) {
        QTextStream(stderr) << "usage: evaluate-alignment CASE_FOLDER...\n";
        return 2;
    }
    QList<Parallax::AlignmentEvaluation::Result> results;
    for (const QString &folder : folders) {
        QString error;
        const auto r = Parallax::AlignmentEvaluation::evaluate(folder, &error);
        if (!error.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        out << Parallax::AlignmentEvaluation::report(r);
        if (show)
            out << Parallax::AlignmentEvaluation::details(r);
        results.append(r);
    }
    if (results.size() > 1)
        out << Parallax::AlignmentEvaluation::report(Parallax::AlignmentEvaluation::sum(results, QStringLiteral("TOTAL")));
    return 0;
}
