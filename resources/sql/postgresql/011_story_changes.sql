-- SPDX-License-Identifier: GPL-3.0-or-later
-- A token that changes with every change to what story grouping reads (as
-- ../011_story_changes.sql), here from a sequence, which a rollback never takes back. The same
-- triggers tell the other readers of the library that it changed: a notification on the
-- channel parallax_library, sent by the server when the transaction commits, also for
-- articles added, edited or deleted and for feeds and tags.
CREATE SEQUENCE story_changes_seq;
CREATE TABLE story_changes (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token BIGINT NOT NULL
);
INSERT INTO story_changes(id, token) VALUES (1, nextval('story_changes_seq'));
CREATE FUNCTION story_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE story_changes SET token = nextval('story_changes_seq') WHERE id = 1;
    PERFORM pg_notify('parallax_library', 'stories');
    RETURN NULL;
END
$$;
CREATE FUNCTION library_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('parallax_library', TG_TABLE_NAME);
    RETURN NULL;
END
$$;
CREATE TRIGGER story_changes_sketches AFTER INSERT OR UPDATE OR DELETE ON article_sketches FOR EACH STATEMENT EXECUTE FUNCTION story_changed();
CREATE TRIGGER story_changes_stories AFTER INSERT OR UPDATE OR DELETE ON stories FOR EACH STATEMENT EXECUTE FUNCTION story_changed();
CREATE TRIGGER story_changes_members AFTER INSERT OR UPDATE OR DELETE ON story_articles FOR EACH STATEMENT EXECUTE FUNCTION story_changed();
CREATE TRIGGER library_changes_articles AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION library_changed();
CREATE TRIGGER library_changes_tags AFTER INSERT OR UPDATE OR DELETE ON article_tags FOR EACH STATEMENT EXECUTE FUNCTION library_changed();
CREATE TRIGGER library_changes_feeds AFTER INSERT OR UPDATE OR DELETE ON feeds FOR EACH STATEMENT EXECUTE FUNCTION library_changed();
