// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverconnect.h"

#include "storage/librarylocation.h"
#include "storage/serverlibrary.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Parallax {

QString ServerConnect::reach(const QString &address, QWidget *parent) {
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    // A pool of its own: a probe can block for the whole connect timeout, and one the reader
    // cancelled goes on until then; in the global pool it would hold up the work that Qt
    // itself queues there. Never deleted, so that such a probe never holds up quitting.
    static QThreadPool *const probes = new QThreadPool;
    watcher.setFuture(
        QtConcurrent::run(probes, [address] { return ServerLibrary::probe(address); }));

    QProgressDialog dialog(
        QCoreApplication::translate("Parallax::ServerConnect", "Connecting to the library at %1…")
            .arg(LibraryLocation::shown(address)),
        QCoreApplication::translate("Parallax::ServerConnect", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(QCoreApplication::translate("Parallax::ServerConnect", "Parallax"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(kShowAfterMs);
    dialog.setValue(0); // starts the clock: the dialog shows itself after kShowAfterMs
    bool cancelled = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        loop.quit();
    });
    if (!watcher.isFinished())
        loop.exec();
    if (cancelled) {
        // The worker finishes on its own within the connect timeout; its answer is not needed.
        return QCoreApplication::translate("Parallax::ServerConnect",
                                           "Connecting to the library at %1 was cancelled.")
            .arg(LibraryLocation::shown(address));
    }
    const QString problem = watcher.result();
    if (problem.isEmpty())
        return {};
    // The words LibraryDatabase::open uses, and so their translations.
    return QCoreApplication::translate("Parallax::Library", "Cannot open the library %1: %2")
        .arg(LibraryLocation::shown(address), problem);
}

} // namespace Parallax
