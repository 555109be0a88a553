// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace Parallax {

// An offscreen Qt WebEngine page that may load one local file and nothing else: its own
// off-the-record profile refuses every other request (network, other files), the page's
// scripts are off, images and plugins are not loaded. Used to read saved web pages and to
// print the report to PDF. Needs a QGuiApplication on the calling thread.
class OfflinePage final {
public:
    enum class Load : quint8 { Loaded, Failed, TimedOut };

    explicit OfflinePage(const QUrl &file);
    ~OfflinePage();
    Q_DISABLE_COPY_MOVE(OfflinePage)

    QWebEnginePage *page() const { return m_page.get(); }
    // Loads the file, running the event loop until it is loaded or the time is up.
    Load load(int timeoutMs);
    // Runs a script in an isolated world (the page's own scripts stay off) and returns
    // its value as text; nullopt when it did not answer in time.
    std::optional<QString> run(const QString &script, int timeoutMs);

private:
    QUrl m_file;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEnginePage> m_page;
};

} // namespace Parallax
