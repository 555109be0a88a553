-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dates beside the sketches and the story memberships. Grouping compares a new article with
-- up to fifty candidates, and the panel lists stories by their latest coverage; reading the
-- dates from the articles table (rows that hold whole bodies) meant a page read per article
-- in a large library. Triggers keep the copies right.
ALTER TABLE article_sketches ADD COLUMN published_date TEXT;
UPDATE article_sketches SET published_date = (SELECT published_date FROM articles WHERE articles.id = article_sketches.article_id);
ALTER TABLE story_articles ADD COLUMN published_date TEXT;
UPDATE story_articles SET published_date = (SELECT published_date FROM articles WHERE articles.id = story_articles.article_id);
CREATE TRIGGER story_articles_date AFTER INSERT ON story_articles BEGIN
    UPDATE story_articles SET published_date = (SELECT published_date FROM articles WHERE id = new.article_id)
    WHERE story_id = new.story_id AND article_id = new.article_id;
END;
CREATE TRIGGER article_dates AFTER UPDATE OF published_date ON articles BEGIN
    UPDATE article_sketches SET published_date = new.published_date WHERE article_id = new.id;
    UPDATE story_articles SET published_date = new.published_date WHERE article_id = new.id;
END;
