// The performance budget (issues 6 and 16), measured in headless Chromium in one run:
//   1. first-load bytes: every file the first visit fetches, raw, gzip -9,
//      and as transferred (compressed as the server sends it, headers
//      included, from Chromium's network events), plus everything the server
//      sent during that visit, the service worker's install included;
//   2. boot to interactive of the app against a static HTML page of the same
//      first screen (the app's own rendered Home, scripts removed), served by
//      the same server from a second origin (out of the app's service
//      worker's reach), as ratios of medians from one run, in four cases:
//        cold: each visit in a new browser context (no cache, no service worker);
//        repeat: a persistent profile where the app has been visited before
//          (its service worker installed and controlling, asserted in every
//          visit; HTTP cache warm); the browser is started anew for each
//          round, so no renderer, running worker or memory cache is shared
//          between visits;
//        and both again with Chromium's CPU throttling (BUDGET_CPU, 4×) and a
//          4G-like network (BUDGET_DOWN_KBIT 9,000 down, BUDGET_UP_KBIT 9,000
//          up, BUDGET_RTT 170 ms), through the DevTools protocol;
//      app and static page alternate which goes first;
//   3. import of a 5 MB workbook file: file picked → preview shown, and
//      "Replace" → saved in localStorage;
//   4. the JS heap and the wasm memory after loading 10,000 complaints;
//   5. with 10,000 complaints: first render of the log, keystroke-to-update
//      p50/p95 and save after one edit, from tests/bench/ui.mjs (run as a
//      child; its own detailed report is printed too);
// then a table of every figure beside its aim. It prints; it does not pass or
// fail. Run through the wrapper, which builds and serves (tests/bench/serve.mjs:
// gzip, cache headers, as a static host):
//   bash tests/bench/budget.sh [--no-build]
// or against a server already serving a copy of the build in DIST (STATIC_URL:
// the same directory on another origin; without it one is started here):
//   node tests/bench/budget.mjs http://127.0.0.1:4290 DIST [http://127.0.0.1:4291]
// Environment: BUDGET_BOOTS (visits of each page in the unthrottled cases,
// 15), BUDGET_SLOW_BOOTS (in the throttled cases, 11), BUDGET_IMPORTS (3),
// BUDGET_SKIP_THROTTLED=1, BUDGET_SKIP_IMPORT=1, BUDGET_SKIP_MEMORY=1,
// BUDGET_SKIP_UI=1 (skip those parts), BUDGET_BOOT_ONLY=1 (only steps 1 and 2),
// BUDGET_CPU, BUDGET_DOWN_KBIT, BUDGET_UP_KBIT, BUDGET_RTT (the throttling),
// BUDGET_JSON=FILE (writes every visit's figures there),
// BENCH_* (passed on to ui.mjs), CHROMIUM.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumLaunch } from '../e2e/playwright.config.mjs';
import { serve } from './serve.mjs';
import { generateFile, generation, median, pct, waitSave } from './ui.mjs';

const env = process.env;
const BOOTS = Number(env.BUDGET_BOOTS || 15);
const SLOW_BOOTS = Number(env.BUDGET_SLOW_BOOTS || 11);
const IMPORTS = Number(env.BUDGET_IMPORTS || 3);
const skip = (part) => !!env[`BUDGET_SKIP_${part}`] || (!!env.BUDGET_BOOT_ONLY && part !== 'THROTTLED');
const CPU = Number(env.BUDGET_CPU || 4);
const NETWORK = {
  offline: false,
  latency: Number(env.BUDGET_RTT || 170),
  downloadThroughput: (Number(env.BUDGET_DOWN_KBIT || 9000) * 1000) / 8,
  uploadThroughput: (Number(env.BUDGET_UP_KBIT || 9000) * 1000) / 8,
};
const THROTTLED = `${CPU}× CPU, ${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s, ${NETWORK.latency} ms RTT`;
const SLOW = { timeout: 180_000 };
const FIRST_VISIT = '[data-testid="first-visit"] button';
const STATIC_PAGE = 'bench-static-home.html';
const context0 = { locale: 'en-GB', timezoneId: 'Europe/London', viewport: { width: 1280, height: 900 } };

