#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The library at scale: import, search, startup, grouping and memory at growing sizes.

Builds libraries of synthetic coverage (make-library.py) of each size by importing into
one growing library, and at each size measures on a copy:
  - importing --extra more articles (seconds; grouping time per article, p50/p95/max);
  - search as typed in the search box (p50/p95 over a fixed set of queries), and the same
    narrowed to a month, newest first;
  - opening the window, as `parallax` starts (process start to a usable window), median
    of --runs, under xvfb-run;
  - peak memory of each;
  - grouping quality against the generator's truth (pairs of articles put in one story).

With --server ADDRESS (a PostgreSQL maintenance database, e.g. tests/postgresql/cluster.sh's
postgresql://parallax@127.0.0.1:54340/parallax) the same is measured on a server library
beside the file: the library is the database parallax_scale_SIZE created beside ADDRESS, the
copies are made with CREATE DATABASE ... TEMPLATE, and one article added alone is timed on
both backends (--add articles of the folder after the library's, `library-scale add`).
Rows are labelled with the articles the library holds.

usage: library-scale.py --build build --work /tmp/scale [--sizes 10000,100000] [--extra 10000]
                        [--server ADDRESS [--server-only]] [--reuse] [--no-window]
"""
import argparse, json, os, random, re, shutil, sqlite3, statistics, subprocess, sys, time

from pgserver import Server

HERE = os.path.dirname(os.path.abspath(__file__))


def run_json(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def folders(work, first, count):
    """The generator's folders holding articles first .. first+count-1 (a thousand each)."""
    return [os.path.join(work, "articles", f"{n:03d}") for n in range(first // 1000, (first + count) // 1000)]


def queries(work, n, seed=7):
    """Search-box queries drawn from the articles: common and rare words, two words, names,
    prefixes, and a few that match nothing."""
    rng = random.Random(seed)
    files = []
    for d in folders(work, 0, 10000):
        if not os.path.isdir(d):
            break
        files += [os.path.join(d, f) for f in sorted(os.listdir(d))[:50]]
    words = []
    for f in rng.sample(files, min(100, len(files))):
        body = open(f, encoding="utf-8").read().split("\n\n", 1)[1]
        words += re.findall(r"[A-Za-z]+", body)
    # Nobody searches for "the": words of the function list (make-library.py) are left out,
    # as search boxes are given names and content words. The worst case, a word in nearly
    # every article, is measured on its own (see main).
    function = set(load_generator().FUNCTION)
    words = [w for w in words if w.lower() not in function]
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 0:
            out.append(rng.choice(words).lower())
        elif kind == 1:
            out.append(" ".join(rng.sample(words, 2)).lower())
        elif kind == 2:
            out.append(rng.choice([w for w in words if w[0].isupper()]))
        elif kind == 3:
            word = rng.choice([w for w in words if len(w) > 5])  # still being typed
            out.append(word[:len(word) - rng.randint(1, 2)])
        else:
            out.append(rng.choice(words) + " zzqx")
    return out


def grep_reference(work, size, queries, n=20):
    """The reference a reader without Parallax has: grep -ril over the article files of the
    library (every word of the query must occur; the first word is searched, the others
    narrow its hits). Milliseconds per query, p50 and p95."""
    dirs = folders(work, 0, size)
    times = []
    for q in queries[:n]:
        words = [w for w in re.findall(r"[A-Za-z0-9]+", q)]
        if not words:
            continue
        t = time.perf_counter()
        hits = subprocess.run(["grep", "-rliF", "--", words[0]] + dirs, capture_output=True, text=True).stdout.split()
        for w in words[1:]:
            if hits:
                hits = subprocess.run(["grep", "-liF", "--", w] + hits, capture_output=True, text=True).stdout.split()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"p50": times[len(times) // 2], "p95": times[min(len(times) - 1, int(len(times) * 0.95))], "n": len(times)}


def remove_library(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def retrying(work):
    """Python's sqlite3 has twice reported "database disk image is malformed" when it opened
    a library the moment the import process had exited; a second later the same read worked
    and PRAGMA quick_check said ok. Such a hiccup is retried (and counted) instead of ending
    the run."""
    for attempt in range(5):
        try:
            return work()
        except sqlite3.DatabaseError as e:
            print(f"retrying after: {e}", file=sys.stderr)
            time.sleep(2)
    return work()


def checkpoint(path):
    """Folds the write-ahead log into the file, so that a copy of the file alone is whole."""
    def run():
        db = sqlite3.connect(path)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    retrying(run)


def load_generator():
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_library", os.path.join(HERE, "make-library.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grouping_quality(library, gold_file):
    gold = json.load(open(gold_file))["events"]
    db = sqlite3.connect(library)
    event = {}
    for aid, path in db.execute("SELECT id, source_path FROM articles"):
        key = "/".join(path.split("/")[-2:])
        if key in gold:
            event[aid] = gold[key]
    by_story, by_event = {}, {}
    for sid, aid in db.execute("SELECT story_id, article_id FROM story_articles"):
        by_story.setdefault(sid, []).append(aid)
    for aid, e in event.items():
        by_event.setdefault(e, []).append(aid)
    pairs = lambda groups: {(a, b) for g in groups.values() for a in g for b in g if a < b}
    found, truth = pairs(by_story), pairs(by_event)
    hit = len(found & truth)
    return {"precision": hit / len(found) if found else 0.0, "recall": hit / len(truth) if truth else 0.0,
            "stories": len(by_story), "events_covered_twice": sum(1 for g in by_event.values() if len(g) > 1)}


def server_grouping_quality(server, address, gold_file):
    """grouping_quality of a server library."""
    gold = json.load(open(gold_file))["events"]
    event = {}
    for aid, path in server.psql(address, "SELECT id, source_path FROM articles"):
        key = "/".join(path.split("/")[-2:])
        if key in gold:
            event[aid] = gold[key]
    by_story, by_event = {}, {}
    for sid, aid in server.psql(address, "SELECT story_id, article_id FROM story_articles"):
        by_story.setdefault(sid, []).append(aid)
    for aid, e in event.items():
        by_event.setdefault(e, []).append(aid)
    pairs = lambda groups: {(a, b) for g in groups.values() for a in g for b in g if a < b}
    found, truth = pairs(by_story), pairs(by_event)
    hit = len(found & truth)
    return {"precision": hit / len(found) if found else 0.0, "recall": hit / len(truth) if truth else 0.0,
            "stories": len(by_story)}


def lone_adds(work, size, count):
    """The first `count` article files of the folder after a library of `size` articles."""
    d = folders(work, size, 1000)[0]
    return [os.path.join(d, f) for f in sorted(os.listdir(d))[:count]]


def measure_server(args, tool, server, size, qfile, common):
    """One row on the server: the library parallax_scale_SIZE, built unless --reuse."""
    base = f"parallax_scale_{size}"
    library = server.address(base)
    if not args.reuse:
        server.create(base)
        built = run_json([tool, "import", library] + folders(args.work, 0, size))
        print(f"built {size} on the server: {built['seconds']:.1f} s", file=sys.stderr)
    copy = server.create("parallax_scale_copy", template=base)
    extra = run_json([tool, "import", copy] + folders(args.work, size, args.extra))
    copy = server.create("parallax_scale_copy", template=base)
    add = run_json([tool, "add", copy] + lone_adds(args.work, size, args.add))
    server.drop("parallax_scale_copy")
    search = run_json([tool, "search", library, qfile])
    search["common_words"] = run_json([tool, "search", library, common])
    row = {"backend": "PostgreSQL", "articles": search["articles"], "import_extra": extra, "add": add,
           "search": search, "library_mb": server.size_mb(library)}
    if not args.no_window:
        row["open"] = open_window(args, tool, library)
    row["grouping_quality"] = server_grouping_quality(server, library, os.path.join(args.work, "gold.json"))
    print(json.dumps(row), file=sys.stderr)
    return row


def open_window(args, tool, library):
    env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1", QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu")
    opens = [run_json(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", tool, "open", library], env)
             for _ in range(args.runs)]
    return sorted(opens, key=lambda o: o["window_usable_ms"])[len(opens) // 2]


def measure_sqlite_beside(args, tool, size, qfile, common):
    """The same row on a library file of `size` articles (library-SIZE.sqlite, built unless
    --reuse finds it)."""
    library = os.path.join(args.work, f"library-{size}.sqlite")
    if not (args.reuse and os.path.exists(library)):
        remove_library(library)
        built = run_json([tool, "import", library] + folders(args.work, 0, size))
        print(f"built {size} in a file: {built['seconds']:.1f} s", file=sys.stderr)
    copy = os.path.join(args.work, "copy.sqlite")
    checkpoint(library)
    remove_library(copy)
    shutil.copy(library, copy)
    extra = run_json([tool, "import", copy] + folders(args.work, size, args.extra))
    remove_library(copy)
    shutil.copy(library, copy)
    add = run_json([tool, "add", copy] + lone_adds(args.work, size, args.add))
    remove_library(copy)
    search = run_json([tool, "search", library, qfile])
    search["common_words"] = run_json([tool, "search", library, common])
    row = {"backend": "SQLite", "articles": search["articles"], "import_extra": extra, "add": add,
           "search": search, "library_mb": os.path.getsize(library) / 2**20}
    if not args.no_window:
        row["open"] = open_window(args, tool, library)
    row["grouping_quality"] = retrying(lambda: grouping_quality(library, os.path.join(args.work, "gold.json")))
    print(json.dumps(row), file=sys.stderr)
    return row


def print_beside(rows, extra):
    """The table "PostgreSQL beside SQLite" of docs/BENCHMARKS.md."""
    print(f"| backend | articles | import {extra:,} more (s) | grouping p50 / p95 (ms) | search p50 / p95 (ms) | "
          "search in a month, by date, p95 (ms) | a word in every article (ms) | "
          "one article added, p50 / p95 (ms) | open to usable window (ms) | library (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        g, s, a = r["import_extra"]["grouping_ms"], r["search"], r["add"]["add_ms"]
        window = f"{r['open']['window_usable_ms']:.0f}" if "open" in r else "–"
        print(f"| {r['backend']} | {r['articles']:,} | {r['import_extra']['seconds']:.1f} | "
              f"{g['p50']:.2f} / {g['p95']:.2f} | {s['search_ms']['p50']:.1f} / {s['search_ms']['p95']:.1f} | "
              f"{s['search_in_a_month_by_date_ms']['p95']:.1f} | {s['common_words']['search_ms']['max']:.0f} | "
              f"{a['p50']:.1f} / {a['p95']:.1f} | {window} | {r['library_mb']:.0f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--work", required=True)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--extra", type=int, default=10000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reference-only", action="store_true",
                    help="only time the reference (grep over the article files) at each size")
    ap.add_argument("--reuse", action="store_true",
                    help="measure the library already in --work (of the one size given) instead of building it")
    ap.add_argument("--server", help="also measure a PostgreSQL library on this server (its maintenance "
                    "database's address)")
    ap.add_argument("--server-only", action="store_true", help="with --server: the server alone")
    ap.add_argument("--add", type=int, default=200, help="articles added alone, one at a time")
    ap.add_argument("--no-window", action="store_true", help="do not time opening the window")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tool = os.path.join(args.build, "bench", "library-scale")
    need = max(sizes) + args.extra
    if not os.path.isdir(os.path.join(args.work, "articles", f"{(need - 1) // 1000:03d}")):
        subprocess.run([sys.executable, os.path.join(HERE, "make-library.py"), "--articles", str(need),
                        "--out", args.work], check=True)
    qfile = os.path.join(args.work, "queries.txt")
    with open(qfile, "w") as f:
        f.write("\n".join(queries(args.work, args.queries)) + "\n")
    # The worst case: words in nearly every article.
    common = os.path.join(args.work, "common-queries.txt")
    with open(common, "w") as f:
        f.write("said\nthe\nwill have\nmore than\n")

    if args.reference_only:
        qs = open(qfile).read().split("\n")
        for size in sizes:
            print(f"| {size:,} | grep -ril: {json.dumps(grep_reference(args.work, size, qs))} |")
        return

    if args.server:
        server, beside = Server(args.server), []
        for size in sizes:
            beside.append(measure_server(args, tool, server, size, qfile, common))
            if not args.server_only:
                beside.append(measure_sqlite_beside(args, tool, size, qfile, common))
        print_beside(beside, args.extra)
        json.dump(beside, open(os.path.join(args.work, "results-beside.json"), "w"), indent=1)
        return

    library = os.path.join(args.work, "library.sqlite")
    have, results = 0, []
    if args.reuse:
        have = sizes[0]
    else:
        remove_library(library)
    for size in sizes:
        if size > have:
            built = run_json([tool, "import", library] + folders(args.work, have, size - have))
            print(f"built {size}: {built['seconds']:.1f} s", file=sys.stderr)
        have = size
        copy = os.path.join(args.work, "copy.sqlite")
        remove_library(copy)
        checkpoint(library)
        shutil.copy(library, copy)
        extra = run_json([tool, "import", copy] + folders(args.work, size, args.extra))
        remove_library(copy)
        search = run_json([tool, "search", library, qfile])
        search["common_words"] = run_json([tool, "search", library, common])
        search["grep_reference"] = grep_reference(args.work, size, open(qfile).read().split("\n"))
        env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1", QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu")
        opens = [run_json(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", tool, "open", library], env)
                 for _ in range(args.runs)]
        quality = retrying(lambda: grouping_quality(library, os.path.join(args.work, "gold.json")))
        quality["integrity"] = retrying(lambda: sqlite3.connect(library).execute("PRAGMA quick_check").fetchone()[0])
        results.append({"articles": size, "import_extra": extra, "search": search,
                        "open": sorted(opens, key=lambda o: o["window_usable_ms"])[len(opens) // 2],
                        "grouping_quality": quality,
                        "library_mb": os.path.getsize(library) / 2**20})
        print(json.dumps(results[-1]), file=sys.stderr)

    print(f"| articles | import {args.extra:,} more (s) | grouping p50 / p95 / max (ms) | import peak (MB) | "
          "search p50 / p95 (ms) | search in a month p95 (ms) | a word in every article (ms) | open to usable window (ms) | window peak (MB) | "
          "grouping precision / recall | library file (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        g = r["import_extra"]["grouping_ms"]
        s = r["search"]
        print(f"| {r['articles']:,} | {r['import_extra']['seconds']:.1f} | {g['p50']:.2f} / {g['p95']:.2f} / {g['max']:.1f} | "
              f"{r['import_extra']['peak_rss_mb']:.0f} | {s['search_ms']['p50']:.1f} / {s['search_ms']['p95']:.1f} | "
              f"{s['search_in_a_month_by_date_ms']['p95']:.1f} | {s['common_words']['search_ms']['max']:.0f} | "
              f"{r['open']['window_usable_ms']:.0f} | "
              f"{r['open']['peak_rss_mb']:.0f} | {r['grouping_quality']['precision']:.3f} / {r['grouping_quality']['recall']:.3f} | "
              f"{r['library_mb']:.0f} |")
    json.dump(results, open(os.path.join(args.work, "results.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
