-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: an article costs the server less to store.
--
-- 1. The story_changes token (011) moves once per transaction rather than once per
-- statement. PostgreSQL keeps every version of a row that one transaction updates until it
-- ends, so a batch of articles left a growing chain behind the one row. Once is enough for
-- what the token is for: another connection's change, or a rollback, moves it; no other
-- writer runs inside a transaction (the write lock); this connection's own writes are known
-- to its StoryIndex. StoryIndex reads the token once a transaction on a server (changed_in
-- tells it that its transaction has moved it). The notification is still sent per statement:
-- the server folds equal ones of a transaction into one.
ALTER TABLE story_changes ADD COLUMN changed_in xid8;
CREATE OR REPLACE FUNCTION story_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE story_changes SET token = nextval('story_changes_seq'), changed_in = pg_current_xact_id()
        WHERE id = 1 AND changed_in IS DISTINCT FROM pg_current_xact_id();
    PERFORM pg_notify('parallax_library', 'stories');
    RETURN NULL;
END
$$;

-- 2. The search words of an article with no language of its own ('simple') are made once,
-- not twice: the language's words were the 'simple' words again. The column is made anew
-- (a generated column's expression cannot be changed), which reads every article once.
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') ||
    setweight(CASE WHEN parallax_text_config(language) = 'simple'::regconfig THEN ''::tsvector
                   ELSE to_tsvector(parallax_text_config(language), title) END, 'A') ||
    setweight(to_tsvector('simple', body), 'B') ||
    setweight(CASE WHEN parallax_text_config(language) = 'simple'::regconfig THEN ''::tsvector
                   ELSE to_tsvector(parallax_text_config(language), body) END, 'B')) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
