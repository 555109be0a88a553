// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importprogress.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStatusBar>
#include <QUrl>

namespace Parallax {

// The window's messages keep the translation context they had in MainWindow.
void ImportSummary::add(const QString &shown, const ImportService::Outcome &outcome) {
    if (!outcome.read) {
        skipped.append(MainWindow::tr("%1: %2").arg(shown, outcome.error));
        return;
    }
    switch (outcome.added.status) {
    case Library::AddStatus::Imported:
        ++imported;
        importedFiles.append(shown);
        break;
    case Library::AddStatus::Duplicate:
        ++duplicates;
        duplicateFiles.append(shown);
        break;
    case Library::AddStatus::Failed:
        skipped.append(ImportService::notStored(shown, outcome.added.error));
        return;
    }
    if (!ids.contains(outcome.added.id))
        ids.append(outcome.added.id);
}

QStringList ImportSummary::details() const {
    QStringList details;
    if (!importedFiles.isEmpty())
        details << MainWindow::tr("Imported:") << importedFiles << QString();
    if (!duplicateFiles.isEmpty())
        details << MainWindow::tr("Already in the library:") << duplicateFiles << QString();
    if (!skipped.isEmpty())
        details << MainWindow::tr("Skipped:") << skipped;
    return details;
}

ImportProgress::ImportProgress(QMainWindow *window, int progressFrom)
    : m_window(window)
    , m_progressFrom(progressFrom) {}

ImportProgress::~ImportProgress() {
    if (m_dialog)
        m_dialog->close();
    if (m_waitCursor)
        QApplication::restoreOverrideCursor();
}

ImportService::Hooks ImportProgress::hooks(const ImportService::Done &done) {
    ImportService::Hooks hooks;
    hooks.begin = [this](int count) {
        begin(count);
    };
    hooks.next = [this](const QString &source) {
        next(source);
    };
    hooks.done = [this, done](const ImportService::Outcome &outcome) {
        finished(outcome);
        done(outcome);
    };
    hooks.cancelled = [this] {
        return cancelled();
    };
    return hooks;
}

// Many files: a dialog that can be cancelled; each step ImportService takes is kept.
void ImportProgress::begin(int count) {
    m_count = count;
    if (count == 0)
        return;
    if (count < m_progressFrom) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_waitCursor = true;
        return;
    }
    m_dialog = std::make_unique<QProgressDialog>(MainWindow::tr("Importing articles\u2026"),
                                                 MainWindow::tr("Cancel"), 0, count, m_window);
    m_dialog->setWindowTitle(MainWindow::tr("Import"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    m_dialog->show(); // window-modal from the start: the window takes no input meanwhile
}

void ImportProgress::next(const QString &source) {
    m_window->statusBar()->showMessage(
        MainWindow::tr("Downloading %1\u2026").arg(QUrl(source).toDisplayString()));
}

// Counted only: redrawing the window for every file would cost more than reading it.
void ImportProgress::finished(const ImportService::Outcome &outcome) {
    ++m_finished;
    m_last = outcome.path;
}

// Between two of ImportService's steps (a few files, or one link): the progress shown, and
// the Cancel button heard.
bool ImportProgress::cancelled() {
    if (m_finished == 0)
        return m_dialog && m_dialog->wasCanceled();
    m_window->statusBar()->showMessage(MainWindow::tr("Importing %1 of %2: %3")
                                           .arg(m_finished)
                                           .arg(m_count)
                                           .arg(QDir::toNativeSeparators(m_last)));
    if (!m_dialog)
        return false;
    m_dialog->setLabelText(MainWindow::tr("Importing %1 of %2:\n%3")
                               .arg(m_finished)
                               .arg(m_count)
                               .arg(QFileInfo(m_last).fileName()));
    m_dialog->setValue(m_finished);
    QCoreApplication::processEvents(); // the dialog drawn, Cancel heard (the window is blocked)
    return m_dialog->wasCanceled();
}

} // namespace Parallax
