-- SPDX-License-Identifier: GPL-3.0-or-later
-- How an article's outlet was found: '' stated (a header, the page, the reader), or inferred
-- by the importer from the 'text', a 'byline', a 'link' or the file's 'folder'.
ALTER TABLE articles ADD COLUMN outlet_source TEXT NOT NULL DEFAULT '';
