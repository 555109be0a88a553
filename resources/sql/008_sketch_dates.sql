-- SPDX-License-Identifier: GPL-3.0-or-later
-- Each sketch carries its article's date: grouping compares a new article with up to fifty
-- candidates, and reading the date from the articles table (rows that hold whole bodies)
-- meant a page read per candidate in a large library. A trigger keeps the copy right.
ALTER TABLE article_sketches ADD COLUMN published_date TEXT;
UPDATE article_sketches SET published_date = (SELECT published_date FROM articles WHERE articles.id = article_sketches.article_id);
CREATE TRIGGER article_sketches_date AFTER UPDATE OF published_date ON articles BEGIN
    UPDATE article_sketches SET published_date = new.published_date WHERE article_id = new.id;
END;