const log = (...a) => console.log(...a);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
const kb = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} KB` : '—');
const mb = (x) => `${(x / 1_000_000).toFixed(1)} MB`;
const num = (x) => x.toLocaleString('en-GB');
const sleep = (t) => new Promise((r) => setTimeout(r, t));
const load = () => loadavg()[0].toFixed(1);

/**
 * Runs before the page's scripts: records when the first-visit button
 * entered the DOM (from navigation start) and when the frame after it ended.
 * For the app that is when its first screen can be used: Leptos attaches the
 * button's handler as it creates it.
 */
function bootInit(selector) {
  const B = (window.__boot = { found: null, shown: null });
  const seen = () => {
    if (B.found != null || !document.querySelector(selector)) return;
    B.found = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { B.shown = performance.now(); };
      ch.port2.postMessage(0);
    });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', seen);
}

/** Records the wasm instance's memory, to read its size later. */
function wasmMemoryInit() {
  const keep = (result) => {
    const instance = result.instance || result;
    const memory = instance?.exports?.memory;
    if (memory) window.__wasmMemory = memory;
    return result;
  };
  const stream = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...a) => stream.apply(WebAssembly, a).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => plain.apply(WebAssembly, a).then(keep);
}

async function fresh(browser, init = []) {
  const context = await browser.newContext(context0);
  for (const [fn, arg] of init) await context.addInitScript(fn, arg);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Follows a page's requests through the DevTools protocol: for each, the URL,
 * whether the service worker or a cache answered it, its Content-Encoding
 * and the bytes that came over the network (encodedDataLength: headers and
 * body as transferred; 0 for what a worker or a cache served).
 */
function watchNetwork(cdp) {
  const requests = new Map();
  const get = (id) => requests.get(id) || requests.set(id, { url: '' }).get(id);
  cdp.on('Network.requestWillBeSent', (e) => { get(e.requestId).url = e.request.url; });
  cdp.on('Network.requestServedFromCache', (e) => { get(e.requestId).cache = true; });
  cdp.on('Network.responseReceived', (e) => {
    const r = get(e.requestId);
    const h = Object.fromEntries(Object.entries(e.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
    r.status = e.response.status;
    r.worker = !!e.response.fromServiceWorker;
    r.cache = r.cache || !!e.response.fromDiskCache || !!e.response.fromPrefetchCache;
    r.encoding = h['content-encoding'] || null;
    r.type = e.type;
  });
  cdp.on('Network.loadingFinished', (e) => { get(e.requestId).encoded = e.encodedDataLength; });
  return {
    list: () => [...requests.values()].filter((r) => r.url.startsWith('http')),
    transferred() {
      return this.list().reduce((n, r) => n + (r.worker || r.cache ? 0 : r.encoded || 0), 0);
    },
  };
}

/** Applies the throttled case's CPU and network to a page, before it navigates. */
async function throttle(cdp) {
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
}

/** Bytes and responses the server has sent so far on that origin. */
async function sentBy(origin) {
  return (await fetch(`${origin}/__bench/sent`)).json();
}

// ---- 1. first-load bytes ------------------------------------------------------

async function firstLoad(browser, base, dist) {
  const { context, page } = await fresh(browser);
  const cdp = await context.newCDPSession(page);
  const net = watchNetwork(cdp);
  await cdp.send('Network.enable');
  const before = await sentBy(base);
  await page.goto(`${base}/`);
  await page.locator(FIRST_VISIT).waitFor(SLOW);
  await page.waitForLoadState('networkidle');
  const booted = net.list().map((r) => ({ ...r }));
  // The rest of the first visit: the service worker installs (caching every
  // file of the build) and takes control.
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  }, null, { ...SLOW, polling: 100 });
  await page.waitForLoadState('networkidle');
  await sleep(1000);
  const after = await sentBy(base);
  await context.close();
  const files = [];
  for (const r of booted) {
    const u = new URL(r.url);
    if (u.origin !== new URL(base).origin) throw new Error(`a request to another origin: ${r.url}`);
    const path = u.pathname.replace(/^\//, '') || 'index.html';
    const body = readFileSync(join(dist, path));
    files.push({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, sent: r.encoded || 0, encoding: r.encoding });
  }
  const order = (f) => ['.html', '.js', '.wasm', '.css'].findIndex((e) => f.path.endsWith(e)) >>> 0;
  files.sort((a, b) => order(a) - order(b) || a.path.localeCompare(b.path));
  const total = files.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, sent: s.sent + f.sent }), { raw: 0, gzip: 0, sent: 0 });
  const server = { bytes: after.bytes - before.bytes, responses: after.responses - before.responses };
  log('\n1. First load: the files the first visit fetches until its first screen (before the service worker caches the rest)');
  log(`   ${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip -9'.padStart(11)} ${'transferred'.padStart(12)}  (encoding; headers included)`);
  for (const f of files) log(`   ${f.path.padEnd(44)} ${num(f.raw).padStart(11)} ${num(f.gzip).padStart(11)} ${num(f.sent).padStart(12)}  ${f.encoding || 'none'}`);
  log(`   ${'all files'.padEnd(44)} ${num(total.raw).padStart(11)} ${num(total.gzip).padStart(11)} ${num(total.sent).padStart(12)}`);
  log(`   the whole first visit, the service worker's install included (as the server counts it): ${num(server.bytes)} bytes in ${server.responses} responses`);
  return { files, total, server };
}

