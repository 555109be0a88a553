-- SPDX-License-Identifier: GPL-3.0-or-later
-- Credits found in an article's furniture, one per line (as ../005_credits.sql).
ALTER TABLE articles ADD COLUMN credits TEXT NOT NULL DEFAULT '';
