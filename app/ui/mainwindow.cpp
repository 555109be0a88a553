// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/comparer.h"
#include "core/text.h"
#include "importers/fileimporter.h"
#include "importers/urlimporter.h"
#include "report/labels.h"
#include "services/exportservice.h"
#include "services/feedservice.h"
#include "services/importservice.h"
#include "storage/library.h"
#include "ui/alignedpanel.h"
#include "ui/comparisonview.h"
#include "ui/coveragepanel.h"
#include "ui/discrepancypanel.h"
#include "ui/figurespanel.h"
#include "ui/focusring.h"
#include "ui/importnotice.h"
#include "ui/language.h"
#include "ui/librarypanel.h"
#include "ui/quotespanel.h"
#include "ui/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QComboBox>
#include <QDockWidget>
#include <QClipboard>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QToolButton>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>

namespace Parallax {

namespace {

QStringList localPaths(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Library &library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_panel(new LibraryPanel(library, this))
    , m_view(new ComparisonView(this))
    , m_discrepancies(new DiscrepancyPanel(this))
    , m_figures(new FiguresPanel(this))
    , m_quotes(new QuotesPanel(this))
    , m_aligned(new AlignedPanel(this))
    , m_coverage(new CoveragePanel(this))
    , m_notice(new ImportNotice(this))
{
    setWindowTitle(tr("Parallax"));
    setAcceptDrops(true);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_panel);
    splitter->addWidget(createMainArea());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 1160});
    setCentralWidget(splitter);

    m_undo = new QUndoStack(this);
    createActions();
    createToolBar();
    createDocks();
    createGoToActions();
    setFocusChain();
    m_focusRing = new FocusRing(this);
    connect(m_panel, &LibraryPanel::selectionChanged, this, &MainWindow::showArticles);
    connect(m_discrepancies, &DiscrepancyPanel::discrepancyActivated, this, &MainWindow::revealDiscrepancy);
    connect(m_figures, &FiguresPanel::figureActivated, this, &MainWindow::revealFigure);
    connect(m_quotes, &QuotesPanel::quoteActivated, this, &MainWindow::revealQuote);
    connect(m_coverage, &CoveragePanel::claimActivated, this, &MainWindow::revealClaim);
    connect(m_panel, &LibraryPanel::deleteRequested, this, &MainWindow::deleteArticles);
    connect(m_panel, &LibraryPanel::detailsEdited, this, &MainWindow::editDetails);
    // A sentence clicked: its counterparts one under another, in a dock brought forward even
    // when it was closed or behind another dock's tab.
    connect(m_view, &ComparisonView::sentenceSelected, this, [this](int article, int sentence) {
        m_aligned->showSentence(article, sentence);
        QDockWidget *dock = dockOf(m_aligned);
        dock->show();
        dock->raise();
    });
    connect(m_view, &ComparisonView::urlsDropped, this, &MainWindow::importUrls);
    connect(m_view, &ComparisonView::outletNamed, this, &MainWindow::nameOutlet);

    statusBar()->showMessage(
        tr("Library: %1").arg(QDir::toNativeSeparators(m_library.path())));

    // Feeds refresh on their own every half hour while the window is open.
    m_feedTimer = new QTimer(this);
    m_feedTimer->setInterval(30 * 60 * 1000);
    connect(m_feedTimer, &QTimer::timeout, this, &MainWindow::refreshFeeds);
    m_feedTimer->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    // A large library was opened without reading every page (Library::open); that check runs
    // now, off the GUI thread.
    if (QFileInfo(m_library.path()).size() > Library::kCheckedOnOpenBytes) {
        auto *watcher = new QFutureWatcher<std::optional<QString>>(this);
        connect(watcher, &QFutureWatcher<std::optional<QString>>::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (const std::optional<QString> problem = watcher->result())
                reportDamagedLibrary(*problem);
        });
        watcher->setFuture(QtConcurrent::run([path = m_library.path()] { return Library::checkIntegrity(path); }));
    }
}

// The import notice over two tabs: the columns, and the figures' charts at full size.
QWidget *MainWindow::createMainArea()
{
    auto *area = new QWidget(this);
    m_tabs = new QTabWidget(area);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Columns"));
    m_tabs->addTab(m_figures, tr("Figures"));
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    return area;
}

