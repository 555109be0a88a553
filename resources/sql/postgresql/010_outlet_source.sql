-- SPDX-License-Identifier: GPL-3.0-or-later
-- How an article's outlet was found (as ../010_outlet_source.sql).
ALTER TABLE articles ADD COLUMN outlet_source TEXT NOT NULL DEFAULT '';
