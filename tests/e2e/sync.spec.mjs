// Live sync through a CouchDB-compatible server (issue 18): two devices,
// each a browser context with its own storage, connect to one database on
// another origin; what one logs the other shows within seconds, and back.
//
// The server is tests/sync/couch-server.mjs (express-pouchdb on in-memory
// PouchDB), started in this worker on SYNC_E2E_COUCH_PORT (5991). The app
// reaches it only if the build's Content-Security-Policy names its origin:
// build with SERVICEBOOK_SYNC_ORIGIN=http://127.0.0.1:5991 (scripts/test.sh
// does). Without that the spec fails at its first check, saying so.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { open, saved, waitSaved } from './helpers.mjs';

const COUCH_PORT = Number(process.env.SYNC_E2E_COUCH_PORT || 5991);
const COUCH = `http://127.0.0.1:${COUCH_PORT}`;
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT || 4173)}`;

// The server's npm packages (express-pouchdb and PouchDB) may be missing
// from this checkout: then the spec cannot run, and says why.
let missing = null;
try {
  createRequire(new URL('../sync/couch-server.mjs', import.meta.url)).resolve('express-pouchdb');
} catch {
  missing = 'express-pouchdb is not installed (npm install): the sync server cannot start';
}

test.describe.configure({ mode: 'serial' });
test.skip(() => missing !== null, missing ?? '');

let couch;
let db = 0;
let dbName;

test.beforeAll(async () => {
  const { startCouchServer } = await import('../sync/couch-server.mjs');
  couch = await startCouchServer({ port: COUCH_PORT, origins: [APP] });
});

test.afterAll(async () => {
  await couch?.close();
});

// A fresh members-only database per test (the memory databases live as
// long as the server).
test.beforeEach(async () => {
  db += 1;
  dbName = `shop${db}-${Date.now()}`;
  const admin = { Authorization: couch.adminAuth, 'Content-Type': 'application/json' };
  const made = await fetch(`${couch.url}/${dbName}`, { method: 'PUT', headers: admin });
  expect(made.status, 'the test database is created').toBe(201);
  const sec = await fetch(`${couch.url}/${dbName}/_security`, {
    method: 'PUT',
    headers: admin,
    body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [couch.member.name], roles: [] } }),
  });
  expect(sec.ok, 'the database is members-only').toBe(true);
});

async function device(browser) {
  const context = await browser.newContext({ baseURL: APP });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

async function connect(page, { password = couch.member.password } = {}) {
  await open(page, '/share');
  const card = page.getByTestId('sync');
  await card.getByLabel('Database URL').fill(`${COUCH}/${dbName}`);
  await card.getByLabel('User name').fill(couch.member.name);
  await card.getByLabel('Password').fill(password);
  await card.getByRole('button', { name: 'Connect' }).click();
}

async function addComplaint(page, nature, name) {
  await open(page, '/listen');
  await page.getByTestId('new-complaint').click();
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await page.getByTestId('nature').fill(nature);
  await page.getByTestId('customer-name').fill(name);
  await saved(page, () => page.getByTestId('save-complaint').click());
}

/** Connects and waits for the first round to end. */
async function connectSynced(page) {
  await connect(page);
  await expect(page.getByTestId('sync-status')).toContainText('Synced', { timeout: 15_000 });
}

const row = (page, text) => page.getByTestId('complaint-row').filter({ hasText: text });

test('the build lets the app reach the sync server', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(
    csp,
    `build the app with SERVICEBOOK_SYNC_ORIGIN=${COUCH} (the policy's connect-src must name the server)`,
  ).toContain(`connect-src 'self' ${COUCH}`);
});

