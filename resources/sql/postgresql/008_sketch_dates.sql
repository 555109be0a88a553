-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dates beside the sketches and the story memberships, kept right by triggers (as
-- ../008_sketch_dates.sql).
ALTER TABLE article_sketches ADD COLUMN published_date TEXT COLLATE "C";
UPDATE article_sketches SET published_date = (SELECT published_date FROM articles WHERE articles.id = article_sketches.article_id);
ALTER TABLE story_articles ADD COLUMN published_date TEXT COLLATE "C";
UPDATE story_articles SET published_date = (SELECT published_date FROM articles WHERE articles.id = story_articles.article_id);
CREATE FUNCTION story_articles_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published_date := (SELECT published_date FROM articles WHERE id = NEW.article_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER story_articles_date BEFORE INSERT ON story_articles FOR EACH ROW EXECUTE FUNCTION story_articles_date();
CREATE FUNCTION article_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article_sketches SET published_date = NEW.published_date WHERE article_id = NEW.id;
    UPDATE story_articles SET published_date = NEW.published_date WHERE article_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_dates AFTER UPDATE OF published_date ON articles FOR EACH ROW EXECUTE FUNCTION article_dates();
