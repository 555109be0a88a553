-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2 on a server: full-text search over titles and bodies, a tsvector kept by
-- the server itself (a generated column) with a GIN index. Each article is read in its own
-- language's configuration (stemming, stop words); one without a known language as plain
-- words. parallax_text_config is the one mapping from a language code to a configuration.
CREATE FUNCTION parallax_text_config(language TEXT) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lower(split_part(language, '-', 1))
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'de' THEN 'german'::regconfig
        WHEN 'fr' THEN 'french'::regconfig
        WHEN 'es' THEN 'spanish'::regconfig
        WHEN 'it' THEN 'italian'::regconfig
        WHEN 'nl' THEN 'dutch'::regconfig
        WHEN 'pt' THEN 'portuguese'::regconfig
        WHEN 'sv' THEN 'swedish'::regconfig
        WHEN 'da' THEN 'danish'::regconfig
        WHEN 'no' THEN 'norwegian'::regconfig
        WHEN 'nb' THEN 'norwegian'::regconfig
        WHEN 'fi' THEN 'finnish'::regconfig
        WHEN 'ru' THEN 'russian'::regconfig
        ELSE 'simple'::regconfig
    END
$$;
-- The words as written (configuration 'simple'), which a search looks up as prefixes, as
-- FTS5 does in a library file; beside them the stems of the article's language.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', title), 'A') ||
    setweight(to_tsvector(parallax_text_config(language), title), 'A') ||
    setweight(to_tsvector('simple', body), 'B') ||
    setweight(to_tsvector(parallax_text_config(language), body), 'B')) STORED;
CREATE INDEX articles_search ON articles USING gin (search);
