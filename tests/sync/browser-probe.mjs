// The browser half of the probe: Debian's Chromium opens a page on the app's
// origin and calls the test CouchDB on another port exactly as the wasm
// client will (fetch, credentials: 'include', JSON in and out). It checks
// what only a browser enforces: the CORS preflight, the AuthSession cookie
// being stored and sent back cross-origin, the HttpOnly cookie staying
// invisible to the page, and a refused origin failing as a TypeError.
//   node tests/sync/browser-probe.mjs
// Env: PROBE_BROWSER_PORT (5986; control port + 1), PROBE_PAGE_PORT (4322).

import http from 'node:http';
import assert from 'node:assert/strict';
import { chromium } from '@playwright/test';
import { startCouchServer } from './couch-server.mjs';

const COUCH = Number(process.env.PROBE_BROWSER_PORT ?? 5986);
const PAGE = Number(process.env.PROBE_PAGE_PORT ?? 4322);
const APP = `http://127.0.0.1:${PAGE}`;
const OTHER = `http://localhost:${PAGE}`; // same port, another origin: not allowed
const DB = 'servicebook-browser';

let failures = 0;
async function check(what, fn) {
  try {
    await fn();
    console.log(`  ok   ${what}`);
  } catch (err) {
    failures += 1;
    console.log(`  FAIL ${what}\n       ${String(err.message).split('\n').join('\n       ')}`);
  }
}

const page = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>probe</title><p>probe</p>');
});
await new Promise((r) => page.listen(PAGE, '127.0.0.1', r));
const couch = await startCouchServer({ port: COUCH, origins: [APP] });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });

try {
  const admin = { Authorization: couch.adminAuth, 'Content-Type': 'application/json' };
  await fetch(`${couch.url}/${DB}`, { method: 'PUT', headers: admin });
  await fetch(`${couch.url}/${DB}/_security`, {
    method: 'PUT',
    headers: admin,
    body: JSON.stringify({ members: { names: [couch.member.name], roles: [] } }),
  });

  const tab = await browser.newPage();
  await tab.goto(`${APP}/`);
  // The calls as the client makes them, run inside the page.
  const run = (steps) =>
    tab.evaluate(
      async ({ base, db, steps, member }) => {
        const call = async (method, path, body) => {
          try {
            const res = await fetch(base + path, {
              method,
              credentials: 'include',
              headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            return { status: res.status, json: await res.json().catch(() => null) };
          } catch (err) {
            return { failed: `${err.name}: ${err.message}` };
          }
        };
        const out = {};
        for (const s of steps) {
          if (s === 'anon') out.anon = await call('GET', `/${db}`);
          if (s === 'login') out.login = await call('POST', '/_session', { name: member.name, password: member.password });
          if (s === 'session') out.session = await call('GET', '/_session');
          if (s === 'db') out.db = await call('GET', `/${db}`);
          if (s === 'write')
            out.write = await call('POST', `/${db}/_bulk_docs`, {
              new_edits: false,
              docs: [{ _id: 'setting:profile', _rev: `1-${'a'.repeat(32)}`, _revisions: { start: 1, ids: ['a'.repeat(32)] }, schema: 5 }],
            });
          if (s === 'changes') out.changes = await call('GET', `/${db}/_changes?style=all_docs&since=0&include_docs=true&conflicts=true&feed=longpoll&timeout=1000`);
          if (s === 'cookie') out.cookie = document.cookie;
        }
        return out;
      },
      { base: couch.url, db: DB, steps, member: couch.member },
    );

  const r = await run(['anon', 'login', 'session', 'db', 'write', 'changes', 'cookie']);
  await check('before logging in: 401 from the members-only database (CORS lets the page read it)', () => {
    assert.equal(r.anon.status, 401);
    assert.equal(r.anon.json.error, 'unauthorized');
  });
  await check('POST /_session from the page: 200, the browser keeps the cookie', () => {
    assert.equal(r.login.status, 200);
    assert.equal(r.login.json.name, couch.member.name);
  });
  await check('GET /_session: the cookie was sent cross-origin (userCtx names the member)', () => {
    assert.equal(r.session.json.userCtx.name, couch.member.name);
  });
  await check('GET /db, POST _bulk_docs (preflighted), longpoll _changes all work with the cookie', () => {
    assert.equal(r.db.status, 200);
    assert.equal(r.write.status, 201);
    assert.deepEqual(r.write.json, []);
    assert.equal(r.changes.status, 200);
    assert.equal(r.changes.json.results[0].id, 'setting:profile');
  });
  await check('the AuthSession cookie is HttpOnly: the page cannot read it', () => {
    assert.ok(!String(r.cookie).includes('AuthSession'));
  });

  await couch.expireSessions();
  const e = await run(['session', 'db']);
  await check('after the session expires: _session is anonymous, the database answers 401', () => {
    assert.equal(e.session.json.userCtx.name, null);
    assert.equal(e.db.status, 401);
  });

  await couch.stop();
  const down = await run(['db']);
  await check('server stopped: fetch fails with a TypeError (no status)', () => {
    assert.match(down.db.failed, /^TypeError/);
  });
  await couch.start();
  const back = await run(['login', 'db']);
  await check('server started again: log in, same data', () => {
    assert.equal(back.db.status, 200);
    assert.equal(back.db.json.doc_count, 1);
  });

  const other = await browser.newPage();
  await other.goto(`${OTHER}/`);
  const refused = await other.evaluate(async (url) => {
    try {
      await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      return 'answered';
    } catch (err) {
      return `${err.name}`;
    }
  }, `${couch.url}/_session`);
  await check('an origin not in the list: the preflight is refused, fetch fails with a TypeError', () => {
    assert.equal(refused, 'TypeError');
  });
} finally {
  await browser.close();
  await couch.close();
  page.close();
}
console.log(failures ? `\n${failures} assertion(s) failed` : '\nall browser probe assertions passed');
process.exit(failures ? 1 : 0);
