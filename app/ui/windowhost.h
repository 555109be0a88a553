// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace Parallax {

class Library;
class MainWindow;

// Owns the main window. Choosing another language in View > Language builds the window
// again, in the new language, where the old one was: same size and docks, same articles
// compared. (Rebuilding is simpler and more complete than retranslating every widget.)
class WindowHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    explicit WindowHost(Library &library, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    // Applies the language (and saves the choice), then rebuilds the window in it.
    void switchLanguage(const QString &code);

Q_SIGNALS:
    void windowReplaced(Parallax::MainWindow *window);

private:
    void create();

    Library &m_library;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Parallax
