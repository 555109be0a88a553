#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Importing saved web pages: the whole `parallax import` of a folder of pages into a new
library (wall time, median of --repeat runs) and the time of each page read alone
(build/bench/import-pages: median, 95th percentile, worst).

usage: bench/import-pages.py PAGES_DIR [--count 180] [--repeat 3] [--build build]

PAGES_DIR holds saved pages (*.html, *.htm), taken in name order, the first --count of them.
Runs headless (offscreen); prints a Markdown table for docs/BENCHMARKS.md.
"""
import argparse, os, re, statistics, subprocess, sys, tempfile, time

ENV = {"QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_DISABLE_SANDBOX": "1",
       "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pages')
    ap.add_argument('--count', type=int, default=180)
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--build', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'build'))
    args = ap.parse_args()
    exe = os.path.join(args.build, 'bin', 'parallax')
    per_page = os.path.join(args.build, 'bench', 'import-pages')
    for p in (exe, per_page):
        if not os.access(p, os.X_OK):
            sys.exit(f'{p} missing: cmake --build --preset default --target parallax import-pages')
    pages = sorted(os.path.join(args.pages, f) for f in os.listdir(args.pages)
                   if f.lower().endswith(('.html', '.htm')))[:args.count]
    if not pages:
        sys.exit(f'no saved pages in {args.pages}')
    env = dict(os.environ)
    for k, v in ENV.items():
        env.setdefault(k, v)

    walls, imported, skipped = [], 0, 0
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.monotonic()
            out = subprocess.run([exe, 'import', '--library', os.path.join(tmp, 'lib.sqlite')] + pages,
                                 env=env, capture_output=True, text=True).stdout
            walls.append(time.monotonic() - t0)
            imported = sum(1 for line in out.splitlines() if line.startswith(('imported ', 'duplicate ')))
            skipped = sum(1 for line in out.splitlines() if line.startswith('skipped '))

    out = subprocess.run([per_page] + pages, env=env, capture_output=True, text=True).stdout
    summary = out.strip().splitlines()[-1]
    m = re.search(r'median ([\d.]+) ms\s+p95 ([\d.]+) ms\s+worst ([\d.]+) ms\s+total ([\d.]+) s', summary)

    wall = statistics.median(walls)
    print(f'pages: {len(pages)} ({imported} imported, {skipped} skipped); runs: '
          + ', '.join(f'{w:.1f}' for w in walls) + ' s\n')
    print('| measure | value |\n| --- | ---: |')
    print(f'| `parallax import` of {len(pages)} pages, wall (median of {args.repeat}) | {wall:.1f} s |')
    print(f'| per page, whole import | {wall / len(pages):.3f} s |')
    if m:
        print(f'| one page read (import-pages): median / p95 / worst | {m.group(1)} / {m.group(2)} / {m.group(3)} ms |')
        print(f'| all pages read, no library (import-pages) | {m.group(4)} s |')


if __name__ == '__main__':
    main()
