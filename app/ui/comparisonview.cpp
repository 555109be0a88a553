// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparisonview.h"

#include "report/htmlreport.h"

#include <QApplication>
#include <QChildEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPalette>
#include <QRegularExpression>
#include <QStyleHints>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace Parallax {

namespace {

// Refuses every request the page makes: the report needs none, an article must get none.
class RefuseAllRequests final : public QWebEngineUrlRequestInterceptor {
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override {
        const QString scheme = info.requestUrl().scheme();
        if (scheme != QLatin1String("data") && scheme != QLatin1String("about"))
            info.block(true);
    }
};

// Allows the page Parallax sets and nothing else: clicking a link navigates nowhere.
class ReportPage final : public QWebEnginePage {
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override {
        Q_UNUSED(isMainFrame)
        return type == NavigationTypeTyped || url.scheme() == QLatin1String("data") ||
               url.scheme() == QLatin1String("about");
    }
};

bool carriesFiles(const QMimeData *mime) {
    if (!mime || !mime->hasUrls())
        return false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() || url.scheme() == QLatin1String("http") ||
            url.scheme() == QLatin1String("https"))
            return true;
    }
    return false;
}

constexpr int kZoomStep = 10;
constexpr int kZoomMin = 50;
constexpr int kZoomMax = 300;

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWebEngineView(parent) {
    auto *profile = new QWebEngineProfile(this); // off the record: nothing written to disk
    profile->setUrlRequestInterceptor(new RefuseAllRequests(profile));
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    auto *page = new ReportPage(profile, this);
    QWebEngineSettings *s = page->settings();
    // Scripts run only where the page's Content-Security-Policy nonce allows: the few lines
    // HtmlReport writes itself (highlighting counterparts). Article text is always escaped.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    setPage(page);
    setAccessibleName(tr("Comparison"));

    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok)
            applyReadingState();
    });
    // The page tells of a click on a sentence through its title, "select:a<i>s<j>:<n>", and
    // of an outlet named in a heading, "outlet:<i>:<n>:<name, percent-encoded>".
    connect(page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        static const QRegularExpression rx(QStringLiteral("^select:a(\\d+)s(\\d+):\\d+$"));
        static const QRegularExpression named(QStringLiteral("^outlet:(\\d+):\\d+:(.+)$"));
        if (const auto m = rx.match(title); m.hasMatch())
            Q_EMIT sentenceSelected(m.captured(1).toInt(), m.captured(2).toInt());
        else if (const auto n = named.match(title); n.hasMatch())
            Q_EMIT outletNamed(n.captured(1).toInt(),
                               QUrl::fromPercentEncoding(n.captured(2).toUtf8()).simplified());
    });

    // The engine's own widgets receive the drag events; watch them as they appear.
    for (QObject *child : children())
        watch(child);
    render();
}

ComparisonView::~ComparisonView() {
    // The page must go before the profile it uses.
    delete page();
}

void ComparisonView::watch(QObject *child) {
    if (child->isWidgetType())
        child->installEventFilter(this);
}

bool ComparisonView::event(QEvent *event) {
    if (event->type() == QEvent::ChildAdded)
        watch(static_cast<QChildEvent *>(event)->child());
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ThemeChange)
        QMetaObject::invokeMethod(this, &ComparisonView::render,
                                  Qt::QueuedConnection); // light or dark, as the system is
    else if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
             event->type() == QEvent::Drop)
        if (eventFilter(this, event))
            return true;
    return QWebEngineView::event(event);
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (carriesFiles(drag->mimeData())) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (carriesFiles(drop->mimeData())) {
            drop->acceptProposedAction();
            Q_EMIT urlsDropped(drop->mimeData()->urls());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWebEngineView::eventFilter(watched, event);
}

void ComparisonView::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    m_visible.clear();
    render();
}

void ComparisonView::setVisibleArticles(const QList<int> &articles) {
    m_visible = articles;
    render();
}

