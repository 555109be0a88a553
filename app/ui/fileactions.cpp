// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/fileactions.h"
#include "storage/librarylocation.h"
#include "ui/openlibrarydialog.h"
#include <QProcess>

#include "core/text.h"
#include "importers/urlimporter.h"
#include "services/exportservice.h"
#include "services/importservice.h"
#include "storage/library.h"
#include "ui/comparisonview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace Parallax {

// The window's messages keep the translation context they had in MainWindow.
FileActions::FileActions(MainWindow *window, Library &library)
    : QObject(window)
    , m_window(window)
    , m_library(library) {}

void FileActions::importFiles() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, MainWindow::tr("Import Articles"), dir,
        MainWindow::tr("Articles (*.txt *.md *.markdown *.text);;All files (*)"));
    if (!files.isEmpty())
        m_window->importAndOpen(files);
}

void FileActions::importFolder() {
    const QString dir = QFileDialog::getExistingDirectory(
        m_window, MainWindow::tr("Import a Folder of Articles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!dir.isEmpty())
        m_window->importAndOpen({dir});
}

void FileActions::exportPdf() {
    const Comparison &c = m_window->comparisonView()->comparison();
    if (c.articles.size() < 2) {
        m_window->statusBar()->showMessage(
            MainWindow::tr("Open two or more articles to export their comparison."));
        return;
    }
    const QString name = Text::fileNameStem(c.articles.first().article.title);
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(MainWindow::tr("%1 - comparison.pdf")
                          .arg(name.isEmpty() ? MainWindow::tr("Story") : name));
    QString path =
        QFileDialog::getSaveFileName(m_window, MainWindow::tr("Export Comparison as PDF"),
                                     suggested, MainWindow::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_window->statusBar()->showMessage(
        MainWindow::tr("Exporting %1\u2026").arg(QDir::toNativeSeparators(path)));
    const ExportService::PdfResult result = ExportService::writePdf(c, path);
    QApplication::restoreOverrideCursor();
    if (!result.ok) {
        QMessageBox::warning(m_window, MainWindow::tr("Export failed"), result.error);
        m_window->statusBar()->clearMessage();
        return;
    }
    m_window->statusBar()->showMessage(
        MainWindow::tr("Exported %n page(s) to %1.", nullptr, result.pages)
            .arg(QDir::toNativeSeparators(path)));
}

void FileActions::backUpLibrary() {
    if (LibraryLocation::isServer(m_library.path())) {
        QMessageBox::information(
            m_window, MainWindow::tr("Back Up Library"),
            MainWindow::tr("This library is on a PostgreSQL server (%1): the server's own tools "
                           "back it up, for example pg_dump, and pg_restore puts it back.\n\n"
                           "To keep a copy as a library file: parallax library copy %1 FILE")
                .arg(LibraryLocation::shown(m_library.path())));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(MainWindow::tr("Parallax library %1.sqlite")
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(m_window, MainWindow::tr("Back Up Library"), suggested,
                                     MainWindow::tr("Library backups (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog asked before replacing it
        QMessageBox::warning(
            m_window, MainWindow::tr("Back Up Library"),
            MainWindow::tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!m_library.backup(path, &error)) {
        QMessageBox::warning(m_window, MainWindow::tr("Back Up Library"),
                             MainWindow::tr("The backup failed: %1").arg(error));
        return;
    }
    m_window->statusBar()->showMessage(
        MainWindow::tr("Library backed up to %1.").arg(QDir::toNativeSeparators(path)));
}

void FileActions::addFeed() {
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, MainWindow::tr("Add Feed"),
                                              MainWindow::tr("Address of an RSS or Atom feed:"),
                                              QLineEdit::Normal, QStringLiteral("https://"), &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    if (!UrlImporter::isWebLink(QUrl(url))) {
        QMessageBox::warning(m_window, MainWindow::tr("Add Feed"),
                             MainWindow::tr("%1 is not an http or https address.").arg(url));
        return;
    }
    const ImportService::Subscribed added = ImportService::subscribe(m_library, {url}).value(0);
    if (added.id == 0) {
        QMessageBox::warning(m_window, MainWindow::tr("Add Feed"),
                             MainWindow::tr("The feed could not be stored: %1").arg(added.error));
        return;
    }
    m_window->refreshFeeds();
}

void FileActions::importFeedList() {
    const QString path = QFileDialog::getOpenFileName(
        m_window, MainWindow::tr("Import Feed List"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        MainWindow::tr("Subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    const ImportService::FeedList list = ImportService::readFeedList(path);
    const QString error = list.readable ? list.error : MainWindow::tr("the file cannot be read");
    if (!error.isEmpty() || list.urls.isEmpty()) {
        QMessageBox::warning(m_window, MainWindow::tr("Import Feed List"),
                             MainWindow::tr("%1: %2").arg(
                                 QDir::toNativeSeparators(path),
                                 error.isEmpty() ? MainWindow::tr("no feeds in it") : error));
        return;
    }
    const QList<ImportService::Subscribed> added = ImportService::subscribe(m_library, list.urls);
    if (!added.isEmpty() && !added.last().error.isEmpty())
        QMessageBox::warning(
            m_window, MainWindow::tr("Add Feed"),
            MainWindow::tr("The feed could not be stored: %1").arg(added.last().error));
    m_window->refreshFeeds();
}

// Links copied from a browser (one or several, as text or as URLs) are imported like
// dropped ones.
void FileActions::pasteLinks() {
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    if (urls.isEmpty() && mime) {
        for (const QString &word :
             mime->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            const QUrl url(word);
            if (UrlImporter::isWebLink(url) || url.isLocalFile())
                urls.append(url);
        }
    }
    if (urls.isEmpty()) {
        m_window->statusBar()->showMessage(
            MainWindow::tr("The clipboard holds no link to import."));
        return;
    }
    m_window->importUrls(urls);
}

void FileActions::showAbout() {
    QMessageBox::about(
        m_window, MainWindow::tr("About Parallax"),
        MainWindow::tr("<h3>Parallax %1</h3><p>Read several articles on one story side by "
                       "side and see where the coverage differs.</p><p>Library: %2</p>")
            .arg(QStringLiteral(PARALLAX_VERSION),
                 QDir::toNativeSeparators(m_library.path()).toHtmlEscaped()));
}

} // namespace Parallax

namespace Parallax {

void FileActions::openLibrary() {
    OpenLibraryDialog dialog(LibraryLocation::shown(m_library.path()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString location = dialog.location();
    // Tried here first, so that a wrong address is said now, with a retry; the window then
    // starts again on it (the library a window holds is fixed for its life).
    for (;;) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Library::OpenResult opened = Library::open(location);
        QApplication::restoreOverrideCursor();
        if (opened.library)
            break;
        const auto answer =
            QMessageBox::warning(m_window, MainWindow::tr("Open Library"), opened.error,
                                 QMessageBox::Retry | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer != QMessageBox::Retry)
            return;
    }
    LibraryLocation::remember(location);
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            {QStringLiteral("--library"), location});
    m_window->close();
}

} // namespace Parallax
