// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/htmlimporter.h"

#include <cctype>

#include "core/text.h"
#include "importers/boilerplate.h"
#include "importers/offlinepage.h"
#include "importers/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringConverter>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace Parallax {

namespace {

constexpr int kTimeoutMs = 30000;

// Messages of this file, in HtmlImporter's translation context (lupdate reads the same context).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlImporter)
};

// Runs in the page (isolated world) after Readability.js: the article as paragraphs and
// the page's metadata, as one JSON string.
const char *const kExtract = R"JS(
(function () {
  function meta(names) {
    for (var i = 0; i < names.length; i++) {
      var m = document.querySelector('meta[property="' + names[i] + '"], meta[name="' + names[i] + '"], meta[itemprop="' + names[i] + '"]');
      if (m && m.content) return m.content.trim();
    }
    return '';
  }
  // JSON-LD: the first NewsArticle/Article-like object, looking into @graph and arrays.
  var ld = {};
  document.querySelectorAll('script[type="application/ld+json"]').forEach(function (s) {
    if (ld.headline) return;
    try {
      var data = JSON.parse(s.textContent);
      var queue = Array.isArray(data) ? data.slice() : [data];
      while (queue.length) {
        var o = queue.shift();
        if (!o || typeof o !== 'object') continue;
        if (o['@graph']) queue = queue.concat(o['@graph']);
        var type = [].concat(o['@type'] || []).join(' ');
        if (/Article|NewsArticle|Report|BlogPosting/.test(type) && !ld.headline) ld = o;
      }
    } catch (e) {}
  });
  // "A", "A and B", "A, B and C", as a byline reads.
  function names(v) {
    if (!v) return '';
    var list = [].concat(v).map(function (a) { return typeof a === 'string' ? a : (a && a.name) || ''; }).filter(Boolean);
    return list.length < 2 ? list.join('') : list.slice(0, -1).join(', ') + ' and ' + list[list.length - 1];
  }
  var h1 = document.querySelector('article h1, main h1, h1');
  var time = document.querySelector('time[datetime]');
  var canonical = document.querySelector('link[rel="canonical"]');
  var doc = document.cloneNode(true);
  var article = new Readability(doc, {keepClasses: false}).parse() || {};
  // Paragraphs of the article: block elements in order; <br><br> inside one block splits it.
  var paragraphs = [];
  var holder = document.createElement('div');
  holder.innerHTML = article.content || '';
  holder.querySelectorAll('figure, figcaption, table, nav, aside, form, button, ul, ol').forEach(function (e) { e.remove(); });
  var blocks = holder.querySelectorAll('p, h2, h3, h4, h5, h6, blockquote, pre, div');
  var seen = new Set();
  blocks.forEach(function (b) {
    if (b.tagName === 'DIV' && b.querySelector('p, h2, h3, h4, h5, h6, blockquote, pre, div')) return;
    if (b.tagName === 'P' && b.closest('blockquote') && b.closest('blockquote') !== b && seen.has(b.closest('blockquote'))) return;
    if (b.tagName === 'BLOCKQUOTE' && b.querySelector('p')) return;
    seen.add(b);
    var html = b.innerHTML.replace(/<br\s*\/?>\s*(<br\s*\/?>\s*)+/gi, '\n\n');
    var tmp = document.createElement('div');
    tmp.innerHTML = html;
    tmp.textContent.split(/\n\s*\n/).forEach(function (t) {
      t = t.replace(/\s+/g, ' ').trim();
      if (t) paragraphs.push(t);
    });
  });
  return JSON.stringify({
    paragraphs: paragraphs,
    title: (ld.headline || (h1 && h1.textContent) || meta(['og:title', 'twitter:title']) || article.title || document.title || '').replace(/\s+/g, ' ').trim(),
    byline: (names(ld.author) || (article.byline || '').replace(/^\s*(by|von)\s+/i, '').replace(/\s*[,|·].*$/, '') ||
             meta(['author', 'article:author', 'byl']) || '').trim(),
    outlet: (meta(['og:site_name', 'application-name']) || names(ld.publisher) || article.siteName || '').trim(),
    published: (ld.datePublished || meta(['article:published_time', 'datePublished', 'date', 'pubdate']) || (time && time.getAttribute('datetime')) || article.publishedTime || '').trim(),
    url: ((canonical && canonical.getAttribute('href')) || meta(['og:url']) || ld.url || '').trim(),
    language: (document.documentElement.getAttribute('lang') || meta(['og:locale', 'language']) || article.lang || '').trim()
  });
})()
)JS";

