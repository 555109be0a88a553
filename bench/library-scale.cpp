// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the library at scale (see library-scale.py, which builds the libraries):
//
//   library-scale import LIBRARY PATH...   stores the articles as `parallax import` does;
//                                          total seconds, grouping time per article
//   library-scale add LIBRARY PATH...      stores the articles one at a time, as a drop of one
//                                          file or a feed item does; milliseconds per article,
//                                          its story found (the days around it regrouped)
//   library-scale search LIBRARY QUERIES   each line of QUERIES typed in the search box:
//                                          the ids in order and the first page of rows
//   library-scale open LIBRARY             (under Xvfb) process start to the window shown
//                                          with its lists filled, as `parallax` starts
//
// Prints one JSON object; memory is the process's peak resident set (VmHWM).

#include "importers/fileimporter.h"
#include "storage/importpipeline.h"
#include "storage/library.h"
#include "ui/librarymodel.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Parallax;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Milliseconds since this process was started (exec), from /proc/self/stat and the boot clock.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9) * 1000.0 - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

QJsonObject spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    auto at = [&](double q) { return values.isEmpty() ? 0.0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size())))); };
    double sum = 0;
    for (double v : values)
        sum += v;
    return {{QStringLiteral("n"), values.size()},
            {QStringLiteral("mean"), values.isEmpty() ? 0.0 : sum / double(values.size())},
            {QStringLiteral("p50"), at(0.5)},
            {QStringLiteral("p95"), at(0.95)},
            {QStringLiteral("max"), values.isEmpty() ? 0.0 : values.last()}};
}

int print(QJsonObject result)
{
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

std::unique_ptr<Library> openLibrary(const QString &path)
{
    auto opened = Library::open(path);
    if (!opened.library)
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
    return std::move(opened.library);
}

int runImport(const QString &path, const QStringList &inputs)
{
    auto library = openLibrary(path);
    if (!library)
        return 1;
    const int before = library->articleCount();
    QElapsedTimer clock;
    clock.start();
    // As `parallax import` does it (ImportPipeline).
    QList<double> grouping;
    int imported = 0, failed = 0;
    ImportPipeline pipeline(
        *library,
        &FileImporter::readArticle, &FileImporter::splitWebPage); // a web page's extraction on this thread
    pipeline.run(FileImporter::collectFiles(inputs), [&](const ImportPipeline::Outcome &o) {
        if (o.read && o.added.status == Library::AddStatus::Imported) {
            ++imported;
            grouping.append(o.added.groupingMs);
        } else if (!o.read || o.added.status == Library::AddStatus::Failed) {
            ++failed;
        }
    });
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    return print({{QStringLiteral("library_before"), before},
                  {QStringLiteral("imported"), imported},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("grouping_ms"), spread(grouping)}});
}

int runAdd(const QString &path, const QStringList &inputs)
{
    auto library = openLibrary(path);
    if (!library)
        return 1;
    QList<double> perArticle, grouping;
    for (const QString &file : FileImporter::collectFiles(inputs)) {
        ImportResult read = FileImporter().importFile(file);
        if (!read.article)
            continue;
        QElapsedTimer clock;
        clock.start();
        const Library::AddResult added = library->addArticle(*read.article);
        if (added.status == Library::AddStatus::Imported) {
            perArticle.append(double(clock.nsecsElapsed()) / 1e6);
            grouping.append(added.groupingMs);
        }
    }
    // add_ms: storing and grouping, committed; grouping_ms: of which profiling the article
    // and finding its story.
    return print({{QStringLiteral("added"), int(perArticle.size())},
                  {QStringLiteral("add_ms"), spread(perArticle)},
                  {QStringLiteral("grouping_ms"), spread(grouping)}});
}

int runSearch(const QString &path, const QString &queriesFile)
{
    auto library = openLibrary(path);
    if (!library)
        return 1;
    QFile f(queriesFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return 1;
    QStringList queries;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            queries.append(QString::fromUtf8(line.trimmed()));
    }
    // What the search box does on each query: the model asks for every matching id in order
    // of relevance and reads the first page of rows with their snippets.
    LibraryModel model(*library);
    model.sort(LibraryModel::Match, Qt::DescendingOrder);
    QList<double> times;
    qint64 matches = 0;
    for (const QString &q : std::as_const(queries)) {
        QElapsedTimer clock;
        clock.start();
        model.setQuery(q, {});
        times.append(double(clock.nsecsElapsed()) / 1e6);
        matches += model.matchCount();
    }
    // And narrowed by a date range, newest first.
    Library::SearchFilter month;
    month.from = QDate(2024, 6, 1);
    month.to = QDate(2024, 6, 30);
    model.sort(LibraryModel::Date, Qt::DescendingOrder);
    QList<double> filtered;
    for (const QString &q : std::as_const(queries)) {
        QElapsedTimer clock;
        clock.start();
        model.setQuery(q, month);
        filtered.append(double(clock.nsecsElapsed()) / 1e6);
    }
    return print({{QStringLiteral("articles"), library->articleCount()},
                  {QStringLiteral("mean_matches"), queries.isEmpty() ? 0.0 : double(matches) / double(queries.size())},
                  {QStringLiteral("search_ms"), spread(times)},
                  {QStringLiteral("search_in_a_month_by_date_ms"), spread(filtered)}});
}

int runOpen(int argc, char *argv[], const QString &path)
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // As main.cpp: open the library, make the window, show it.
    auto library = openLibrary(path);
    if (!library)
        return 1;
    const double opened = sinceProcessStart();
    MainWindow window(*library);
    window.resize(1500, 950);
    window.show();
    double shown = 0;
    int rows = 0;
    // Usable: the window is exposed and painted, the event loop free (a zero timer runs).
    QTimer::singleShot(0, &window, [&] {
        QCoreApplication::processEvents();
        window.repaint();
        shown = sinceProcessStart();
        rows = window.libraryPanel()->table()->model()->rowCount();
        app.quit();
    });
    app.exec();
    return print({{QStringLiteral("articles"), library->articleCount()},
                  {QStringLiteral("library_open_ms"), opened},
                  {QStringLiteral("window_usable_ms"), shown},
                  {QStringLiteral("rows_read"), rows},
                  {QStringLiteral("matches_listed"), window.libraryPanel()->model()->matchCount()}});
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "open") == 0)
        return runOpen(argc, argv, QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("import"))
        return runImport(args.at(2), args.mid(3));
    if (args.size() >= 4 && args.at(1) == QLatin1String("add"))
        return runAdd(args.at(2), args.mid(3));
    if (args.size() == 4 && args.at(1) == QLatin1String("search"))
        return runSearch(args.at(2), args.at(3));
    std::fprintf(stderr, "usage: library-scale import LIBRARY PATH... | search LIBRARY QUERIES | open LIBRARY\n");
    return 2;
}
