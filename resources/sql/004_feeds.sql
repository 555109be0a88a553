-- SPDX-License-Identifier: GPL-3.0-or-later
-- RSS and Atom subscriptions, and every item seen in them (so none is imported twice).
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    last_checked TEXT,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    link TEXT NOT NULL DEFAULT '',
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    is_read INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, guid)
);
CREATE INDEX feed_items_link ON feed_items(link);
