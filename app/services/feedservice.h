// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/urlimporter.h"

#include <QStringList>

namespace Parallax {

class Library;

// Refreshes a subscribed feed: downloads it, and stores every item not seen before as an
// article of the library. An item that carries the whole article is read from the feed;
// one that carries only a summary is fetched from its link. No item is imported twice: not
// by its guid, not by its link, not by its text (the library's duplicate check). Items that
// fail are not recorded, so the next refresh tries them again.
class FeedService final {
public:
    struct Result {
        QString title;       // the feed's, as it now reads
        QList<qint64> ids;   // articles stored (new) by this refresh
        int known = 0;       // items seen before
        int duplicates = 0;  // new items whose text the library already had
        QStringList skipped; // "link: reason"
        QString error;       // the feed itself could not be read
        int postponed = 0;   // new items left for the next refresh (see kMaxNewItems)
    };
    // New items read per feed and refresh: a feed of 100,000 items is taken in steps, each
    // refresh bounded in time and memory, instead of hours of downloads at once.
    static constexpr int kMaxNewItems = 50;

    static Result refresh(Library &library, qint64 feedId, const UrlImporter::Limits &limits = {});
};

} // namespace Parallax
