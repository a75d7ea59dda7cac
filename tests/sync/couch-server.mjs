// A CouchDB-compatible server for the sync tests: express-pouchdb (PouchDB
// Server's HTTP layer) over PouchDB's in-memory adapter, on the loopback.
// Apache CouchDB 3.x is what shops run; this stands in for it in tests
// because Debian has no CouchDB package. docs/sync-protocol-notes.md lists
// where the two answer differently (tests/sync/probe.mjs checks them).
//
// Run:   node tests/sync/couch-server.mjs [port]
// Env:   SYNC_COUCH_PORT (default 5984), SYNC_CONTROL_PORT (default port + 1),
//        SYNC_APP_ORIGINS  comma separated origins allowed by CORS with
//                          credentials, e.g. http://127.0.0.1:4320
//        SYNC_ADMIN_NAME / SYNC_ADMIN_PASSWORD   (admin / admin-pass)
//        SYNC_MEMBER_NAME / SYNC_MEMBER_PASSWORD (staff / staff-pass)
//        SYNC_SESSION_TIMEOUT  seconds a session cookie lives (600, as CouchDB)
//        SYNC_BASE_PATH  serve the database under a path, e.g. /couchdb
//                        (the one-host reverse-proxy set-up), default /
// Prints one line "couch-server ready <url> control <url>" when listening.
//
// Restarts keep the data: the PouchDB databases live in this process, only
// the HTTP listener stops. The control server (a second port, loopback only,
// admin Basic auth) drives that from a test:
//   POST /stop     close the listener and cut every open connection
//                  (clients then get "connection refused")
//   POST /start    listen again on the same port, same data, same sessions
//   POST /hang     keep accepting connections but answer nothing
//   POST /resume   answer again (the held requests then go through)
//   POST /expire-sessions  rotate the cookie secret: every AuthSession cookie
//                  stops working, the next request is anonymous (401 on a
//                  members-only database), as when a CouchDB session times out
//   POST /lock-out logging in answers 403, as CouchDB 3.4+ does after
//                  repeated wrong passwords; POST /unlock ends it
//   POST /reset    delete every database except _users and _replicator
//                  (PouchDB's memory databases are shared by name across the
//                  whole process: use a fresh name per test, or reset)
//   GET  /status   {"listening":bool,"hanging":bool}
//   POST /quit     stop everything and exit
// The same operations are methods of the object startCouchServer() returns,
// for a test that runs the server in its own process.

import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

// CORS as Apache CouchDB 3.x answers it with [chttpd] enable_cors = true,
// [cors] credentials = true and an explicit origins list (its defaults for
// methods and headers, from src/chttpd/include/chttpd_cors.hrl):
// - a request from a listed origin gets that origin echoed back (never "*"),
//   Access-Control-Allow-Credentials: true and Access-Control-Expose-Headers;
// - a preflight from a listed origin for a supported method and headers gets
//   204 with Allow-Origin, Allow-Credentials, Max-Age 600, Allow-Methods and
//   Allow-Headers echoing the requested headers;
// - anything else is not a preflight for CouchDB: the OPTIONS request goes on
//   to the normal handlers and gets no Access-Control-* header at all.
const EXPOSED_HEADERS = [
  'content-type',
  'cache-control',
  'accept-ranges',
  'etag',
  'server',
  'x-couch-request-id',
  'x-couch-update-newrev',
  'x-couchdb-body-time',
];
const SUPPORTED_METHODS = ['CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'TRACE'];
const SUPPORTED_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-length',
  'content-range',
  'content-type',
  'destination',
  'expires',
  'if-match',
  'last-modified',
  'origin',
  'pragma',
  'x-couch-full-commit',
  'x-couch-id',
  'x-couch-persist',
  'x-couchdb-www-authenticate',
  'x-http-method-override',
  'x-requested-with',
  'x-couchdb-vhost-path',
];

