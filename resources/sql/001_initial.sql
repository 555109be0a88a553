-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: outlets, articles, stories and story membership.
-- Statements end with ";" at the end of a line; a trigger body (BEGIN ... END;) is one statement.

CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    outlet_id       INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
    byline          TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    published_date  TEXT,            -- ISO 8601 date, NULL when unknown
    language        TEXT NOT NULL DEFAULT '',
    body            TEXT NOT NULL,   -- as written; only newlines normalised
    content_hash    TEXT NOT NULL UNIQUE,
    source_path     TEXT NOT NULL DEFAULT '',
    source_format   TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL,   -- ISO 8601 UTC
    word_count      INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0)
);
CREATE INDEX articles_outlet ON articles(outlet_id);
CREATE INDEX articles_published ON articles(published_date);

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE story_articles (
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE INDEX story_articles_article ON story_articles(article_id);
