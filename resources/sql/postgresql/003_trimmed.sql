-- SPDX-License-Identifier: GPL-3.0-or-later
-- Page furniture the importers trimmed from an article (as ../003_trimmed.sql).
ALTER TABLE articles ADD COLUMN trimmed TEXT NOT NULL DEFAULT '';
