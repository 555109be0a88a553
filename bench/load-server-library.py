#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Loads a large library file into an empty server library for the benchmarks, fast.

`parallax library copy` writes a row at a time in one transaction, and every statement on
article_sketches or story_articles fires the story_changes trigger, whose one row then gets a
version per article inside that transaction: at 100,000 articles the copy ran for more than
16 minutes and was not half done. This bench tool instead streams each table with COPY
(psql) with the tables' own triggers off, then moves the id sequences past the copied ids and
analyses. The schema is the app's: the server library must exist and have been opened by
Parallax once (its migrations applied), with no articles.

usage: load-server-library.py LIBRARY.sqlite postgresql://user@host:port/database
"""
import csv, io, sqlite3, subprocess, sys

from pgserver import psql

TABLES = [("outlets", "id", True), ("articles", "id", True), ("stories", "id", True),
          ("story_articles", "story_id, article_id", False), ("tags", "id", True),
          ("article_tags", "article_id, tag_id", False), ("feeds", "id", True),
          ("feed_items", "id", True), ("article_sketches", "article_id", False),
          ("story_terms", "term", False)]


def main():
    source, address = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(source)
    for table, order, identity in TABLES:
        server = [r[0] for r in psql(address, "SELECT column_name FROM information_schema.columns WHERE "
                                     f"table_name = '{table}' AND is_generated = 'NEVER' ORDER BY ordinal_position")]
        mine = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        columns = [c for c in server if c in mine]
        buf = io.StringIO()
        w = csv.writer(buf)
        for row in db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
            w.writerow(["\\N" if v is None else "\\x" + v.hex() if isinstance(v, bytes) else v for v in row])
        psql(address, f"ALTER TABLE {table} DISABLE TRIGGER USER")
        psql(address, f"\\copy {table}({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '\\N')",
             stdin=buf.getvalue())
        psql(address, f"ALTER TABLE {table} ENABLE TRIGGER USER")
        if identity:
            psql(address, f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                          f"(SELECT COALESCE(max(id), 1) FROM {table}))")
        print(table, psql(address, f"SELECT count(*) FROM {table}")[0][0], file=sys.stderr)
    psql(address, "VACUUM ANALYZE")


if __name__ == "__main__":
    main()
