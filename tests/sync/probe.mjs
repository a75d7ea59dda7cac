// Exercises every CouchDB call the sync engine makes, exactly as the browser
// client will make them, against tests/sync/couch-server.mjs, and asserts
// the answers. Exits non-zero on the first failed assertion, so it is a test:
//   node tests/sync/probe.mjs                 (ports 5988 and 5989)
//   node tests/sync/probe.mjs --write-notes   also rewrites the transcript in
//                                             docs/sync-protocol-notes.md
// Env: PROBE_PORT (5988); the control port is PROBE_PORT + 1.
//
// Where express-pouchdb answers differently from Apache CouchDB 3.x the
// assertion checks what THIS server does and says "differs from CouchDB";
// docs/sync-protocol-notes.md says what CouchDB does instead.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PORT = Number(process.env.PROBE_PORT ?? 5988);
const CONTROL = PORT + 1;
const ORIGIN = 'http://127.0.0.1:4321';
const BASE = `http://127.0.0.1:${PORT}`;
const DB = 'servicebook-probe';
const writeNotes = process.argv.includes('--write-notes');

const transcript = [];
let failures = 0;
let current = '';

function section(title) {
  current = title;
  transcript.push(`\n### ${title}\n`);
}
function note(text) {
  transcript.push(text + '\n');
}
function check(what, fn) {
  try {
    fn();
    console.log(`  ok   ${what}`);
  } catch (err) {
    failures += 1;
    console.log(`  FAIL ${what} [${current}]\n       ${String(err.message).split('\n').join('\n       ')}`);
  }
}

// --- a cookie jar of one cookie, as the browser keeps AuthSession ---------
const jars = { staff: null, admin: null, outsider: null };

// The transcript shows Set-Cookie and the CORS headers only where they
// matter (logging in, the CORS section): every answer carries them.
let showAll = false;
function shown(headers) {
  const keep = ['content-type', 'location'];
  if (showAll) {
    keep.push(
      'set-cookie',
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-expose-headers',
      'access-control-max-age',
    );
  }
  const out = [];
  for (const k of keep) {
    let v = k === 'set-cookie' ? headers.getSetCookie().join(' | ') : headers.get(k);
    if (!v) continue;
    if (k === 'set-cookie') v = v.replace(/AuthSession=[^;]*/g, 'AuthSession=<token>');
    out.push(`${k}: ${v}`);
  }
  return out;
}

function redact(text) {
  return text
    .replace(/"uuid":"[^"]+"/g, '"uuid":"<uuid>"')
    .replace(/"instance_start_time":"[^"]+"/g, '"instance_start_time":"<time>"')
    .replace(/("id":"org\.couchdb\.user:[^"]+","rev":"1-)[0-9a-f]+"/g, '$1<hash>"');
}