void MainWindow::reportDamagedLibrary(const QString &problem)
{
    // The next start checks the whole file before using it, and offers to restore a backup.
    QSettings settings;
    QStringList suspects = settings.value(QStringLiteral("library/checkOnOpen")).toStringList();
    if (!suspects.contains(m_library.path()))
        suspects.append(m_library.path());
    settings.setValue(QStringLiteral("library/checkOnOpen"), suspects);
    m_damage = problem;
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Parallax"),
                                tr("%1\n\nBack it up now (File > Back Up Library) and quit: when Parallax starts again it "
                                   "offers to restore a backup. The damaged file is never overwritten.")
                                    .arg(problem),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAct = file->addAction(tr("&Import Files\u2026"), this, &MainWindow::importFiles);
    importAct->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &Folder\u2026"), this, &MainWindow::importFolder);
    file->addSeparator();
    QAction *paste = file->addAction(tr("Import &Links from the Clipboard"), this, &MainWindow::pasteLinks);
    paste->setShortcut(QKeySequence::Paste);
    file->addAction(tr("Add &Feed\u2026"), this, &MainWindow::addFeed);
    file->addAction(tr("Import Feed &List (OPML)\u2026"), this, &MainWindow::importFeedList);
    QAction *refresh = file->addAction(tr("&Refresh Feeds"), this, &MainWindow::refreshFeeds);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *exportAct = file->addAction(tr("&Export Comparison as PDF\u2026"), this, &MainWindow::exportPdf);
    exportAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Back Up Library\u2026"), this, &MainWindow::backUpLibrary);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

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
    m_nextDifference = view->addAction(tr("Next &Difference"), m_view, &ComparisonView::nextDifference);
    m_nextDifference->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_nextDifference->setToolTip(tr("Next sentence that is not the same in every article (Alt+Down)"));
    m_previousDifference = view->addAction(tr("Previous Di&fference"), m_view, &ComparisonView::previousDifference);
    m_previousDifference->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_previousDifference->setToolTip(tr("Previous sentence that is not the same in every article (Alt+Up)"));
    m_sync = view->addAction(tr("S&ynchronised Scrolling"));
    m_sync->setCheckable(true);
    m_sync->setChecked(true);
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_sync->setToolTip(tr("Scrolling one column brings the counterparts into view in the others (Ctrl+L)"));
    connect(m_sync, &QAction::toggled, m_view, &ComparisonView::setSynchronised);
    QAction *next = view->addAction(tr("&Next Discrepancy"), m_discrepancies, &DiscrepancyPanel::next);
    next->setObjectName(QStringLiteral("nextDiscrepancy"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previous = view->addAction(tr("&Previous Discrepancy"), m_discrepancies, &DiscrepancyPanel::previous);
    previous->setObjectName(QStringLiteral("previousDiscrepancy"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    view->addSeparator();
    m_columnsMenu = view->addMenu(tr("&Columns"));
    m_columnsMenu->setToolTip(tr("Which of the compared articles are shown side by side (up to six)"));
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &Sample Story"), this, &MainWindow::openSampleStory);
    help->addSeparator();
    help->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
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
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_columnsMenu->menuAction())))
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
void MainWindow::updateColumnsMenu()
{
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

void MainWindow::createDocks()
{
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
        dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        if (previous)
            tabifyDockWidget(previous, dock);
        previous = dock;
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    m_docks.first()->raise();
    resizeDocks({previous}, {240}, Qt::Vertical);
}

QDockWidget *MainWindow::dockOf(QWidget *content) const
{
    for (QDockWidget *dock : m_docks) {
        if (dock->widget() == content)
            return dock;
    }
    Q_ASSERT_X(false, "MainWindow::dockOf", "every panel below the columns is in a dock");
    return nullptr;
}

// View > Go To: a key for each place a keyboard user works in, the order of the Tab chain.
// A dock is brought forward (shown, its tab raised) before its table takes the focus.
void MainWindow::createGoToActions()
{
    const auto add = [this](const QString &text, int digit, const std::function<void()> &go) {
        QAction *a = m_goToMenu->addAction(text, this, go);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + digit)));
        return a;
    };
    add(tr("&Library List"), 1, [this] { m_panel->table()->setFocus(Qt::ShortcutFocusReason); })
        ->setObjectName(QStringLiteral("goToLibrary"));
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
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    QWidget *window = root->window();
    QWidget *w = window;
    do {
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy())
            stops.append(w);
        w = w->nextInFocusChain();
    } while (w != window);
    return stops;
}

