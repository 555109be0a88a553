-- SPDX-License-Identifier: GPL-3.0-or-later
-- Automatic story grouping: each article's sketch (MinHash) and its locality-sensitive
-- bands, looked up by (band, hash) to find the coverage of the same story; and which
-- groupings the reader made (kept by later automatic grouping).
CREATE TABLE article_sketches (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    minhash     BLOB NOT NULL
);
CREATE TABLE article_bands (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL
);
CREATE INDEX article_bands_lookup ON article_bands(band, hash);
CREATE INDEX article_bands_article ON article_bands(article_id);
ALTER TABLE stories ADD COLUMN automatic INTEGER NOT NULL DEFAULT 1;
ALTER TABLE story_articles ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
