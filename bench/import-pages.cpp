// SPDX-License-Identifier: GPL-3.0-or-later
// Time to read each saved web page into an article, as `parallax import` reads it (one
// extractor page for all of them), without the library:
//   build/bench/import-pages FILE...
// Prints one line per page (milliseconds, words, the file) and the median, 95th percentile,
// worst and total. Needs no display (offscreen).

#include "importers/fileimporter.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
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
    const QStringList files = Parallax::FileImporter::collectFiles(QCoreApplication::arguments().mid(1));
    QList<double> times;
    QElapsedTimer all;
    all.start();
    for (const QString &file : files) {
        QElapsedTimer clock;
        clock.start();
        const Parallax::ImportResult r = Parallax::FileImporter().importFile(file);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        times.append(ms);
        std::printf("%8.1f ms %6d words  %s%s%s\n", ms, r.ok() ? r.article->wordCount : 0, qPrintable(file),
                    r.ok() ? "" : "  skipped: ", r.ok() ? "" : qPrintable(r.error));
    }
    const double total = double(all.nsecsElapsed()) / 1e9;
    if (times.isEmpty())
        return 1;
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * times.size()))); };
    std::printf("pages %lld  median %.1f ms  p95 %.1f ms  worst %.1f ms  total %.2f s (first page includes the "
                "extractor's start)\n",
                static_cast<long long>(times.size()), at(0.5), at(0.95), times.last(), total);
    return 0;
}