// ---- 2. boot against a static page ------------------------------------------

/** Writes the app's rendered first screen, without its scripts, as a static page. */
async function writeStaticPage(browser, base, dist) {
  const { context, page } = await fresh(browser);
  await page.goto(`${base}/`);
  await page.locator(FIRST_VISIT).waitFor(SLOW);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]').forEach((e) => e.remove());
    return `<!DOCTYPE html>\n${doc.outerHTML}`;
  });
  await context.close();
  writeFileSync(join(dist, STATIC_PAGE), html);
  return html.length;
}

/** One visit in a new page of `context`, timed from navigation start. */
async function visit(context, url, slow) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const net = watchNetwork(cdp);
  await cdp.send('Network.enable');
  if (slow) await throttle(cdp);
  await page.goto(url, SLOW);
  await page.waitForFunction(() => window.__boot.shown != null, null, { ...SLOW, polling: 50 });
  // Chromium queues the paint entry after the frame is presented, which can lag.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 2000, polling: 50 })
    .catch(() => {});
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      found: window.__boot.found,
      shown: window.__boot.shown,
      fcp: fcp?.startTime,
      dcl: nav.domContentLoadedEventEnd,
      controlled: !!navigator.serviceWorker?.controller,
      workerStart: nav.workerStart,
    };
  });
  const doc = net.list().find((r) => r.type === 'Document');
  await page.close();
  return { ...t, bytes: net.transferred(), requests: net.list().length, docByWorker: !!doc?.worker, docFromCache: !!doc?.cache };
}

/** A cold visit: a new browser context, so no cache and no service worker. */
async function coldVisit(browser, url, slow) {
  const context = await browser.newContext(context0);
  await context.addInitScript(bootInit, FIRST_VISIT);
  const t = await visit(context, url, slow);
  await context.close();
  return t;
}

/** The browser started on the persistent profile `dir`. */
async function profile(dir) {
  const context = await chromium.launchPersistentContext(dir, { ...chromiumLaunch, headless: true, ...context0 });
  await context.addInitScript(bootInit, FIRST_VISIT);
  return context;
}

/**
 * A profile that has visited the app (its service worker installed and in
 * control, the HTTP cache holding the build) and the static page, then has
 * been closed and reopened once more for one visit of each (unmeasured:
 * Chromium caches the compiled wasm after it has run).
 */
async function warmProfile(base, other) {
  const dir = mkdtempSync(join(tmpdir(), 'servicebook-budget-profile-'));
  let context = await profile(dir);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator(FIRST_VISIT).waitFor(SLOW);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  }, null, { ...SLOW, polling: 100 });
  await page.waitForLoadState('networkidle');
  await page.goto(`${other}/${STATIC_PAGE}`);
  await page.locator(FIRST_VISIT).waitFor(SLOW);
  await page.waitForLoadState('networkidle');
  await context.close();
  context = await profile(dir);
  const again = await visit(context, `${base}/`, false);
  await visit(context, `${other}/${STATIC_PAGE}`, false);
  await context.close();
  if (!again.controlled) throw new Error('the app is not controlled by its service worker on a second visit');
  return dir;
}

