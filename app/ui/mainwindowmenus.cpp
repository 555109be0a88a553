// SPDX-License-Identifier: GPL-3.0-or-later
// The window's menus, tool bar, docks and keyboard order: the parts of MainWindow that only
// build it (see mainwindow.cpp for what it does).
#include "ui/mainwindow.h"

#include "ui/alignedpanel.h"
#include "ui/comparisonview.h"
#include "ui/coveragepanel.h"
#include "ui/discrepancypanel.h"
#include "ui/figurespanel.h"
#include "ui/fileactions.h"
#include "ui/importnotice.h"
#include "ui/language.h"
#include "ui/librarypanel.h"
#include "ui/quotespanel.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Parallax {

void MainWindow::createActions() {
    createFileMenu();
    createEditMenu();
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Story"), this, &MainWindow::openSampleStory);
    help->addSeparator();
    help->addAction(tr("&About Parallax"), m_files, &FileActions::showAbout);
}

void MainWindow::createFileMenu() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAct =
        file->addAction(tr("&Import Files\u2026"), m_files, &FileActions::importFiles);
    importAct->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder\u2026"), m_files, &FileActions::importFolder);
    file->addSeparator();
    QAction *paste =
        file->addAction(tr("Import &Links from the Clipboard"), m_files, &FileActions::pasteLinks);
    paste->setShortcut(QKeySequence::Paste);
    file->addAction(tr("Add &Feed\u2026"), m_files, &FileActions::addFeed);
    file->addAction(tr("Import Feed &List (OPML)\u2026"), m_files, &FileActions::importFeedList);
    QAction *refresh = file->addAction(tr("&Refresh Feeds"), this, &MainWindow::refreshFeeds);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *exportAct =
        file->addAction(tr("&Export Comparison as PDF\u2026"), m_files, &FileActions::exportPdf);
    exportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Open Library\u2026"), m_files, &FileActions::openLibrary);
    file->addAction(tr("&Back Up Library\u2026"), m_files, &FileActions::backUpLibrary);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu() {
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
}

