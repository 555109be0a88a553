// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/feedparser.h"

#include "core/text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Parallax {

namespace {

// Messages of this file, in FeedParser's translation context (lupdate reads the same context).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::FeedParser)
};

QDate parseDate(const QString &text) {
    QString t = text.trimmed();
    // RFC 822 zone names Qt does not read ("GMT", "UT", "EST"...): the date is what counts.
    static const QRegularExpression zone(QStringLiteral("\\s+(?:GMT|UTC?|Z|[ECMP][SD]T)$"));
    t.replace(zone, QStringLiteral(" +0000"));
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid())
        return dt.date();
    return QDate::fromString(t.left(10), Qt::ISODate);
}

QString plainWords(const QString &html) {
    QString text = html;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral(" "));
    return text.simplified();
}

// One element inside an <item> or <entry>: the field it fills, when it is one we keep.
void readItemField(QXmlStreamReader &r, ParsedFeed::Item &item, bool atom) {
    const QStringView name = r.name();
    const QString ns = r.namespaceUri().toString();
    if (name == QLatin1String("title")) {
        item.title = r.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    } else if (name == QLatin1String("link")) {
        const QString href = r.attributes().value(QStringLiteral("href")).toString();
        const QString rel = r.attributes().value(QStringLiteral("rel")).toString();
        if (!href.isEmpty()) {
            if (rel.isEmpty() || rel == QLatin1String("alternate"))
                item.link = href;
        } else {
            item.link = r.readElementText().trimmed();
        }
    } else if (name == QLatin1String("guid") || (atom && name == QLatin1String("id"))) {
        item.guid = r.readElementText().trimmed();
    } else if (name == QLatin1String("pubDate") || name == QLatin1String("published") ||
               (name == QLatin1String("updated") && !item.published.isValid()) ||
               (name == QLatin1String("date") && ns.contains(QLatin1String("purl.org/dc")))) {
        item.published = parseDate(r.readElementText());
    } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
        item.summary = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (name == QLatin1String("encoded") || (atom && name == QLatin1String("content"))) {
        item.content = r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (name == QLatin1String("creator") || name == QLatin1String("author")) {
        if (atom) {
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("name"))
                    item.author = r.readElementText().simplified();
                else
                    r.skipCurrentElement();
            }
        } else {
            item.author = r.readElementText().simplified();
        }
    }
}

// One element of the feed outside its items: its title, site link and language.
void readFeedField(QXmlStreamReader &r, ParsedFeed &feed) {
    const QStringView name = r.name();
    if (name == QLatin1String("title") && feed.title.isEmpty()) {
        feed.title = r.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    } else if (name == QLatin1String("link") && feed.siteLink.isEmpty()) {
        const QString href = r.attributes().value(QStringLiteral("href")).toString();
        const QString rel = r.attributes().value(QStringLiteral("rel")).toString();
        if (!href.isEmpty() && (rel.isEmpty() || rel == QLatin1String("alternate")))
            feed.siteLink = href;
        else if (href.isEmpty())
            feed.siteLink = r.readElementText().trimmed();
    } else if (name == QLatin1String("language")) {
        feed.language = r.readElementText().trimmed();
    }
}

} // namespace

bool FeedParser::carriesArticle(const ParsedFeed::Item &item) {
    // A whole article runs to several paragraphs; a teaser is a sentence or two.
    return Text::countWords(plainWords(item.content)) >= 150;
}

std::optional<ParsedFeed> FeedParser::parse(const QByteArray &xml, QString *error) {
    QXmlStreamReader r(xml);
    ParsedFeed feed;
    ParsedFeed::Item item;
    bool inItem = false, atom = false, sawRoot = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (!sawRoot) {
                sawRoot = true;
                atom = name == QLatin1String("feed");
                if (!atom && name != QLatin1String("rss") && name != QLatin1String("RDF")) {
                    *error = Tr::tr("this is not an RSS or Atom feed");
                    return std::nullopt;
                }
                feed.language = r.attributes().value(QStringLiteral("xml:lang")).toString();
                continue;
            }
            if (name == QLatin1String("item") || name == QLatin1String("entry")) {
                inItem = true;
                item = {};
                continue;
            }
            if (inItem)
                readItemField(r, item, atom);
            else
                readFeedField(r, feed);
        } else if (r.isEndElement() &&
                   (r.name() == QLatin1String("item") || r.name() == QLatin1String("entry"))) {
            inItem = false;
            if (item.guid.isEmpty())
                item.guid = item.link;
            if (!item.guid.isEmpty())
                feed.items.append(item);
        }
    }
    if (r.hasError()) {
        *error = Tr::tr("the feed is not well-formed XML (%1, line %2)")
                     .arg(r.errorString())
                     .arg(r.lineNumber());
        return std::nullopt;
    }
    if (!sawRoot) {
        *error = Tr::tr("the feed is empty");
        return std::nullopt;
    }
    return feed;
}

QStringList FeedParser::opmlFeeds(const QByteArray &xml, QString *error) {
    QXmlStreamReader r(xml);
    QStringList urls;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("outline")) {
            const QString url = r.attributes().value(QStringLiteral("xmlUrl")).toString().trimmed();
            if (!url.isEmpty() && !urls.contains(url))
                urls.append(url);
        }
    }
    if (r.hasError())
        *error = Tr::tr("the subscription list is not well-formed XML (%1)").arg(r.errorString());
    return urls;
}

} // namespace Parallax
