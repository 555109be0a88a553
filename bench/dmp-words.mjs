// SPDX-License-Identifier: GPL-3.0-or-later
// diff-match-patch in word mode, the usual way: every word is mapped to one character,
// the character strings are diffed, and the result is mapped back to words.
//
//   node bench/dmp-words.mjs a.txt b.txt    (prints the number of diff operations)
import { readFileSync } from 'node:fs';
import DiffMatchPatch from 'diff-match-patch';

const [a, b] = process.argv.slice(2).map((p) => readFileSync(p, 'utf8'));
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no time limit: the full diff, as Parallax computes its own fully

const words = [];
const index = new Map();
const encode = (text) =>
  text.split(/(\s+)/).map((w) => {
    if (!index.has(w)) {
      index.set(w, words.length);
      words.push(w);
    }
    return String.fromCharCode(index.get(w) + 1);
  }).join('');

const diffs = dmp.diff_main(encode(a), encode(b), false);
dmp.diff_cleanupSemantic(diffs);
for (const d of diffs) d[1] = Array.from(d[1], (c) => words[c.charCodeAt(0) - 1]).join('');
process.stdout.write(`${diffs.length}\n`);