function parseOrigins(list) {
  return (list || '')
    .split(',')
    .map((s) => s.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

function corsMiddleware(origins) {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (!origin || !origins.includes(origin)) return next();
    const method = req.headers['access-control-request-method'];
    if (req.method === 'OPTIONS' && method) {
      const asked = String(req.headers['access-control-request-headers'] || '');
      const names = asked
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      if (SUPPORTED_METHODS.includes(method) && names.every((h) => SUPPORTED_HEADERS.includes(h))) {
        res.writeHead(204, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Credentials': 'true',
          'Access-Control-Max-Age': '600',
          'Access-Control-Allow-Methods': SUPPORTED_METHODS.join(', '),
          'Access-Control-Allow-Headers': asked,
        });
        return res.end();
      }
      return next();
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
    next();
  };
}

export async function startCouchServer(options = {}) {
  const env = process.env;
  const opts = {
    host: '127.0.0.1',
    port: Number(options.port ?? env.SYNC_COUCH_PORT ?? 5984),
    controlPort: options.controlPort ?? (env.SYNC_CONTROL_PORT ? Number(env.SYNC_CONTROL_PORT) : null),
    origins: options.origins ?? parseOrigins(env.SYNC_APP_ORIGINS),
    admin: {
      name: options.adminName ?? env.SYNC_ADMIN_NAME ?? 'admin',
      password: options.adminPassword ?? env.SYNC_ADMIN_PASSWORD ?? 'admin-pass',
    },
    member: {
      name: options.memberName ?? env.SYNC_MEMBER_NAME ?? 'staff',
      password: options.memberPassword ?? env.SYNC_MEMBER_PASSWORD ?? 'staff-pass',
    },
    sessionTimeout: Number(options.sessionTimeout ?? env.SYNC_SESSION_TIMEOUT ?? 600),
    basePath: (options.basePath ?? env.SYNC_BASE_PATH ?? '/').replace(/\/+$/, '') || '',
  };
  if (!Number.isInteger(opts.port) || opts.port <= 0) throw new Error(`bad port ${opts.port}`);

  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  const Auth = require('pouchdb-auth');
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });

  // fullCouchDB mode is the one with /_session (cookie auth), /_users and
  // /{db}/_security; the config lives in memory and the log in a temp file
  // (it would write ./config.json and ./log.txt otherwise).
  const pouchApp = expressPouchDB({
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: path.join(os.tmpdir(), `servicebook-couch-${process.pid}-${opts.port}.log`),
    overrideMode: { exclude: ['routes/fauxton', 'routes/http-log'] },
  });
  await pouchApp.setPouchDB(MemoryPouch);
  // express-pouchdb 4.2.0 was written for PouchDB 6, whose databases were
  // promises too: `PUT /{db}` calls .info() on what PouchDB.new() returns,
  // which (wrapped by the server-admin check) is now a promise of the
  // database. Give that promise the .info() the route expects.
  const wrappedNew = MemoryPouch.new;
  MemoryPouch.new = function (...args) {
    const made = wrappedNew.apply(this, args);
    if (made && typeof made.then === 'function' && typeof made.info !== 'function') {
      made.info = (cb) =>
        made.then((db) => db.info()).then(
          (info) => cb(null, info),
          (err) => cb(err),
        );
    }
    return made;
  };
  const config = pouchApp.couchConfig;
  const setConfig = (section, key, value) =>
    new Promise((resolve, reject) => config.set(section, key, value, (err) => (err ? reject(err) : resolve())));
  await setConfig('couch_httpd_auth', 'timeout', opts.sessionTimeout);
  const hashed = await Auth.hashAdminPasswords({ [opts.admin.name]: opts.admin.password });
  await setConfig('admins', opts.admin.name, hashed[opts.admin.name]);

  let hanging = false;
  let held = [];
  // CouchDB 3.4+ locks a user out for a while after repeated wrong
  // passwords ([chttpd_auth_lockout]): logging in then answers 403.
  let lockedOut = false;
  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    if (!hanging) return next();
    held.push(next);
  });
  app.use(corsMiddleware(opts.origins));
  app.post(`${opts.basePath}/_session`, (req, res, next) => {
    if (!lockedOut) return next();
    res.status(403).json({
      error: 'forbidden',
      reason: 'Account is temporarily locked due to multiple authentication failures',
    });
  });
  app.get(`${opts.basePath}/:db/_changes`, (req, res, next) => longpoll(req, res, next));
  if (opts.basePath) app.use(opts.basePath, pouchApp);
  else app.use(pouchApp);

  const url = `http://${opts.host}:${opts.port}${opts.basePath}`;
  const adminAuth = 'Basic ' + Buffer.from(`${opts.admin.name}:${opts.admin.password}`).toString('base64');

  // feed=longpoll as CouchDB answers it. express-pouchdb ignores `timeout`
  // (a quiet longpoll never ends; CouchDB answers {"results":[],...} when the
  // timeout passes) and breaks if its listener outlives the response. Here a
  // longpoll is a loop of normal-feed requests to this same server with the
  // caller's credentials: the first non-empty (or non-200) answer is the
  // reply; after `timeout` ms (CouchDB's default 60000) the empty one is.
  async function longpoll(req, res, next) {
    const q = new URLSearchParams(req.originalUrl.split('?')[1] || '');
    if (q.get('feed') !== 'longpoll') return next();
    const timeout = Math.min(Math.max(Number(q.get('timeout') ?? 60000) || 0, 0), 3600000);
    const heartbeat = Number(q.get('heartbeat') ?? 0) || 0;
    q.delete('feed');
    q.delete('timeout');
    q.delete('heartbeat');
    const headers = {};
    for (const h of ['cookie', 'authorization', 'accept']) if (req.headers[h]) headers[h] = req.headers[h];
    let closed = false;
    res.on('close', () => (closed = true));
    const started = Date.now();
    let beat = null;
    if (heartbeat > 0) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'must-revalidate' });
      beat = setInterval(() => res.write('\n'), heartbeat);
    }
    try {
      for (;;) {
        if (closed || server === null) return;
        const r = await fetch(`http://${opts.host}:${opts.port}${req.baseUrl}${req.path}?${q}`, { headers });
        const body = await r.text();
        let json = null;
        try {
          json = JSON.parse(body);
        } catch {}
        const empty = r.status === 200 && json && Array.isArray(json.results) && json.results.length === 0;
        const waitedOut = heartbeat > 0 ? false : Date.now() - started >= timeout;
        if (!empty || waitedOut) {
          if (closed) return;
          if (!res.headersSent) {
            const cookie = r.headers.getSetCookie();
            if (cookie.length) res.setHeader('Set-Cookie', cookie);
            res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') || 'application/json' });
          }
          return res.end(body);
        }
        if (json.last_seq !== undefined) q.set('since', JSON.stringify(json.last_seq));
        await new Promise((r2) => setTimeout(r2, 100));
      }
    } catch (err) {
      if (!res.headersSent && !closed) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'unknown_error', reason: String(err && err.message) }));
      } else if (!closed) res.destroy();
    } finally {
      if (beat) clearInterval(beat);
    }
  }

  let server = null;
  const sockets = new Set();
  function listen() {
    if (server) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const s = http.createServer(app);
      s.keepAliveTimeout = 5000;
      s.on('connection', (sock) => {
        sockets.add(sock);
        sock.on('close', () => sockets.delete(sock));
      });
      s.once('error', reject);
      s.listen(opts.port, opts.host, () => {
        s.off('error', reject);
        server = s;
        resolve();
      });
    });
  }
  function stop() {
    if (!server) return Promise.resolve();
    const s = server;
    server = null;
    return new Promise((resolve) => {
      s.close(() => resolve());
      for (const sock of sockets) sock.destroy();
      sockets.clear();
    });
  }
  function hang() {
    hanging = true;
  }
  function resume() {
    hanging = false;
    const waiting = held;
    held = [];
    for (const next of waiting) next();
  }
  // Delete every database but the system ones (_users, _replicator): a clean
  // slate between tests. Users and sessions stay.
  async function reset() {
    const all = await fetch(`${url}/_all_dbs`, { headers: { Authorization: adminAuth } }).then((r) => r.json());
    for (const name of all) {
      if (name.startsWith('_')) continue;
      await fetch(`${url}/${encodeURIComponent(name)}`, { method: 'DELETE', headers: { Authorization: adminAuth } });
    }
  }
  async function expireSessions() {
    await setConfig('couch_httpd_auth', 'secret', crypto.randomBytes(16).toString('hex'));
  }

  await listen();

  // The member user, made as CouchDB's docs say: PUT /_users/org.couchdb.user:<name>.
  const put = await fetch(`${url}/_users/org.couchdb.user:${encodeURIComponent(opts.member.name)}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: adminAuth },
    body: JSON.stringify({
      _id: `org.couchdb.user:${opts.member.name}`,
      name: opts.member.name,
      password: opts.member.password,
      roles: [],
      type: 'user',
    }),
  });
  if (put.status !== 201 && put.status !== 409) {
    throw new Error(`could not create the member user: ${put.status} ${await put.text()}`);
  }

  let control = null;
  const api = {
    url,
    controlUrl: null,
    admin: opts.admin,
    member: opts.member,
    adminAuth,
    start: listen,
    stop,
    hang,
    resume,
    expireSessions,
    reset,
    lockOut(on) {
      lockedOut = Boolean(on);
    },
    status: () => ({ listening: server !== null, hanging }),
    async close() {
      resume();
      await stop();
      if (control) await new Promise((r) => control.close(() => r()));
    },
  };

  if (opts.controlPort) {
    control = http.createServer(async (req, res) => {
      const reply = (status, body) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body) + '\n');
      };
      if (req.headers.authorization !== adminAuth) return reply(401, { error: 'unauthorized' });
      const route = `${req.method} ${req.url}`;
      try {
        switch (route) {
          case 'POST /stop':
            await stop();
            return reply(200, api.status());
          case 'POST /start':
            await listen();
            return reply(200, api.status());
          case 'POST /hang':
            hang();
            return reply(200, api.status());
          case 'POST /resume':
            resume();
            return reply(200, api.status());
          case 'POST /expire-sessions':
            await expireSessions();
            return reply(200, { ok: true });
          case 'POST /lock-out':
            lockedOut = true;
            return reply(200, { ok: true });
          case 'POST /unlock':
            lockedOut = false;
            return reply(200, { ok: true });
          case 'POST /reset':
            await reset();
            return reply(200, { ok: true });
          case 'GET /status':
            return reply(200, api.status());
          case 'POST /quit':
            reply(200, { ok: true });
            await api.close();
            return process.exit(0);
          default:
            return reply(404, { error: 'not_found', reason: route });
        }
      } catch (err) {
        return reply(500, { error: 'failed', reason: String(err && err.message) });
      }
    });
    await new Promise((resolve, reject) => {
      control.once('error', reject);
      control.listen(opts.controlPort, opts.host, resolve);
    });
    api.controlUrl = `http://${opts.host}:${opts.controlPort}`;
  }
  return api;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.SYNC_COUCH_PORT ?? 5984);
  const controlPort = Number(process.env.SYNC_CONTROL_PORT ?? port + 1);
  const srv = await startCouchServer({ port, controlPort });
  console.log(`couch-server ready ${srv.url} control ${srv.controlUrl}`);
  const quit = async () => {
    await srv.close();
    process.exit(0);
  };
  process.on('SIGTERM', quit);
  process.on('SIGINT', quit);
}
