// The installable package (`make package`): the .deb the Tauri bundler made, unpacked into a fresh folder as
// `dpkg -x` does, holds the window with its menu entry and icon and the privdesk command line on /usr/bin; both start
// from there, the command line sets up a database and the installed window opens on it at its first screen.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, waitFor } from '../e2e/webdriver.mjs';

const deb = process.env.PRIVDESK_DEB;
let app;

after(async () => {
  await app?.quit();
});

test('the .deb unpacks into the window, its menu entry and icon, and the command line', async () => {
  assert.ok(deb && existsSync(deb), `PRIVDESK_DEB names the package to check (${deb})`);
  const info = execFileSync('dpkg-deb', ['--field', deb, 'Package', 'Version', 'Architecture', 'Depends'], { encoding: 'utf8' });
  assert.match(info, /^Package: privacy-desk$/m);
  assert.match(info, /^Version: 0\.1\.0$/m);
  assert.match(info, /^Depends: .*libwebkit2gtk-4\.1-0/m);
  assert.match(info, /^Depends: .*libayatana-appindicator3-1/m, 'the tray icon (the bundler adds it for the tray-icon feature)');

  const root = mkdtempSync(join(tmpdir(), 'privdesk-deb-'));
  execFileSync('dpkg', ['-x', deb, root]);
  const bin = join(root, 'usr/bin');
  assert.ok(existsSync(join(bin, 'privdesk-app')), 'the window');
  assert.ok(existsSync(join(bin, 'privdesk')), 'the command line');
  const entries = readdirSync(join(root, 'usr/share/applications'));
  assert.equal(entries.length, 1, entries.join(', '));
  const desktop = readFileSync(join(root, 'usr/share/applications', entries[0]), 'utf8');
  assert.match(desktop, /^Exec=privdesk-app/m);
  assert.match(desktop, /^Name=Privacy Desk$/m);
  assert.match(desktop, /^Categories=.*Office|^Categories=.*Business/m);
  const icon = desktop.match(/^Icon=(.+)$/m)[1];
  const icons = execFileSync('find', [join(root, 'usr/share/icons'), '-name', `${icon}.png`], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(icons.length >= 1 && icons[0] !== '', `an icon named ${icon}`);

  // The installed command line: its version, then a database set up as a user would.
  assert.match(execFileSync(join(bin, 'privdesk'), ['--version'], { encoding: 'utf8' }), /^privdesk 0\.1\.0/);
  const dir = App.folder();
  execFileSync(join(bin, 'privdesk'), ['--db', join(dir, 'e2e.sqlite3'), 'init', '--name', 'Installed Ltd', '--country', 'GB', '--authority', 'ico', '--window-lang', 'en'], {
    env: { ...process.env, PRIVDESK_NOW: '2026-11-23T10:00:00Z' },
  });

  // The installed window opens on it, at its dashboard.
  app = await App.start({ dir, binary: join(bin, 'privdesk-app') });
  await app.byTestId('nav-dashboard');
  await waitFor('the organisation in the sidebar', async () => /Installed Ltd/.test(await app.script('return document.body.textContent')));
  await app.screenshot('installed-package-first-screen');
});
