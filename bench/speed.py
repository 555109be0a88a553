#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Speed and memory of `parallax compare --json` beside wdiff and diff-match-patch (word
mode) on synthetic coverage pairs of growing size, in one run on one machine.

usage: bench/speed.py --generator PATH/make_coverage_pair.py [--sizes 1000 10000 100000]
                      [--repeat 3] [--parallax build/bin/parallax] [--corpus DIR]

The generator is the team's make_coverage_pair.py (shared tooling, not part of this
repository). Needs wdiff, GNU time (/usr/bin/time) and node; `npm ci` in bench/ installs
diff-match-patch. Prints a Markdown table for docs/BENCHMARKS.md.
"""
import argparse, json, math, os, statistics, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, stdout_file=None):
    """Wall seconds and peak RSS (MiB) of one run, via GNU time."""
    with tempfile.NamedTemporaryFile('r', suffix='.time') as t:
        out = open(stdout_file, 'w') if stdout_file else subprocess.DEVNULL
        subprocess.run(['/usr/bin/time', '-f', '%e %M', '-o', t.name] + cmd, stdout=out,
                       stderr=subprocess.DEVNULL, check=False)
        if stdout_file:
            out.close()
        wall, rss = t.read().split()[-2:]
        return float(wall), int(rss) / 1024.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--generator', required=True)
    ap.add_argument('--sizes', type=int, nargs='+', default=[1000, 10000, 100000])
    ap.add_argument('--repeat', type=int, default=3)
    ap.add_argument('--parallax', default=os.path.join(HERE, '..', 'build', 'bin', 'parallax'))
    ap.add_argument('--corpus', help='a folder of articles: also time the engine on them')
    args = ap.parse_args()

    env_ok = all(os.path.exists(p) for p in ['/usr/bin/time', args.parallax])
    if not env_ok:
        sys.exit('needs /usr/bin/time (Debian package "time") and a built parallax')

    rows = []
    work = tempfile.mkdtemp(prefix='parallax-bench-')
    for size in args.sizes:
        d = os.path.join(work, str(size))
        subprocess.run([sys.executable, args.generator, '--words', str(size), '--seed', '1', '--out', d],
                       check=True, stdout=subprocess.DEVNULL)
        a, b = os.path.join(d, 'a.txt'), os.path.join(d, 'b.txt')
        tools = {
            'parallax compare --json': [args.parallax, 'compare', '--json', a, b],
            'wdiff': ['wdiff', a, b],
            'diff-match-patch (words)': ['node', os.path.join(HERE, 'dmp-words.mjs'), a, b],
        }
        for name, cmd in tools.items():
            runs, engine = [], []
            for _ in range(args.repeat):
                out = os.path.join(d, 'out.json') if name.startswith('parallax') else None
                runs.append(measure(cmd, out))
                if out:
                    engine.append(json.load(open(out))['timing_ms']['total'])
            wall = statistics.median(r[0] for r in runs)
            rss = max(r[1] for r in runs)
            rows.append((size, name, wall, rss, statistics.median(engine) if engine else None))

    if args.corpus:
        files = sorted(os.path.join(args.corpus, f) for f in os.listdir(args.corpus))
        engine = []
        for _ in range(max(args.repeat, 5)):
            out = subprocess.run([args.parallax, 'compare', '--json'] + files, capture_output=True, text=True, check=True)
            engine.append(json.loads(out.stdout)['timing_ms']['total'])
        print(f'corpus {os.path.basename(os.path.normpath(args.corpus))} ({len(files)} articles): '
              f'engine time median {statistics.median(engine):.1f} ms over {len(engine)} runs\n')

    print('| words | tool | wall time (s, median) | peak memory (MiB) | engine time (ms) |')
    print('| ---: | --- | ---: | ---: | ---: |')
    for size, name, wall, rss, engine in rows:
        e = f'{engine:.0f}' if engine is not None else ''
        print(f'| {size:,} | {name} | {wall:.2f} | {rss:.0f} | {e} |')
    sizes = sorted(set(r[0] for r in rows))
    print()
    # Growth per doubling of the input: (t2 / t1) ** (1 / log2(n2 / n1)); 2.0 is linear.
    def growth(values):
        out = []
        for i in range(len(sizes) - 1):
            if values[i] > 0:
                per_doubling = (values[i + 1] / values[i]) ** (1 / math.log2(sizes[i + 1] / sizes[i]))
                out.append(f'{sizes[i]:,}->{sizes[i + 1]:,}: {per_doubling:.2f}x per doubling')
        return ', '.join(out)
    for name in dict.fromkeys(r[1] for r in rows):
        walls = [next(r[2] for r in rows if r[0] == s and r[1] == name) for s in sizes]
        print(f'- {name}, wall time: ' + growth(walls))
        engines = [next(r[4] for r in rows if r[0] == s and r[1] == name) for s in sizes]
        if all(e is not None for e in engines):
            print(f'- {name}, engine time: ' + growth(engines))

if __name__ == '__main__':
    main()
