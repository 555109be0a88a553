#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Several importers of overlapping files into one library at the same moment.

Takes --files article files of the synthetic library (make-library.py, folders 000, 001, ...),
cuts them into --importers slices, and gives importer i the files of slices i and i+1 (the
last one slices n-1 and 0), interleaved, so that every file is imported by two processes at
about the same moment and each importer's files overlap its neighbours' by half. The
importers are processes of `parallax import --library LIBRARY FILE...` started together.
The library is opened once before they start (`parallax list`), so that its schema exists;
with --fresh the importers find no library and create it together. The same union is
imported by one process into a fresh library, the reference.

For each backend (a SQLite file; with --server, a PostgreSQL database created beside the
maintenance database given) it reports:
  - lost: files whose article is in neither library form: no article has the file as its
    source and no process reported it a duplicate of an article that is there;
  - duplicated: articles beyond one per distinct source text (rows minus distinct
    content_hash, which the unique constraint keeps at 0; and rows minus the reference's
    rows, which catches the same text stored under two hashes);
  - the stories: the story membership as sets of source paths, compared to the reference's
    (equal or not, and how many stories differ); articles in two stories.

usage: concurrent-import.py --build build --work /tmp/concurrent --articles /tmp/scale/articles
                            [--files 2000] [--importers 4] [--server postgresql://u@h:p/db]
"""
import argparse, json, os, shutil, sqlite3, subprocess, sys, time

import pgserver

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_DISABLE_SANDBOX="1",
           QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu")


def key(path):
    """A file as "folder/name", the same whatever form of its path the library keeps."""
    return "/".join(path.replace("\\", "/").split("/")[-2:])


def pick_files(articles, count):
    files = []
    for folder in sorted(os.listdir(articles)):
        d = os.path.join(articles, folder)
        files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]
        if len(files) >= count:
            break
    if len(files) < count:
        sys.exit(f"only {len(files)} files in {articles}")
    return files[:count]


def assignments(files, importers):
    """Importer i: slices i and i+1, interleaved, so that two processes meet on each file."""
    size = len(files) // importers
    slices = [files[i * size:(i + 1) * size] for i in range(importers)]
    out = []
    for i in range(importers):
        a, b = slices[i], slices[(i + 1) % importers]
        out.append([f for pair in zip(b, a) for f in pair])
    return out


class Sqlite:
    name = "SQLite"

    def __init__(self, work):
        self.work = work

    def fresh(self, label):
        path = os.path.join(self.work, f"{label}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        return path

    def rows(self, library, sql):
        db = sqlite3.connect(library)
        try:
            return [tuple(str(v) for v in r) for r in db.execute(sql)]
        finally:
            db.close()


class Server(pgserver.Server):
    def fresh(self, label):
        return self.create(f"parallax_concurrent_{label}")

    def rows(self, library, sql):
        return self.psql(library, sql)


def run_importers(parallax, library, lists):
    """Starts one `parallax import` per list at the same moment; their output lines."""
    start = time.perf_counter()
    procs = [subprocess.Popen([parallax, "import", "--library", library] + files, env=ENV,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for files in lists]
    outputs = []
    for p in procs:
        out, err = p.communicate()
        outputs.append({"code": p.returncode, "lines": out.splitlines(), "stderr": err.strip()[-2000:]})
    return outputs, time.perf_counter() - start


def examine(backend, library, files, outputs):
    articles = backend.rows(library, "SELECT id, source_path, content_hash FROM articles")
    members = backend.rows(library, "SELECT story_id, article_id FROM story_articles")
    present = {key(a[1]) for a in articles}
    ids = {a[0] for a in articles}
    path_of = {a[0]: key(a[1]) for a in articles}
    reported_duplicate, refused = {}, set()
    reported = {"imported": 0, "duplicate": 0, "skipped": 0}
    for o in outputs:
        for line in o["lines"]:
            word = line.split(" ", 1)[0]
            if word in reported:
                reported[word] += 1
            if word == "duplicate":
                _, aid, path = line.split(" ", 2)
                reported_duplicate.setdefault(key(path), set()).add(aid)
            elif word == "skipped":
                refused.add(key(line.split(" ", 1)[1].split(": ", 1)[0]))
    missing = [key(f) for f in files
               if key(f) not in present and not (reported_duplicate.get(key(f), set()) & ids)]
    # Missing and told (every process that had it said "skipped": the reader knows), or
    # missing though a process said "imported" or "duplicate", or said nothing: lost.
    told = [f for f in missing if f in refused and not any(
        line.split(" ")[0] in ("imported", "duplicate") and key(line.split(" ", 2)[-1]) == f
        for o in outputs for line in o["lines"])]
    lost = [f for f in missing if f not in told]
    stories = {}
    per_article = {}
    for sid, aid in members:
        stories.setdefault(sid, set()).add(path_of.get(aid, "?" + aid))
        per_article[aid] = per_article.get(aid, 0) + 1
    return {"articles": len(articles), "distinct_sources": len(present),
            "distinct_hashes": len({a[2] for a in articles}), "lost": lost, "refused": told,
            "in_two_stories": sum(1 for n in per_article.values() if n > 1),
            "stories": {frozenset(s) for s in stories.values()}, "reported": reported,
            "exit_codes": [o["code"] for o in outputs],
            "stderr": [o["stderr"] for o in outputs if o["stderr"]]}


def create(parallax, library):
    """Opens the library once, so that its schema exists before the importers start."""
    subprocess.run([parallax, "list", "--library", library], env=ENV, check=True, capture_output=True)


def measure(backend, parallax, files, lists, fresh):
    single_lib = backend.fresh("single")
    single_out, single_s = run_importers(parallax, single_lib, [files])
    single = examine(backend, single_lib, files, single_out)
    many_lib = backend.fresh("many")
    if not fresh:
        create(parallax, many_lib)
    many_out, many_s = run_importers(parallax, many_lib, lists)
    many = examine(backend, many_lib, files, many_out)
    differ = len(many["stories"] ^ single["stories"])
    return {"backend": backend.name, "files": len(files), "importers": len(lists),
            "single_seconds": round(single_s, 1), "concurrent_seconds": round(many_s, 1),
            "single_articles": single["articles"], "articles": many["articles"],
            "lost": len(many["lost"]), "lost_examples": many["lost"][:5],
            "refused": len(many["refused"]), "refused_examples": many["refused"][:5],
            "skip_reasons": sorted({line.split(": ", 1)[-1] for o in many_out for line in o["lines"]
                                    if line.startswith("skipped")})[:3],
            "duplicated_by_hash": many["articles"] - many["distinct_hashes"],
            "duplicated_beyond_reference": many["articles"] - single["articles"],
            "articles_minus_distinct_sources": many["articles"] - many["distinct_sources"],
            "single_lost": len(single["lost"]),
            "stories": len(many["stories"]), "single_stories": len(single["stories"]),
            "stories_equal": many["stories"] == single["stories"],
            "stories_differing": differ,
            "in_two_stories": many["in_two_stories"],
            "reported": many["reported"], "exit_codes": many["exit_codes"],
            "stderr": many["stderr"][:4]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--work", required=True)
    ap.add_argument("--articles", required=True, help="make-library.py's articles folder")
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--importers", type=int, default=4)
    ap.add_argument("--server", help="a PostgreSQL maintenance database's address; "
                    "the libraries are databases created beside it")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--fresh", action="store_true",
                    help="the importers find no library and all create it at once")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    parallax = os.path.abspath(os.path.join(args.build, "bin", "parallax"))
    files = [os.path.abspath(f) for f in pick_files(args.articles, args.files)]
    lists = assignments(files, args.importers)
    backends = [] if args.no_sqlite else [Sqlite(args.work)]
    if args.server:
        backends.append(Server(args.server))
    results = []
    for backend in backends:
        results.append(measure(backend, parallax, files, lists, args.fresh))
        print(json.dumps(results[-1]), file=sys.stderr)
    print("| backend | files / importers | lost | refused (reported skipped) | duplicated (by hash / beyond one importer) | "
          "stories, same as one importer | articles in two stories | one importer / concurrent (s) |")
    print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
    for r in results:
        same = "yes" if r["stories_equal"] else f"no, {r['stories_differing']} differ"
        print(f"| {r['backend']} | {r['files']:,} / {r['importers']} | {r['lost']} | {r['refused']} | "
              f"{r['duplicated_by_hash']} / {r['duplicated_beyond_reference']} | "
              f"{r['stories']:,} ({r['single_stories']:,} alone): {same} | {r['in_two_stories']} | "
              f"{r['single_seconds']} / {r['concurrent_seconds']} |")
    json.dump(results, open(os.path.join(args.work, "results.json"), "w"), indent=1)
    if any(r["lost"] or r["refused"] or r["duplicated_by_hash"] or r["duplicated_beyond_reference"] or not r["stories_equal"]
           for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
