// SPDX-License-Identifier: GPL-3.0-or-later
// Parallax: read several news articles on one story side by side and see where they differ.
// This file only picks between the headless subcommands and the window.

#include "cli/cli.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "ui/enginelog.h"
#include "ui/instanceguard.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/serverconnect.h"
#include "ui/theme.h"
#include "ui/windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <optional>

#include <unistd.h>

namespace {

void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationName(QStringLiteral("Parallax"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
}

// The subcommands (import, list, compare …): run without the window, their exit status; none
// when the arguments ask for the window.
std::optional<int> runHeadless(int &argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Chromium's diagnostics say nothing a reader can act on; --verbose shows them.
    if (!arguments.contains(QStringLiteral("--verbose")))
        Parallax::EngineLog::quieten();
    if (Parallax::Cli::needsWebEngine(arguments)) {
        // Rendering needs a GUI application but no screen: offscreen when there is none.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QApplication app(argc, argv);
        Parallax::Language::apply(QString()); // the command line speaks the system's language
        return Parallax::Cli::run(QCoreApplication::arguments());
    }
    if (Parallax::Cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        Parallax::Language::apply(QString()); // the command line speaks the system's language
        return Parallax::Cli::run(QCoreApplication::arguments());
    }
    return std::nullopt;
}

// The window's command line: --library, --sample, --verbose, FILE….
void parseWindowOptions(QCommandLineParser &parser, const QApplication &app) {
    parser.addOption({QStringLiteral("library"),
                      QCoreApplication::translate("main", "Use the library file PATH."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("sample"), QCoreApplication::translate("main", "Open the sample story.")});
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate(
                          "main", "Let the web engine's diagnostics through to the terminal.")});
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "Articles to import and compare."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
}

// Opens the window's library; one found damaged after an earlier start is checked in full
// first, and a damaged one can be replaced by a backup (the damaged file is kept beside it).
Parallax::Library::OpenResult openWindowLibrary(const QString &path) {
    // A library found damaged after an earlier start is checked in full before it is used.
    QSettings settings;
    QStringList suspects = settings.value(QStringLiteral("library/checkOnOpen")).toStringList();
    const bool suspect = suspects.contains(path);
    Parallax::Library::OpenResult opened = Parallax::Library::open(
        path, suspect ? Parallax::Library::Check::Full : Parallax::Library::Check::Auto);
    if (!opened.library && opened.damaged) {
        // A damaged library: say so, and offer a backup in its place; the damaged file is
        // kept beside it, never overwritten.
        const auto answer = QMessageBox::question(
            nullptr, QCoreApplication::translate("main", "Parallax"),
            QCoreApplication::translate(
                "main",
                "%1\n\nRestore the library from a backup? The damaged file is kept as it is, "
                "beside the restored one.")
                .arg(opened.error));
        if (answer == QMessageBox::Yes) {
            const QString backup = QFileDialog::getOpenFileName(
                nullptr, QCoreApplication::translate("main", "Choose a Backup"),
                QFileInfo(path).absolutePath(),
                QCoreApplication::translate(
                    "main", "Library backups (*.sqlite *.bak *.db);;All files (*)"));
            QString error;
            if (!backup.isEmpty() && Parallax::Library::restore(backup, path, &error))
                opened = Parallax::Library::open(path);
            else if (!error.isEmpty())
                opened.error = error;
        }
    }
    if (suspect && opened.library) { // sound (or restored) after all
        suspects.removeAll(path);
        settings.setValue(QStringLiteral("library/checkOnOpen"), suspects);
    }
    return opened;
}

// The library at `path`; a server is reached first on a worker thread, with a dialog that
// names it and offers Cancel, so that a slow server never freezes the screen.
Parallax::Library::OpenResult openResponsively(const QString &path) {
    if (Parallax::LibraryLocation::isServer(path)) {
        Parallax::Library::OpenResult unreachable;
        unreachable.error = Parallax::ServerConnect::reach(path);
        if (!unreachable.error.isEmpty())
            return unreachable;
    }
    return openWindowLibrary(path);
}

// A server that does not answer (within its connect timeout): try again, or use the reader's
// own library file meanwhile (then remembered); `path` becomes the library opened.
Parallax::Library::OpenResult retryServer(QString &path, Parallax::Library::OpenResult opened) {
    while (!opened.library && Parallax::LibraryLocation::isServer(path)) {
        QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Parallax"),
                        opened.error);
        QPushButton *retry = box.addButton(QMessageBox::Retry);
        QPushButton *local = box.addButton(
            QCoreApplication::translate("main", "Open My Library File"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == local) {
            path = Parallax::LibraryLocation::defaultPath();
            Parallax::LibraryLocation::remember(path);
        } else if (box.clickedButton() != retry) {
            return opened;
        }
        opened = openResponsively(path);
    }
    return opened;
}

} // namespace

int main(int argc, char *argv[]) {
    setIdentity();
    if (const std::optional<int> status = runHeadless(argc, argv))
        return *status;

    // Chromium, inside QtWebEngine, will not start its sandbox as root (containers, CI);
    // without this the comparison view would stay blank.
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("org.parallaxreader.Parallax"));
    Parallax::Language::apply(Parallax::Language::saved()); // View > Language, or the system's
    Parallax::Theme::apply(Parallax::Theme::saved());       // View > Theme, or the platform's

    QCommandLineParser parser;
    parseWindowOptions(parser, app);

    // --library, else PARALLAX_LIBRARY, else the library File > Open Library… chose last.
    QString chosen = parser.value(QStringLiteral("library"));
    if (chosen.isEmpty() && qEnvironmentVariableIsEmpty("PARALLAX_LIBRARY"))
        chosen = Parallax::LibraryLocation::remembered();
    QString path = Parallax::LibraryLocation::resolve(chosen);
    // One window per library: when Parallax already has this library open, the files go to it.
    Parallax::InstanceGuard guard(path);
    switch (guard.claim(parser.positionalArguments())) {
    case Parallax::InstanceGuard::Role::First:
        break;
    case Parallax::InstanceGuard::Role::HandedOver:
        return 0;
    case Parallax::InstanceGuard::Role::Unreachable:
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Parallax"),
            QCoreApplication::translate(
                "main", "The library %1 is open in another Parallax window, which does not "
                        "answer. Close that window (or end its process) and try again.")
                .arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    Parallax::Library::OpenResult opened = openResponsively(path);
    if (!opened.library && Parallax::LibraryLocation::isServer(path))
        opened = retryServer(path, std::move(opened));
    if (!opened.library) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Parallax"),
                              opened.error);
        return 1;
    }
    Parallax::WindowHost host(*opened.library);
    QObject::connect(&guard, &Parallax::InstanceGuard::filesReceived, &host,
                     [&host](const QStringList &files) {
                         Parallax::MainWindow *w = host.window();
                         if (!files.isEmpty())
                             w->importAndOpen(files, Parallax::MainWindow::ImportRequest::Opened);
                         w->showNormal();
                         w->raise();
                         w->activateWindow();
                     });
    Parallax::MainWindow &window = *host.window();
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.importAndOpen(files, Parallax::MainWindow::ImportRequest::Opened);
    else if (parser.isSet(QStringLiteral("sample")) || opened.library->articleCount() == 0)
        window.openSampleStory();
    return app.exec();
}
