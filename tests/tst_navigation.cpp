// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pagescript.h"
#include "storage/library.h"
#include "ui/alignedpanel.h"
#include "ui/comparisonview.h"
#include "ui/coveragepanel.h"
#include "ui/discrepancypanel.h"
#include "ui/focusring.h"
#include "ui/language.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/quotespanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebEnginePage>

using namespace Parallax;

// The window for a reader who moves by keyboard, and the places the window points at: Tab
// goes from the search box through the library, the columns and the docks and back without
// changing what is compared; discrepancies and claims are shown in every column that holds
// them; a clicked sentence brings its dock forward. Checked on the sample story, through
// Qt's accessibility tree and the page's own layout.
class TestNavigation final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs a script in the page and returns its value.
    static QVariant evaluate(ComparisonView *view, const QString &script)
    {
        return TestSupport::evaluate(view->page(), script);
    }

    // The window on the sample story (four outlets), its columns laid out.
    static std::unique_ptr<MainWindow> openSample(Library &library)
    {
        auto window = std::make_unique<MainWindow>(library);
        window->resize(1600, 1000);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        window->openSampleStory();
        ComparisonView *view = window->comparisonView();
        if (!QTest::qWaitFor([&] { return view->comparison().articles.size() == 4; }, 15000) ||
            !QTest::qWaitFor([&] { return evaluate(view, QStringLiteral("document.querySelectorAll('.article').length")).toInt() == 4; },
                             15000))
            return nullptr;
        return window;
    }

    // What a screen reader announces for the focused widget: its role and name, taken from
    // Qt's accessibility tree. In the page, the column that has the focus (its outlet).
    static QString focusedStop(MainWindow &window)
    {
        QWidget *w = QApplication::focusWidget();
        if (!w)
            return QStringLiteral("(no focus)");
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a)
            return QStringLiteral("(no accessible interface)");
        QString stop = QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(a->role())) + u' ' +
                       a->text(QAccessible::Name);
        if (w == window.comparisonView()->focusProxy())
            stop += evaluate(window.comparisonView(),
                             QStringLiteral("document.activeElement.getAttribute('aria-label') || document.activeElement.tagName"))
                        .toString();
        return stop;
    }

    // Where each column of the page is scrolled to.
    static QString scrollPositions(ComparisonView *view)
    {
        return evaluate(view, QStringLiteral("Array.prototype.map.call(document.querySelectorAll('.article'), "
                                             "function (c) { return c.scrollTop; }).join(',')"))
            .toString();
    }

    // The sentences (element ids) of the page that stand wholly inside their column's
    // visible part, among `ids`.
    static QStringList inView(ComparisonView *view, const QStringList &ids)
    {
        const QString script = QStringLiteral(
            "(function (ids) {"
            "  return ids.filter(function (id) {"
            "    var s = document.getElementById(id), col = s.closest('.article');"
            "    var r = s.getBoundingClientRect(), c = col.getBoundingClientRect();"
            "    var inside = r.top >= c.top && r.bottom <= c.bottom && r.left >= 0 && r.right <= window.innerWidth;"
            "    return inside && s.classList.contains('flash');"
            "  }).join(',');"
            "})(['%1'])");
        return evaluate(view, script.arg(ids.join(QStringLiteral("','")))).toString().split(u',', Qt::SkipEmptyParts);
    }

    static QStringList sentenceIds(const QList<QPair<int, int>> &sentences)
    {
        QStringList ids;
        for (const auto &[article, sentence] : sentences)
            ids.append(QStringLiteral("a%1s%2").arg(article).arg(sentence));
        return ids;
    }

    // The first sentence of each column that holds one of the discrepancy's.
    static QList<QPair<int, int>> sentencesOf(const Discrepancy &d)
    {
        QList<QPair<int, int>> sentences;
        for (const Discrepancy::Item &item : d.items) {
            if (!sentences.contains({item.article, item.sentence}))
                sentences.append({item.article, item.sentence});
        }
        return sentences;
    }

    static void scrollEveryColumnToTheEnd(ComparisonView *view)
    {
        evaluate(view, QStringLiteral("document.querySelectorAll('.article').forEach(function (c) { c.scrollTop = c.scrollHeight; })"));
        QTest::qWait(300); // the scroll events (and synchronised scrolling) run their course
    }

    static QDockWidget *dockOf(MainWindow &window, QWidget *content)
    {
        const auto docks = window.findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->widget() == content)
                return dock;
        }
        return nullptr;
    }

    // Whether a reader can see the widget: shown, and not behind another dock's tab.
    static bool onScreen(QWidget *w)
    {
        return w->isVisible() && !w->visibleRegion().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QAccessible::setActive(true); // as with a screen reader running: the page's tree is built too
        QVERIFY(m_dir.isValid());
    }

    // A real Tab sequence from the search box round the window and back with Shift+Tab:
    // every stop named, focus always outlined, the docks behind a tab skipped, and nothing
    // selected, opened or scrolled on the way.
    void tabGoesRoundTheWindowAndBack()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("tab.sqlite"))).library;
        QVERIFY(lib);
        const std::unique_ptr<MainWindow> window = openSample(*lib);
        QVERIFY(window);
        LibraryPanel *panel = window->libraryPanel();
        ComparisonView *view = window->comparisonView();
        QCOMPARE(panel->selectedIds().size(), 4);
        const QList<qint64> compared = window->comparedIds();
        const QString scrolled = scrollPositions(view);
        QSignalSpy comparisons(window.get(), &MainWindow::comparisonShown);

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier); // View > Search the Library
        QCOMPARE(QApplication::focusWidget(), panel->searchBox());
        QStringList forward{focusedStop(*window)};
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::qWait(50); // the page moves its focus in its own process
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused);
            // Visible focus: the ring outlines the widget that has the keyboard.
            QVERIFY2(window->focusRing()->target() &&
                         (window->focusRing()->target() == focused || window->focusRing()->target()->focusProxy() == focused),
                     qPrintable(focusedStop(*window)));
            if (focused == panel->searchBox())
                break;
            forward.append(focusedStop(*window));
        }
        const QString notice = QStringLiteral("StaticText Imported 4, already in the library 0, skipped 0.  Details\u2026");
        const QStringList expected{QStringLiteral("EditableText Search the library"),
                                   QStringLiteral("ComboBox All outlets"),
                                   QStringLiteral("ComboBox Any time"),
                                   QStringLiteral("List Stories"),
                                   QStringLiteral("Table Articles in the library"),
                                   notice,
                                   notice, // the label, then its Details link
                                   QStringLiteral("Button Close"),
                                   QStringLiteral("ComboBox All sentences"),
                                   QStringLiteral("PageTabList Columns"),
                                   QStringLiteral("Client Northgate Wire"),
                                   QStringLiteral("Client Brightwater Post"),
                                   QStringLiteral("Client Coastline Courier"),
                                   QStringLiteral("Client The Meridian Ledger"),
                                   QStringLiteral("Button Previous"),
                                   QStringLiteral("Button Next"),
                                   QStringLiteral("Table Discrepancies"),
                                   QStringLiteral("PageTabList Discrepancies (4)")};
        QCOMPARE(forward, expected);

        // Shift+Tab goes back the same way.
        QStringList backward;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
            QTest::qWait(50);
            backward.prepend(focusedStop(*window));
            if (QApplication::focusWidget() == panel->searchBox())
                break;
        }
        QCOMPARE(backward, expected);

        // Nothing was selected, opened or scrolled by the focus passing through.
        QCOMPARE(panel->selectedIds().size(), 4);
        QCOMPARE(window->comparedIds(), compared);
        QCOMPARE(comparisons.size(), 0);
        QCOMPARE(window->discrepancyPanel()->current(), -1);
        QVERIFY(window->quotesPanel()->table()->selectionModel()->selectedRows().isEmpty());
        QCOMPARE(scrollPositions(view), scrolled);
    }

    // In the lists, the arrow keys move the focus; Enter, Space or a click choose.
    void arrowsMoveEnterOpens()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("arrows.sqlite"))).library;
        QVERIFY(lib);
        const std::unique_ptr<MainWindow> window = openSample(*lib);
        QVERIFY(window);
        LibraryPanel *panel = window->libraryPanel();
        QTableView *table = panel->table();
        QSignalSpy comparisons(window.get(), &MainWindow::comparisonShown);

        // The article table: focus lands on the first article compared; Down and Ctrl+End move it.
        table->setFocus(Qt::TabFocusReason);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), 3);
        QTest::keyClick(table, Qt::Key_Home); // the title column
        QTest::keyClick(table, Qt::Key_P); // typing a title moves the focus too
        QVERIFY(table->currentIndex().siblingAtColumn(0).data().toString().startsWith(QStringLiteral("Port")));
        QTest::qWait(300);
        QCOMPARE(panel->selectedIds().size(), 4);
        QCOMPARE(comparisons.size(), 0);
        // Space takes the focused article out of the comparison; Enter on it opens it alone.
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(window->comparedIds().size(), 3, 15000);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window->comparedIds().size(), 1, 15000);
        QCOMPARE(panel->selectedIds().size(), 1);

        // The stories: the arrows move, Enter opens the story (all four articles).
        QListView *stories = panel->storyList();
        stories->setFocus(Qt::TabFocusReason);
        QTest::keyClick(stories, Qt::Key_Down);
        QTest::qWait(300);
        QCOMPARE(panel->selectedIds().size(), 1);
        QTest::keyClick(stories, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedIds().size(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window->comparedIds().size(), 4, 15000);
        QVERIFY(panel->scopeButton()->isVisible());

        // The discrepancies: focus arriving shows nothing; Enter shows the focused one.
        QTableWidget *discrepancies = window->discrepancyPanel()->table();
        discrepancies->setFocus(Qt::TabFocusReason);
        QCOMPARE(window->discrepancyPanel()->current(), -1);
        QTest::keyClick(discrepancies, Qt::Key_Return);
        QCOMPARE(window->discrepancyPanel()->current(), window->discrepancyPanel()->table()->item(0, 0)->data(Qt::UserRole).toInt());
        QTest::keyClick(discrepancies, Qt::Key_Down); // and Down the next
        QCOMPARE(window->discrepancyPanel()->current(), window->discrepancyPanel()->table()->item(1, 0)->data(Qt::UserRole).toInt());
    }

    // View > Go To: Alt+1 to Alt+6 take the keyboard to the library list, the columns and each
    // dock, bringing a dock behind a tab forward.
    void goToShortcuts()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("goto.sqlite"))).library;
        QVERIFY(lib);
        const std::unique_ptr<MainWindow> window = openSample(*lib);
        QVERIFY(window);
        ComparisonView *view = window->comparisonView();
        const QList<std::tuple<int, QString, QWidget *>> places{
            {1, QStringLiteral("goToLibrary"), window->libraryPanel()->table()},
            {2, QStringLiteral("goToColumns"), view->focusProxy()},
            {3, QStringLiteral("goToParallax::DiscrepancyPanel"), window->discrepancyPanel()->table()},
            {4, QStringLiteral("goToParallax::QuotesPanel"), window->quotesPanel()->table()},
            {5, QStringLiteral("goToParallax::AlignedPanel"), window->alignedPanel()},
            {6, QStringLiteral("goToParallax::CoveragePanel"), window->coveragePanel()->table()}};
        QMenu *goTo = window->findChild<QMenu *>(QStringLiteral("goToMenu"));
        QVERIFY(goTo);
        for (const auto &[digit, name, target] : places) {
            QAction *action = window->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
            QVERIFY(goTo->actions().contains(action));
            QTest::keyClick(window.get(), Qt::Key(Qt::Key_0 + digit), Qt::AltModifier);
            QTRY_COMPARE(QApplication::focusWidget(), target);
            QTRY_VERIFY2(onScreen(target), qPrintable(name));
        }
        // In the page, the column last used has the focus, so the arrow keys scroll it.
        QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(evaluate(view, QStringLiteral("document.activeElement.getAttribute('aria-label')")).toString(),
                     QStringLiteral("Northgate Wire"));
        QTest::keyClick(view->focusProxy(), Qt::Key_PageDown);
        QTRY_VERIFY(evaluate(view, QStringLiteral("document.querySelectorAll('.article')[0].scrollTop")).toDouble() > 100);
    }

    // F8 and a click in the Discrepancies table show the discrepancy's sentence in every column
    // that holds one, marked, the first one in the middle of its column.
    void discrepancyShownInEveryColumn()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("reveal.sqlite"))).library;
        QVERIFY(lib);
        const std::unique_ptr<MainWindow> window = openSample(*lib);
        QVERIFY(window);
        ComparisonView *view = window->comparisonView();
        const Comparison &c = view->comparison();
        QCOMPARE(c.discrepancies.size(), 4);
        int fourOutlets = 0;
        for (int step = 0; step < c.discrepancies.size(); ++step) {
            scrollEveryColumnToTheEnd(view);
            QTest::keyClick(window.get(), Qt::Key_F8);
            const int shown = window->discrepancyPanel()->current();
            QVERIFY(shown >= 0);
            const QList<QPair<int, int>> sentences = sentencesOf(c.discrepancies.at(shown));
            QSet<int> columns;
            for (const auto &s : sentences)
                columns.insert(s.first);
            fourOutlets += columns.size() == 4 ? 1 : 0;
            const QStringList ids = sentenceIds(sentences);
            QTRY_COMPARE_WITH_TIMEOUT(inView(view, ids), ids, 5000);
            QTest::qWait(400); // synchronised scrolling must not undo it
            QCOMPARE(inView(view, ids), ids);
        }
        QVERIFY2(fourOutlets >= 2, "the sample story has discrepancies that involve all four outlets");

        // The first sentence is in the middle of its column (the quote stands far enough down).
        const QString middle = QStringLiteral(
            "(function (id) { var s = document.getElementById(id), col = s.closest('.article');"
            "  var r = s.getBoundingClientRect(), c = col.getBoundingClientRect();"
            "  return Math.abs((r.top + r.bottom) / 2 - (c.top + c.bottom) / 2); })('%1')");
        // Whether a column's scrolling was not stopped by its top or its end.
        const QString free = QStringLiteral("(function (c) { return c.scrollTop > 0 && c.scrollTop < c.scrollHeight - c.clientHeight - 1; })"
                                            "(document.getElementById('%1').closest('.article'))");
        int centred = 0;
        for (int row = 0; row < window->discrepancyPanel()->count(); ++row) {
            scrollEveryColumnToTheEnd(view);
            QTableWidget *table = window->discrepancyPanel()->table();
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 0)).center());
            const QList<QPair<int, int>> sentences = sentencesOf(c.discrepancies.at(window->discrepancyPanel()->current()));
            const QStringList ids = sentenceIds(sentences);
            QTRY_COMPARE_WITH_TIMEOUT(inView(view, ids), ids, 5000);
            if (evaluate(view, free.arg(ids.first())).toBool()) {
                QVERIFY2(evaluate(view, middle.arg(ids.first())).toDouble() < 30, qPrintable(ids.first()));
                ++centred;
            }
        }
        QVERIFY(centred > 0);

        // A claim from the Coverage dock: every column that carries it.
        CoveragePanel *coverage = window->coveragePanel();
        dockOf(*window, coverage)->raise();
        scrollEveryColumnToTheEnd(view);
        QTableWidget *claims = coverage->table();
        QTest::mouseClick(claims->viewport(), Qt::LeftButton, {}, claims->visualItemRect(claims->item(0, 0)).center());
        QStringList ids;
        for (const Claim::Member &m : c.claims.at(claims->item(0, 0)->data(Qt::UserRole).toInt()).members)
            ids.append(QStringLiteral("a%1s%2").arg(m.article).arg(m.sentences.first()));
        QVERIFY(ids.size() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(inView(view, ids), ids, 5000);
    }

    // Clicking a sentence shows its counterparts in the Aligned Sentences dock, brought
    // forward from behind the Discrepancies tab.
    void clickingASentenceBringsItsDockForward()
    {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("click.sqlite"))).library;
        QVERIFY(lib);
        const std::unique_ptr<MainWindow> window = openSample(*lib);
        QVERIFY(window);
        QDockWidget *aligned = dockOf(*window, window->alignedPanel());
        QVERIFY(aligned);
        dockOf(*window, window->discrepancyPanel())->raise();
        QTRY_VERIFY(onScreen(window->discrepancyPanel()));
        QVERIFY(!onScreen(window->alignedPanel()));
        QSignalSpy selected(window->comparisonView(), &ComparisonView::sentenceSelected);
        evaluate(window->comparisonView(), QStringLiteral("document.getElementById('a1s0').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(selected.size(), 1, 5000);
        QTRY_VERIFY(onScreen(window->alignedPanel()));
        QVERIFY(!onScreen(window->discrepancyPanel()));
        QVERIFY(window->alignedPanel()->toPlainText().contains(QStringLiteral("Brightwater Post")));
        // Closed, it comes back too.
        aligned->close();
        evaluate(window->comparisonView(), QStringLiteral("document.getElementById('a2s0').click()"));
        QTRY_VERIFY(onScreen(window->alignedPanel()));
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
