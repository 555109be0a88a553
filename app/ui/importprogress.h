// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importservice.h"

#include <QList>
#include <QStringList>

#include <memory>

class QMainWindow;
class QProgressDialog;

namespace Parallax {

// What one import run did, for the status bar, the import notice and tests: every file or
// link ImportService finished, tallied the same way whether it came from a folder or a link.
struct ImportSummary {
    QList<qint64> ids; // imported or already present, in the order given
    int imported = 0;
    int duplicates = 0;
    QStringList skipped;        // "path: reason"
    bool cancelled = false;     // the reader stopped it; what was finished is kept
    QStringList importedFiles;  // as shown to the reader
    QStringList duplicateFiles; // as shown to the reader

    // Counts one outcome; `shown` is the file or link as the reader knows it.
    void add(const QString &shown, const ImportService::Outcome &outcome);
    // Every file by what became of it, for the notice's Details.
    QStringList details() const;
};

// The window's side of a long import through ImportService: with `progressFrom` files or
// more, a window-modal progress dialog with a Cancel button; a wait cursor otherwise; the
// status bar says which file or link it is at. Closed (or the cursor restored) when
// destroyed.
class ImportProgress final {
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    ImportProgress(QMainWindow *window, int progressFrom);
    ~ImportProgress();

    // The hooks to give ImportService; `done` is called for each file or link after the
    // progress moved on.
    ImportService::Hooks hooks(const ImportService::Done &done);
    // How many files or links the import found (ImportService's begin).
    int count() const { return m_count; }

private:
    void begin(int count);
    void next(const QString &source);
    void finished(const ImportService::Outcome &outcome);
    bool cancelled();

    QMainWindow *m_window;
    int m_progressFrom;
    int m_count = 0;
    int m_finished = 0;
    QString m_last; // the file or link finished last
    bool m_waitCursor = false;
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace Parallax