test('a complaint logged on one device shows on the other, and an edit comes back', async ({ browser }) => {
  const a = await device(browser);
  const b = await device(browser);
  await connectSynced(a.page);
  await connectSynced(b.page);
  // The header says so on every page, in words for screen readers.
  await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('aria-label', /^Synced: /);
  await expect(a.page.getByTestId('sync-badge')).toHaveText(/Synced/);

  // B looks at its log; A logs a complaint; B shows it without a reload.
  await open(b.page, '/listen');
  await expect(row(b.page, 'Ada Verdi')).toHaveCount(0);
  await addComplaint(a.page, 'The door handle came off in her hand.', 'Ada Verdi');
  await expect(row(b.page, 'Ada Verdi')).toHaveCount(1, { timeout: 8_000 });
  await expect(row(b.page, 'Ada Verdi')).toContainText('Open');
  // What sync brought is saved on B like its own work.
  await waitSaved(b.page);

  // B edits it; A, on its log, shows the edit.
  await open(a.page, '/listen');
  await row(b.page, 'Ada Verdi').getByRole('link').click();
  await expect(b.page.locator('main h1')).not.toHaveText('Complaint log');
  await expect(b.page.getByTestId('nature')).toHaveValue('The door handle came off in her hand.');
  await b.page.getByTestId('nature').fill('The door handle came off; replaced the same day.');
  await b.page.getByTestId('status').selectOption('Resolved');
  await saved(b.page, () => b.page.getByTestId('save-complaint').click());
  await expect(row(a.page, 'Ada Verdi')).toContainText('Resolved', { timeout: 8_000 });
  await row(a.page, 'Ada Verdi').getByRole('link').click();
  await expect(a.page.getByTestId('nature')).toHaveValue('The door handle came off; replaced the same day.');

  // A reload starts sync again from this device's settings and session.
  await a.page.reload();
  await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'synced', { timeout: 15_000 });
  await open(b.page, '/listen');
  await expect(b.page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'synced', { timeout: 15_000 });
  await addComplaint(a.page, 'No receipt given.', 'Carla Blu');
  await expect(row(b.page, 'Carla Blu')).toHaveCount(1, { timeout: 8_000 });

  // Both still say synced, and the server holds one document for it.
  await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('aria-label', /^Synced: /);
  const all = await fetch(`${couch.url}/${dbName}/_all_docs?include_docs=true`, {
    headers: { Authorization: couch.adminAuth },
  }).then((r) => r.json());
  const complaints = all.rows.filter((r) => r.id.startsWith('complaints:'));
  expect(complaints).toHaveLength(2);
  expect(JSON.stringify(complaints.map((c) => c.doc.record))).toContain('replaced the same day');
  expect(a.errors.concat(b.errors)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('a wrong password says so and connects nothing', async ({ browser }) => {
  const a = await device(browser);
  await connect(a.page, { password: 'not-the-password' });
  await expect(a.page.getByTestId('sync-error')).toHaveText('Wrong user name or password.');
  await expect(a.page.getByTestId('sync-status')).toHaveText('Sync is off.');
  // Too many wrong passwords: the server locks the user out for a while,
  // and the card says so rather than "something unexpected".
  couch.lockOut(true);
  try {
    await a.page.getByTestId('sync').getByLabel('Password').fill(couch.member.password);
    await a.page.getByRole('button', { name: 'Connect' }).click();
    await expect(a.page.getByTestId('sync-error')).toHaveText(
      'The server has locked this user for a few minutes after too many wrong passwords. Wait a little, then try again.',
    );
    await expect(a.page.getByTestId('sync-status')).toHaveText('Sync is off.');
  } finally {
    couch.lockOut(false);
  }
  await expect(a.page.getByTestId('sync-badge')).toHaveCount(0);
  // The password is never kept; the address and the name are, to try again.
  const kept = await a.page.evaluate(() => JSON.stringify(localStorage));
  expect(kept).not.toContain('not-the-password');
  // A database that is not there is named as such.
  await a.page.getByTestId('sync').getByLabel('Database URL').fill(`${COUCH}/no-such-db`);
  await a.page.getByTestId('sync').getByLabel('Password').fill(couch.member.password);
  await a.page.getByRole('button', { name: 'Connect' }).click();
  await expect(a.page.getByTestId('sync-error')).toHaveText(/no database of that name|may not use this database/);
  // An address without a database is refused before anything is sent.
  await a.page.getByTestId('sync').getByLabel('Database URL').fill(COUCH);
  await a.page.getByRole('button', { name: 'Connect' }).click();
  await expect(a.page.getByTestId('sync-error')).toContainText("Write the database's full address");
  await a.context.close();
});

test('after the session ends the device asks to log in again and keeps its changes; Disconnect keeps the data', async ({ browser }) => {
  const a = await device(browser);
  const b = await device(browser);
  await connectSynced(a.page);
  await connectSynced(b.page);

  await couch.expireSessions();
  await addComplaint(a.page, 'Waited twenty minutes at the till.', 'Bruno Neri');
  await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('aria-label', /Log in again/, { timeout: 10_000 });
  await a.page.getByTestId('sync-badge').click();
  const card = a.page.getByTestId('sync');
  await expect(card.getByTestId('sync-status')).toContainText('Log in again');
  await card.getByTestId('sync-login-password').fill(couch.member.password);
  await card.getByRole('button', { name: 'Log in' }).click();
  await expect(card.getByTestId('sync-status')).toContainText('Synced', { timeout: 15_000 });

  // B's session ended too: it logs in again and gets A's queued complaint.
  await open(b.page, '/share');
  await expect(b.page.getByTestId('sync-status')).toContainText('Log in again', { timeout: 40_000 });
  await b.page.getByTestId('sync-login-password').fill(couch.member.password);
  await b.page.getByRole('button', { name: 'Log in' }).click();
  await open(b.page, '/listen');
  await expect(row(b.page, 'Bruno Neri')).toHaveCount(1, { timeout: 10_000 });

  // Disconnect: everything stays, sync is off and forgets its state, and
  // the browser keeps no login to the database.
  await open(b.page, '/share');
  const session = async () =>
    (await b.context.cookies(couch.url)).filter((c) => c.name === 'AuthSession' && c.value !== '').length;
  expect(await session(), 'logged in while syncing').toBe(1);
  await b.page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(b.page.getByTestId('sync-status')).toHaveText('Sync is off.');
  await expect.poll(session, { message: 'the session cookie is gone', timeout: 5_000 }).toBe(0);
  await expect(b.page.getByTestId('sync-badge')).toHaveCount(0);
  expect(await b.page.evaluate(() => localStorage.getItem('servicebook-sync/v1/state'))).toBeNull();
  await b.page.reload();
  await open(b.page, '/listen');
  await expect(row(b.page, 'Bruno Neri')).toHaveCount(1);
  await expect(b.page.getByTestId('sync-badge')).toHaveCount(0);
  expect(a.errors.concat(b.errors)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('two tabs of one browser: one syncs, and what the other saves reaches the other device', async ({ browser }) => {
  const a = await device(browser);
  const b = await device(browser);
  await connectSynced(a.page);
  await connectSynced(b.page);
  // A second tab on device A: the first holds the sync lock.
  const a2 = await a.context.newPage();
  const a2errors = [];
  a2.on('pageerror', (e) => a2errors.push(String(e)));
  await open(a2, '/listen');
  // It waits for the lock and shows what the syncing tab sees.
  await expect(a2.getByTestId('sync-badge')).toHaveAttribute('data-state', 'synced', { timeout: 10_000 });
  await open(b.page, '/listen');
  await addComplaint(a2, 'Price on the shelf differed from the till.', 'Dario Gialli');
  await expect(row(b.page, 'Dario Gialli')).toHaveCount(1, { timeout: 10_000 });
  // The tab that syncs never met a conflict on the checkpoint.
  await expect(a.page.getByTestId('sync-status')).toContainText('Synced');
  await addComplaint(b.page, 'Parking full again.', 'Elena Rosa');
  await expect(row(a2, 'Elena Rosa')).toHaveCount(1, { timeout: 10_000 });

  // The tab that does not sync empties the trash: the syncing tab takes
  // that in and deletes the document on the server, and B's trash empties.
  await row(a2, 'Dario Gialli').getByRole('link').click();
  await saved(a2, () => a2.getByTestId('delete-complaint').click());
  await open(b.page, '/share');
  await expect(b.page.getByTestId('trash')).toContainText('Complaints —', { timeout: 10_000 });
  await open(a2, '/share');
  await a2.getByRole('button', { name: 'Empty the trash' }).click();
  await saved(a2, () => a2.getByTestId('confirm-empty-trash').click());
  await expect(b.page.getByTestId('trash')).toContainText('The trash is empty.', { timeout: 15_000 });
  const docs = await fetch(`${couch.url}/${dbName}/_all_docs`, { headers: { Authorization: couch.adminAuth } }).then((r) => r.json());
  expect(docs.rows.filter((r) => r.id.startsWith('complaints:')), 'only Elena Rosa is left on the server').toHaveLength(1);
  await open(a.page, '/share');
  await expect(a.page.getByTestId('trash')).toContainText('The trash is empty.');
  expect(a.errors.concat(b.errors, a2errors)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('with the server away a device works offline and counts what waits; back, it all goes; the trash travels', async ({ browser }) => {
  const a = await device(browser);
  const b = await device(browser);
  await connectSynced(a.page);
  await connectSynced(b.page);

  await couch.stop();
  try {
    await addComplaint(a.page, 'Card reader down.', 'Fabio Viola');
    await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
    await expect(a.page.getByTestId('sync-badge')).toHaveAttribute(
      'aria-label',
      /^Working offline: [1-9]\d* changes? waiting\.$/,
    );
    await expect(a.page.getByTestId('sync-badge')).toHaveText(/Offline · [1-9]/);
  } finally {
    await couch.start();
  }
  // Back: the next try (at most the backoff's wait) sends it.
  await open(b.page, '/listen');
  await expect(row(b.page, 'Fabio Viola')).toHaveCount(1, { timeout: 30_000 });
  await expect(a.page.getByTestId('sync-badge')).toHaveAttribute('data-state', 'synced', { timeout: 30_000 });

  // B moves it to the trash: A's log drops it; B empties the trash: the
  // document is deleted on the server and A's trash empties too.
  await row(b.page, 'Fabio Viola').getByRole('link').click();
  await saved(b.page, () => b.page.getByTestId('delete-complaint').click());
  await open(a.page, '/listen');
  await expect(row(a.page, 'Fabio Viola')).toHaveCount(0, { timeout: 10_000 });
  await open(b.page, '/share');
  // The trash says that emptying it reaches every synced device.
  await expect(b.page.getByTestId('empty-trash-note')).toContainText('on every device that syncs with your server');
  await b.page.getByTestId('trash').getByRole('button', { name: 'Empty the trash' }).click();
  await b.page.getByTestId('confirm-empty-trash').click();
  await expect(b.page.getByTestId('trash')).toContainText('The trash is empty.');
  await expect
    .poll(
      async () => {
        const r = await fetch(`${couch.url}/${dbName}/_all_docs`, { headers: { Authorization: couch.adminAuth } });
        return (await r.json()).rows.filter((row) => row.id.startsWith('complaints:')).length;
      },
      { message: 'the emptied record is deleted on the server', timeout: 10_000 },
    )
    .toBe(0);
  await open(a.page, '/share');
  await expect(a.page.getByTestId('trash')).toContainText('The trash is empty.', { timeout: 10_000 });
  expect(a.errors.concat(b.errors)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('three devices: one complaint edited on two while the server is away ends the same on all three; a restore travels', async ({ browser }) => {
  const [a, b, c] = [await device(browser), await device(browser), await device(browser)];
  for (const d of [a, b, c]) {
    await connectSynced(d.page);
  }
  await addComplaint(a.page, 'Parcel arrived open.', 'Ilaria Neri');
  for (const d of [b, c]) {
    await open(d.page, '/listen');
    await expect(row(d.page, 'Ilaria Neri')).toHaveCount(1, { timeout: 10_000 });
  }
  // Both A and B edit it while the server is away; B's edit is the later.
  await couch.stop();
  try {
    for (const [d, text] of [
      [a, 'Parcel arrived open; A called the courier.'],
      [b, 'Parcel arrived open; B sent a new one.'],
    ]) {
      await open(d.page, '/listen');
      await row(d.page, 'Ilaria Neri').getByRole('link').click();
      await d.page.getByTestId('nature').fill(text);
      await saved(d.page, () => d.page.getByTestId('save-complaint').click());
    }
  } finally {
    await couch.start();
  }
  // Back: every device ends with B's version, the newer one.
  for (const d of [a, b, c]) {
    await expect
      .poll(
        async () => {
          await open(d.page, '/listen');
          await row(d.page, 'Ilaria Neri').getByRole('link').click();
          return d.page.getByTestId('nature').inputValue();
        },
        { message: 'every device shows the newer edit', timeout: 40_000, intervals: [1_000] },
      )
      .toBe('Parcel arrived open; B sent a new one.');
  }
  const doc = await fetch(`${couch.url}/${dbName}/_all_docs?include_docs=true&conflicts=true`, {
    headers: { Authorization: couch.adminAuth },
  }).then((r) => r.json());
  const rows = doc.rows.filter((r) => r.id.startsWith('complaints:'));
  expect(rows).toHaveLength(1);
  expect(rows[0].doc._conflicts ?? [], 'no conflicting revision is left on the server').toEqual([]);

  // C moves it to the trash; A restores it from its trash; C has it back.
  await open(c.page, '/listen');
  await row(c.page, 'Ilaria Neri').getByRole('link').click();
  await saved(c.page, () => c.page.getByTestId('delete-complaint').click());
  await open(a.page, '/share');
  const trash = a.page.getByTestId('trash');
  await expect(trash).toContainText('Complaints —', { timeout: 10_000 });
  await saved(a.page, () => trash.getByRole('button', { name: 'Restore' }).first().click());
  await open(c.page, '/listen');
  await expect(row(c.page, 'Ilaria Neri')).toHaveCount(1, { timeout: 10_000 });
  expect(a.errors.concat(b.errors, c.errors)).toEqual([]);
  for (const d of [a, b, c]) await d.context.close();
});

test('documents on the server that the app cannot take are listed in plain words and change nothing', async ({ browser }) => {
  const a = await device(browser);
  await connectSynced(a.page);
  await addComplaint(a.page, 'Wrong size sent.', 'Gina Bruni');
  const admin = { Authorization: couch.adminAuth, 'Content-Type': 'application/json' };
  const put = (id, body) =>
    fetch(`${couch.url}/${dbName}/${encodeURIComponent(id)}`, { method: 'PUT', headers: admin, body: JSON.stringify(body) });
  expect((await put('complaints:6f1c2a4e-0000-4000-8000-000000000001', { schema: 999, record: {} })).status).toBe(201);
  expect(
    (await put('complaints:6f1c2a4e-0000-4000-8000-000000000002', {
      schema: 1,
      record: { id: '6f1c2a4e-0000-4000-8000-000000000002', created: 'yesterday' },
    })).status,
  ).toBe(201);
  await open(a.page, '/share');
  const refused = a.page.getByTestId('sync-refused');
  await expect(refused).toContainText('Not taken from the server', { timeout: 10_000 });
  await expect(refused).toContainText('Complaints: written by a newer version of Servicebook');
  // What is wrong, as an imported file's error says it, the field named
  // within the record.
  await expect(refused).toContainText(
    'Complaints: the field “created” is not valid (input contains invalid characters) (complaints:6f1c2a4e-0000-4000-8000-000000000002)',
  );
  await expect(a.page.getByTestId('sync-status')).toContainText('Synced');
  await open(a.page, '/listen');
  await expect(a.page.getByTestId('complaint-row')).toHaveCount(1);
  await expect(row(a.page, 'Gina Bruni')).toHaveCount(1);
  expect(a.errors).toEqual([]);
  await a.context.close();
});