// One request as the wasm client sends it: JSON in, Accept JSON, the
// session cookie, the app's Origin.
async function call(method, url, { body, as = 'staff', origin = ORIGIN, headers = {}, record = true, label } = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (origin) h.Origin = origin;
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (as && jars[as]) h.Cookie = `AuthSession=${jars[as]}`;
  const started = Date.now();
  const res = await fetch(BASE + url, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const ms = Date.now() - started;
  for (const c of res.headers.getSetCookie()) {
    const m = /^AuthSession=([^;]*)/.exec(c);
    if (m && as) jars[as] = m[1] || null;
  }
  let json = null;
  try {
    json = text.trim() ? JSON.parse(text) : null;
  } catch {
    json = undefined;
  }
  if (record) {
    const who = as ? ` (as ${as}${jars[as] || as === 'staff' ? ', cookie' : ''})` : ' (no cookie)';
    transcript.push(`${label ? `_${label}_\n\n` : ''}\`\`\`http\n${method} ${url}${who}`);
    if (body !== undefined) transcript.push(JSON.stringify(body));
    transcript.push(`--> ${res.status} ${res.statusText}`);
    for (const l of shown(res.headers)) transcript.push(l);
    transcript.push(redact(text.trim()));
    transcript.push('```\n');
  }
  return { status: res.status, headers: res.headers, text, json, ms };
}

async function control(op) {
  const auth = 'Basic ' + Buffer.from('admin:admin-pass').toString('base64');
  const res = await fetch(`http://127.0.0.1:${CONTROL}/${op}`, {
    method: op === 'status' ? 'GET' : 'POST',
    headers: { Authorization: auth },
  });
  assert.equal(res.status, 200, `control ${op}`);
  return res.json();
}

async function startServer() {
  const child = spawn(process.execPath, [path.join(here, 'couch-server.mjs'), String(PORT)], {
    env: { ...process.env, SYNC_APP_ORIGINS: `${ORIGIN},http://localhost:4321`, SYNC_CONTROL_PORT: String(CONTROL) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('couch-server ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`couch-server exited with ${code}: ${out}`)));
    setTimeout(() => reject(new Error('couch-server did not start in 20 s')), 20000);
  });
  return child;
}

// Revision ids: the client makes them (32 hex), so the probe does too.
const hex = (c) => c.repeat(32);
const ID = 'complaints:0b7e3c1e-5a0e-4c1f-9d55-3f0c8a1d2e41';
const R1 = hex('a');
const R2A = hex('b'); // branch A (will win: "b..." > "c..."? no: higher hash wins; see below)
const R2B = hex('c');
const R3DEL = hex('d');
const record = (title) => ({ schema: 5, collection: 'complaints', record: { id: ID.split(':')[1], title } });

async function main() {
  const child = await startServer();
  let exitCode = 1;
  try {
    await run();
    exitCode = failures ? 1 : 0;
  } catch (err) {
    console.error(`probe aborted [${current}]:`, err);
  } finally {
    child.kill('SIGTERM');
  }
  if (writeNotes) writeTranscript();
  console.log(failures ? `\n${failures} assertion(s) failed` : '\nall probe assertions passed');
  process.exit(exitCode);
}

async function run() {
  let r;

  section('GET / (server root)');
  r = await call('GET', '/', { as: null });
  check('root answers 200 JSON', () => {
    assert.equal(r.status, 200);
    // differs from CouchDB: {"couchdb":"Welcome","version":"3.x.y",...}
    assert.equal(r.json['express-pouchdb'], 'Welcome!');
    assert.equal(r.json.couchdb, undefined);
  });

  section('POST /_session (log in)');
  showAll = true;
  r = await call('POST', '/_session', { body: { name: 'staff', password: 'wrong' }, as: null });
  check('wrong password: 401 unauthorized', () => {
    assert.equal(r.status, 401);
    assert.deepEqual(r.json, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
  });
  r = await call('POST', '/_session', { body: { name: 'staff', password: 'staff-pass' } });
  check('right password: 200, AuthSession cookie (HttpOnly, Path=/), body names the user', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { ok: true, name: 'staff', roles: [] });
    const c = r.headers.getSetCookie().find((x) => x.startsWith('AuthSession='));
    assert.ok(c, 'Set-Cookie AuthSession');
    assert.match(c, /HttpOnly/);
    assert.match(c, /Path=\//);
    assert.ok(jars.staff);
  });
  check('CORS on a credentialed request: origin echoed, credentials true', () => {
    assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(r.headers.get('access-control-allow-credentials'), 'true');
  });
  await call('POST', '/_session', { body: { name: 'admin', password: 'admin-pass' }, as: 'admin', record: false });

  showAll = false;
  section('GET /_session (who am I)');
  r = await call('GET', '/_session');
  check('cookie session: userCtx names staff, authenticated "cookie"', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json.ok, true);
    assert.equal(r.json.userCtx.name, 'staff');
    assert.deepEqual(r.json.userCtx.roles, []);
    assert.equal(r.json.info.authenticated, 'cookie');
  });
  r = await call('GET', '/_session', { as: null });
  check('no cookie: 200 with userCtx.name null', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json.userCtx.name, null);
  });

  section('PUT /{db} (create the database; admin only)');
  r = await call('PUT', `/${DB}`, { as: 'staff' });
  check('a member may not create a database: 401', () => {
    assert.equal(r.status, 401);
    assert.equal(r.json.error, 'unauthorized');
  });
  r = await call('PUT', `/${DB}`, { as: 'admin' });
  check('admin creates it: 201 {"ok":true}', () => {
    assert.equal(r.status, 201);
    assert.deepEqual(r.json, { ok: true });
  });
  r = await call('PUT', `/${DB}`, { as: 'admin' });
  check('again: 412 file_exists', () => {
    assert.equal(r.status, 412);
    assert.equal(r.json.error, 'file_exists');
  });

  section('PUT /{db}/_security (members only) and access checks');
  r = await call('GET', `/${DB}`, { as: null, label: 'before _security is set: open to anyone (differs from CouchDB 3.x: admin-only)' });
  check('empty _security: anonymous may read (differs from CouchDB 3.x)', () => assert.equal(r.status, 200));
  r = await call('PUT', `/${DB}/_security`, {
    as: 'admin',
    body: { admins: { names: [], roles: [] }, members: { names: ['staff'], roles: [] } },
  });
  check('admin sets members: 200 {"ok":true}', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { ok: true });
  });
  await call('PUT', '/_users/org.couchdb.user:outsider', {
    as: 'admin',
    body: { _id: 'org.couchdb.user:outsider', name: 'outsider', password: 'outsider-pass', roles: [], type: 'user' },
    label: 'a second user, not a member',
  });
  await call('POST', '/_session', { body: { name: 'outsider', password: 'outsider-pass' }, as: 'outsider', record: false });
  r = await call('GET', `/${DB}`, { as: 'outsider', label: 'logged in, not a member' });
  check('non-member: 401 unauthorized (differs from CouchDB: 403 forbidden)', () => {
    assert.equal(r.status, 401);
    assert.deepEqual(r.json, { error: 'unauthorized', reason: 'You are not authorized to access this db.' });
  });
  r = await call('GET', `/${DB}`, { as: null, label: 'anonymous' });
  check('anonymous: 401 unauthorized', () => {
    assert.equal(r.status, 401);
    assert.equal(r.json.error, 'unauthorized');
  });
  r = await call('POST', `/${DB}/_bulk_docs`, {
    as: 'outsider',
    body: { new_edits: false, docs: [{ _id: 'x', _rev: `1-${R1}`, _revisions: { start: 1, ids: [R1] } }] },
    label: 'non-member writes',
  });
  check('non-member _bulk_docs: 201 with a per-document error (differs from CouchDB: 403 for the request)', () => {
    assert.equal(r.status, 201);
    assert.equal(r.json[0].error, 'unauthorized');
  });

  section('GET /{db} (database info, as a member)');
  r = await call('GET', `/${DB}`);
  check('200 with db_name, doc_count, update_seq (a number here)', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json.db_name, DB);
    assert.equal(typeof r.json.doc_count, 'number');
    assert.equal(typeof r.json.update_seq, 'number'); // differs from CouchDB: opaque string
  });
  r = await call('GET', '/servicebook-missing');
  check('missing database: 404 not_found', () => {
    assert.equal(r.status, 404);
    assert.equal(r.json.error, 'not_found');
  });

  section('POST /{db}/_revs_diff');
  r = await call('POST', `/${DB}/_revs_diff`, { body: { [ID]: [`1-${R1}`, `2-${R2A}`] } });
  check('all missing on an empty database', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { [ID]: { missing: [`1-${R1}`, `2-${R2A}`] } });
  });

  section('POST /{db}/_bulk_docs new_edits=false (two branches: a conflict)');
  r = await call('POST', `/${DB}/_bulk_docs`, {
    body: {
      new_edits: false,
      docs: [
        { _id: ID, _rev: `2-${R2A}`, _revisions: { start: 2, ids: [R2A, R1] }, ...record('Branch A') },
        { _id: ID, _rev: `2-${R2B}`, _revisions: { start: 2, ids: [R2B, R1] }, ...record('Branch B') },
        {
          _id: 'setting:profile',
          _rev: `1-${R1}`,
          _revisions: { start: 1, ids: [R1] },
          schema: 5,
          collection: 'setting',
          record: { name: 'Shop' },
        },
      ],
    },
  });
  check('201 and an empty array (as CouchDB for new_edits=false)', () => {
    assert.equal(r.status, 201);
    assert.deepEqual(r.json, []);
  });
  r = await call('POST', `/${DB}/_bulk_docs`, {
    body: { new_edits: false, docs: [{ _id: ID, _rev: `2-${R2A}`, _revisions: { start: 2, ids: [R2A, R1] }, ...record('Branch A') }] },
    label: 'the same revision again (a retry)',
  });
  check('re-sending a stored revision: 201 [] (idempotent)', () => {
    assert.equal(r.status, 201);
    assert.deepEqual(r.json, []);
  });
  r = await call('POST', `/${DB}/_revs_diff`, {
    body: { [ID]: [`1-${R1}`, `2-${R2A}`, `3-${hex('e')}`], 'setting:profile': [`1-${R1}`] },
    label: 'revs_diff after the write',
  });
  check('_revs_diff: stored leaves are not missing; the unknown one is, with possible_ancestors; the body-less ancestor 1-aaa… IS (differs from CouchDB)', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json[ID].missing, [`1-${R1}`, `3-${hex('e')}`]);
    // differs from CouchDB: no "possible_ancestors" (CouchDB lists the leaves below 3-eee…)
    assert.equal(r.json[ID].possible_ancestors, undefined);
    assert.equal(r.json['setting:profile'], undefined);
  });
  r = await call('GET', `/${DB}/${encodeURIComponent(ID)}?conflicts=true`, { label: 'the winner, with _conflicts' });
  check('winner is the higher revision id (2-ccc… > 2-bbb…), _conflicts lists the other', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json._rev, `2-${R2B}`);
    assert.deepEqual(r.json._conflicts, [`2-${R2A}`]);
  });

  section('GET /{db}/_changes (normal feed)');
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=0&limit=100&include_docs=true&conflicts=true`);
  let lastSeq;
  check('results list every leaf revision, the winner\'s doc with _conflicts; seq are numbers', () => {
    assert.equal(r.status, 200);
    const row = r.json.results.find((x) => x.id === ID);
    assert.ok(row);
    assert.deepEqual(row.changes.map((c) => c.rev).sort(), [`2-${R2A}`, `2-${R2B}`].sort());
    assert.equal(row.doc._rev, `2-${R2B}`);
    assert.deepEqual(row.doc._conflicts, [`2-${R2A}`]);
    assert.deepEqual(row.doc.record, record('Branch B').record);
    assert.equal(typeof row.seq, 'number'); // differs from CouchDB: "3-g1AAAA..." strings
    assert.equal(typeof r.json.last_seq, 'number');
    lastSeq = r.json.last_seq;
  });
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=0&limit=1&include_docs=true&conflicts=true`, {
    label: 'limit=1: one row, last_seq is that row\'s seq',
  });
  let firstSeq;
  check('limit=1 gives one row and a last_seq to continue from', () => {
    assert.equal(r.json.results.length, 1);
    firstSeq = r.json.last_seq;
    assert.equal(firstSeq, r.json.results[0].seq);
    assert.equal(r.json.pending, undefined); // differs from CouchDB 3.x, which sends "pending"
  });
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=${encodeURIComponent(JSON.stringify(firstSeq))}&limit=100&include_docs=true&conflicts=true`, {
    label: 'since=<last_seq of the previous page>',
  });
  check('since continues after the given seq', () => {
    assert.equal(r.json.results.length, 1);
    assert.equal(r.json.last_seq, lastSeq);
  });

  section('GET /{db}/_changes?feed=longpoll');
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=${lastSeq}&limit=100&include_docs=true&conflicts=true&feed=longpoll&timeout=1500`, {
    label: 'nothing new, timeout=1500',
  });
  check('longpoll with nothing new returns after the timeout: empty results, same last_seq', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json.results, []);
    assert.equal(r.json.last_seq, lastSeq);
    assert.ok(r.ms >= 1000 && r.ms < 10000, `took ${r.ms} ms`);
  });
  const waiting = call('GET', `/${DB}/_changes?style=all_docs&since=${lastSeq}&limit=100&include_docs=true&conflicts=true&feed=longpoll&timeout=20000`, {
    label: 'a write arrives while waiting (timeout=20000)',
  });
  await new Promise((res) => setTimeout(res, 400));
  const writeAt = Date.now();
  await call('POST', `/${DB}/_bulk_docs`, {
    body: {
      new_edits: false,
      docs: [
        {
          _id: 'complaints:wake',
          _rev: `1-${hex('f')}`,
          _revisions: { start: 1, ids: [hex('f')] },
          schema: 5,
          collection: 'complaints',
          record: { title: 'wake' },
        },
      ],
    },
    record: false,
  });
  r = await waiting;
  check('longpoll wakes up on a write and returns that change', () => {
    assert.equal(r.status, 200);
    assert.ok(Date.now() - writeAt < 3000, 'woke promptly');
    assert.equal(r.json.results.length, 1);
    assert.equal(r.json.results[0].id, 'complaints:wake');
    assert.equal(r.json.results[0].doc.record.title, 'wake');
    assert.equal(r.json.last_seq, r.json.results[0].seq);
    lastSeq = r.json.last_seq;
  });

  section('POST /{db}/_bulk_get (both leaf revisions)');
  r = await call('POST', `/${DB}/_bulk_get?revs=true`, {
    body: { docs: [{ id: ID, rev: `2-${R2A}` }, { id: ID, rev: `2-${R2B}` }, { id: ID, rev: `9-${hex('9')}` }, { id: 'complaints:none' }] },
  });
  check('results: one entry per requested doc, docs:[{ok:{...}}] with _revisions', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json.results.length, 4);
    const [a, b, bad, none] = r.json.results;
    assert.equal(a.id, ID);
    assert.equal(a.docs.length, 1);
    assert.equal(a.docs[0].ok._rev, `2-${R2A}`);
    assert.deepEqual(a.docs[0].ok._revisions, { start: 2, ids: [R2A, R1] });
    assert.deepEqual(a.docs[0].ok.record, record('Branch A').record);
    assert.equal(b.docs[0].ok._rev, `2-${R2B}`);
    // differs from CouchDB: an unknown revision is {"missing":"<rev>"}, not
    // {"error":{"id","rev","error":"not_found","reason":"missing"}}
    assert.deepEqual(bad.docs, [{ missing: `9-${hex('9')}` }]);
    assert.equal(none.id, 'complaints:none');
    assert.equal(none.docs.length, 1);
    // differs from CouchDB: a document that does not exist comes back as an
    // EMPTY object {} (express-pouchdb loses PouchDB's nested error)
    assert.deepEqual(none.docs, [{}]);
  });

  section('POST /{db}/_bulk_docs new_edits=false with _deleted (drop the losing branch)');
  r = await call('POST', `/${DB}/_bulk_docs`, {
    body: {
      new_edits: false,
      docs: [{ _id: ID, _rev: `3-${R3DEL}`, _deleted: true, _revisions: { start: 3, ids: [R3DEL, R2A, R1] } }],
    },
  });
  check('201 []', () => {
    assert.equal(r.status, 201);
    assert.deepEqual(r.json, []);
  });
  r = await call('GET', `/${DB}/${encodeURIComponent(ID)}?conflicts=true&deleted_conflicts=true`, {
    label: 'the document afterwards',
  });
  check('winner unchanged (2-ccc…; a live leaf beats a deleted one), no _conflicts', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json._rev, `2-${R2B}`);
    assert.equal(r.json._conflicts, undefined);
    // differs from CouchDB: deleted_conflicts=true is ignored (CouchDB adds
    // "_deleted_conflicts":["3-ddd…"])
    assert.equal(r.json._deleted_conflicts, undefined);
  });
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=${lastSeq}&include_docs=true&conflicts=true`, {
    label: 'the change the deletion makes',
  });
  check('_changes style=all_docs lists both leaves, the deleted one too; doc is the live winner', () => {
    const row = r.json.results.find((x) => x.id === ID);
    assert.ok(row, 'the document changed');
    assert.deepEqual(row.changes.map((c) => c.rev).sort(), [`2-${R2B}`, `3-${R3DEL}`].sort());
    assert.equal(row.deleted, undefined);
    assert.equal(row.doc._rev, `2-${R2B}`);
    assert.equal(row.doc._conflicts, undefined);
    lastSeq = r.json.last_seq;
  });
  r = await call('GET', `/${DB}/_changes?since=${lastSeq - 1}`, { label: 'without style=all_docs: only the winner' });
  check('main_only style lists only the winning revision', () => {
    const row = r.json.results.find((x) => x.id === ID);
    assert.deepEqual(row.changes, [{ rev: `2-${R2B}` }]);
  });
  r = await call('POST', `/${DB}/_bulk_docs`, {
    body: {
      new_edits: false,
      docs: [
        {
          _id: 'complaints:gone',
          _rev: `1-${R1}`,
          _revisions: { start: 1, ids: [R1] },
          schema: 5,
          collection: 'complaints',
          record: {},
        },
        { _id: 'complaints:gone', _rev: `2-${R2A}`, _deleted: true, _revisions: { start: 2, ids: [R2A, R1] } },
      ],
    },
    label: 'a document deleted outright',
  });
  r = await call('GET', `/${DB}/_changes?style=all_docs&since=${lastSeq}&include_docs=true&conflicts=true`, {
    label: 'a deleted document in the feed',
  });
  check('a deleted document: "deleted":true and doc {_id,_rev,_deleted:true}', () => {
    const row = r.json.results.find((x) => x.id === 'complaints:gone');
    assert.equal(row.deleted, true);
    assert.deepEqual(row.changes, [{ rev: `2-${R2A}` }]);
    assert.deepEqual(row.doc, { _id: 'complaints:gone', _rev: `2-${R2A}`, _deleted: true });
    lastSeq = r.json.last_seq;
  });
  r = await call('GET', `/${DB}/complaints:gone`, { label: 'GET a deleted document' });
  check('GET a deleted doc: 404 not_found "missing" (differs from CouchDB: reason "deleted")', () => {
    assert.equal(r.status, 404);
    assert.deepEqual(r.json, { error: 'not_found', reason: 'missing' });
  });
  r = await call('GET', `/${DB}/complaints:never`, { label: 'GET a document that never existed' });
  check('GET a missing doc: 404 not_found "missing"', () => {
    assert.equal(r.status, 404);
    assert.deepEqual(r.json, { error: 'not_found', reason: 'missing' });
  });

  section('PUT/GET /{db}/_local/{id} (the checkpoint)');
  const CK = '_local/servicebook-3f2a';
  r = await call('GET', `/${DB}/${CK}`, { label: 'no checkpoint yet' });
  check('missing checkpoint: 404 not_found', () => {
    assert.equal(r.status, 404);
    assert.equal(r.json.error, 'not_found');
  });
  r = await call('PUT', `/${DB}/${CK}`, { body: { last_seq: lastSeq, session: 's1' }, label: 'first write' });
  check('201 {"ok":true,"id":"_local/...","rev":"0-1"}', () => {
    assert.equal(r.status, 201);
    assert.deepEqual(r.json, { ok: true, id: CK, rev: '0-1' });
  });
  r = await call('GET', `/${DB}/${CK}`, { label: 'read back' });
  check('read back with _id and _rev "0-1"', () => {
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { _id: CK, _rev: '0-1', last_seq: lastSeq, session: 's1' });
  });
  r = await call('PUT', `/${DB}/${CK}`, { body: { last_seq: lastSeq, session: 's2' }, label: 'update without _rev' });
  check('update without _rev: 409 conflict', () => {
    assert.equal(r.status, 409);
    assert.deepEqual(r.json, { error: 'conflict', reason: 'Document update conflict' });
  });
  r = await call('PUT', `/${DB}/${CK}`, { body: { _rev: '0-1', last_seq: lastSeq, session: 's2' }, label: 'update with _rev' });
  check('update with _rev 0-1: 201, rev 0-2', () => {
    assert.equal(r.status, 201);
    assert.equal(r.json.rev, '0-2');
  });
  r = await call('GET', `/${DB}/_changes?since=${lastSeq}`, { label: '_local documents are not in the feed' });
  check('no _local row in _changes', () => assert.deepEqual(r.json.results, []));

  section('CORS');
  showAll = true;
  r = await fetch(`${BASE}/${DB}/_bulk_docs`, {
    method: 'OPTIONS',
    headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'accept, content-type' },
  });
  transcript.push('```http\nOPTIONS /' + DB + '/_bulk_docs (preflight from ' + ORIGIN + ')\n--> ' + r.status);
  for (const l of shown(r.headers)) transcript.push(l);
  transcript.push('```\n');
  check('preflight from an app origin: 204 with allow-origin/credentials/methods/headers (as CouchDB)', () => {
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(r.headers.get('access-control-allow-credentials'), 'true');
    assert.match(r.headers.get('access-control-allow-methods'), /POST/);
    assert.match(r.headers.get('access-control-allow-methods'), /PUT/);
    assert.match(r.headers.get('access-control-allow-headers'), /content-type/);
    assert.match(r.headers.get('access-control-allow-headers'), /accept/);
  });
  r = await fetch(`${BASE}/${DB}/_bulk_docs`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  transcript.push('```http\nOPTIONS /' + DB + '/_bulk_docs (preflight from http://evil.example)\n--> ' + r.status);
  for (const l of shown(r.headers)) transcript.push(l);
  transcript.push('```\n');
  check('preflight from another origin: no Access-Control-* header', () => {
    assert.equal(r.headers.get('access-control-allow-origin'), null);
    assert.equal(r.headers.get('access-control-allow-credentials'), null);
  });
  r = await call('GET', `/${DB}`, { origin: 'http://evil.example', label: 'a request from another origin' });
  check('a request from another origin gets no Access-Control-Allow-Origin (the browser hides the answer)', () => {
    assert.equal(r.headers.get('access-control-allow-origin'), null);
  });

  showAll = false;
  section('Session expiry (test control: POST /expire-sessions)');
  await control('expire-sessions');
  r = await call('GET', '/_session', { label: 'old cookie after the secret changed' });
  check('an expired cookie is anonymous: 200, userCtx.name null', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json.userCtx.name, null);
  });
  r = await call('GET', `/${DB}/_changes?since=${lastSeq}`, { label: 'a members-only call with the expired cookie' });
  check('members-only call with an expired cookie: 401 unauthorized (the client asks to log in again)', () => {
    assert.equal(r.status, 401);
    assert.equal(r.json.error, 'unauthorized');
  });
  r = await call('POST', '/_session', { body: { name: 'staff', password: 'staff-pass' }, record: false });
  r = await call('GET', `/${DB}/_changes?since=${lastSeq}`, { label: 'after logging in again' });
  check('logging in again works', () => assert.equal(r.status, 200));

  section('Stop / start / hang / resume (test control)');
  const cut = call('GET', `/${DB}/_changes?since=${lastSeq}&feed=longpoll&timeout=20000`, { record: false }).then(
    () => 'answered',
    (err) => `failed: ${err.cause?.code || err.message}`,
  );
  await new Promise((res) => setTimeout(res, 300));
  await control('stop');
  const cutResult = await cut;
  let refused;
  try {
    await call('GET', `/${DB}`, { record: false });
    refused = 'answered';
  } catch (err) {
    refused = err.cause?.code || err.message;
  }
  note(`While stopped: a pending longpoll ${cutResult}; a new request failed with ${refused}.\n`);
  check('stop cuts a pending longpoll and refuses new connections', () => {
    assert.match(cutResult, /^failed/);
    assert.equal(refused, 'ECONNREFUSED');
  });
  await control('start');
  r = await call('GET', `/${DB}/${encodeURIComponent(ID)}?conflicts=true`, { record: false });
  check('after start: same data, same session cookie works', () => {
    assert.equal(r.status, 200);
    assert.equal(r.json._rev, `2-${R2B}`);
  });
  await control('hang');
  let settled = false;
  const held = call('GET', `/${DB}`, { record: false }).then((x) => {
    settled = true;
    return x;
  });
  await new Promise((res) => setTimeout(res, 800));
  check('while hanging a request gets no answer', () => assert.equal(settled, false));
  await control('resume');
  r = await held;
  check('after resume the held request is answered', () => assert.equal(r.status, 200));
  await control('reset');
  r = await call('GET', `/${DB}`, { record: false });
  check('POST /reset deletes the test databases', () => assert.equal(r.status, 404));
  r = await call('GET', '/_users', { as: 'admin', record: false });
  check('... but keeps _users', () => assert.equal(r.status, 200));
  note('Stop closes the listener and destroys open sockets; start listens again with the same in-process data and cookie secret. Hang holds requests unanswered until resume.\n');
}

function writeTranscript() {
  const file = path.join(root, 'docs/sync-protocol-notes.md');
  const start = '<!-- probe transcript: start (node tests/sync/probe.mjs --write-notes) -->';
  const end = '<!-- probe transcript: end -->';
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Sync protocol notes\n\n${start}\n${end}\n`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error('transcript markers missing in docs/sync-protocol-notes.md');
  text = text.slice(0, a + start.length) + '\n' + transcript.join('\n') + '\n' + text.slice(b);
  fs.writeFileSync(file, text);
  console.log(`transcript written to ${path.relative(process.cwd(), file)}`);
}

main();
