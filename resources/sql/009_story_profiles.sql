-- SPDX-License-Identifier: GPL-3.0-or-later
-- Stories from profiles (StoryProfile: words, names, places, figures, dates) instead of
-- MinHash bands: each article's profile beside its date, the number of articles each term
-- occurs in (for weighting terms by rarity; the empty term counts the articles), and an
-- index to find the articles of a few days. The bands are no longer read. Libraries from
-- before keep their stories; `parallax stories --rebuild` profiles their articles.
ALTER TABLE article_sketches ADD COLUMN profile BLOB;
CREATE INDEX article_sketches_date ON article_sketches(published_date);
CREATE TABLE story_terms (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
DELETE FROM article_bands;
