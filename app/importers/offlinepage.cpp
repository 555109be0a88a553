// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/offlinepage.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <memory>

namespace Parallax {

namespace {

class OnlyThisFile final : public QWebEngineUrlRequestInterceptor {
public:
    OnlyThisFile(const QUrl &allowed, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_allowed(allowed) {}
    void interceptRequest(QWebEngineUrlRequestInfo &info) override {
        if (info.requestUrl() != m_allowed)
            info.block(true);
    }

private:
    QUrl m_allowed;
};

} // namespace

OfflinePage::OfflinePage(const QUrl &file)
    : m_file(file)
    , m_profile(std::make_unique<QWebEngineProfile>()) // off the record: nothing kept
{
    m_profile->setUrlRequestInterceptor(new OnlyThisFile(file, m_profile.get()));
    m_page = std::make_unique<QWebEnginePage>(m_profile.get());
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled,
                    false); // the page's own scripts never run
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
}

OfflinePage::~OfflinePage() {
    m_page.reset(); // the page goes before its profile
}

OfflinePage::Load OfflinePage::load(int timeoutMs) {
    QEventLoop loop;
    bool loaded = false, timedOut = false;
    QObject::connect(m_page.get(), &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = ok;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    m_page->load(m_file);
    loop.exec();
    return timedOut ? Load::TimedOut : loaded ? Load::Loaded : Load::Failed;
}

std::optional<QString> OfflinePage::run(const QString &script, int timeoutMs) {
    // The answer may come after the time is up (or never): it lands in state shared with
    // the callback, never in this frame.
    struct Answer {
        std::optional<QString> value;
        QPointer<QEventLoop> loop;
    };
    const auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    answer->loop = &loop;
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [answer](const QVariant &v) {
        answer->value = v.toString();
        if (answer->loop)
            answer->loop->quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!answer->value)
        loop.exec();
    return answer->value;
}

} // namespace Parallax