// Whether Tab may stop at `w`: Qt keeps a dock behind a tab out of sight rather than hidden,
// so a widget must also have something on screen.
bool takesTabFocus(const QWidget *w, const QWidget *window)
{
    return w->window() == window && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() &&
           w->isEnabled() && w->isVisibleTo(window) && !w->visibleRegion().isEmpty();
}

} // namespace

// Tab goes through the window as a reader scans it: the library (search, filters, stories,
// articles, feeds), the import notice, the reading tools, the columns (each column a stop,
// inside the page), what the Figures tab shows when it is chosen, then the docks and their
// tabs; Shift+Tab goes back the same way.
void MainWindow::setFocusChain()
{
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

bool MainWindow::focusNextPrevChild(bool next)
{
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

void MainWindow::showComparison(const Comparison &comparison)
{
    m_view->setComparison(comparison);
    if (comparison.articles.size() > kMaxColumns) {
        QList<int> first;
        for (int i = 0; i < kMaxColumns; ++i)
            first.append(i);
        m_view->setVisibleArticles(first);
    }
    updateColumnsMenu();
    m_discrepancies->setComparison(comparison);
    m_figures->setComparison(comparison);
    m_quotes->setComparison(comparison);
    m_aligned->setComparison(comparison);
    m_coverage->setComparison(comparison);
    dockOf(m_discrepancies)->setWindowTitle(tr("Discrepancies (%1)").arg(comparison.discrepancies.size()));
    dockOf(m_quotes)->setWindowTitle(tr("Quotes (%1)").arg(m_quotes->rowCount()));
}

void MainWindow::revealDiscrepancy(int index)
{
    const Comparison &c = m_view->comparison();
    if (index < 0 || index >= c.discrepancies.size())
        return;
    QList<QPair<int, int>> sentences;
    for (const Discrepancy::Item &item : c.discrepancies.at(index).items) {
        if (!sentences.contains({item.article, item.sentence}))
            sentences.append({item.article, item.sentence});
    }
    m_tabs->setCurrentWidget(m_view);
    m_view->revealSentences(sentences);
    statusBar()->showMessage(Labels::discrepancyAbout(c.discrepancies.at(index).about));
}

void MainWindow::revealFigure(int figure)
{
    const Comparison &c = m_view->comparison();
    if (figure < 0 || figure >= c.figures.size())
        return;
    const Figure &f = c.figures.at(figure);
    m_tabs->setCurrentWidget(m_view); // from the Figures tab to the sentence
    m_view->revealSentences({{f.article, f.sentence}});
    statusBar()->showMessage(tr("%1: %2").arg(c.articles.at(f.article).article.displayName(), f.text));
}

void MainWindow::revealClaim(int claim)
{
    const Comparison &c = m_view->comparison();
    if (claim < 0 || claim >= c.claims.size())
        return;
    QList<QPair<int, int>> sentences;
    for (const Claim::Member &m : c.claims.at(claim).members) {
        for (int s : m.sentences)
            sentences.append({m.article, s});
    }
    m_tabs->setCurrentWidget(m_view);
    m_view->revealSentences(sentences);
}

void MainWindow::revealQuote(int quote)
{
    const Comparison &c = m_view->comparison();
    if (quote < 0 || quote >= c.quotes.size())
        return;
    QList<QPair<int, int>> sentences;
    for (const QList<int> &group : QuoteExtractor::groups(c)) {
        if (!group.contains(quote))
            continue;
        for (int q : group)
            sentences.append({c.quotes.at(q).article, c.quotes.at(q).sentence});
    }
    m_tabs->setCurrentWidget(m_view);
    m_view->revealSentences(sentences);
}

MainWindow::ImportSummary MainWindow::importAndOpen(const QStringList &paths, ImportRequest request)
{
    ImportSummary summary;
    const QStringList files = FileImporter::collectFiles(paths);
    if (files.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to import: the folders hold no files."));
        return summary;
    }
    // Many files: a progress dialog that can be cancelled; each file is read off the GUI
    // thread (web pages, which need the browser engine, on it but with the event loop
    // running), then stored in its own transaction, so cancelling keeps what was finished.
    std::unique_ptr<QProgressDialog> progress;
    if (files.size() >= kProgressFrom) {
        progress = std::make_unique<QProgressDialog>(tr("Importing articles\u2026"), tr("Cancel"), 0, int(files.size()), this);
        progress->setWindowTitle(tr("Import"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(0);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setValue(0);
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    QStringList importedFiles, duplicateFiles;
    // A large import commits once a second (Library::beginBatch), not once per article.
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    QList<qint64> uncommitted; // imported into the open batch
    const auto commit = [&] {
        QString error;
        if (!m_library.commitBatch(&error)) {
            // The batch could not be written: none of it is in the library.
            for (qint64 id : std::as_const(uncommitted))
                summary.ids.removeAll(id);
            summary.imported -= int(uncommitted.size());
            summary.skipped.append(tr("%n article(s) could not be stored: %1", nullptr, int(uncommitted.size())).arg(error));
        }
        uncommitted.clear();
        sinceCommit.restart();
    };
    if (progress)
        m_library.beginBatch();
    for (int i = 0; i < files.size(); ++i) {
        if (progress && sinceCommit.elapsed() > 1000) {
            commit();
            m_library.beginBatch();
        }
        if (progress && progress->wasCanceled()) {
            summary.cancelled = true;
            break;
        }
        const QString &path = files.at(i);
        const QString shown = QDir::toNativeSeparators(path);
        if (progress)
            progress->setLabelText(tr("Importing %1 of %2:\n%3").arg(i + 1).arg(files.size()).arg(QFileInfo(path).fileName()));
        statusBar()->showMessage(tr("Importing %1 of %2: %3").arg(i + 1).arg(files.size()).arg(shown));
        // The file is read (and a web page decoded) on a worker thread; a web page's
        // extraction then runs here, where the browser engine lives.
        const auto importer = std::make_shared<FileImporter>();
        QFutureWatcher<std::function<ImportResult()>> watcher;
        QEventLoop wait;
        connect(&watcher, &QFutureWatcher<std::function<ImportResult()>>::finished, &wait, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run([importer, path]() -> std::function<ImportResult()> {
            if (importer->needsGuiThread(path))
                return importer->stageFile(path);
            const ImportResult read = importer->importFile(path);
            return [read] { return read; };
        }));
        if (!watcher.isFinished())
            wait.exec();
        const ImportResult read = watcher.result()();
        if (progress)
            progress->setValue(i + 1);
        if (!read.ok()) {
            summary.skipped.append(tr("%1: %2").arg(shown, read.error));
            continue;
        }
        const Library::AddResult added = m_library.addArticle(*read.article);
        switch (added.status) {
        case Library::AddStatus::Imported:
            ++summary.imported;
            importedFiles.append(shown);
            if (m_library.inBatch())
                uncommitted.append(added.id);
            break;
        case Library::AddStatus::Duplicate:
            ++summary.duplicates;
            duplicateFiles.append(shown);
            break;
        case Library::AddStatus::Failed:
            summary.skipped.append(tr("%1: the library could not store it (%2)").arg(shown, added.error));
            continue;
        }
        if (!summary.ids.contains(added.id))
            summary.ids.append(added.id);
    }
    if (m_library.inBatch())
        commit();
    if (progress)
        progress->close();
    else
        QApplication::restoreOverrideCursor();
    if (summary.cancelled)
        statusBar()->showMessage(tr("Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.")
                                     .arg(summary.imported)
                                     .arg(summary.duplicates)
                                     .arg(summary.skipped.size()));
    else
        statusBar()->showMessage(tr("Imported %1, already in the library %2, skipped %3.")
                                 .arg(summary.imported)
                                 .arg(summary.duplicates)
                                 .arg(summary.skipped.size()));
    m_panel->reload(summary.ids.mid(0, kMaxCompared));
    if (!summary.ids.isEmpty())
        showArticles(summary.ids.mid(0, kMaxCompared));
    QStringList details;
    if (!importedFiles.isEmpty())
        details << tr("Imported:") << importedFiles << QString();
    if (!duplicateFiles.isEmpty())
        details << tr("Already in the library:") << duplicateFiles << QString();
    if (!summary.skipped.isEmpty())
        details << tr("Skipped:") << summary.skipped;
    summariseImport(summary, details, request);
    return summary;
}

// What an import did, without stopping the reader: the notice above the comparison (its
// Details link lists every file). Only files skipped in an import the reader asked for are
// worth a dialog.
void MainWindow::summariseImport(const ImportSummary &summary, const QStringList &details, ImportRequest request)
{
    const QString text = tr("Imported %1, already in the library %2, skipped %3%4.")
                             .arg(summary.imported)
                             .arg(summary.duplicates)
                             .arg(summary.skipped.size())
                             .arg(summary.cancelled ? tr("; the other files were left alone") : QString());
    const QString list = details.join(QLatin1Char('\n')).trimmed();
    if (summary.skipped.isEmpty() || request == ImportRequest::Opened) {
        m_notice->showSummary(text, list, !summary.skipped.isEmpty());
        return;
    }
    m_notice->hide();
    auto *box = new QMessageBox(QMessageBox::Warning, summary.cancelled ? tr("Import cancelled") : tr("Import finished"), text,
                                QMessageBox::Ok, this);
    box->setInformativeText(summary.skipped.mid(0, 5).join(QLatin1Char('\n')));
    box->setDetailedText(list);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importSummary"));
    box->open(); // window-modal and non-blocking: the import has already finished
}

void MainWindow::reportSkipped(const QStringList &skipped)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some files were not imported"),
                                tr("%n file(s) could not be imported. The other files were.",
                                   nullptr, int(skipped.size())),
                                QMessageBox::Ok, this);
    box->setDetailedText(skipped.join(QLatin1Char('\n')));
    box->setInformativeText(skipped.mid(0, 5).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal and non-blocking: the import has already finished
}

void MainWindow::openSampleStory()
{
    QStringList files;
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        files.append(samples.filePath(name));
    importAndOpen(files, ImportRequest::Opened);
}

void MainWindow::openArticles(const QList<qint64> &ids)
{
    m_panel->reload(ids);
    showArticles(ids);
}

QList<qint64> MainWindow::comparedIds() const
{
    QList<qint64> ids;
    for (const auto &a : m_view->comparison().articles)
        ids.append(a.article.id);
    return ids;
}

void MainWindow::showArticles(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const QList<Article> articles = m_library.articles(ids.mid(0, kMaxCompared));
    // The engine runs off the GUI thread; a newer request makes an older result moot.
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Comparison>(this);
    connect(watcher, &QFutureWatcher<Comparison>::finished, this, [this, watcher, generation] {
        if (generation == m_generation) {
            showComparison(watcher->result());
            Q_EMIT comparisonShown();
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([articles] { return Comparer::compare(articles); }));
    if (articles.isEmpty()) {
        setWindowTitle(tr("Parallax"));
        return;
    }
    const QString title = articles.first().title;
    setWindowTitle(tr("Parallax \u2014 %1").arg(title));
    if (ids.size() > kMaxCompared)
        statusBar()->showMessage(tr("Comparing the first %1 of %2 selected articles.").arg(kMaxCompared).arg(ids.size()));
    else if (ids.size() > kMaxColumns)
        statusBar()->showMessage(tr("%1 articles compared; %2 shown side by side (View > Columns to pick them).")
                                     .arg(ids.size())
                                     .arg(kMaxColumns));
}

void MainWindow::importFiles()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), dir,
        tr("Articles (*.txt *.md *.markdown *.text);;All files (*)"));
    if (!files.isEmpty())
        importAndOpen(files);
}

void MainWindow::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Import a Folder of Articles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        importAndOpen({dir});
}

void MainWindow::exportPdf()
{
    const Comparison &c = m_view->comparison();
    if (c.articles.size() < 2) {
        statusBar()->showMessage(tr("Open two or more articles to export their comparison."));
        return;
    }
    const QString name = Text::fileNameStem(c.articles.first().article.title);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 - comparison.pdf").arg(name.isEmpty() ? tr("Story") : name));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison as PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Exporting %1\u2026").arg(QDir::toNativeSeparators(path)));
    const ExportService::PdfResult result = ExportService::writePdf(c, path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export failed"), result.error);
        statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(tr("Exported %n page(s) to %1.", nullptr, result.pages).arg(QDir::toNativeSeparators(path)));
}

namespace {

// Deleting articles, undoably: the articles (bodies and all) are kept by the command and
// stored again, with their ids, on undo.
class DeleteArticles final : public QUndoCommand
{
public:
    DeleteArticles(Library &library, LibraryPanel *panel, const QList<Article> &articles)
        : m_library(library)
        , m_panel(panel)
        , m_articles(articles)
    {
        setText(articles.size() == 1 ? MainWindow::tr("Delete \u201c%1\u201d").arg(articles.first().title)
                                     : MainWindow::tr("Delete %1 articles").arg(articles.size()));
    }
    void redo() override
    {
        for (const Article &a : std::as_const(m_articles))
            m_library.deleteArticle(a.id);
        m_panel->reload();
    }
    void undo() override
    {
        for (const Article &a : std::as_const(m_articles))
            m_library.addArticle(a);
        m_panel->reload();
    }

private:
    Library &m_library;
    LibraryPanel *m_panel;
    QList<Article> m_articles;
};

// Editing an article's details, undoably: both versions are kept by the command.
class EditDetails final : public QUndoCommand
{
public:
    EditDetails(Library &library, LibraryPanel *panel, const Article &before, const Article &after,
                std::function<void(const Article &)> applied)
        : m_library(library)
        , m_panel(panel)
        , m_before(before)
        , m_after(after)
        , m_applied(std::move(applied))
    {
        setText(MainWindow::tr("Edit \u201c%1\u201d").arg(after.title));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Article &details)
    {
        QString error;
        if (!m_library.updateDetails(details, &error))
            QMessageBox::warning(m_panel, MainWindow::tr("Edit Details"),
                                 MainWindow::tr("The details of \u201c%1\u201d could not be stored: %2").arg(details.title, error));
        m_applied(m_library.articles({details.id}).value(0, details));
    }

    Library &m_library;
    LibraryPanel *m_panel;
    Article m_before;
    Article m_after;
    std::function<void(const Article &)> m_applied;
};

} // namespace

void MainWindow::editDetails(const Article &before, const Article &after)
{
    Article edited = after;
    if (edited.outlet != before.outlet) // the reader named it: no longer a guess
        edited.outletSource = Article::OutletSource::Stated;
    m_undo->push(new EditDetails(m_library, m_panel, before, edited, [this](const Article &details) { detailsApplied(details); }));
}

void MainWindow::nameOutlet(int article, const QString &name)
{
    const Comparison &c = m_view->comparison();
    if (article < 0 || article >= c.articles.size() || name.trimmed().isEmpty())
        return;
    const QList<Article> stored = m_library.articles({c.articles.at(article).article.id});
    if (stored.isEmpty())
        return;
    Article after = stored.first();
    after.outlet = name.simplified();
    editDetails(stored.first(), after);
    statusBar()->showMessage(tr("Outlet named \u201c%1\u201d; Edit > Undo takes it back.").arg(after.outlet));
}

// Edited details (or their undo) reach the library list and, when the article is compared
// now, its column heading, legends and tables, without comparing the articles again.
void MainWindow::detailsApplied(const Article &details)
{
    const QList<qint64> compared = comparedIds();
    if (!compared.contains(details.id)) {
        m_panel->reload({details.id});
        return;
    }
    m_panel->reload(compared);
    Comparison c = m_view->comparison();
    for (ComparedArticle &ca : c.articles) {
        if (ca.article.id != details.id)
            continue;
        ca.article.title = details.title;
        ca.article.outlet = details.outlet;
        ca.article.outletSource = details.outletSource;
        ca.article.byline = details.byline;
        ca.article.url = details.url;
        ca.article.published = details.published;
    }
    const QList<int> visible = m_view->visibleArticles();
    showComparison(c);
    if (!visible.isEmpty())
        m_view->setVisibleArticles(visible);
}

void MainWindow::deleteArticles(const QList<qint64> &ids)
{
    const QList<Article> articles = m_library.articles(ids);
    if (articles.isEmpty())
        return;
    m_undo->push(new DeleteArticles(m_library, m_panel, articles));
    statusBar()->showMessage(tr("Deleted %1; Edit > Undo brings it back.").arg(articles.size() == 1 ? articles.first().title
                                                                                                     : tr("%1 articles").arg(articles.size())));
}

void MainWindow::backUpLibrary()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Parallax library %1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Library"), suggested, tr("Library backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog asked before replacing it
        QMessageBox::warning(this, tr("Back Up Library"), tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!m_library.backup(path, &error)) {
        QMessageBox::warning(this, tr("Back Up Library"), tr("The backup failed: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Library backed up to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::addFeed()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Add Feed"), tr("Address of an RSS or Atom feed:"), QLineEdit::Normal,
                                              QStringLiteral("https://"), &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!UrlImporter::isWebLink(QUrl(url))) {
        QMessageBox::warning(this, tr("Add Feed"), tr("%1 is not an http or https address.").arg(url));
        return;
    }
    QString error;
    if (m_library.addFeed(url, &error) == 0) {
        QMessageBox::warning(this, tr("Add Feed"), tr("The feed could not be stored: %1").arg(error));
        return;
    }
    refreshFeeds();
}

void MainWindow::importFeedList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Feed List"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    const ImportService::FeedList list = ImportService::readFeedList(path);
    const QString error = list.readable ? list.error : tr("the file cannot be read");
    if (!error.isEmpty() || list.urls.isEmpty()) {
        QMessageBox::warning(this, tr("Import Feed List"),
                             tr("%1: %2").arg(QDir::toNativeSeparators(path), error.isEmpty() ? tr("no feeds in it") : error));
        return;
    }
    for (const QString &url : list.urls) {
        if (UrlImporter::isWebLink(QUrl(url)))
            m_library.addFeed(url);
    }
    refreshFeeds();
}

