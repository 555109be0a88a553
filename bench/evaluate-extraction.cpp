// SPDX-License-Identifier: GPL-3.0-or-later
// Article extraction from saved pages against hand-made references:
//   build/bench/evaluate-extraction tests/data/html/*/
// Prints precision, recall and F1 (token level) per page and their mean, and the metadata
// that came out wrong. Needs no display (offscreen).

#include "extractionevaluation.h"

#include <QApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QList<Parallax::ExtractionEvaluation::Result> results;
    for (const QString &folder : QCoreApplication::arguments().mid(1))
        results.append(Parallax::ExtractionEvaluation::evaluate(folder));
    std::fputs(qPrintable(Parallax::ExtractionEvaluation::report(results)), stdout);
    return 0;
}
