// Window figures for `make bench`: time from launch to the first screen, and the memory of every process of the
// app (the Rust process and WebKit's web and network processes). Run under xvfb-run with the release build.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, root } from '../tests/e2e/webdriver.mjs';

const binary = join(process.env.PRIVDESK_TARGET_DIR || join(root, 'target'), 'release/privdesk-app');

function processTree() {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args=']).toString().trim().split('\n');
  return rows.map((r) => {
    const [pid, ppid, rss, ...args] = r.trim().split(/\s+/);
    return { pid: +pid, ppid: +ppid, rssKb: +rss, args: args.join(' ') };
  });
}

function appMemoryMb() {
  const all = processTree();
  const app = all.find((p) => p.args.startsWith(binary) || p.args.includes('release/privdesk-app'));
  if (!app) return null;
  const ids = new Set([app.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (ids.has(p.ppid) && !ids.has(p.pid)) { ids.add(p.pid); grew = true; }
  }
  const members = all.filter((p) => ids.has(p.pid));
  // RSS counts the WebKit libraries once per process that maps them; PSS shares them out, so the sum of PSS is what
  // the app really costs the machine. Both are reported.
  const pssKb = (pid) => {
    try {
      const m = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
      return m ? +m[1] : 0;
    } catch {
      return 0;
    }
  };
  return {
    mb: members.reduce((s, p) => s + p.rssKb, 0) / 1024,
    pssMb: members.reduce((s, p) => s + pssKb(p.pid), 0) / 1024,
    processes: members.length,
  };
}

const runs = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const app = await App.start({ binary });
  // The first screen: the set-up form on a fresh database.
  await app.find('[data-testid="org-form"], nav');
  const launchToScreen = performance.now() - t0;
  const paint = await app.script(
    `const p = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
     return p ? p.startTime : null;`,
  );
  const mem = appMemoryMb();
  runs.push({ launchToScreen, paint, mem });
  await app.quit();
}
runs.sort((a, b) => a.launchToScreen - b.launchToScreen);
const mid = runs[1];
const pad = (s) => s.padEnd(44);
console.log(`${pad('first contentful paint (from page start)')} ${mid.paint?.toFixed(0)} ms [target < 500 ms]`);
console.log(`${pad('launch to first screen (incl. WebDriver)')} ${mid.launchToScreen.toFixed(0)} ms (an upper bound)`);
if (mid.mem) {
  console.log(`${pad(`memory of all app processes (${mid.mem.processes}), PSS`)} ${mid.mem.pssMb.toFixed(0)} MB [target < 150 MB]`);
  console.log(`${pad('the same as summed RSS (shared pages counted twice)')} ${mid.mem.mb.toFixed(0)} MB`);
}