void MainWindow::createViewMenu() {
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("&Larger Text"), m_view, &ComparisonView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("&Smaller Text"), m_view, &ComparisonView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = view->addAction(tr("&Normal Size"), m_view, &ComparisonView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *find = view->addAction(tr("Search the &Library"), this, [this] {
        m_panel->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_panel->searchBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_goToMenu = view->addMenu(tr("&Go To")); // filled once the docks exist (createGoToActions)
    m_goToMenu->setObjectName(QStringLiteral("goToMenu"));
    view->addSeparator();
    m_nextDifference =
        view->addAction(tr("Next &Difference"), m_view, &ComparisonView::nextDifference);
    m_nextDifference->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_nextDifference->setToolTip(
        tr("Next sentence that is not the same in every article (Alt+Down)"));
    m_previousDifference =
        view->addAction(tr("Previous Di&fference"), m_view, &ComparisonView::previousDifference);
    m_previousDifference->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_previousDifference->setToolTip(
        tr("Previous sentence that is not the same in every article (Alt+Up)"));
    m_sync = view->addAction(tr("S&ynchronised Scrolling"));
    m_sync->setCheckable(true);
    m_sync->setChecked(true);
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_sync->setToolTip(
        tr("Scrolling one column brings the counterparts into view in the others (Ctrl+L)"));
    connect(m_sync, &QAction::toggled, m_view, &ComparisonView::setSynchronised);
    QAction *next =
        view->addAction(tr("&Next Discrepancy"), m_discrepancies, &DiscrepancyPanel::next);
    next->setObjectName(QStringLiteral("nextDiscrepancy"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous =
        view->addAction(tr("&Previous Discrepancy"), m_discrepancies, &DiscrepancyPanel::previous);
    previous->setObjectName(QStringLiteral("previousDiscrepancy"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setToolTip(
        tr("Which of the compared articles are shown side by side (up to six)"));
    QMenu *language = view->addMenu(tr("Lan&guage"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString current = Language::saved();
    for (const Language::Choice &choice : Language::choices()) {
        QAction *a = language->addAction(choice.name);
        a->setCheckable(true);
        a->setChecked(choice.code == current);
        a->setData(choice.code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = choice.code] {
            if (code != Language::saved())
                Q_EMIT languageChosen(code);
        });
    }
    Theme::addMenu(view);
    view->addSeparator();
    m_viewMenu = view;
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Reading"));
    bar->setObjectName(QStringLiteral("reading"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_previousDifference);
    bar->addAction(m_nextDifference);
    bar->addAction(m_sync);
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("previousDiscrepancy")));
    bar->addAction(findChild<QAction *>(QStringLiteral("nextDiscrepancy")));
    bar->addSeparator();
    bar->addAction(m_columnsMenu->menuAction());
    if (auto *button =
            qobject_cast<QToolButton *>(bar->widgetForAction(m_columnsMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    auto *filter = new QComboBox(bar);
    filter->setObjectName(QStringLiteral("filter"));
    filter->setAccessibleName(tr("Show"));
    filter->setToolTip(tr("Which sentences the columns show"));
    filter->addItem(tr("All sentences"), int(ComparisonView::Filter::All));
    filter->addItem(tr("Only differences"), int(ComparisonView::Filter::Differences));
    filter->addItem(tr("Reworded"), int(ComparisonView::Filter::Reworded));
    filter->addItem(tr("Only in one article"), int(ComparisonView::Filter::Unique));
    filter->addItem(tr("Figures that differ"), int(ComparisonView::Filter::Figures));
    filter->addItem(tr("Quotes that differ"), int(ComparisonView::Filter::Quotes));
    connect(filter, &QComboBox::currentIndexChanged, this, [this, filter](int index) {
        m_view->setFilter(ComparisonView::Filter(filter->itemData(index).toInt()));
    });
    bar->addWidget(filter);
}

// View > Columns: one checkable entry per compared article; at most six are checked.
void MainWindow::updateColumnsMenu() {
    m_columnsMenu->clear();
    const Comparison &c = m_view->comparison();
    QList<int> visible = m_view->visibleArticles();
    if (visible.isEmpty()) {
        for (int i = 0; i < c.articles.size(); ++i)
            visible.append(i);
    }
    m_columnsMenu->setEnabled(c.articles.size() > 1);
    for (int i = 0; i < c.articles.size(); ++i) {
        QAction *a = m_columnsMenu->addAction(c.articles.at(i).article.displayName());
        a->setCheckable(true);
        a->setChecked(visible.contains(i));
        a->setEnabled(visible.contains(i) ? visible.size() > 1 : visible.size() < kMaxColumns);
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            const Comparison &c = m_view->comparison();
            QList<int> shown = m_view->visibleArticles();
            if (shown.isEmpty()) {
                for (int k = 0; k < c.articles.size(); ++k)
                    shown.append(k);
            }
            if (on && !shown.contains(i))
                shown.append(i);
            else if (!on)
                shown.removeAll(i);
            std::sort(shown.begin(), shown.end());
            m_view->setVisibleArticles(shown);
            // Not from inside the menu's own signal: rebuilding deletes this action.
            QMetaObject::invokeMethod(this, &MainWindow::updateColumnsMenu, Qt::QueuedConnection);
        });
    }
}

void MainWindow::createDocks() {
    // Below the comparison, tabbed: what disagrees, the figures, the quotes.
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    QDockWidget *previous = nullptr;
    const QList<QPair<QWidget *, QString>> docks{{m_discrepancies, tr("Discrepancies")},
                                                 {m_quotes, tr("Quotes")},
                                                 {m_aligned, tr("Aligned Sentences")},
                                                 {m_coverage, tr("Coverage")}};
    for (const auto &[widget, title] : docks) {
        auto *dock = new QDockWidget(title, this);
        m_docks.append(dock);
        dock->setObjectName(widget->metaObject()->className());
        dock->setWidget(widget);
        dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea |
                              Qt::LeftDockWidgetArea);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (previous)
            tabifyDockWidget(previous, dock);
        previous = dock;
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_docks.first()->raise();
    resizeDocks({previous}, {240}, Qt::Vertical);
}

QDockWidget *MainWindow::dockOf(QWidget *content) const {
    for (QDockWidget *dock : m_docks) {
        if (dock->widget() == content)
            return dock;
    }
    Q_ASSERT_X(false, "MainWindow::dockOf", "every panel below the columns is in a dock");
    return nullptr;
}

// View > Go To: a key for each place a keyboard user works in, the order of the Tab chain.
// A dock is brought forward (shown, its tab raised) before its table takes the focus.
void MainWindow::createGoToActions() {
    const auto add = [this](const QString &text, int digit, const std::function<void()> &go) {
        QAction *a = m_goToMenu->addAction(text, this, go);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        return a;
    };
    add(tr("&Library List"), 1, [this] {
        m_panel->table()->setFocus(Qt::ShortcutFocusReason);
    })->setObjectName(QStringLiteral("goToLibrary"));
    add(tr("&Columns"), 2, [this] {
        m_tabs->setCurrentWidget(m_view);
        m_view->focusColumns();
    })->setObjectName(QStringLiteral("goToColumns"));
    const QList<QPair<QString, QWidget *>> docks{{tr("&Discrepancies"), m_discrepancies->table()},
                                                 {tr("&Quotes"), m_quotes->table()},
                                                 {tr("&Aligned Sentences"), m_aligned},
                                                 {tr("C&overage"), m_coverage->table()}};
    int digit = 3;
    for (const auto &[text, target] : docks) {
        QDockWidget *dock = m_docks.at(digit - 3);
        add(text, digit++, [dock, target] {
            dock->show();
            dock->raise();
            target->setFocus(Qt::ShortcutFocusReason);
        })->setObjectName(QStringLiteral("goTo") + dock->objectName());
    }
}

namespace {

// The widgets under `root` that take the focus by Tab, in their present order in the window's
// focus chain.
QList<QWidget *> tabStops(QWidget *root) {
    QList<QWidget *> stops;
    QWidget *window = root->window();
    QWidget *w = window;
    do {
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
            !w->focusProxy())
            stops.append(w);
        w = w->nextInFocusChain();
    } while (w != window);
    return stops;
}

// Whether Tab may stop at `w`: Qt keeps a dock behind a tab out of sight rather than hidden,
// so a widget must also have something on screen.
bool takesTabFocus(const QWidget *w, const QWidget *window) {
    return w->window() == window && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus &&
           !w->focusProxy() && w->isEnabled() && w->isVisibleTo(window) &&
           !w->visibleRegion().isEmpty();
}

} // namespace

// Tab goes through the window as a reader scans it: the library (search, filters, stories,
// articles, feeds), the import notice, the reading tools, the columns (each column a stop,
// inside the page), what the Figures tab shows when it is chosen, then the docks and their
// tabs; Shift+Tab goes back the same way.
void MainWindow::setFocusChain() {
    QList<QWidget *> chain = tabStops(m_panel);
    chain += tabStops(m_notice);
    chain.append(findChild<QComboBox *>(QStringLiteral("filter")));
    chain.append(m_tabs->tabBar());
    Q_ASSERT(m_view->focusProxy()); // the page's widget, where the keyboard goes
    chain.append(m_view->focusProxy());
    chain += tabStops(m_figures);
    for (QDockWidget *dock : std::as_const(m_docks))
        chain += tabStops(dock);
    // The docks' own tab bar, which QMainWindow keeps as its direct child.
    const QList<QTabBar *> dockTabs = findChildren<QTabBar *>(Qt::FindDirectChildrenOnly);
    for (QTabBar *bar : dockTabs)
        chain.append(bar);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

bool MainWindow::focusNextPrevChild(bool next) {
    QWidget *from = focusWidget();
    if (!from)
        return QMainWindow::focusNextPrevChild(next);
    for (QWidget *w = next ? from->nextInFocusChain() : from->previousInFocusChain(); w != from;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (takesTabFocus(w, this)) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace Parallax