QString readabilitySource()
{
    static const QString source = [] {
        QFile f(QStringLiteral(":/readability/Readability.js"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }();
    return source;
}

// Lines Readability leaves at the top of some bodies that belong to the page's header: the
// headline again and "By <byline>". (Date lines are furniture: Boilerplate sets them aside.)
bool isHeaderLine(const QString &paragraph, const QString &title, const QString &byline)
{
    const QString p = paragraph.simplified();
    if (p.compare(title.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    if (!byline.isEmpty() && (p.compare(byline, Qt::CaseInsensitive) == 0 ||
                              p.compare(QStringLiteral("By ") + byline, Qt::CaseInsensitive) == 0))
        return true;
    return false;
}

QDate parseDate(const QString &text)
{
    if (text.size() < 10)
        return {};
    const QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    return d.isValid() ? d : QDate();
}

// The page's text, decoded by its BOM or its <meta charset> (any encoding ICU knows), else
// by the same detection as plain text (UTF-8, then uchardet).
QString decode(const QByteArray &data)
{
    if (const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(data))
        return QStringDecoder(*bom).decode(data);
    static const QRegularExpression charset(QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = charset.match(QString::fromLatin1(data.left(4096)));
    if (m.hasMatch()) {
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(data);
    }
    return TextDecoder::decode(data).text;
}

} // namespace

QStringList HtmlImporter::mimeTypes() const
{
    return {QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml"), QStringLiteral("application/x-mimearchive")};
}

namespace {

// How deeply the page's elements nest, counted roughly from its tags (void elements and
// self-closed ones do not open a level). Real article pages stay within a few hundred.
int nestingDepth(const QByteArray &html)
{
    static const QList<QByteArray> voids{"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                         "meta", "param", "source", "track", "wbr", "!doctype", "!--"};
    int depth = 0, deepest = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        if (html.at(i) != '<')
            continue;
        if (html.at(i + 1) == '/') {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (!std::isalpha(static_cast<unsigned char>(html.at(i + 1))))
            continue;
        qsizetype end = i + 1;
        while (end < html.size() && std::isalnum(static_cast<unsigned char>(html.at(end))))
            ++end;
        const QByteArray name = html.mid(i + 1, end - i - 1).toLower();
        const qsizetype close = html.indexOf('>', end);
        const bool selfClosed = close > 0 && html.at(close - 1) == '/';
        if (!voids.contains(name) && !selfClosed)
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace

ImportResult HtmlImporter::parse(const QByteArray &data, const QString &sourcePath) const
{
    ImportResult result;
    if (readabilitySource().isEmpty()) {
        result.error = Tr::tr("the article extractor is missing from this build");
        return result;
    }
    // A page nested thousands of levels deep is no article, and would keep the extractor
    // busy for a minute.
    if (const int depth = nestingDepth(data); depth > kMaxNesting) {
        result.error = Tr::tr("the page nests its elements %1 levels deep (more than %2): it is not an article page")
                           .arg(depth)
                           .arg(kMaxNesting);
        return result;
    }
    // The page goes through a file of its own: a data: URL caps pages at 2 MB, and the
    // saved page's neighbours (its _files folder) must not be reachable.
    QTemporaryDir work;
    // An MHTML archive (a page saved as one file) is read by the engine as it is.
    const bool archive = data.left(4096).contains("multipart/related");
    const QString file = work.filePath(archive ? QStringLiteral("page.mhtml") : QStringLiteral("page.html"));
    if (archive) {
        QFile f(file);
        if (!work.isValid() || !f.open(QIODevice::WriteOnly) || f.write(data) < 0) {
            result.error = Tr::tr("no temporary folder to read the page in");
            return result;
        }
    } else {
        QFile f(file);
        // Written as UTF-8 with a byte order mark, which outranks the page's own
        // <meta charset> (already applied by decode()).
        if (!work.isValid() || !f.open(QIODevice::WriteOnly) || f.write("\xEF\xBB\xBF" + decode(data).toUtf8()) < 0) {
            result.error = Tr::tr("no temporary folder to read the page in");
            return result;
        }
    }
    const QUrl url = QUrl::fromLocalFile(file);

    OfflinePage page(url);
    QString json, error;
    switch (page.load(kTimeoutMs)) {
    case OfflinePage::Load::TimedOut:
        error = Tr::tr("the page took longer than %1 seconds to read").arg(kTimeoutMs / 1000);
        break;
    case OfflinePage::Load::Failed:
        error = Tr::tr("the page could not be read");
        break;
    case OfflinePage::Load::Loaded: {
        // Readability and the extraction run in an isolated world of their own.
        const std::optional<QString> value =
            page.run(readabilitySource() + QStringLiteral("\n") + QString::fromUtf8(kExtract), kTimeoutMs);
        if (value)
            json = *value;
        else
            error = Tr::tr("the page took longer than %1 seconds to read").arg(kTimeoutMs / 1000);
        break;
    }
    }
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    return fromExtraction(json.toUtf8(), sourcePath);
}

ImportResult HtmlImporter::fromExtraction(const QByteArray &json, const QString &sourcePath)
{
    ImportResult result;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString title = o.value(QStringLiteral("title")).toString();
    const QString byline = o.value(QStringLiteral("byline")).toString();
    QStringList paragraphs;
    for (const QJsonValue &p : o.value(QStringLiteral("paragraphs")).toArray()) {
        if (!isHeaderLine(p.toString(), title, byline))
            paragraphs.append(p.toString());
    }
    if (paragraphs.isEmpty()) {
        result.error = Tr::tr("no article text was found in this page");
        return result;
    }
    const Boilerplate::Result trimmed = Boilerplate::trim(paragraphs);
    paragraphs = trimmed.kept;
    Article a;
    a.title = title;
    a.byline = byline;
    a.outlet = o.value(QStringLiteral("outlet")).toString();
    a.url = o.value(QStringLiteral("url")).toString();
    a.published = parseDate(o.value(QStringLiteral("published")).toString());
    a.language = o.value(QStringLiteral("language")).toString().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    a.body = Text::normaliseNewlines(paragraphs.join(QStringLiteral("\n\n")));
    a.wordCount = Text::countWords(a.body);
    a.sourcePath = sourcePath;
    a.sourceFormat = QStringLiteral("html");
    a.trimmed = trimmed.trimmed;
    a.credits = trimmed.credits;
    if (a.byline.isEmpty())
        a.byline = trimmed.reporters;
    if (a.outlet.isEmpty()) {
        const QUrl source(sourcePath);
        a.outlet = source.scheme().startsWith(QLatin1String("http")) ? source.host() : QFileInfo(sourcePath).completeBaseName();
    }
    if (a.title.isEmpty())
        a.title = paragraphs.first().left(90);
    result.article = a;
    return result;
}

} // namespace Parallax
