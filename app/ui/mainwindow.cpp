// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/comparer.h"
#include "importers/urlimporter.h"
#include "report/labels.h"
#include "services/feedservice.h"
#include "services/importservice.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "storage/librarywatcher.h"
#include "ui/alignedpanel.h"
#include "ui/articleedits.h"
#include "ui/comparisonview.h"
#include "ui/coveragepanel.h"
#include "ui/discrepancypanel.h"
#include "ui/figurespanel.h"
#include "ui/fileactions.h"
#include "ui/focusring.h"
#include "ui/importnotice.h"
#include "ui/importprogress.h"
#include "ui/librarypanel.h"
#include "ui/quotespanel.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <iterator>

namespace Parallax {

namespace {

QStringList localPaths(const QList<QUrl> &urls) {
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
    , m_files(new FileActions(this, library)) {
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
    connect(m_discrepancies, &DiscrepancyPanel::discrepancyActivated, this,
            &MainWindow::revealDiscrepancy);
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

    statusBar()->showMessage(tr("Library: %1").arg(LibraryLocation::shown(m_library.path())));
    watchLibrary();

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
        watcher->setFuture(
            QtConcurrent::run([path = m_library.path()] { return Library::checkIntegrity(path); }));
    }
}

// The import notice over two tabs: the columns, and the figures' charts at full size.
QWidget *MainWindow::createMainArea() {
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

void MainWindow::reportDamagedLibrary(const QString &problem) {
    // The next start checks the whole file before using it, and offers to restore a backup.
    QSettings settings;
    QStringList suspects = settings.value(QStringLiteral("library/checkOnOpen")).toStringList();
    if (!suspects.contains(m_library.path()))
        suspects.append(m_library.path());
    settings.setValue(QStringLiteral("library/checkOnOpen"), suspects);
    m_damage = problem;
    auto *box = new QMessageBox(
        QMessageBox::Critical, tr("Parallax"),
        tr("%1\n\nBack it up now (File > Back Up Library) and quit: when Parallax starts again it "
           "offers to restore a backup. The damaged file is never overwritten.")
            .arg(problem),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MainWindow::~MainWindow() = default;

void MainWindow::showComparison(const Comparison &comparison) {
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
    dockOf(m_discrepancies)
        ->setWindowTitle(tr("Discrepancies (%1)").arg(comparison.discrepancies.size()));
    dockOf(m_quotes)->setWindowTitle(tr("Quotes (%1)").arg(m_quotes->rowCount()));
}

// A shared library on a server: what other readers import, rename or merge shows here within a
// second (LibraryWatcher; nothing is polled). A library file has no such channel.
void MainWindow::watchLibrary() {
    auto *watcher = new LibraryWatcher(m_library.database(), this);
    connect(watcher, &LibraryWatcher::changed, this, [this](const QSet<QString> &tables) {
        const QList<qint64> selected = m_panel->selectedIds();
        m_panel->reload(); // what the reader had selected stays selected, not compared again
        if (!selected.isEmpty())
            m_panel->reload(selected);
        if (tables.contains(QStringLiteral("feeds")))
            m_panel->reloadFeeds();
        statusBar()->showMessage(
            tr("Another reader changed the library; the lists are up to date."), 5000);
    });
}

void MainWindow::revealDiscrepancy(int index) {
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

void MainWindow::revealFigure(int figure) {
    const Comparison &c = m_view->comparison();
    if (figure < 0 || figure >= c.figures.size())
        return;
    const Figure &f = c.figures.at(figure);
    m_tabs->setCurrentWidget(m_view); // from the Figures tab to the sentence
    m_view->revealSentences({{f.article, f.sentence}});
    statusBar()->showMessage(
        tr("%1: %2").arg(c.articles.at(f.article).article.displayName(), f.text));
}

void MainWindow::revealClaim(int claim) {
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

void MainWindow::revealQuote(int quote) {
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

MainWindow::ImportSummary MainWindow::importAndOpen(const QStringList &paths,
                                                    ImportRequest request) {
    ImportSummary summary;
    ImportProgress progress(this, kProgressFrom);
    summary.cancelled = !ImportService::importFiles(
        m_library, paths, progress.hooks([&summary](const ImportService::Outcome &o) {
            summary.add(QDir::toNativeSeparators(o.path), o);
        }));
    if (progress.count() == 0) {
        statusBar()->showMessage(tr("Nothing to import: the folders hold no files."));
        return summary;
    }
    if (summary.cancelled)
        statusBar()->showMessage(tr("Import cancelled: imported %1, already in the library %2, "
                                    "skipped %3; the rest was left.")
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
    summariseImport(summary, request);
    return summary;
}

// What an import did, without stopping the reader: the notice above the comparison (its
// Details link lists every file). Only files skipped in an import the reader asked for are
// worth a dialog.
void MainWindow::summariseImport(const ImportSummary &summary, ImportRequest request) {
    const QString text =
        tr("Imported %1, already in the library %2, skipped %3%4.")
            .arg(summary.imported)
            .arg(summary.duplicates)
            .arg(summary.skipped.size())
            .arg(summary.cancelled ? tr("; the other files were left alone") : QString());
    const QString list = summary.details().join(QLatin1Char('\n')).trimmed();
    if (summary.skipped.isEmpty() || request == ImportRequest::Opened) {
        m_notice->showSummary(text, list, !summary.skipped.isEmpty());
        return;
    }
    m_notice->hide();
    auto *box = new QMessageBox(QMessageBox::Warning,
                                summary.cancelled ? tr("Import cancelled") : tr("Import finished"),
                                text, QMessageBox::Ok, this);
    box->setInformativeText(summary.skipped.mid(0, 5).join(QLatin1Char('\n')));
    box->setDetailedText(list);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importSummary"));
    box->open(); // window-modal and non-blocking: the import has already finished
}

void MainWindow::reportSkipped(const QStringList &skipped) {
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Some files were not imported"),
        tr("%n file(s) could not be imported. The other files were.", nullptr, int(skipped.size())),
        QMessageBox::Ok, this);
    box->setDetailedText(skipped.join(QLatin1Char('\n')));
    box->setInformativeText(skipped.mid(0, 5).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal and non-blocking: the import has already finished
}

void MainWindow::openSampleStory() {
    QStringList files;
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        files.append(samples.filePath(name));
    importAndOpen(files, ImportRequest::Opened);
}

void MainWindow::openArticles(const QList<qint64> &ids) {
    m_panel->reload(ids);
    showArticles(ids);
}

QList<qint64> MainWindow::comparedIds() const {
    QList<qint64> ids;
    for (const auto &a : m_view->comparison().articles)
        ids.append(a.article.id);
    return ids;
}

void MainWindow::showArticles(const QList<qint64> &ids) {
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
        statusBar()->showMessage(tr("Comparing the first %1 of %2 selected articles.")
                                     .arg(kMaxCompared)
                                     .arg(ids.size()));
    else if (ids.size() > kMaxColumns)
        statusBar()->showMessage(
            tr("%1 articles compared; %2 shown side by side (View > Columns to pick them).")
                .arg(ids.size())
                .arg(kMaxColumns));
}

void MainWindow::editDetails(const Article &before, const Article &after) {
    Article edited = after;
    if (edited.outlet != before.outlet) // the reader named it: no longer a guess
        edited.outletSource = Article::OutletSource::Stated;
    m_undo->push(
        ArticleEdits::editDetails(m_library, m_panel, before, edited,
                                  [this](const Article &details) { detailsApplied(details); }));
}

void MainWindow::nameOutlet(int article, const QString &name) {
    const Comparison &c = m_view->comparison();
    if (article < 0 || article >= c.articles.size() || name.trimmed().isEmpty())
        return;
    const QList<Article> stored = m_library.articles({c.articles.at(article).article.id});
    if (stored.isEmpty())
        return;
    Article after = stored.first();
    after.outlet = name.simplified();
    editDetails(stored.first(), after);
    statusBar()->showMessage(
        tr("Outlet named \u201c%1\u201d; Edit > Undo takes it back.").arg(after.outlet));
}

// Edited details (or their undo) reach the library list and, when the article is compared
// now, its column heading, legends and tables, without comparing the articles again.
void MainWindow::detailsApplied(const Article &details) {
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

void MainWindow::deleteArticles(const QList<qint64> &ids) {
    const QList<Article> articles = m_library.articles(ids);
    if (articles.isEmpty())
        return;
    m_undo->push(ArticleEdits::deleteArticles(m_library, m_panel, articles));
    statusBar()->showMessage(tr("Deleted %1; Edit > Undo brings it back.")
                                 .arg(articles.size() == 1
                                          ? articles.first().title
                                          : tr("%1 articles").arg(articles.size())));
}

void MainWindow::pasteLinks() {
    m_files->pasteLinks();
}

void MainWindow::refreshFeeds() {
    if (m_refreshing)
        return; // a refresh is already running (the timer met a manual one)
    m_refreshing = true;
    int added = 0;
    QStringList problems;
    const QList<Library::Feed> feeds = m_library.feeds();
    for (const Library::Feed &f : feeds) {
        statusBar()->showMessage(
            tr("Refreshing %1\u2026").arg(f.title.isEmpty() ? f.url : f.title));
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
        statusBar()->showMessage(
            problems.isEmpty()
                ? tr("Feeds refreshed: %n new article(s).", nullptr, added)
                : tr("Feeds refreshed: %n new article(s); %1 problem(s), see the feeds' tooltips.",
                     nullptr, added)
                      .arg(problems.size()));
}

void MainWindow::importUrls(const QList<QUrl> &urls) {
    const QStringList paths = localPaths(urls);
    if (!paths.isEmpty()) {
        importAndOpen(paths);
        return;
    }
    // Links (http, https): each page downloaded and read; nothing else is fetched.
    QList<QUrl> links;
    std::copy_if(urls.cbegin(), urls.cend(), std::back_inserter(links), &UrlImporter::isWebLink);
    ImportSummary summary;
    {
        ImportProgress progress(this, kProgressFrom);
        summary.cancelled = !ImportService::importLinks(
            m_library, links, progress.hooks([&summary](const ImportService::Outcome &o) {
                summary.add(QUrl(o.path).toDisplayString(), o);
            }));
    }
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    importUrls(event->mimeData()->urls());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Parallax
