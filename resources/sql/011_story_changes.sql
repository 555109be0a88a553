-- SPDX-License-Identifier: GPL-3.0-or-later
-- A token that changes with every change to what story grouping reads (the articles' profiles
-- and dates, the stories, their members). StoryIndex keeps the rows of the days it regrouped
-- in memory between imports while the token is the one it left, so a lone article does not
-- read its days again; a change by anyone else (a merge in the window, an import from the
-- command line, a transaction rolled back) changes or restores another token and the rows are
-- read anew. A random token, not a count: a rollback cannot bring back a value seen since.
CREATE TABLE story_changes (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    token INTEGER NOT NULL
);
INSERT INTO story_changes(id, token) VALUES (1, random());
CREATE TRIGGER story_changes_sketch_insert AFTER INSERT ON article_sketches BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_sketch_update AFTER UPDATE ON article_sketches BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_sketch_delete AFTER DELETE ON article_sketches BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_story_insert AFTER INSERT ON stories BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_story_update AFTER UPDATE ON stories BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_story_delete AFTER DELETE ON stories BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_member_insert AFTER INSERT ON story_articles BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_member_update AFTER UPDATE ON story_articles BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
CREATE TRIGGER story_changes_member_delete AFTER DELETE ON story_articles BEGIN
    UPDATE story_changes SET token = random() WHERE id = 1;
END;
