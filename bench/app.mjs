// Window figures for `make bench` (how: ../shared/docs/bench.md), run under xvfb-run with the release build:
// - memory at rest: our window against a bare Tauri window built from the same dependencies and configuration
//   (src-tauri/examples/bare_window.rs), alternated, three times each, per process;
// - first contentful paint;
// - keystroke in the register's search box to its new rows painted, on 10,000 subprocessors;
// - memory after opening every screen in turn on a store filled by `privdesk demo`, then 10 s on the dashboard.

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App, root } from '../tests/e2e/webdriver.mjs';

const release = join(process.env.PRIVDESK_TARGET_DIR || join(root, 'target'), 'release');
const ours = join(release, 'privdesk-app');
const bare = join(release, 'examples/bare_window');
const cli = join(release, 'privdesk');
const now = '2026-11-23T10:00:00Z';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s) => s.padEnd(58);

/** The PSS of every process descending from `pid`, in MB, by kind: the app itself, WebKit's web and network processes. */
function memoryOf(pid) {
  const all = execFileSync('ps', ['-eo', 'pid=,ppid=,args='])
    .toString()
    .trim()
    .split('\n')
    .map((r) => {
      const [p, pp, ...args] = r.trim().split(/\s+/);
      return { pid: +p, ppid: +pp, args: args.join(' ') };
    });
  const ids = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (ids.has(p.ppid) && !ids.has(p.pid)) (ids.add(p.pid), (grew = true));
  }
  const pss = (id) => {
    try {
      return +(readFileSync(`/proc/${id}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const kind = (args) => (args.includes('WebKitWebProcess') ? 'web' : args.includes('WebKitNetworkProcess') ? 'network' : 'other');
  const out = { app: 0, web: 0, network: 0, other: 0 };
  for (const p of all.filter((p) => ids.has(p.pid))) out[p.pid === pid ? 'app' : kind(p.args)] += pss(p.pid);
  out.total = out.app + out.web + out.network + out.other;
  return out;
}

/** The folder of a store set up by the command line (and filled by `demo` when asked). */
function store(demo = []) {
  const dir = App.folder();
  const run = (args) => execFileSync(cli, ['--db', join(dir, 'e2e.sqlite3'), ...args], { env: { ...process.env, PRIVDESK_NOW: now }, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil']);
  if (demo.length) run(['demo', ...demo]);
  return dir;
}

/** Starts `binary` on the store in `dir` without WebDriver (which adds its own automation to the web process). */
async function atRest(binary, dir) {
  const child = spawn(binary, [], {
    env: { ...process.env, PRIVDESK_DB: join(dir, 'e2e.sqlite3'), PRIVDESK_NOW: now, PRIVDESK_NO_OPEN: '1' },
    stdio: 'ignore',
  });
  await sleep(8000);
  const mem = memoryOf(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return mem;
}

function memoryTable(title, a, b, labels, target) {
  console.log(`\n${title}`);
  console.log(`${pad('')} ${labels[0].padStart(9)} ${labels[1].padStart(9)}    ratio`);
  for (const k of ['app', 'web', 'network', 'other', 'total']) {
    const [x, y] = [median(a.map((m) => m[k])), median(b.map((m) => m[k]))];
    if (k === 'other' && x === 0 && y === 0) continue;
    const name = { app: 'the app process', web: 'WebKitWebProcess', network: 'WebKitNetworkProcess', other: 'other', total: 'all processes (PSS, MB)' }[k];
    console.log(`${pad(name)} ${x.toFixed(1).padStart(9)} ${y.toFixed(1).padStart(9)}  ${(x / y).toFixed(3).padStart(7)}${k === 'total' ? `  [target ${target}]` : ''}`);
  }
}

// Memory at rest: the dashboard of a set-up store, against the bare window; A B A B A B.
{
  const dir = store();
  const [mine, floor] = [[], []];
  for (let i = 0; i < 3; i++) {
    mine.push(await atRest(ours, dir));
    floor.push(await atRest(bare, dir));
  }
  memoryTable('Memory at rest, 8 s after start (median of 3, alternated)', mine, floor, ['ours', 'bare'], 'at most 1.05');
  rmSync(dir, { recursive: true, force: true });
}

// First contentful paint, through WebDriver, three starts.
{
  const dir = store();
  const paints = [];
  for (let i = 0; i < 3; i++) {
    const app = await App.start({ binary: ours, dir, now });
    await app.find('nav');
    paints.push(await app.script("return performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? null;"));
    await app.quit();
  }
  console.log(`\n${pad('first contentful paint (median of 3)')} ${median(paints).toFixed(0)} ms  [target < 500 ms]`);
  rmSync(dir, { recursive: true, force: true });
}

// The store for the rest: the sizes of the issue's figures.
console.log('\nFilling a store: 10,000 subprocessors, 100,000 requests, 300 breaches, 300 activities…');
const dir = store(['--subprocessors', '10000', '--requests', '100000', '--breaches', '300', '--activities', '300']);
const app = await App.start({ binary: ours, dir, now });
try {
  await app.find('nav');
  const settled = async () => {
    await app.find('main h1');
    for (let i = 0; i < 300 && (await app.script("return document.querySelectorAll('main [aria-busy=\"true\"]').length")); i++) await sleep(50);
  };

  // Keystroke to rows painted: "h" then Backspace, seven times, each changing the count of matches.
  await app.click('nav-subprocessors');
  await settled();
  await app.find('[data-testid="page-range"]');
  await app.click('sp-search');
  const latencies = [];
  for (const key of Array.from({ length: 14 }, (_, i) => (i % 2 ? '\uE003' : 'h'))) {
    await app.script(`
      const box = document.querySelector('[data-testid="sp-search"]');
      const range = document.querySelector('[data-testid="page-range"]');
      window.__bench = { key: null, painted: null, before: range.textContent };
      box.addEventListener('keydown', () => { window.__bench.key = performance.now(); }, { once: true, capture: true });
      const seen = new MutationObserver(() => {
        const now = document.querySelector('[data-testid="page-range"]');
        if (now && now.textContent !== window.__bench.before) {
          seen.disconnect();
          requestAnimationFrame(() => { window.__bench.painted = performance.now(); });
        }
      });
      seen.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });`);
    await app.press(key);
    let b = null;
    for (let i = 0; i < 200 && !(b = await app.script('return window.__bench.painted !== null ? window.__bench : null')); i++) await sleep(10);
    if (!b) throw new Error('the register did not show new rows within 2 s of a keystroke');
    latencies.push(b.painted - b.key);
  }
  console.log(`\n${pad('keystroke to rows painted, register of 10,000 (median of 14)')} ${median(latencies).toFixed(1)} ms  [target < 50 ms]`);

  // Where that time goes: a command's round trip alone, and right after a change on the page. Without accelerated
  // compositing (off to save memory, see src-tauri/src/main.rs) the app's process repaints the window itself, on the
  // thread that also answers the page's commands, so a command sent while it repaints waits for it.
  const trips = await app.call('POST', app.s('/execute/async'), {
    script: `const done = arguments[arguments.length - 1];
      (async () => {
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const out = { alone: [], afterChange: [] };
        const h1 = document.querySelector('main h1');
        const heading = h1.textContent;
        for (let i = 0; i < 9; i++) {
          await new Promise((r) => setTimeout(r, 300));
          let t = performance.now();
          await invoke('app_info');
          out.alone.push(performance.now() - t);
          await new Promise((r) => setTimeout(r, 300));
          h1.textContent = heading + (i % 2 ? '' : ' ');
          t = performance.now();
          await invoke('app_info');
          out.afterChange.push(performance.now() - t);
        }
        h1.textContent = heading;
        done(out);
      })();`,
    args: [],
  });
  console.log(`${pad('  a command alone, round trip (median of 9)')} ${median(trips.alone).toFixed(1)} ms`);
  console.log(`${pad('  the same command right after a change on the page')} ${median(trips.afterChange).toFixed(1)} ms`);

  // Memory after use: every screen in turn, then back to the dashboard for 10 s.
  const pid = () => +execFileSync('pgrep', ['-n', '-f', ours]).toString().trim();
  await app.click('nav-dashboard');
  await settled();
  await sleep(10000);
  const start = memoryOf(pid());
  console.log(`\nMemory after use (PSS of all processes; under WebDriver; 10,000 subprocessors, 100,000 requests)`);
  console.log(`${pad('the dashboard at start')} ${start.total.toFixed(0).padStart(6)} MB`);
  let worst = 0;
  for (const screen of ['subprocessors', 'requests', 'breaches', 'policies', 'activities', 'deadlines', 'audit', 'settings']) {
    await app.click(`nav-${screen}`);
    await settled();
    await sleep(2000);
    const m = memoryOf(pid());
    worst = Math.max(worst, m.total / start.total);
    console.log(`${pad(`  after opening ${screen}`)} ${m.total.toFixed(0).padStart(6)} MB  ${(m.total / start.total).toFixed(2)}×`);
  }
  await app.click('nav-dashboard');
  await settled();
  await sleep(10000);
  const end = memoryOf(pid());
  console.log(`${pad('the highest screen, against the start')} ${worst.toFixed(2)}×  [target at most 1.25]`);
  console.log(`${pad('back on the dashboard for 10 s, against the start')} ${(end.total / start.total).toFixed(2)}×  (${end.total.toFixed(0)} MB) [target at most 1.10]`);
} finally {
  await app.quit();
  rmSync(dir, { recursive: true, force: true });
}