void ComparisonView::render() {
    HtmlReport::Options options;
    const QColor window = palette().color(QPalette::Window);
    options.dark = window.lightness() < 128;
    options.columns = m_visible;
    // setHtml goes through a data: URL; the base URL stays empty so the page has no origin.
    setHtml(HtmlReport::render(m_comparison, options));
}

void ComparisonView::revealSentences(const QList<QPair<int, int>> &sentences) {
    if (sentences.isEmpty())
        return;
    QStringList ids;
    for (const auto &[article, sentence] : sentences)
        ids.append(QStringLiteral("a%1s%2").arg(article).arg(sentence));
    // The page's own script does the scrolling and marking (HtmlReport); this only says what
    // to reveal, from an isolated world of its own, so the page's script and policy are
    // untouched. The count makes the same sentences revealed twice a change the page sees.
    ++m_reveals;
    page()->runJavaScript(QStringLiteral("document.documentElement.dataset.reveal = '%1:%2';")
                              .arg(m_reveals)
                              .arg(ids.join(u' ')),
                          QWebEngineScript::ApplicationWorld);
}

void ComparisonView::setFilter(Filter filter) {
    m_filter = filter;
    applyReadingState();
}

void ComparisonView::setSynchronised(bool on) {
    m_synchronised = on;
    applyReadingState();
}

void ComparisonView::applyReadingState() {
    static const QStringList names{QStringLiteral("all"),      QStringLiteral("diff"),
                                   QStringLiteral("reworded"), QStringLiteral("unique"),
                                   QStringLiteral("figures"),  QStringLiteral("quotes")};
    page()->runJavaScript(QStringLiteral("document.documentElement.dataset.filter = '%1';"
                                         "document.documentElement.dataset.sync = '%2';")
                              .arg(names.at(int(m_filter)),
                                   m_synchronised ? QStringLiteral("on") : QStringLiteral("off")),
                          QWebEngineScript::ApplicationWorld);
}

void ComparisonView::nextDifference() {
    stepDifference(true);
}

void ComparisonView::previousDifference() {
    stepDifference(false);
}

void ComparisonView::stepDifference(bool forward) {
    const QString script = QStringLiteral(R"JS(
(function (forward) {
  var root = document.documentElement, cols = document.querySelectorAll('.article');
  var col = cols[+(root.dataset.active || 0)] || cols[0];
  if (!col) return '';
  var list = Array.prototype.filter.call(col.querySelectorAll('.s'), function (s) {
    return s.offsetParent !== null && !s.classList.contains('same');
  });
  var top = col.scrollTop, target = null, i;
  if (forward) {
    for (i = 0; i < list.length && !target; i++) if (list[i].offsetTop > top + 8) target = list[i];
  } else {
    for (i = list.length - 1; i >= 0 && !target; i--)
      if (list[i].offsetTop < top - 8) target = list[i];
  }
  if (!target) return '';
  col.scrollTop = target.offsetTop - 8;
  document.querySelectorAll('.s.flash').forEach(function (e) { e.classList.remove('flash'); });
  void target.offsetWidth;
  target.classList.add('flash');
  return target.id;
})(%1))JS")
                               .arg(forward ? QStringLiteral("true") : QStringLiteral("false"));
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

void ComparisonView::focusColumns() {
    setFocus(Qt::ShortcutFocusReason);
    page()->runJavaScript(
        QStringLiteral(
            "(function () {"
            "  var cols = document.querySelectorAll('.article');"
            "  var col = cols[+(document.documentElement.dataset.active || 0)] || cols[0];"
            "  if (col) col.focus();"
            "})()"),
        QWebEngineScript::ApplicationWorld);
}

void ComparisonView::zoomIn() {
    m_fontPercent = qMin(kZoomMax, m_fontPercent + kZoomStep);
    setZoomFactor(m_fontPercent / 100.0);
}

void ComparisonView::zoomOut() {
    m_fontPercent = qMax(kZoomMin, m_fontPercent - kZoomStep);
    setZoomFactor(m_fontPercent / 100.0);
}

void ComparisonView::resetZoom() {
    m_fontPercent = 100;
    setZoomFactor(1.0);
}

} // namespace Parallax