// Links copied from a browser (one or several, as text or as URLs) are imported like
// dropped ones.
void MainWindow::pasteLinks()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    if (urls.isEmpty() && mime) {
        for (const QString &word : mime->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            const QUrl url(word);
            if (UrlImporter::isWebLink(url) || url.isLocalFile())
                urls.append(url);
        }
    }
    if (urls.isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no link to import."));
        return;
    }
    importUrls(urls);
}

void MainWindow::refreshFeeds()
{
    if (m_refreshing)
        return; // a refresh is already running (the timer met a manual one)
    m_refreshing = true;
    int added = 0;
    QStringList problems;
    const QList<Library::Feed> feeds = m_library.feeds();
    for (const Library::Feed &f : feeds) {
        statusBar()->showMessage(tr("Refreshing %1\u2026").arg(f.title.isEmpty() ? f.url : f.title));
        const FeedService::Result r = FeedService::refresh(m_library, f.id);
        added += int(r.ids.size());
        if (!r.error.isEmpty())
            problems.append(tr("%1: %2").arg(f.url, r.error));
        problems += r.skipped;
    }
    m_refreshing = false;
    m_panel->reload();
    m_panel->reloadFeeds();
    if (!feeds.isEmpty())
        statusBar()->showMessage(problems.isEmpty() ? tr("Feeds refreshed: %n new article(s).", nullptr, added)
                                                    : tr("Feeds refreshed: %n new article(s); %1 problem(s), see the feeds' tooltips.", nullptr, added)
                                                          .arg(problems.size()));
}

