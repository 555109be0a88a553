-- SPDX-License-Identifier: GPL-3.0-or-later
-- Page furniture the importers trimmed from an article (share prompts, newsletter boxes,
-- author bios, credits...): kept aside, never deleted, paragraphs separated by a blank line.
ALTER TABLE articles ADD COLUMN trimmed TEXT NOT NULL DEFAULT '';
