// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Parallax {

class Library;
class MainWindow;

// What the File and Help menus ask for with a dialog: the files, folder or feed list to
// import, where a PDF or a backup goes, a feed's address, links on the clipboard, and the
// About box. The work itself is the services' (ImportService, ExportService) and the
// window's (MainWindow::importAndOpen, MainWindow::importUrls, MainWindow::refreshFeeds).
class FileActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileActions)

public:
    FileActions(MainWindow *window, Library &library);

    void importFiles();
    void importFolder();
    // Links copied from a browser (one or several, as text or as URLs), imported like
    // dropped ones.
    void pasteLinks();
    void addFeed();
    void importFeedList();
    void exportPdf();
    void backUpLibrary();
    // File > Open Library…: a library file or a PostgreSQL server's address, remembered
    // (without any password) for the next start; Parallax starts again on it.
    void openLibrary();
    void showAbout();

private:
    MainWindow *m_window;
    Library &m_library;
};

} // namespace Parallax
