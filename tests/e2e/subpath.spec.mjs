// Hosted under a sub-path (built with --public-url /servicebook/ into
// target/dist-sub and served at http://127.0.0.1:4174/servicebook/): deep
// links, in-app links, reload and back all stay under the sub-path.
import { test, expect } from '@playwright/test';

const BASE = `http://127.0.0.1:${Number(process.env.E2E_SUB_PORT || 4174)}/servicebook`;

test('under a sub-path, deep links, navigation, reload and back work', async ({ page }) => {
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('pageerror', (e) => failed.push(String(e)));

  await page.goto(`${BASE}/self-test/history`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History and comparison');

  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  await expect(page).toHaveURL(`${BASE}/share`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share & backup');
  await expect(page.getByTestId('main-nav').locator('a[aria-current="page"]')).toHaveText('Share & backup');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share & backup');

  await page.goBack();
  await expect(page).toHaveURL(`${BASE}/self-test/history`);

  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(`${BASE}/`);
  await page.getByTestId('first-visit').getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page).toHaveURL(new RegExp(`^${BASE}/self-test/[0-9a-f-]{36}$`));
  await expect(page.getByTestId('total')).toBeVisible();
  expect(failed).toEqual([]);
});

test('under a sub-path, the service worker works offline from there and the manifest stays in it', async ({ page, context }) => {
  await page.goto(`${BASE}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const scope = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.scope;
  });
  expect(scope).toBe(`${BASE}/`);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  expect(manifest.start_url).toBe('./');
  await context.setOffline(true);
  await page.goto(`${BASE}/run/team`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Listening to the team');
  await context.setOffline(false);
});

test('under a sub-path, Italian texts come from the sub-path, on a deep link and when switching', async ({ page }) => {
  const texts = [];
  page.on('request', (r) => { if (r.url().includes('/texts/')) texts.push(new URL(r.url()).pathname); });
  await page.goto(`${BASE}/self-test/history`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History and comparison');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.getByTestId('main-nav').getByRole('link', { name: 'Autovalutazione' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByTestId('main-nav').getByRole('link', { name: 'Autovalutazione' })).toBeVisible();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.every((p) => p === '/servicebook/texts/it.json')).toBe(true);
});
