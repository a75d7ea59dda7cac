// Trunk post_build hook: makes the staged build an installable, offline app.
// Usage (Trunk runs it): node scripts/post-build.mjs "$TRUNK_STAGING_DIR"
//
// 1. A Content-Security-Policy in index.html: only this origin, the one
//    inline module script Trunk writes allowed by its hash, WebAssembly
//    compilation, and style attributes (bar widths); no request elsewhere,
//    but to the team's sync server when the build names its origin
//    (SERVICEBOOK_SYNC_ORIGIN, see scripts/sync-origin.mjs and docs/sync.md).
// 2. 404.html, a copy of index.html, so static hosts serve deep links.
// 3. The chunk loader of the split build (tools/split) imports the JS glue
//    under the name wasm-bindgen gave it; Trunk then renamed the glue with
//    its hash, so the import is pointed at that name.
// 4. sw.js, a service worker that caches every file of this build under a
//    cache named by the build's hash, so one visit is enough to work
//    offline, and a new deploy is a new worker the page can offer to load.
import { createHash } from 'node:crypto';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncOrigins } from './sync-origin.mjs';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no staging directory given');
  process.exit(1);
}

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// -- 1. the policy -------------------------------------------------------------------------
let sync;
try {
  sync = syncOrigins(process.env.SERVICEBOOK_SYNC_ORIGIN);
} catch (e) {
  console.error(`post-build: ${e.message}`);
  process.exit(1);
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  ["connect-src 'self'", ...sync].join(' '),
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace(/<meta charset="utf-8"\s*\/?>/, (m) => `${m}\n  <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (!html.includes('Content-Security-Policy')) {
  console.error('post-build: could not place the Content-Security-Policy');
  process.exit(1);
}
await writeFile(indexPath, html);

// -- 2. deep links on static hosts ---------------------------------------------------------
await writeFile(join(dir, '404.html'), html);

// -- 3. the split build's chunks ------------------------------------------------------------
// tools/split left them in <target>/wasm-bindgen/split-<profile>/split-<id>/.
{
  const glue = (await readdir(dir)).filter((n) => /^servicebook-[0-9a-f]+\.js$/.test(n));
  const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || '.', 'target');
  const base = join(target, 'wasm-bindgen', `split-${process.env.TRUNK_PROFILE || 'release'}`);
  const splits = (await readdir(base).catch(() => [])).filter((n) => n.startsWith('split-'));
  if (glue.length !== 1) {
    console.error(`post-build: expected one JS glue, found ${glue}`);
    process.exit(1);
  }
  const glueJs = await readFile(join(dir, glue[0]), 'utf8');
  if (glueJs.includes('__wasm_split_placeholder__')) {
    console.error('post-build: this build was not split. Run Trunk through the project\'s scripts, or put');
    console.error('target/split-bin first on PATH (scripts/setup.sh makes it), so that tools/split cuts the wasm.');
    process.exit(1);
  }
  const wanted = [...glueJs.matchAll(/from "\.\/(split-[0-9a-f]{16})\/__wasm_split\.js"/g)].map((m) => m[1]);
  if (new Set(wanted).size > 1 || (wanted.length && !splits.includes(wanted[0]))) {
    console.error(`post-build: the glue ${glue[0]} imports ${wanted}, the split folders are ${splits}`);
    process.exit(1);
  }
  if (wanted.length) {
    await cp(join(base, wanted[0]), join(dir, wanted[0]), { recursive: true });
    const loader = join(dir, wanted[0], '__wasm_split.js');
    const js = await readFile(loader, 'utf8');
    const pointed = js.replace(/from "\.\.\/servicebook\.js";/, `from "../${glue[0]}";`);
    if (pointed === js) {
      console.error(`post-build: could not point ${loader} at ${glue[0]}`);
      process.exit(1);
    }
    await writeFile(loader, pointed);
  }
}

// -- 4. the service worker -----------------------------------------------------------------
const skip = new Set(['sw.js', '404.html', '.trunk-lock']);
// The build's files, and those of its folders (the example workbooks,
// fetched on demand), so that all of them work offline after one visit.
async function list(sub) {
  const out = [];
  for (const e of await readdir(join(dir, sub), { withFileTypes: true })) {
    const name = sub ? `${sub}/${e.name}` : e.name;
    if (e.name.startsWith('.') || skip.has(name)) continue;
    if (e.isFile()) out.push(name);
    else if (e.isDirectory()) out.push(...(await list(name)));
  }
  return out;
}
const names = (await list('')).sort();
const whole = createHash('sha256');
for (const name of names) {
  whole.update(name);
  whole.update(await readFile(join(dir, name)));
}
const version = whole.digest('hex').slice(0, 16);
const files = ['./', ...names];
const worker = `// Written by scripts/post-build.mjs: every file of build ${version}.
const CACHE = 'servicebook-${version}';
const FILES = ${JSON.stringify(files)};

self.addEventListener('install', (event) => {
  // Waits to take over until the page says so (the user chose to reload).
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('servicebook-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is index.html: deep links work offline too.
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match('index.html'))
        .then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});
`;
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: CSP with ${hashes.length} script hash(es), 404.html, sw.js caching ${files.length} entries (build ${version})`);
