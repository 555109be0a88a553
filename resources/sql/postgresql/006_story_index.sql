-- SPDX-License-Identifier: GPL-3.0-or-later
-- Automatic story grouping: sketches and bands (no longer read since version 9, kept so the
-- versions mean the same schema on both backends), and which groupings the reader made.
CREATE TABLE article_sketches (
    article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash     BYTEA NOT NULL
);
CREATE TABLE article_bands (
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band        INTEGER NOT NULL,
    hash        BIGINT NOT NULL
);
CREATE INDEX article_bands_lookup ON article_bands(band, hash);
CREATE INDEX article_bands_article ON article_bands(article_id);
ALTER TABLE stories ADD COLUMN automatic INTEGER NOT NULL DEFAULT 1;
ALTER TABLE story_articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