void MainWindow::importUrls(const QList<QUrl> &urls)
{
    const QStringList paths = localPaths(urls);
    if (!paths.isEmpty()) {
        importAndOpen(paths);
        return;
    }
    // Links (http, https): each page downloaded and read; nothing else is fetched.
    ImportSummary summary;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QUrl &url : urls) {
        if (!UrlImporter::isWebLink(url))
            continue;
        statusBar()->showMessage(tr("Downloading %1\u2026").arg(url.toDisplayString()));
        const ImportService::Outcome stored = ImportService::importLink(m_library, url);
        if (!stored.read) {
            summary.skipped.append(tr("%1: %2").arg(url.toDisplayString(), stored.error));
            continue;
        }
        if (stored.added.status == Library::AddStatus::Failed) {
            summary.skipped.append(tr("%1: the library could not store it (%2)").arg(url.toDisplayString(), stored.added.error));
            continue;
        }
        summary.ids.append(stored.added.id);
    }
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!summary.ids.isEmpty()) {
        QList<qint64> open = summary.ids;
        const QList<qint64> selected = m_panel->selectedIds();
        for (qint64 id : selected) {
            if (!open.contains(id))
                open.append(id);
        }
        m_panel->reload(open.mid(0, kMaxCompared));
        showArticles(open.mid(0, kMaxCompared));
    }
    if (!summary.skipped.isEmpty())
        reportSkipped(summary.skipped);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parallax"),
                       tr("<h3>Parallax %1</h3><p>Read several articles on one story side by "
                          "side and see where the coverage differs.</p><p>Library: %2</p>")
                           .arg(QStringLiteral(PARALLAX_VERSION),
                                QDir::toNativeSeparators(m_library.path()).toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    importUrls(event->mimeData()->urls());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Parallax
