// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/htmlimporter.h"

#include <cctype>

#include "core/text.h"
#include "importers/boilerplate.h"
#include "importers/htmlextractor.h"
#include "importers/outletguess.h"
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
#include <QUrl>

namespace Parallax {

namespace {

constexpr int kTimeoutMs = 30000;

// Messages of this file, in HtmlImporter's translation context (lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlImporter)
};

// Lines Readability leaves at the top of some bodies that belong to the page's header: the
// headline again and "By <byline>". (Date lines are furniture: Boilerplate sets them aside.)
bool isHeaderLine(const QString &paragraph, const QString &title, const QString &byline) {
    const QString p = paragraph.simplified();
    if (p.compare(title.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    if (!byline.isEmpty() && (p.compare(byline, Qt::CaseInsensitive) == 0 ||
                              p.compare(QStringLiteral("By ") + byline, Qt::CaseInsensitive) == 0))
        return true;
    return false;
}

// Takes the page's header out of the body's first paragraphs: the headline and "By <byline>"
// (dropped), and kept aside: short lines above the headline (a section's name and tagline,
// breadcrumbs) and the outlet's own name or slogan ("Daily Quay. Home of the ...").
QStringList takeMasthead(QStringList &paragraphs, const QString &title, const QString &byline,
                         const QString &outlet) {
    QStringList aside;
    const auto words = [](const QString &p) {
        return p.simplified().count(u' ') + 1;
    };
    qsizetype headline = -1;
    for (qsizetype i = 0; i < std::min<qsizetype>(paragraphs.size(), 6) && headline < 0; ++i) {
        if (!title.isEmpty() &&
            paragraphs.at(i).simplified().compare(title, Qt::CaseInsensitive) == 0)
            headline = i;
    }
    bool shortAbove = headline > 0;
    for (qsizetype i = 0; i < headline; ++i)
        shortAbove = shortAbove && words(paragraphs.at(i)) <= 12;
    QStringList kept;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).simplified();
        if (isHeaderLine(p, title, byline))
            continue;
        const bool namesOutlet = !outlet.isEmpty() && words(p) <= 12 &&
                                 (p.compare(outlet, Qt::CaseInsensitive) == 0 ||
                                  p.startsWith(outlet + u'.', Qt::CaseInsensitive) ||
                                  p.startsWith(outlet + u':', Qt::CaseInsensitive));
        if ((shortAbove && i < headline) || (i < 6 && namesOutlet))
            aside.append(paragraphs.at(i));
        else
            kept.append(paragraphs.at(i));
    }
    paragraphs = kept;
    return aside;
}

// Takes out the short lines above the first sentence of prose that are no sentence, no
// byline and no date: a section's name and its tagline ("SmartNews", "Keeping you
// current") left when the headline itself is gone.
QStringList takeKickers(QStringList &paragraphs) {
    const auto words = [](const QString &p) {
        return p.simplified().count(u' ') + 1;
    };
    qsizetype prose = 0;
    while (prose < paragraphs.size() && words(paragraphs.at(prose)) < 15)
        ++prose;
    if (prose >= paragraphs.size())
        return {};
    static const QRegularExpression notKicker(QStringLiteral("[.!?:\"”’)]$|\\d|^by\\s"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList aside, kept;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i).simplified();
        if (i < std::min<qsizetype>(prose, 4) && words(p) <= 4 && !notKicker.match(p).hasMatch())
            aside.append(paragraphs.at(i));
        else
            kept.append(paragraphs.at(i));
    }
    paragraphs = kept;
    return aside;
}

// A date as pages write it: ISO 8601 ("2012-01-03T10:00"), "2012/01/03", "January 3, 2012",
// "Tue, Jan. 3, 2012", "3 January 2012", "03 Jan 2012 10:00 GMT". Numeric day/month orders
// ("01/03/2012") are ambiguous and not read. An invalid date when there is none.
QDate parseDate(const QString &text) {
    static const QRegularExpression iso(
        QStringLiteral("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)"));
    static const QString month =
        QStringLiteral("(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    static const QRegularExpression monthFirst(
        QStringLiteral("\\b") + month +
            QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?") + month +
            QStringLiteral(",?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const auto valid = [](int y, int m, int d) {
        const QDate date(y, m, d);
        return y >= 1900 && y <= 2200 && date.isValid() ? date : QDate();
    };
    if (const auto m = iso.match(text); m.hasMatch())
        return valid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = monthFirst.match(text); m.hasMatch())
        return valid(m.captured(3).toInt(),
                     int(months.indexOf(m.captured(1).left(3).toLower())) + 1,
                     m.captured(2).toInt());
    if (const auto m = dayFirst.match(text); m.hasMatch())
        return valid(m.captured(3).toInt(),
                     int(months.indexOf(m.captured(2).left(3).toLower())) + 1,
                     m.captured(1).toInt());
    return {};
}

// The first of the page's date candidates (in order of trust) that reads as a date.
QDate firstDate(const QJsonArray &candidates) {
    for (const QJsonValue &v : candidates) {
        if (const QDate d = parseDate(v.toString()); d.isValid())
            return d;
    }
    return {};
}

bool looksLikeDomain(const QString &name) {
    static const QRegularExpression domain(
        QStringLiteral("^(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}$"),
        QRegularExpression::CaseInsensitiveOption);
    return domain.match(name).hasMatch();
}

// The outlet named by the page's address: the part of its title that spells the domain's
// name ("Live Science" for livescience.com in "Rare whale seen | Live Science"), else the
// host without "www.". Empty when the page has no address.
QString outletFromAddress(const QString &url, const QString &docTitle) {
    const QString host = QUrl(url).host().toLower();
    if (host.isEmpty())
        return {};
    const QStringList labels = host.split(u'.');
    const QString name = labels.size() >= 2 ? labels.at(labels.size() - 2) : labels.first();
    static const QRegularExpression separators(QStringLiteral("\\s+[|\\-–—:•·»]\\s+"));
    for (const QString &part : docTitle.split(separators, Qt::SkipEmptyParts)) {
        QString letters = part.toLower();
        letters.remove(QRegularExpression(QStringLiteral("[^\\w]")));
        if (name.size() >= 3 && (letters == name || letters == name + QStringLiteral("com")))
            return part.trimmed();
    }
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

// The outlet a page with no site name and no address gives in its title, beside the
// headline: "Harbour workers accept pay offer | Seaboard Magazine". Empty otherwise.
QString outletFromTitle(const QJsonObject &o) {
    static const QRegularExpression separators(QStringLiteral("\\s+[|\\-–—:•·»]\\s+"));
    const QString headline = o.value(QStringLiteral("title")).toString().simplified();
    const QStringList parts = o.value(QStringLiteral("docTitle"))
                                  .toString()
                                  .simplified()
                                  .split(separators, Qt::SkipEmptyParts);
    if (parts.size() != 2 || headline.isEmpty())
        return {};
    for (int i = 0; i < 2; ++i) {
        const QString other = parts.at(1 - i).trimmed();
        if (parts.at(i).trimmed().compare(headline, Qt::CaseInsensitive) == 0 &&
            other.count(u' ') < 5)
            return other;
    }
    return {};
}

// The outlet: the page's own name for its site (og:site_name, the JSON-LD publisher, the
// site's JSON-LD name, application-name), a name that is a word before one that is a domain;
// else the page's address; else the name its title gives beside the headline.
QString outletOf(const QJsonObject &o, const QString &url) {
    QStringList names;
    static const QRegularExpression separators(QStringLiteral("\\s+[|\\-–—:•·»]\\s+|:\\s+"));
    for (const char *key :
         {"siteName", "publisher", "ldSite", "readabilitySite", "applicationName"}) {
        QString v = o.value(QLatin1String(key)).toString().simplified();
        // An address for a name ("http://example.in/") is its host; a name that runs on
        // into a description ("ARLnow.com - Arlington, Va. - Breaking News …") its first part.
        if (v.contains(QLatin1String("://")))
            v = QUrl(v).host().remove(QRegularExpression(QStringLiteral("^www\\.")));
        if (v.count(u' ') >= 5)
            v = v.split(separators).constFirst().trimmed();
        if (!v.isEmpty())
            names.append(v);
    }
    for (const QString &n : std::as_const(names)) {
        if (!looksLikeDomain(n))
            return n;
    }
    const QString fromAddress =
        outletFromAddress(url, o.value(QStringLiteral("docTitle")).toString());
    if (!fromAddress.isEmpty() && !looksLikeDomain(fromAddress))
        return fromAddress;
    if (!names.isEmpty())
        return names.first();
    return fromAddress.isEmpty() ? outletFromTitle(o) : fromAddress;
}

// The byline: JSON-LD authors, else the byline Readability found ("By A, Staff Writer" read
// as "A"), else the author meta (when it is a name, not a profile's address).
QString bylineOf(const QJsonObject &o) {
    QString byline = o.value(QStringLiteral("byline")).toString();
    if (byline.isEmpty()) {
        // "Posted in Ideas By Jessica", "Posted by the Desk Team": the name after "by".
        static const QRegularExpression by(QStringLiteral("^.{0,40}?\\b(by|von)\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tail(QStringLiteral("\\s*[,|·].*$"));
        // A dateline ("OKLAHOMA CITY —") or a link's label is no name.
        static const QRegularExpression noName(QStringLiteral("[—–-]$|^view |^the .* team$|\\d"),
                                               QRegularExpression::CaseInsensitiveOption);
        byline = o.value(QStringLiteral("readabilityByline")).toString().simplified();
        byline.remove(by).remove(tail);
        if (noName.match(byline.trimmed()).hasMatch() || byline.count(u' ') > 5)
            byline.clear();
    }
    if (byline.isEmpty()) {
        byline = o.value(QStringLiteral("metaAuthor")).toString();
        if (byline.contains(QLatin1String("://")))
            byline.clear();
    }
    return byline.simplified();
}

// The page's text, decoded by its BOM or its <meta charset> (any encoding ICU knows), else
// by the same detection as plain text (UTF-8, then uchardet).
QString decode(const QByteArray &data) {
    if (const std::optional<QStringConverter::Encoding> bom =
            QStringConverter::encodingForData(data))
        return QStringDecoder(*bom).decode(data);
    static const QRegularExpression charset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
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

QStringList HtmlImporter::mimeTypes() const {
    return {QStringLiteral("text/html"), QStringLiteral("application/xhtml+xml"),
            QStringLiteral("application/x-mimearchive")};
}

namespace {

// How deeply the page's elements nest, counted roughly from its tags (void elements and
// self-closed ones do not open a level). Real article pages stay within a few hundred.
int nestingDepth(const QByteArray &html) {
    static const QList<QByteArray> voids{"area",  "base",  "br",       "col",  "embed", "hr",
                                         "img",   "input", "link",     "meta", "param", "source",
                                         "track", "wbr",   "!doctype", "!--"};
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

ImportResult HtmlImporter::parse(const QByteArray &data, const QString &sourcePath) const {
    return stage(data, sourcePath)();
}

std::function<ImportResult()> HtmlImporter::stage(const QByteArray &data,
                                                  const QString &sourcePath) const {
    const auto fail = [](const QString &message) {
        return [message] {
            return ImportResult::failure(message);
        };
    };
    if (HtmlExtractor::scripts().isEmpty())
        return fail(Tr::tr("the article extractor is missing from this build"));
    // A page nested thousands of levels deep is no article, and would keep the extractor
    // busy for a minute.
    if (const int depth = nestingDepth(data); depth > kMaxNesting) {
        return fail(Tr::tr("the page nests its elements %1 levels deep (more than %2): it is not "
                           "an article page")
                        .arg(depth)
                        .arg(kMaxNesting));
    }
    // An MHTML archive (a page saved as one file) is read by the engine as it is; any other
    // page as its text, decoded here.
    const auto finish = [sourcePath](const HtmlExtractor::Result &extracted) {
        return extracted.error.isEmpty() ? fromExtraction(extracted.json.toUtf8(), sourcePath)
                                         : ImportResult::failure(extracted.error);
    };
    if (data.left(4096).contains("multipart/related"))
        return [data, finish] {
            return finish(HtmlExtractor::extractArchive(data, kTimeoutMs));
        };
    return [text = decode(data), finish] {
        return finish(HtmlExtractor::extract(text, kTimeoutMs));
    };
}

ImportResult HtmlImporter::fromExtraction(const QByteArray &json, const QString &sourcePath) {
    ImportResult result;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString title = o.value(QStringLiteral("title")).toString().simplified();
    const QString byline = bylineOf(o);
    const QString url = o.value(QStringLiteral("url")).toString();
    const bool fromWeb = QUrl(sourcePath).scheme().startsWith(QLatin1String("http"));
    const QString outlet = outletOf(o, url.isEmpty() && fromWeb ? sourcePath : url);
    QStringList paragraphs;
    for (const QJsonValue &p : o.value(QStringLiteral("paragraphs")).toArray()) {
        if (!p.toString().trimmed().isEmpty())
            paragraphs.append(p.toString());
    }
    const QStringList masthead = takeMasthead(paragraphs, title, byline, outlet);
    if (paragraphs.isEmpty()) {
        result.error = Tr::tr("no article text was found in this page");
        return result;
    }
    const Boilerplate::Result trimmed = Boilerplate::trim(paragraphs);
    paragraphs = trimmed.kept;
    const QStringList kickers = takeKickers(paragraphs);
    Article a;
    a.title = title;
    a.byline = byline;
    a.url = url;
    a.outlet = outlet;
    a.published = firstDate(o.value(QStringLiteral("dates")).toArray());
    a.language = o.value(QStringLiteral("language"))
                     .toString()
                     .section(u'-', 0, 0)
                     .section(u'_', 0, 0)
                     .toLower();
    a.body = Text::normaliseNewlines(paragraphs.join(QStringLiteral("\n\n")));
    a.wordCount = Text::countWords(a.body);
    a.sourcePath = sourcePath;
    a.sourceFormat = QStringLiteral("html");
    a.trimmed = masthead + kickers + trimmed.trimmed;
    a.credits = trimmed.credits;
    if (a.byline.isEmpty())
        a.byline = trimmed.reporters;
    // A page that names neither its site nor its address: its text, byline or folder may.
    if (!fromWeb)
        OutletGuess::apply(a);
    if (a.title.isEmpty())
        a.title = o.value(QStringLiteral("docTitle")).toString().simplified();
    if (a.title.isEmpty())
        a.title = paragraphs.first().left(90);
    result.article = a;
    return result;
}

} // namespace Parallax
