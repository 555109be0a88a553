-- SPDX-License-Identifier: GPL-3.0-or-later
-- Stories from profiles: each article's profile beside its date, the number of articles each
-- term occurs in, an index to find the articles of a few days (as ../009_story_profiles.sql).
ALTER TABLE article_sketches ADD COLUMN profile BYTEA;
CREATE INDEX article_sketches_date ON article_sketches(published_date);
CREATE TABLE story_terms (
    term TEXT COLLATE "C" PRIMARY KEY,
    df   BIGINT NOT NULL
);
DELETE FROM article_bands;
