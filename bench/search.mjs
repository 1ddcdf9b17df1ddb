// Search figures for `make bench`: the whole command line process searching a register of 10,000 subprocessors,
// side by side with SQLite's own shell answering a LIKE query on the same file, alternated (A B A B …) after a
// warm-up, eleven pairs; the median of each and the median of the pairwise ratios (docs: ../shared/docs/bench.md).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { root } from '../tests/e2e/webdriver.mjs';

const cli = join(process.env.PRIVDESK_TARGET_DIR || join(root, 'target'), 'release/privdesk');
const dir = mkdtempSync(join(tmpdir(), 'privdesk-bench-'));
const db = join(dir, 'bench.sqlite3');
const run = (args) => execFileSync(cli, ['--db', db, ...args], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });

const time = (f) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  run(['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil']);
  run(['demo', '--subprocessors', '10000']);
  const ours = () => run(['subprocessor', 'list', '--search', 'hosting', '--json']);
  const sql = "SELECT * FROM subprocessor WHERE name LIKE '%hosting%' OR service LIKE '%hosting%' OR category LIKE '%hosting%' ORDER BY name;";
  const reference = () => execFileSync('sqlite3', ['-json', db, sql], { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  ours();
  reference();
  const pairs = Array.from({ length: 11 }, () => [time(ours), time(reference)]);
  const found = JSON.parse(ours().toString()).length;
  const pad = (s) => s.padEnd(52);
  console.log(`\nSearch (whole process, 11 alternated pairs; target in brackets)\n`);
  console.log(`${pad('sqlite3: a LIKE query on 10,000 subprocessors')} ${median(pairs.map((p) => p[1])).toFixed(1)} ms`);
  console.log(`${pad('privdesk subprocessor list --search hosting --json')} ${median(pairs.map((p) => p[0])).toFixed(1)} ms  (${found} matches)`);
  console.log(`${pad('ratio to sqlite3 (median of the pairs)')} ${median(pairs.map(([a, b]) => a / b)).toFixed(2)}  [target at most 3]`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
