-- SPDX-License-Identifier: GPL-3.0-or-later
-- Credits found in an article's furniture ("Additional reporting by ...", "Courtesy: ..."),
-- one per line.
ALTER TABLE articles ADD COLUMN credits TEXT NOT NULL DEFAULT '';
