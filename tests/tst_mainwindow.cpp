// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"
#include "ui/comparisonview.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

using namespace Parallax;

// The window as a reader uses it: files dropped on it land in the library and side by side.
class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(bytes);
        return path;
    }

    // The text the comparison view shows, once it has loaded.
    static QString viewText(ComparisonView *view)
    {
        QString text;
        bool done = false;
        view->page()->toPlainText([&](const QString &t) {
            text = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        return text;
    }

    static bool viewShows(ComparisonView *view, const QStringList &needles)
    {
        const QString text = viewText(view);
        for (const QString &n : needles) {
            if (!text.contains(n))
                return false;
        }
        return true;
    }

    // Drags `paths` over `target` and drops them there, as the window system would.
    static void dropFiles(QWidget *target, const QStringList &paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls.append(QUrl::fromLocalFile(p));
        mime.setUrls(urls);
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void dropFilesOntoTheWindow()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("drop.sqlite"))).library;
        QVERIFY(lib);
        MainWindow window(*lib);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString wire = write(QStringLiteral("drop/wire.txt"),
                                   "outlet: Northgate Wire\n\nCalloway shares rose 12.4% on Tuesday. The harbour deal is worth \xC2\xA3" "3.1bn.\n");
        const QString copy = write(QStringLiteral("drop/copy.txt"),
                                   "outlet: Brightwater Post\n\nCalloway shares rose 12.4% on Tuesday. Analysts were surprised.\n");
        dropFiles(&window, {wire, copy});

        QCOMPARE(lib->articleCount(), 2);
        QCOMPARE(window.libraryPanel()->table()->model()->rowCount(), 2);
        QCOMPARE(window.libraryPanel()->selectedIds().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(window.comparisonView(),
                                           {QStringLiteral("NORTHGATE WIRE"), QStringLiteral("BRIGHTWATER POST"),
                                            QStringLiteral("Analysts were surprised."), QStringLiteral("£3.1bn")}),
                                 15000);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Parallax \u2014 ")));
        QCOMPARE(window.comparisonView()->comparison().articles.size(), 2);
        // The shared sentence was found in both.
        QCOMPARE(window.comparisonView()->comparison().articles.at(0).sentences.at(0).verbatimIn(), QList<int>{1});

        // The report's own script runs (and only it): pointing at a sentence lights up its
        // counterpart in the other column.
        QVariant lit;
        bool done = false;
        window.comparisonView()->page()->runJavaScript(
            QStringLiteral("document.getElementById('a0s0').dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                           "Array.from(document.querySelectorAll('.s.hl')).map(function (e) { return e.id; }).join(',')"),
            [&](const QVariant &v) {
                lit = v;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(lit.toString(), QStringLiteral("a1s0"));
    }

    void dropAFolderOntoTheComparisonView()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("folder.sqlite"))).library;
        QVERIFY(lib);
        MainWindow window(*lib);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        write(QStringLiteral("folder/a.txt"), "outlet: Coastline Courier\n\nThe ferry strike ended on Friday.\n");
        write(QStringLiteral("folder/nested/b.md"), "# Strike over\n\nThe ferry strike ended on Friday, unions said.\n");
        write(QStringLiteral("folder/nested/empty.txt"), "");

        // The engine's own child widget receives drops over the page.
        QWidget *target = window.comparisonView()->focusProxy() ? window.comparisonView()->focusProxy()
                                                                : window.comparisonView();
        dropFiles(target, {m_dir.filePath(QStringLiteral("folder"))});
        QCOMPARE(lib->articleCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(window.comparisonView(), {QStringLiteral("COASTLINE COURIER"),
                                                                     QStringLiteral("unions said")}), 15000);
        // The skipped empty file is reported, not silently lost.
        QVERIFY(window.findChild<QWidget *>()); // window is alive
    }

    void sampleStoryAndSearch()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("sample.sqlite"))).library;
        QVERIFY(lib);
        MainWindow window(*lib);
        window.show();
        window.openSampleStory();
        QCOMPARE(lib->articleCount(), 4);
        QCOMPARE(window.comparisonView()->comparison().articles.size(), 4);
        // Opening it again adds nothing: the articles are already in the library.
        window.openSampleStory();
        QCOMPARE(lib->articleCount(), 4);

        // The search box narrows the list as the reader types.
        QLineEdit *search = window.libraryPanel()->searchBox();
        QTest::keyClicks(search, QStringLiteral("zzzznotaword"));
        QTRY_COMPARE(window.libraryPanel()->table()->model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(window.libraryPanel()->table()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
