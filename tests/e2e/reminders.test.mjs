// Desktop reminders in the real window, observed through a stub notification server on a session bus of the test's
// own (notify_stub.py): on start, a summary of what is overdue and due this week, then each reminder that came due
// (a breach's 72 hours with 24 left, a request's answer overdue); a click on one brings the window to the record;
// started again, the window gives no reminder twice; the lead times and the start with the session in Settings; the tray icon with the count overdue.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveRefused } from './steps.mjs';
import { App, cliBinary, root, waitFor } from './webdriver.mjs';

let app;
let bus;
let stub;

after(async () => {
  await app?.quit();
  stub?.kill();
  if (bus) {
    try {
      process.kill(bus.pid);
    } catch {
      // already gone
    }
  }
});

/** A session bus of the test's own, so that the notifications go to the stub and nowhere else. */
function startBus() {
  const out = execFileSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], { encoding: 'utf8' }).trim().split('\n');
  return { address: out[0].trim(), pid: Number(out[1]) };
}

function busy(address, ...args) {
  return execFileSync('dbus-send', ['--session', '--print-reply', ...args], { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }, encoding: 'utf8' });
}

const lines = (log) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
/** The notifications the stub was given (its log also keeps tray registrations). */
const shown = (log) => lines(log).filter((l) => 'summary' in l);

test('reminders reach the desktop once each, and a click opens the record', async () => {
  bus = startBus();
  const dir = App.seeded([
    ['init', '--name', 'Exemple Logiciels SAS', '--country', 'FR', '--authority', 'cnil', '--contact-name', 'Camille Martin', '--contact-email', 'dpo@exemple.fr'],
    // Aware two days ago: 24 hours of the 72 are left at the pinned now (2026-11-23T10:00Z).
    ['breach', 'add', '--title', 'Misdirected export', '--aware-at', '2026-11-21T10:00:00+01:00', '--nature', 'confidentiality'],
    // Received on 1 October: the answer was due on 3 November.
    ['request', 'add', '--requester', 'Jean Dupont', '--rights', 'access', '--received', '2026-10-01'],
  ]);
  const log = join(dir, 'notifications.jsonl');
  stub = spawn('/usr/bin/python3', [join(root, 'tests/e2e/notify_stub.py'), log], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
    stdio: 'ignore',
  });
  await waitFor('the stub notification server', async () =>
    busy(bus.address, '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications').includes('true'),
  );

  app = await App.start({ dir, env: { DBUS_SESSION_BUS_ADDRESS: bus.address } });
  await app.byTestId('nav-dashboard');
  const first = await waitFor('the start summary and the two reminders', async () => {
    const got = shown(log);
    return got.length >= 3 ? got : null;
  }, 30000);
  assert.equal(first.length, 3, JSON.stringify(first));
  assert.deepEqual(first.map((n) => n.summary), ['Privacy Desk: what is due', 'Privacy Desk: Overdue', 'Privacy Desk: Due in 24 hours']);
  assert.match(first[0].body, /^1 deadline overdue, 1 due within 7 days$/);
  assert.match(first[1].body, /^Respond to request R-000001\n/);
  assert.match(first[2].body, /^Breach #1 "Misdirected export": notify the supervisory authority by 24 Nov 2026, 10:00\n/);
  assert.ok(first.every((n) => n.app === 'Privacy Desk' && n.actions.includes('default')), JSON.stringify(first));

  // The person clicks the breach's reminder: the window shows the breach.
  busy(bus.address, '--dest=org.freedesktop.Notifications', '/org/freedesktop/Notifications', 'org.privdesk.Test.Click', `uint32:${first[2].id}`);
  await waitFor('the breach opened from its reminder', async () => (await app.script('return location.hash')) === '#/breaches/1');
  assert.equal((await app.text('br-detail-title')).trim(), 'Misdirected export');
  await app.screenshot('reminder-opened-breach');
  // Each given reminder is in the audit trail.
  const audit = JSON.parse(execFileSync(cliBinary, ['--db', join(dir, 'e2e.sqlite3'), 'audit', 'log', '--json'], { encoding: 'utf8', env: { ...process.env, PRIVDESK_NOW: '2026-11-23T10:00:00Z' } }));
  assert.equal(audit.filter((e) => e.entity === 'reminder' && e.action === 'remind').length, 2);

  // Started again the same day: the summary again, no reminder twice.
  await app.quit();
  const config = join(dir, 'config');
  app = await App.start({ dir, env: { DBUS_SESSION_BUS_ADDRESS: bus.address, XDG_CONFIG_HOME: config } });
  await app.byTestId('nav-dashboard');
  await waitFor('the second start summary', async () => shown(log).length >= 4, 30000);
  await new Promise((r) => setTimeout(r, 3000));
  const again = shown(log).slice(3);
  assert.deepEqual(again.map((n) => n.summary), ['Privacy Desk: what is due']);

  // The lead times are the organisation's, in Settings: a bad one is refused naming the field, a good one kept.
  await app.click('nav-settings');
  await app.byTestId('org-form');
  assert.equal(await app.script(`return document.querySelector('[data-testid="org-reminder_days"]').value;`), '7, 1, 0');
  await app.type('org-reminder_days', '14, soon');
  await saveRefused(app, 'org-save', { reminder_days: /'soon' is not a whole number of days/ }, 'org-reminder_days');
  await app.type('org-reminder_days', '14, 1');
  await app.click('org-desktop_reminders');
  await app.screenshot('settings-reminders');
  await app.click('org-save');
  await waitFor('the lead times saved', async () => {
    const shownOrg = execFileSync(cliBinary, ['--db', join(dir, 'e2e.sqlite3'), 'org', 'show'], { encoding: 'utf8' });
    return /days before: 14, 1; hours before a breach deadline: 24, 12, 0; desktop notifications off/.test(shownOrg);
  });

  // Starting with the session, off by default: on writes the session's autostart entry, off removes it.
  const entry = join(config, 'autostart', 'privacy-desk.desktop');
  await app.byTestId('autostart');
  assert.equal(await app.script(`return document.querySelector('[data-testid="autostart"]').checked;`), false);
  await app.click('autostart');
  await waitFor('the autostart entry', async () => existsSync(entry));
  assert.match(readFileSync(entry, 'utf8'), /^Exec=\S*privdesk-app --minimized$/m);
  assert.equal((await app.text('autostart-entry')).trim(), entry);
  await app.click('autostart');
  await waitFor('the autostart entry removed', async () => !existsSync(entry));

  // The tray icon, when chosen: registered with the panel's watcher, its label the count overdue (R-000001).
  await app.quit();
  execFileSync(cliBinary, ['--db', join(dir, 'e2e.sqlite3'), 'org', 'set', '--tray-icon', 'yes'], { env: { ...process.env, PRIVDESK_NOW: '2026-11-23T10:00:00Z' } });
  app = await App.start({ dir, env: { DBUS_SESSION_BUS_ADDRESS: bus.address } });
  const item = await waitFor('the tray icon registered', async () => lines(log).find((l) => 'tray' in l) ?? null, 30000);
  const path = item.tray.startsWith('/') ? item.tray : '/StatusNotifierItem';
  const label = await waitFor('the count overdue on the tray icon', async () => {
    const reply = busy(bus.address, `--dest=${item.sender}`, path, 'org.freedesktop.DBus.Properties.Get', 'string:org.kde.StatusNotifierItem', 'string:XAyatanaLabel');
    const m = reply.match(/string "([^"]*)"/);
    return m && m[1] !== '' ? m[1] : null;
  });
  assert.equal(label, '1');
});
