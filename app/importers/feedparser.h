// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Parallax {

// An RSS 2.0 or Atom feed, as read from its XML.
struct ParsedFeed final {
    struct Item {
        QString guid; // RSS <guid> / Atom <id>; the link when the feed gives none
        QString link;
        QString title;
        QString author;
        QDate published;
        QString summary; // <description> / <summary>, HTML or text
        QString content; // <content:encoded> / <content>, the full article when the feed carries it
    };
    QString title;
    QString siteLink;
    QString language;
    QList<Item> items;
};

class FeedParser final {
public:
    // Parses RSS 2.0 (and RSS 1.0/RDF) or Atom; `error` says why not.
    static std::optional<ParsedFeed> parse(const QByteArray &xml, QString *error);
    // The feed addresses of an OPML subscription list.
    static QStringList opmlFeeds(const QByteArray &xml, QString *error);
    // Whether the item's content is a whole article rather than a teaser.
    static bool carriesArticle(const ParsedFeed::Item &item);
};

} // namespace Parallax