/** A repeat visit: the browser started anew on the warm profile. */
async function repeatRound(dir, urls, slow) {
  const context = await profile(dir);
  // Let the browser's start-up work settle before the visits.
  await sleep(1000);
  const out = [];
  for (const url of urls) out.push(await visit(context, url, slow));
  await context.close();
  return out;
}

async function bootCase(name, n, one) {
  const app = [];
  const page = [];
  const load0 = load();
  for (let i = 0; i < n; i += 1) {
    // Alternate which goes first, so neither always meets a warmer machine.
    const [a, p] = await one(i % 2 === 1);
    app.push(a);
    page.push(p);
  }
  const ratio = median(app.map((t) => t.shown)) / median(page.map((t) => t.shown));
  const c = { name, n, app, page, ratio, load: `${load0} → ${load()}` };
  const row = (label, all, f = ms) => {
    const v = all.filter(Number.isFinite);
    const what = v.length < all.length ? `${label} (${v.length} of ${all.length})` : label;
    return `   ${what.padEnd(44)} ${f(median(v)).padStart(10)} ${f(pct(v, 95)).padStart(10)}`;
  };
  log(`\n   ${name}: ${n} visits of each (load average ${c.load})`);
  log(`   ${''.padEnd(44)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
  log(row('app: first-visit button in the DOM', app.map((t) => t.found)));
  log(row('app: frame shown with it', app.map((t) => t.shown)));
  log(row('app: first contentful paint', app.map((t) => t.fcp)));
  log(row('app: bytes transferred', app.map((t) => t.bytes), kb));
  log(row('static page: button in the DOM', page.map((t) => t.found)));
  log(row('static page: frame shown with it', page.map((t) => t.shown)));
  log(row('static page: first contentful paint', page.map((t) => t.fcp)));
  log(row('static page: bytes transferred', page.map((t) => t.bytes), kb));
  if (name.startsWith('repeat')) {
    log(`   app visits controlled by the service worker: ${app.filter((t) => t.controlled).length} of ${n}, `
      + `their document from the worker: ${app.filter((t) => t.docByWorker).length} of ${n}; `
      + `static page's document from the HTTP cache: ${page.filter((t) => t.docFromCache).length} of ${n}`);
  }
  log(`   app / static page, frame shown, medians: ${ratio.toFixed(2)}×`);
  return c;
}

