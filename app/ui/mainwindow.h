// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "ui/importprogress.h"

#include <QMainWindow>
#include <QUrl>

class QDockWidget;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace Parallax {

class AlignedPanel;
class ComparisonView;
class CoveragePanel;
class DiscrepancyPanel;
class FileActions;
class FocusRing;
class FiguresPanel;
class ImportNotice;
class Library;
class LibraryPanel;
class QuotesPanel;

// The main window: the library panel on the left, the comparison on the right, and below
// it the story's discrepancies, figures (charts) and quotes in docks. Files and folders come
// in by drag and drop, File > Import or the command line; what came in is opened side by
// side.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    static constexpr int kMaxColumns = 6;   // shown side by side
    static constexpr int kMaxCompared = 12; // compared (the engine's limit)

    explicit MainWindow(Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What one import run did, for the status bar and for tests.
    using ImportSummary = Parallax::ImportSummary;

    // Imports of more files than this show a progress dialog with a Cancel button.
    static constexpr int kProgressFrom = 5;

    // Whether the reader asked for an import (File > Import, a drop, a paste) or files were
    // only opened (the command line, "Open with", the sample story). Only an import the
    // reader asked for stops them with a dialog, and only when files were skipped.
    enum class ImportRequest { Asked, Opened };
    // Imports files and folders (recursively) through ImportService and opens what they hold
    // side by side; the summary goes to the status bar and the import notice above the
    // comparison. Many files show a progress dialog whose Cancel stops the import.
    ImportSummary importAndOpen(const QStringList &paths,
                                ImportRequest request = ImportRequest::Asked);
    // Imports the sample story shipped with Parallax (if needed) and opens it.
    void openSampleStory();
    // Selects the articles in the library list and compares them.
    void openArticles(const QList<qint64> &ids);
    // The library ids of the articles compared now, in column order.
    QList<qint64> comparedIds() const;
    // Refreshes every subscribed feed (File > Refresh Feeds, and every half hour).
    void refreshFeeds();
    // Imports the links (or file addresses) on the clipboard (File > Import Links, Ctrl+V).
    void pasteLinks();
    // Imports dropped or pasted links: files and folders like importAndOpen, web pages
    // downloaded; what came in is opened beside the articles selected.
    void importUrls(const QList<QUrl> &urls);
    // Tells the reader the library file is damaged (found after opening) and has the next
    // start check it fully; what was found, empty while nothing was.
    void reportDamagedLibrary(const QString &problem);
    QString damage() const { return m_damage; }
    // Stores an article's edited details, undoably (Edit > Undo).
    void editDetails(const Article &before, const Article &after);
    // Names the outlet of a compared article (its column heading was edited), undoably.
    void nameOutlet(int article, const QString &name);
    // Deletes articles from the library; Edit > Undo brings them back.
    void deleteArticles(const QList<qint64> &ids);
    QUndoStack *undoStack() const { return m_undo; }
    // Compares the given articles (up to 12); the first 6 are shown as columns and the
    // reader picks others from the Columns menu. One article is shown alone.
    void showArticles(const QList<qint64> &ids);

    ComparisonView *comparisonView() const { return m_view; }
    LibraryPanel *libraryPanel() const { return m_panel; }
    DiscrepancyPanel *discrepancyPanel() const { return m_discrepancies; }
    FiguresPanel *figuresPanel() const { return m_figures; }
    QuotesPanel *quotesPanel() const { return m_quotes; }
    AlignedPanel *alignedPanel() const { return m_aligned; }
    CoveragePanel *coveragePanel() const { return m_coverage; }
    ImportNotice *importNotice() const { return m_notice; }
    // Outlines the widget that has the keyboard.
    FocusRing *focusRing() const { return m_focusRing; }
    // The main area's tabs: the columns, the figures' charts.
    QTabWidget *mainTabs() const { return m_tabs; }

Q_SIGNALS:
    // The reader chose a language in View > Language ("" for the system's); WindowHost
    // rebuilds the window in it.
    void languageChosen(const QString &code);
    // A comparison has been computed (off the GUI thread) and shown.
    void comparisonShown();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void watchLibrary();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createDocks();
    void createGoToActions();
    void setFocusChain();
    QDockWidget *dockOf(QWidget *content) const;
    void showComparison(const Comparison &comparison);
    void revealDiscrepancy(int index);
    void revealFigure(int figure);
    void revealQuote(int quote);
    void revealClaim(int claim);
    void createToolBar();
    void updateColumnsMenu();
    void reportSkipped(const QStringList &skipped);
    void summariseImport(const ImportSummary &summary, ImportRequest request);
    QWidget *createMainArea();
    void detailsApplied(const Article &details);

    Library &m_library;
    LibraryPanel *m_panel;
    ComparisonView *m_view;
    DiscrepancyPanel *m_discrepancies;
    FiguresPanel *m_figures;
    QuotesPanel *m_quotes;
    AlignedPanel *m_aligned;
    CoveragePanel *m_coverage;
    ImportNotice *m_notice;
    FileActions *m_files;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goToMenu = nullptr;
    FocusRing *m_focusRing = nullptr;
    QList<QDockWidget *> m_docks; // in the order they were created: Discrepancies, Quotes, Aligned
                                  // Sentences, Coverage
    QAction *m_nextDifference = nullptr;
    QAction *m_previousDifference = nullptr;
    QAction *m_sync = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QTimer *m_feedTimer = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_refreshing = false;
    quint64 m_generation = 0; // the latest comparison asked for; older results are dropped
    QString m_damage;
};

} // namespace Parallax
