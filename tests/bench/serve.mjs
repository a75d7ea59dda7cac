// The benchmarks' static server: serves a build the way a static host does,
// so that what the browser transfers is what a user's browser would.
//   - gzip (or brotli, if BENCH_ENCODING=br and the client accepts it) with
//     Content-Encoding and Vary: Accept-Encoding for html, js, wasm, css,
//     json, svg and the manifest, when the request's Accept-Encoding allows
//     it (Chromium sends "gzip, deflate" to plain http://127.0.0.1; brotli
//     it advertises only over https). Bodies are compressed once and kept.
//   - Cache-Control "max-age=600" (as GitHub Pages sends; BENCH_CACHE_CONTROL
//     overrides), an ETag and Last-Modified, and 304 to a matching
//     If-None-Match / If-Modified-Since.
//   - a path that names no file gets index.html with status 200, as
//     scripts/serve-dist.mjs does (BENCH_NOT_FOUND=404: 404.html with status
//     404, as GitHub Pages does; the app boots the same, but the page logs the
//     404); a directory gets its index.html.
// It listens on every port given (one origin each: the boot benchmark serves
// its static comparison page from a second origin, out of the app's service
// worker's reach). GET /__bench/sent answers with the bytes and responses
// sent so far on that port (JSON), so a script can tell what a visit cost.
// Usage: node tests/bench/serve.mjs DIR PORT [PORT ...]   (DIR: any path)
// Or: import { serve } from './serve.mjs'; const { port, close } = await serve(dir, 0);
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.webmanifest']);
const ENCODING = process.env.BENCH_ENCODING || 'gzip'; // gzip | br | identity
const GZIP_LEVEL = Number(process.env.BENCH_GZIP_LEVEL || 6);
const CACHE_CONTROL = process.env.BENCH_CACHE_CONTROL || 'max-age=600';
const NOT_FOUND_404 = process.env.BENCH_NOT_FOUND === '404';

// path → { mtimeMs, size, raw, gzip?, br? }
const files = new Map();

function load(file) {
  const st = statSync(file);
  if (!st.isFile()) return null;
  const hit = files.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  const entry = { mtimeMs: st.mtimeMs, size: st.size, mtime: st.mtime, raw: readFileSync(file), etag: `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"` };
  files.set(file, entry);
  return entry;
}

function body(entry, file, encoding) {
  if (encoding === 'identity' || !COMPRESSIBLE.has(extname(file))) return { enc: null, data: entry.raw };
  if (!entry[encoding]) {
    entry[encoding] = encoding === 'br'
      ? brotliCompressSync(entry.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length } })
      : gzipSync(entry.raw, { level: GZIP_LEVEL });
  }
  return { enc: encoding, data: entry[encoding] };
}

function accepts(header, encoding) {
  return String(header || '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return name.trim().toLowerCase() === encoding && (!q || Number(q.slice(2)) > 0);
  });
}

/** Compresses every file of the build now, so that no visit waits for it. */
function warm(root) {
  for (const name of readdirSync(root)) {
    const file = join(root, name);
    const entry = load(file);
    if (entry && ENCODING !== 'identity') body(entry, file, ENCODING === 'br' ? 'br' : 'gzip');
  }
}

/** Serves `root` on `port` (0: any free port); resolves to { port, close }. */
export function serve(root, port) {
  root = resolve(root);
  const sent = { bytes: 0, responses: 0 };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__bench/sent') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(sent));
      return;
    }
    const count = (status, headers, data) => {
      res.on('finish', () => {
        // The status line and headers as sent, plus the body.
        const head = Buffer.byteLength(`HTTP/1.1 ${status} \r\n`) + Object.entries(headers)
          .reduce((n, [k, v]) => n + Buffer.byteLength(`${k}: ${v}\r\n`), 2);
        sent.bytes += head + (req.method === 'HEAD' || !data ? 0 : data.length);
        sent.responses += 1;
      });
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    };
    let path;
    try {
      path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    } catch {
      count(400, { 'content-type': 'text/plain' }, Buffer.from('bad path'));
      return;
    }
    let file = join(root, path);
    let status = 200;
    let entry = null;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      entry = load(file);
    } catch { /* below */ }
    if (!entry) {
      status = NOT_FOUND_404 ? 404 : 200;
      file = join(root, NOT_FOUND_404 ? '404.html' : 'index.html');
      try { entry = load(file); } catch { entry = null; }
      if (!entry) { count(404, { 'content-type': 'text/plain' }, Buffer.from('not found')); return; }
    }
    const want = ENCODING !== 'identity' && accepts(req.headers['accept-encoding'], ENCODING) ? ENCODING
      : ENCODING === 'br' && accepts(req.headers['accept-encoding'], 'gzip') ? 'gzip' : 'identity';
    const { enc, data } = body(entry, file, want);
    const etag = enc ? entry.etag.replace(/"$/, `-${enc}"`) : entry.etag;
    const headers = {
      'content-type': TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': CACHE_CONTROL,
      'last-modified': entry.mtime.toUTCString(),
      etag,
    };
    if (COMPRESSIBLE.has(extname(file))) headers.vary = 'Accept-Encoding';
    if (status === 200) {
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      const fresh = inm ? inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)
        : ims ? Math.floor(entry.mtimeMs / 1000) <= Math.floor(Date.parse(ims) / 1000) : false;
      if (fresh) { count(304, headers, null); return; }
    }
    if (enc) headers['content-encoding'] = enc;
    headers['content-length'] = String(data.length);
    count(status, headers, data);
  });
  warm(root);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok({ port: server.address().port, close: () => new Promise((r) => server.close(r)) }));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...ports] = process.argv.slice(2);
  if (!dir || !ports.length) {
    console.error('usage: node tests/bench/serve.mjs DIR PORT [PORT ...]');
    process.exit(2);
  }
  for (const p of ports) {
    const { port } = await serve(dir, Number(p));
    console.log(`serving ${resolve(dir)} at http://127.0.0.1:${port}/ (${ENCODING}, cache-control ${CACHE_CONTROL})`);
  }
}
