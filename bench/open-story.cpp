// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window takes to show a story: from asking for the articles (as a click in
// the library does) to the comparison page being loaded in the view, and how long the GUI
// thread is blocked meanwhile (the longest gap between ticks of a 5 ms timer).
//
//   xvfb-run -a build/bench/open-story [--runs N] FILE...
//
// Uses a temporary library; prints the median and the slowest run in milliseconds.

#include "storage/library.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStringList files = QCoreApplication::arguments().mid(1);
    int runs = 7;
    if (files.size() >= 2 && files.first() == QLatin1String("--runs")) {
        runs = files.at(1).toInt();
        files = files.mid(2);
    }
    if (files.size() < 2) {
        std::fprintf(stderr, "usage: open-story [--runs N] FILE FILE...\n");
        return 2;
    }
    QTemporaryDir dir;
    auto opened = Parallax::Library::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.library)
        return 1;
    Parallax::MainWindow window(*opened.library);
    window.resize(1500, 950);
    window.show();
    const Parallax::MainWindow::ImportSummary summary = window.importAndOpen(files);

    QList<double> total, blocked;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up
        QEventLoop loop;
        QElapsedTimer clock, tick;
        double longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestGap = std::max(longestGap, double(tick.nsecsElapsed()) / 1e6);
            tick.restart();
        });
        auto connection = QObject::connect(window.comparisonView()->page(), &QWebEnginePage::loadFinished, &loop, &QEventLoop::quit);
        clock.start();
        tick.start();
        ticker.start();
        window.showArticles(summary.ids);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(connection);
        if (run > 0) {
            total.append(double(clock.nsecsElapsed()) / 1e6);
            blocked.append(longestGap);
        }
    }
    std::sort(total.begin(), total.end());
    std::sort(blocked.begin(), blocked.end());
    std::printf("%lld articles, %d runs: shown in %.0f ms median (slowest %.0f ms); GUI thread blocked at most %.0f ms median (worst %.0f ms)\n",
                static_cast<long long>(summary.ids.size()), runs, total.at(total.size() / 2), total.last(),
                blocked.at(blocked.size() / 2), blocked.last());
    return 0;
}
