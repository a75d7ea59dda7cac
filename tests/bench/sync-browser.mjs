// Sync benchmark in the browser (issue 18): the release build in headless
// Chromium, two devices (browser contexts with their own storage) and the
// CouchDB-protocol test server (tests/sync/couch-server.mjs) on the loopback.
// Prints, beside the aims (it does not pass or fail):
//   - the first sync of a 10,000-complaint workbook (imported through Share
//     & backup) to an empty database: from Connect to "Synced", and the
//     requests made to the server;
//   - the first sync from that database to a new device, the same way, and
//     that the new device then holds the 10,000 complaints;
//   - the delay from an edit saved on one device to its appearance on the
//     other, which shows the complaint log filtered to it (p50, p95 over
//     BENCH_EDITS edits, 20).
// The build must let the page reach the server: SERVICEBOOK_SYNC_ORIGIN names
// http://127.0.0.1:<SYNC_E2E_COUCH_PORT> (5991, as scripts/test.sh builds).
// Run: bash tests/bench/sync.sh (serves dist/), or
//      node tests/bench/sync-browser.mjs http://127.0.0.1:<port>
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../e2e/playwright.config.mjs';
import { startCouchServer } from '../sync/couch-server.mjs';

const APP = process.argv[2] || 'http://127.0.0.1:4290';
const COUCH_PORT = Number(process.env.SYNC_E2E_COUCH_PORT || 5991);
const COUCH = `http://127.0.0.1:${COUCH_PORT}`;
const EDITS = Number(process.env.BENCH_EDITS || 20);
const N = Number(process.env.BENCH_N || 10000);

const log = (...a) => console.log(...a);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const pct = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
};

const file = join(tmpdir(), `servicebook-sync-bench-${process.pid}.json`);
execFileSync('node', ['tests/bench/ui.mjs', '--write', file], { env: { ...process.env, BENCH_N: String(N) } });
const workbook = JSON.parse(readFileSync(file, 'utf8'));
const target = workbook.workbook.complaints[Math.floor(N / 2)];

const couch = await startCouchServer({ port: COUCH_PORT, origins: [APP] });
const db = `bench-${Date.now()}`;
const admin = { Authorization: couch.adminAuth, 'Content-Type': 'application/json' };
await fetch(`${couch.url}/${db}`, { method: 'PUT', headers: admin });
await fetch(`${couch.url}/${db}/_security`, {
  method: 'PUT',
  headers: admin,
  body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [couch.member.name], roles: [] } }),
});

const browser = await chromium.launch(chromiumLaunch);
async function device() {
  const context = await browser.newContext({ baseURL: APP });
  const page = await context.newPage();
  const requests = { n: 0 };
  context.on('request', (r) => {
    if (r.url().startsWith(COUCH)) requests.n += 1;
  });
  return { context, page, requests };
}

async function synced(page, timeout) {
  await page.getByTestId('sync-status').filter({ hasText: 'Synced' }).waitFor({ timeout });
}

async function connect(d) {
  await d.page.goto('/share');
  const card = d.page.getByTestId('sync');
  await card.getByLabel('Database URL').fill(`${COUCH}/${db}`);
  await card.getByLabel('User name').fill(couch.member.name);
  await card.getByLabel('Password').fill(couch.member.password);
  d.requests.n = 0;
  const start = Date.now();
  await card.getByRole('button', { name: 'Connect' }).click();
  await synced(d.page, 300_000);
  return { ms: Date.now() - start, requests: d.requests.n };
}

try {
  const a = await device();
  await a.page.goto('/share');
  await a.page.getByTestId('import-file').setInputFiles(file);
  await a.page.getByTestId('replace').click();
  await a.page.getByTestId('save-status').filter({ hasText: 'Saved in this browser' }).waitFor({ timeout: 120_000 });
  const up = await connect(a);
  const b = await device();
  const down = await connect(b);
  await b.page.goto('/');
  const count = await b.page.getByTestId('listen-status').innerText();
  const docs = await (await fetch(`${couch.url}/${db}`, { headers: admin })).json();

  // Edits on A; B shows the log filtered to the edited complaint.
  await b.page.goto('/listen?q=Bench');
  const delays = [];
  for (let k = 1; k <= EDITS; k += 1) {
    await a.page.goto(`/listen/${target.id}`);
    await a.page.getByTestId('customer-name').fill(`Bench ${k}`);
    const start = Date.now();
    await a.page.getByTestId('save-complaint').click();
    await b.page.waitForFunction((t) => document.querySelector('main')?.innerText.includes(t), `Bench ${k}`, {
      polling: 'raf',
      timeout: 60_000,
    });
    delays.push(Date.now() - start);
  }

  log(`workbook: ${N.toLocaleString('en')} complaints, ${(readFileSync(file).length / 1e6).toFixed(1)} MB as a file`);
  log(`first sync to an empty database: ${s(up.ms)}, ${up.requests} requests (aim: 15 s)`);
  log(`first sync to a new device:      ${s(down.ms)}, ${down.requests} requests (aim: 15 s)`);
  log(`  the new device's Home: ${count.replace(/\s+/g, ' ').slice(0, 80)}`);
  log(`  documents in the database: ${docs.doc_count}`);
  log(
    `edit on one device to shown on the other (${EDITS} edits): p50 ${pct(delays, 50)} ms, p95 ${pct(delays, 95)} ms, max ${Math.max(...delays)} ms (aim: p95 2 s)`,
  );
} finally {
  await browser.close();
  await couch.close();
}