async function bootRace(browser, base, other, dist) {
  const staticChars = await writeStaticPage(browser, base, dist);
  const appUrl = `${base}/`;
  const pageUrl = `${other}/${STATIC_PAGE}`;
  log(`\n2. Boot to interactive, from navigation start to the end of the frame that shows the first-visit button`);
  log(`   static page: the app's first screen as HTML, ${num(staticChars)} characters, same CSS, no scripts, served from ${other}`);
  const cold = (slow) => async (flip) => {
    if (flip) {
      const p = await coldVisit(browser, pageUrl, slow);
      return [await coldVisit(browser, appUrl, slow), p];
    }
    const a = await coldVisit(browser, appUrl, slow);
    return [a, await coldVisit(browser, pageUrl, slow)];
  };
  const cases = [];
  cases.push(await bootCase('cold (new context: no cache, no service worker)', BOOTS, cold(false)));
  if (!skip('THROTTLED')) cases.push(await bootCase(`cold, ${THROTTLED} (a mid-range phone's first visit)`, SLOW_BOOTS, cold(true)));
  // The repeat cases last, soon after the warm-up: the static page's files
  // stay fresh in the HTTP cache for the server's max-age (600 s).
  const dir = await warmProfile(base, other);
  const repeat = (slow) => async (flip) => {
    const [x, y] = await repeatRound(dir, flip ? [pageUrl, appUrl] : [appUrl, pageUrl], slow);
    const [a, p] = flip ? [y, x] : [x, y];
    if (!a.controlled || !a.docByWorker) {
      throw new Error(`a repeat visit of the app was not served by its service worker (controller: ${a.controlled}, document from the worker: ${a.docByWorker})`);
    }
    return [a, p];
  };
  try {
    cases.push(await bootCase('repeat (same profile: service worker in control, HTTP cache warm)', BOOTS, repeat(false)));
    if (!skip('THROTTLED')) cases.push(await bootCase(`repeat, ${THROTTLED}`, SLOW_BOOTS, repeat(true)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { cases, staticChars };
}

// ---- 3. import of a 5 MB file -------------------------------------------------

/** A generated workbook file of about `bytes` bytes (pretty JSON, as exported). */
function fileOfSize(bytes) {
  let n = 4_000;
  let f = generateFile(n);
  n = Math.round((n * bytes) / Buffer.byteLength(f.text));
  f = generateFile(n);
  return { n, text: f.text };
}

async function importFile(browser, base, name, text, init = []) {
  const { context, page } = await fresh(browser, init);
  await page.goto(`${base}/share`);
  await page.locator('main h1').waitFor(SLOW);
  // From the file input's change event to the frame showing the preview.
  await page.evaluate(() => {
    const B = (window.__imp = {});
    const input = document.querySelector('[data-testid="import-file"]');
    input.addEventListener('change', () => {
      B.t0 = performance.now();
      const seen = () => {
        if (!document.querySelector('[data-testid="preview"]')) return false;
        B.dom = performance.now();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { B.shown = performance.now(); };
          ch.port2.postMessage(0);
        });
        return true;
      };
      const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
      mo.observe(document.body, { childList: true, subtree: true });
    }, { capture: true, once: true });
  });
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await page.waitForFunction(() => window.__imp.shown != null, null, SLOW);
  const preview = await page.evaluate(() => window.__imp.shown - window.__imp.t0);
  // "Replace": from the click to the end of the save (the app's own measure).
  const before = await generation(page);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByTestId('replace').click();
  await waitSave(page, before);
  const replace = await page.evaluate((start) => {
    const saves = performance.getEntriesByName('servicebook:save');
    const last = saves[saves.length - 1];
    return { save: last.duration, end: last.startTime + last.duration - start };
  }, t0);
  return { context, page, preview, save: replace.save, replace: replace.end };
}

async function importBench(browser, base) {
  const { n, text } = fileOfSize(5_000_000);
  const bytes = Buffer.byteLength(text);
  const runs = [];
  for (let i = 0; i < IMPORTS; i += 1) {
    const r = await importFile(browser, base, 'servicebook-5mb.json', text);
    const count = await r.page.evaluate(() => Object.keys(localStorage).length);
    await r.context.close();
    runs.push(r);
    log(`   import ${i + 1}: preview ${ms(r.preview)}, Replace → saved ${ms(r.replace)} (of which the save ${ms(r.save)}); ${count} storage keys`);
  }
  const total = runs.map((r) => r.preview + r.replace);
  log(`\n3. Import of a ${mb(bytes)} workbook file (${num(n)} complaints, pretty JSON as exported), ${IMPORTS} times into an empty browser`);
  log(`   file picked → preview shown, median ${ms(median(runs.map((r) => r.preview)))}; `
    + `"Replace" → saved, median ${ms(median(runs.map((r) => r.replace)))}; both, median ${ms(median(total))}`);
  return { n, bytes, runs, total };
}

// ---- 4. heap after load -------------------------------------------------------

async function heap(browser, base) {
  const { text } = generateFile(10_000);
  const { context, page } = await importFile(browser, base, 'servicebook-10k.json', text, [[wasmMemoryInit]]);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? null);
    return { js: m.JSHeapUsedSize, jsTotal: m.JSHeapTotalSize, wasm, nodes: m.Nodes };
  };
  await cdp.send('Performance.enable');
  await page.goto(`${base}/`);
  await page.locator('main h1').waitFor(SLOW);
  await page.waitForTimeout(500);
  const home = await measure();
  await page.locator('[data-testid="main-nav"] a[href="/listen"]').click();
  await page.getByTestId('complaint-row').first().waitFor(SLOW);
  await page.waitForTimeout(500);
  const listen = await measure();
  await context.close();
  log('\n4. Memory after loading 10,000 complaints (after a garbage collection)');
  for (const [label, m] of [['reload of Home', home], ['then the log (/listen)', listen]]) {
    log(`   ${label.padEnd(24)} JS heap used ${mb(m.js)} (of ${mb(m.jsTotal)}); wasm memory ${m.wasm == null ? '—' : mb(m.wasm)}; ${num(m.nodes)} DOM nodes`);
  }
  return { home, listen };
}

