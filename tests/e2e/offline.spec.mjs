// Offline and installable: after one visit the app opens and works with no
// network, deep links included, and the data is intact; a new deploy is
// announced and the reload keeps what was typed; the manifest and its
// icons; the Content-Security-Policy holds and no page makes a request to
// another origin.
import { test, expect as baseExpect } from '@playwright/test';
import { createServer } from 'node:http';
import { cp, mkdtemp, readFile, rm, appendFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { open, openExample, setBusinessName, waitSaved } from './helpers.mjs';

const expect = baseExpect.configure({ timeout: 20_000 });

/** Waits until a service worker controls the page (after the first visit). */
async function controlled(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  }, null, { timeout: 30_000 });
}

const PAGES = [
  '/', '/self-test', '/self-test/history', '/listen', '/listen/new', '/listen/surveys', '/listen/figures',
  '/listen/problems', '/draft', '/draft/goals', '/draft/policy', '/draft/staff', '/draft/plan', '/draft/document',
  '/run', '/run/meetings', '/run/checklist', '/run/team', '/share',
];

test('after one visit the app opens offline, deep links too, and works with its data intact', async ({ page, context }) => {
  await open(page, '/');
  await controlled(page);
  await setBusinessName(page, 'Offline Hardware');
  await waitSaved(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Offline Hardware');

  // A deep link, typed while offline.
  await page.goto('/run/checklist');
  await expect(page.locator('main h1')).toHaveText('Service checklist');
  // Work offline: keep a checklist round.
  await page.getByTestId('check-who').fill('Evening shift');
  await page.getByTestId('check-item').first().locator('input').check();
  await page.getByTestId('save-round').click();
  await expect(page.getByTestId('check-round')).toHaveCount(1);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('check-round')).toContainText('Evening shift');
  await page.goto('/');
  await expect(page.locator('main h1')).toHaveText('Offline Hardware');
  await context.setOffline(false);
});

test('the example opens offline after one visit, in the language chosen', async ({ page, context }) => {
  await open(page, '/');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByLabel('Language').selectOption('it');
  await page.getByTestId('open-example').click();
  await expect(page.getByTestId('example-note')).toBeVisible();
  await expect(page.locator('main h1')).toHaveText("Ferramenta all'angolo (esempio)");
  await context.setOffline(false);
});

test.describe('without the service worker', () => {
  // Requests a service worker answers are not seen by page.route.
  test.use({ serviceWorkers: 'block' });
  test('an example that cannot be fetched is said so, and nothing changes', async ({ page }) => {
    await page.route('**/examples/*.json', (route) => route.abort('internetdisconnected'));
    await open(page, '/');
    await page.getByTestId('open-example').click();
    await expect(page.getByTestId('notice')).toContainText('The example could not be opened');
    await expect(page.getByTestId('first-visit')).toBeVisible();
    await expect(page.getByTestId('example-note')).toHaveCount(0);
    await expect(page.getByTestId('open-example')).toBeEnabled();
    // A damaged file is refused the same way.
    await page.unroute('**/examples/*.json');
    await page.route('**/examples/*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format":"servicebook","version":5,' }));
    await page.reload();
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await page.getByTestId('open-example').click();
    await expect(page.getByTestId('notice')).toContainText('The example could not be opened');
    await expect(page.getByTestId('first-visit')).toBeVisible();
  });
});

test('the manifest names the app, its start and scope, and icons that load', async ({ page, request }) => {
  await open(page, '/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');
  const manifest = await (await request.get('/' + href)).json();
  expect(manifest.name).toBe('Servicebook');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const res = await request.get('/' + icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe(icon.type);
  }
  await expect(page.locator('meta[name=theme-color]')).toHaveAttribute('content', '#1f5f8b');
});

test('a Content-Security-Policy is in place and no page breaks it or asks another origin for anything', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(r.url());
  });
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await open(page, '/');
  const csp = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await openExample(page);
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
  }
  // The export builds a file in the page and downloads it.
  await page.goto('/share');
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
});

// ---- a new deploy ---------------------------------------------------------------------------

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

/** Serves a copy of the build from `root` on a free port. */
async function serveCopy(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path === '/' ? 'index.html' : path);
    let body;
    try {
      body = await readFile(file);
    } catch {
      file = join(root, 'index.html');
      body = await readFile(file);
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

test('a new version is announced; Reload now takes it and keeps what was typed', async ({ page }) => {
  const dist = process.env.E2E_DIST || 'dist';
  const root = await mkdtemp(join(tmpdir(), 'servicebook-deploy-'));
  await cp(new URL(`../../${dist}/`, import.meta.url).pathname, root, { recursive: true });
  const { server, url } = await serveCopy(root);
  try {
    await page.goto(url + '/');
    await expect(page.locator('main h1')).toBeVisible();
    await controlled(page);
    const first = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    await expect(page.getByTestId('update-ready')).toHaveCount(0);

    // Type into a field and leave it focused: the change is not yet saved.
    await page.goto(url + '/');
    await page.getByLabel('Business name').fill('Deployed Hardware');

    // Deploy: a changed worker is a new version.
    await appendFile(join(root, 'sw.js'), '\n// deploy 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByTestId('update-ready');
    await expect(banner).toContainText('A new version of Servicebook is ready');
    await expect(banner).toHaveAttribute('role', 'status');

    await Promise.all([page.waitForEvent('load'), banner.getByTestId('update-reload').click()]);
    await expect(page.locator('main h1')).toHaveText('Deployed Hardware');
    await expect(page.getByTestId('update-ready')).toHaveCount(0);
    const active = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { waiting: !!reg.waiting, script: await (await fetch('sw.js')).text() };
    });
    expect(active.waiting).toBe(false);
    expect(active.script).toContain('deploy 2');
    expect(first).toMatch(/sw\.js$/);
  } finally {
    server.close();
    await rm(root, { recursive: true, force: true });
  }
});

test('in Italian the new version notice speaks Italian', async ({ browser }) => {
  const dist = process.env.E2E_DIST || 'dist';
  const root = await mkdtemp(join(tmpdir(), 'servicebook-deploy-'));
  await cp(new URL(`../../${dist}/`, import.meta.url).pathname, root, { recursive: true });
  const { server, url } = await serveCopy(root);
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  try {
    await page.goto(url + '/');
    await controlled(page);
    await appendFile(join(root, 'sw.js'), '\n// deploy 2\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(page.getByTestId('update-ready')).toContainText('È pronta una nuova versione di Servicebook.');
    await expect(page.getByTestId('update-reload')).toHaveText('Ricarica ora');
  } finally {
    await context.close();
    server.close();
    await rm(root, { recursive: true, force: true });
  }
});
