-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 12 on a server (a file has no counterpart: FTS5 ranks from its own index):
-- a small vector that search results are ranked by, the words of the title and of the
-- body's first 300 characters, its lede, as written (configuration 'simple', as a search
-- looks words up). Ranking by the whole `search` column read every match's vector back from
-- TOAST (~40 µs a match, most of a search's time); this one stays in the row (STORAGE MAIN
-- keeps it there rather than the body), and short enough that the table's rows still fit
-- the server's cache at 100,000 articles (a 1,000-character lede doubled the table and
-- the slowest searches). See docs/BENCHMARKS.md, issue 21.
ALTER TABLE articles ADD COLUMN rank_terms tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') ||
    setweight(to_tsvector('simple', left(body, 300)), 'B')) STORED;
ALTER TABLE articles ALTER COLUMN rank_terms SET STORAGE MAIN;