// ---- 5. the complaint log with 10,000 (ui.mjs) ------------------------------

function uiBench(base) {
  const json = join(mkdtempSync(join(tmpdir(), 'servicebook-budget-')), 'ui.json');
  log('\n5. The complaint log with 10,000 complaints (tests/bench/ui.mjs):\n');
  const env = {
    BENCH_ROUNDS: '2', BENCH_RENDERS: '8', BENCH_SAVES: '8', BENCH_IMPORTS: '1', BENCH_LOADS: '3',
    ...process.env, BENCH_JSON: json,
  };
  const ui = fileURLToPath(new URL('./ui.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [ui, base], { env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('ui.mjs failed');
  const { results } = JSON.parse(readFileSync(json, 'utf8'));
  const changed = results.keys.filter((k) => k.dom != null);
  return {
    renderDom: median(results.render.map((r) => r.dom)),
    renderShown: median(results.render.map((r) => r.paint)),
    keyDom50: pct(changed.map((k) => k.dom), 50),
    keyDom95: pct(changed.map((k) => k.dom), 95),
    keyShown50: pct(changed.map((k) => k.paint), 50),
    keyShown95: pct(changed.map((k) => k.paint), 95),
    keyCpu95: pct(changed.map((k) => k.cpu), 95),
    save50: pct(results.save, 50),
    save95: pct(results.save, 95),
  };
}

// ---- the run --------------------------------------------------------------------

async function main() {
  const base = (process.argv[2] || 'http://127.0.0.1:4290').replace(/\/$/, '');
  const dist = process.argv[3];
  if (!dist) throw new Error('usage: node tests/bench/budget.mjs URL DIST [STATIC_URL] (DIST: the directory the server serves)');
  // The static page's origin: the same directory, served by the same code.
  let other = process.argv[4]?.replace(/\/$/, '');
  let own = null;
  if (!other) {
    own = await serve(dist, 0);
    other = `http://127.0.0.1:${own.port}`;
  }
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || cpus()[0]?.model;
  const load0 = loadavg();
  const started = Date.now();
  const browser = await chromium.launch({ ...chromiumLaunch, headless: true });
  log(`Servicebook performance budget, ${new Date().toISOString().slice(0, 10)}: ${base}; `
    + `${cpuModel}, ${cpus().length} cores; Chromium ${browser.version()} headless; load average ${load0.map((x) => x.toFixed(1)).join(' ')}`);
  const size = await firstLoad(browser, base, dist);
  const bootR = await bootRace(browser, base, other, dist);
  const imp = skip('IMPORT') ? null : await importBench(browser, base);
  const mem = skip('MEMORY') ? null : await heap(browser, base);
  await browser.close();
  await own?.close();
  const ui = skip('UI') ? null : uiBench(base);
  const load1 = loadavg();

  if (env.BUDGET_JSON) {
    // Every visit's figures, to pool runs or compare builds later.
    writeFileSync(env.BUDGET_JSON, JSON.stringify({
      date: new Date().toISOString(), base, cpu: cpuModel, cores: cpus().length, load: [load0, load1],
      network: NETWORK, cpuRate: CPU, firstLoad: size, boot: bootR, import: imp, memory: mem, ui,
    }, null, 1));
  }
  const within = (ok) => (ok ? 'met' : 'MISSED');
  const shown = (v) => median(v.map((t) => t.shown));
  log(`\nBoot to interactive, app against the static page of the same screen (frame shown with the first-visit button, from navigation start; medians; bytes transferred per visit, median):`);
  log(`${'case'.padEnd(70)} ${'visits'.padStart(6)} ${'app'.padStart(10)} ${'static'.padStart(10)} ${'ratio'.padStart(7)} ${'app bytes'.padStart(11)} ${'static bytes'.padStart(12)}  aim`);
  for (const c of bootR.cases) {
    const repeat = c.name.startsWith('repeat');
    const aim = repeat ? `<= 1.5×: ${within(c.ratio <= 1.5)}` : '';
    log(`${c.name.padEnd(70)} ${String(c.n).padStart(6)} ${ms(shown(c.app)).padStart(10)} ${ms(shown(c.page)).padStart(10)} `
      + `${`${c.ratio.toFixed(2)}×`.padStart(7)} ${kb(median(c.app.map((t) => t.bytes))).padStart(11)} ${kb(median(c.page.map((t) => t.bytes))).padStart(12)}  ${aim}`);
  }
  const cold = bootR.cases[0];
  const rows = [
    ['first load, all files the first visit fetches, gzip -9', kb(size.total.gzip), '<= 600 KB', within(size.total.gzip <= 600_000)],
    ['first load, all files the first visit fetches, as transferred', kb(size.total.sent), '<= 600 KB', within(size.total.sent <= 600_000)],
    ['  the whole first visit, service worker install included (server)', kb(size.server.bytes), '', ''],
  ];
  for (const c of bootR.cases) {
    const repeat = c.name.startsWith('repeat');
    rows.push([`boot, app / static page: ${c.name.replace(/ \(.*\)$/, '')}`, `${c.ratio.toFixed(2)}×`, repeat ? '<= 1.5×' : '', repeat ? within(c.ratio <= 1.5) : '']);
  }
  rows.push(['  cold: app, median / static page, median', `${ms(shown(cold.app))} / ${ms(shown(cold.page))}`, '', '']);
  if (imp) {
    rows.push(
      [`import of a ${mb(imp.bytes)} file: picked → preview → replaced and saved (median)`, ms(median(imp.total)), '<= 500 ms', within(median(imp.total) <= 500)],
      ['  picked → preview shown (median)', ms(median(imp.runs.map((r) => r.preview))), '', ''],
      ['  "Replace" → saved (median)', ms(median(imp.runs.map((r) => r.replace))), '', ''],
    );
  }
  if (mem) {
    rows.push(
      ['JS heap after load, 10,000 complaints, Home / log', `${mb(mem.home.js)} / ${mb(mem.listen.js)}`, '', ''],
      ['wasm memory after load, 10,000 complaints, Home / log', `${mem.home.wasm == null ? '—' : mb(mem.home.wasm)} / ${mem.listen.wasm == null ? '—' : mb(mem.listen.wasm)}`, '', ''],
    );
  }
  if (ui) {
    rows.push(
      ['10,000: first render of the log, click → first row in DOM (median)', ms(ui.renderDom), '', ''],
      ['10,000: first render of the log, click → frame shown (median)', ms(ui.renderShown), '', ''],
      ['10,000: keystroke → list updated in DOM, p50 / p95', `${ms(ui.keyDom50)} / ${ms(ui.keyDom95)}`, 'p95 <= 16 ms', within(ui.keyDom95 <= 16)],
      ['10,000: keystroke → frame shown, p50 / p95', `${ms(ui.keyShown50)} / ${ms(ui.keyShown95)}`, '', ''],
      ['10,000: save after one edit, p50 / p95', `${ms(ui.save50)} / ${ms(ui.save95)}`, '<= 50 ms', within(ui.save95 <= 50)],
    );
  }
  log(`\nBudget (load average ${load0[0].toFixed(1)} at the start, ${load1[0].toFixed(1)} at the end; ${((Date.now() - started) / 60000).toFixed(1)} minutes):`);
  log(`${'figure'.padEnd(78)} ${'measured'.padStart(22)}  aim`);
  for (const [label, v, aim, verdict] of rows) log(`${label.padEnd(78)} ${v.padStart(22)}  ${aim}${verdict ? `: ${verdict}` : ''}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
