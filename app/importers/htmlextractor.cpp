// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/htmlextractor.h"

#include "importers/offlinepage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace Parallax {

namespace {

// Messages of this file, in HtmlImporter's translation context (they are its messages).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlImporter)
};

QString resourceText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString timedOut(int timeoutMs) {
    return Tr::tr("the page took longer than %1 seconds to read").arg(timeoutMs / 1000);
}

// An empty page holding the compiled scripts, in a folder of its own (the only file its
// profile may load).
class Session final {
public:
    // Loads the empty page and runs the scripts in it; false when either failed.
    bool open(int timeoutMs, QString *error) {
        const QString file = m_dir.filePath(QStringLiteral("extractor.html"));
        QFile f(file);
        if (!m_dir.isValid() || !f.open(QIODevice::WriteOnly) ||
            f.write(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>") <
                0) {
            *error = Tr::tr("no temporary folder to read the page in");
            return false;
        }
        f.close();
        m_page = std::make_unique<OfflinePage>(QUrl::fromLocalFile(file));
        switch (m_page->load(timeoutMs)) {
        case OfflinePage::Load::TimedOut:
            *error = timedOut(timeoutMs);
            return false;
        case OfflinePage::Load::Failed:
            *error = Tr::tr("the page could not be read");
            return false;
        case OfflinePage::Load::Loaded:
            break;
        }
        if (!m_page->run(HtmlExtractor::scripts() + QStringLiteral("\n'ready'"), timeoutMs)) {
            *error = timedOut(timeoutMs);
            return false;
        }
        return true;
    }

    std::optional<QString> run(const QString &script, int timeoutMs) {
        return m_page->run(script, timeoutMs);
    }

    bool busy = false;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OfflinePage> m_page;
};

// The GUI thread's session, made on first use; it goes before the application does (the
// engine must not outlive it), or when a page broke it (timed out).
Session *s_session = nullptr;

void dropSession() {
    delete s_session;
    s_session = nullptr;
}

} // namespace

QString HtmlExtractor::scripts() {
    static const QString source = [] {
        const QString readability = resourceText(QStringLiteral(":/readability/Readability.js"));
        const QString extract = resourceText(QStringLiteral(":/extract/extract.js"));
        return readability.isEmpty() || extract.isEmpty() ? QString()
                                                          : readability + u'\n' + extract;
    }();
    return source;
}

HtmlExtractor::Result HtmlExtractor::extract(const QString &html, int timeoutMs) {
    // A page read while another is being read (a nested event loop) or off the GUI thread
    // gets a session of its own.
    std::unique_ptr<Session> own;
    Session *session = s_session;
    const bool guiThread = QCoreApplication::instance() &&
                           QThread::currentThread() == QCoreApplication::instance()->thread();
    if (!session || session->busy || !guiThread) {
        auto fresh = std::make_unique<Session>();
        QString error;
        if (!fresh->open(timeoutMs, &error))
            return {{}, error};
        if (!s_session && guiThread) {
            s_session = fresh.release();
            session = s_session;
            qAddPostRoutine(dropSession);
        } else {
            own = std::move(fresh);
            session = own.get();
        }
    }
    // The page's text as a JavaScript string literal (JSON is one).
    QByteArray literal = QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact);
    const QString script = QStringLiteral("parallaxExtract(new DOMParser().parseFromString(") +
                           QString::fromUtf8(literal) + QStringLiteral("[0], 'text/html'))");
    literal.clear();
    session->busy = true;
    const std::optional<QString> json = session->run(script, timeoutMs);
    session->busy = false;
    if (!json) {
        // The page's renderer is stuck on this page: the next page gets a new one.
        if (session == s_session)
            dropSession();
        return {{}, timedOut(timeoutMs)};
    }
    return {*json, {}};
}

HtmlExtractor::Result HtmlExtractor::extractArchive(const QByteArray &mhtml, int timeoutMs) {
    // The archive goes through a file of its own: the engine reads MHTML only from a file,
    // and no neighbour of the saved page must be reachable.
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("page.mhtml"));
    QFile f(file);
    if (!work.isValid() || !f.open(QIODevice::WriteOnly) || f.write(mhtml) < 0)
        return {{}, Tr::tr("no temporary folder to read the page in")};
    f.close();
    OfflinePage page(QUrl::fromLocalFile(file));
    switch (page.load(timeoutMs)) {
    case OfflinePage::Load::TimedOut:
        return {{}, timedOut(timeoutMs)};
    case OfflinePage::Load::Failed:
        return {{}, Tr::tr("the page could not be read")};
    case OfflinePage::Load::Loaded:
        break;
    }
    const std::optional<QString> json = page.run(
        scripts() + QStringLiteral("\nparallaxExtract(document.cloneNode(true))"), timeoutMs);
    if (!json)
        return {{}, timedOut(timeoutMs)};
    return {*json, {}};
}

} // namespace Parallax
