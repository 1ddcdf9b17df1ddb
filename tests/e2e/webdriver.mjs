// A small WebDriver client for the desktop tests: starts tauri-driver (which starts WebKitWebDriver and the real
// app), opens a session and drives the window. Plain fetch, no framework: the protocol is a handful of calls.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import net from 'node:net';

export const root = resolve(import.meta.dirname, '../..');
// The Makefile says where cargo put the binaries (CARGO_TARGET_DIR may move them); target/ otherwise.
const targetDir = process.env.PRIVDESK_TARGET_DIR || join(root, 'target');
export const appBinary = join(targetDir, 'debug/privdesk-app');
export const cliBinary = join(targetDir, 'debug/privdesk');
export const shots = join(targetDir, 'e2e-screenshots');
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

function freePort() {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

/** Polls `probe` until it returns a truthy value or `ms` pass; the error names what was awaited. */
export async function waitFor(what, probe, ms = 15000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stops a process group: SIGTERM, then SIGKILL for whatever is still there after two seconds. */
async function stopGroup(pid) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signal = (name) => {
    try {
      process.kill(-pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  for (let i = 0; i < 20 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) signal('SIGKILL');
}

export class App {
  /** A temporary folder for a test's database, to prepare it before the app starts or to start the app again. */
  static folder() {
    return mkdtempSync(join(tmpdir(), 'privdesk-e2e-'));
  }

  /**
   * A fresh folder whose database is set up through the command line, as a user's scripts would: each entry of
   * `commands` is one `privdesk` command's arguments, run in order with today pinned like the window's. The window's
   * own set-up form is tested once, in foundation.test.mjs; the other scenarios start from a seeded database.
   */
  static seeded(commands, now = '2026-11-23T10:00:00Z') {
    const dir = App.folder();
    for (const given of commands) {
      // The scenarios read the English window unless they ask for French (`--window-lang fr`): an organisation in
      // France would otherwise get a French window by default.
      const args = given[0] === 'init' && !given.includes('--window-lang') ? [...given, '--window-lang', 'en'] : given;
      execFileSync(cliBinary, ['--db', join(dir, 'e2e.sqlite3'), ...args], { env: { ...process.env, PRIVDESK_NOW: now } });
    }
    return dir;
  }

  /** Starts the app on the database in `dir` (e2e.sqlite3), by default a fresh one in a new temporary folder. */
  static async start({ now = '2026-11-23T10:00:00Z', binary = appBinary, dir = App.folder(), env: extra = {} } = {}) {
    const port = await freePort();
    const nativePort = await freePort();
    const env = {
      ...process.env,
      ...extra,
      PRIVDESK_DB: join(dir, 'e2e.sqlite3'),
      PRIVDESK_OUTPUT_DIR: join(dir, 'output'),
      PRIVDESK_NO_OPEN: '1',
      PRIVDESK_NOW: now,
    };
    // tauri-driver leads a process group of its own (detached), which WebKitWebDriver and the app join, so that
    // quit() can stop all three. Their output goes to a file: an app that outlived its test while holding the test
    // runner's own output pipe would keep the runner waiting for ever.
    const log = openSync(join(dir, 'driver.log'), 'w');
    const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort), '--native-driver', '/usr/bin/WebKitWebDriver'], {
      env,
      detached: true,
      stdio: ['ignore', log, log],
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor('tauri-driver', async () => (await fetch(`${base}/status`)).ok);
    const app = new App(base, driver, dir);
    const res = await app.call('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: binary } } },
    });
    app.session = res.sessionId;
    return app;
  }

  constructor(base, driver, dir) {
    this.base = base;
    this.driver = driver;
    this.dir = dir;
    this.session = null;
  }

  async call(method, path, body) {
    // No WebDriver call takes a minute: a window that stopped answering fails its test instead of hanging it.
    const signal = AbortSignal.timeout(60000);
    // WD_TRACE=1 prints every WebDriver call: where a hung step is stuck.
    if (process.env.WD_TRACE) console.error('WD', method, path.replace(/\/session\/[^/]+/, ''), JSON.stringify(body ?? '').slice(0, 80));
    const res = await fetch(`${this.base}${path}`, {
      signal,
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok || (json.value && json.value.error)) {
      throw new Error(`${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`);
    }
    return json.value;
  }

  s(path) {
    return `/session/${this.session}${path}`;
  }

  async quit() {
    try {
      if (this.session) await this.call('DELETE', this.s(''));
    } catch {
      // The process group below is stopped all the same.
    } finally {
      await stopGroup(this.driver.pid);
    }
  }

  /** All elements matching a CSS selector (no waiting). */
  async all(css) {
    const els = await this.call('POST', this.s('/elements'), { using: 'css selector', value: css });
    return els.map((e) => Object.values(e)[0]);
  }

  /** Waits for the first element matching a CSS selector that is displayed. */
  async find(css, ms) {
    return waitFor(`element ${css}`, async () => {
      for (const id of await this.all(css)) {
        if (await this.visible(id)) return id;
      }
      return null;
    }, ms);
  }

  /** Whether an element has a box on screen and is not hidden. WebKitWebDriver's own "displayed" answers false for
   *  table cells, so the page is asked directly. */
  async visible(id) {
    return this.script(
      `const el = arguments[0];
       const r = el.getBoundingClientRect();
       const style = getComputedStyle(el);
       return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';`,
      [{ [ELEMENT]: id }],
    );
  }

  byTestId(id) {
    return this.find(`[data-testid="${id}"]`);
  }

  /** Does `action` on an element; one under a sticky bar (a panel's footer) is first brought to the middle of its
   * scrolling pane, as a user scrolls, and tried again. */
  async uncovered(testId, action) {
    try {
      await action();
    } catch (e) {
      if (!/not interactable/.test(String(e.message))) throw e;
      await this.script(`document.querySelector('[data-testid="${testId}"]').scrollIntoView({ block: 'center' });`);
      await action();
    }
  }

  async click(testId) {
    const el = await this.byTestId(testId);
    try {
      await this.uncovered(testId, () => this.call('POST', this.s(`/element/${el}/click`), {}));
    } catch (e) {
      // What the window looked like when the click failed, beside the other screenshots.
      await this.screenshot(`failed-click-${testId}`).catch(() => {});
      throw e;
    }
  }

  async clickCss(css) {
    const el = await this.find(css);
    await this.call('POST', this.s(`/element/${el}/click`), {});
  }

  /** Replaces the value of an input or textarea. */
  async type(testId, text) {
    const el = await this.byTestId(testId);
    await this.uncovered(testId, () => this.call('POST', this.s(`/element/${el}/clear`), {}));
    if (text) {
      await this.call('POST', this.s(`/element/${el}/value`), { text });
    } else {
      // WebKitWebDriver refuses to send no keys; tell the page the field was emptied, as typing would.
      await this.script("arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", [{ [ELEMENT]: el }]);
    }
  }

  /** Chooses an option of a <select> by value, as a user would, and lets the page see the change. */
  async select(testId, value) {
    await this.setValue(testId, value);
  }

  /**
   * Sets a control's value as the end of the user's input would, and lets the page see the change: for a date or a
   * date-time input, whose segments WebKitWebDriver's typed keys do not fill reliably, as its picker would set it.
   */
  async setValue(testId, value) {
    await this.byTestId(testId);
    await this.script(
      `const el = document.querySelector('[data-testid="${testId}"]');
       el.value = arguments[0];
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
      [value],
    );
  }

  /** The id of the element that has the focus. */
  async focusedId() {
    return this.script('return document.activeElement?.id;');
  }

  /** Presses a key (a WebDriver key code such as '\uE00C' for Escape) on whatever has the focus. */
  async press(key) {
    await this.call('POST', this.s('/actions'), {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.call('DELETE', this.s('/actions'));
  }

  /** The rendered text of an element (asked of the page: WebKitWebDriver returns nothing for some elements). */
  async text(testId) {
    const el = await this.byTestId(testId);
    return this.script('return arguments[0].innerText;', [{ [ELEMENT]: el }]);
  }

  async attr(testId, name) {
    const el = await this.byTestId(testId);
    return this.call('GET', this.s(`/element/${el}/attribute/${name}`));
  }

  async script(body, args = []) {
    return this.call('POST', this.s('/execute/sync'), { script: body, args });
  }

  /** Gives a file input a file, as choosing it in the file dialog would (the dialog itself is the system's). */
  async chooseFile(testId, name, content) {
    await waitFor(`file input ${testId}`, async () => (await this.all(`[data-testid="${testId}"]`)).length > 0);
    await this.script(
      `const input = document.querySelector('[data-testid="${testId}"]');
       const dt = new DataTransfer();
       dt.items.add(new File([arguments[1]], arguments[0], { type: 'text/csv' }));
       input.files = dt.files;
       input.dispatchEvent(new Event('change', { bubbles: true }));`,
      [name, content],
    );
  }

  /** Chooses a binary file (a workbook) in a file input: its bytes are given in base64. */
  async chooseBinaryFile(testId, name, base64) {
    await waitFor(`file input ${testId}`, async () => (await this.all(`[data-testid="${testId}"]`)).length > 0);
    await this.script(
      `const input = document.querySelector('[data-testid="${testId}"]');
       const bytes = Uint8Array.from(atob(arguments[1]), (c) => c.charCodeAt(0));
       const dt = new DataTransfer();
       dt.items.add(new File([bytes], arguments[0]));
       input.files = dt.files;
       input.dispatchEvent(new Event('change', { bubbles: true }));`,
      [name, base64],
    );
  }

  /**
   * Takes a screenshot once the page has painted what the test just saw in the DOM (WebKitWebDriver otherwise
   * returns the last frame it drew, which can be a step behind).
   */
  async paintedScreenshot(name) {
    await this.call('POST', this.s('/execute/async'), {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));',
      args: [],
    });
    await this.screenshot(name);
  }

  async screenshot(name) {
    mkdirSync(shots, { recursive: true });
    // WebKit takes the snapshot at its next paint, and a still page without accelerated compositing (which the
    // app turns off to save memory) does not paint again: a dot nobody sees changes colour until the snapshot is
    // taken, so that it does (on a loaded machine the snapshot can come seconds later; the dot stops by itself
    // after 45 s in case the test stops first).
    await this.script(`if (!window.__pdRepaint) {
        const el = document.createElement('div');
        el.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;opacity:0.01';
        document.body.appendChild(el);
        let on = false;
        const timer = setInterval(() => { on = !on; el.style.background = on ? '#000' : '#fff'; }, 50);
        window.__pdRepaint = () => { clearInterval(timer); el.remove(); window.__pdRepaint = null; };
        setTimeout(() => window.__pdRepaint && window.__pdRepaint(), 45000);
      }`);
    try {
      const png = await this.call('GET', this.s('/screenshot'));
      writeFileSync(join(shots, `${name}.png`), Buffer.from(png, 'base64'));
    } finally {
      await this.script('if (window.__pdRepaint) window.__pdRepaint();').catch(() => {});
    }
  }
}
