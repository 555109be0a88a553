// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: RSS, Atom and OPML parsing.
#include "importers/feedparser.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    if (const auto feed = Parallax::FeedParser::parse(bytes, &error)) {
        for (const auto &item : feed->items)
            Parallax::FeedParser::carriesArticle(item);
    }
    Parallax::FeedParser::opmlFeeds(bytes, &error);
    return 0;
}
