// The first download holds the shell and Home; each section's screens are a
// chunk fetched when one of its pages opens. A chunk that cannot be fetched
// says so on that page, with Try again, and nothing else changes.
import { test, expect as baseExpect } from '@playwright/test';
import { open, openExample, storageSnapshot } from './helpers.mjs';

const expect = baseExpect.configure({ timeout: 20_000 });

// Requests a service worker answers are not seen by page.route or the
// request log; these tests watch the page's own requests.
test.use({ serviceWorkers: 'block' });

test('Home fetches no section; opening a section fetches its chunk, once', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  const wasm = () => fetched.filter((p) => p.endsWith('.wasm'));
  // The first module only: its own hashed name at the root.
  expect(wasm()).toHaveLength(1);
  expect(wasm()[0]).toMatch(/^\/servicebook-[0-9a-f]+_bg\.wasm$/);

  await page.getByTestId('main-nav').getByRole('link', { name: 'Listen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint log');
  expect(wasm().filter((p) => p.endsWith('/split_listen.wasm'))).toHaveLength(1);
  expect(wasm().some((p) => /split_(draft|run|selftest|share)\.wasm$/.test(p))).toBe(false);
  // Every chunk comes from one folder named by the build.
  const folders = new Set(wasm().slice(1).map((p) => p.split('/')[1]));
  expect([...folders]).toHaveLength(1);
  expect([...folders][0]).toMatch(/^split-[0-9a-f]{16}$/);

  // Back to Home and to Listen again: nothing fetched twice.
  const before = wasm().length;
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Listen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Complaint log');
  expect(wasm().length).toBe(before);
});

test('a section that cannot be fetched says so with Try again, and nothing saved changes', async ({ page }) => {
  await open(page, '/');
  await openExample(page);
  const saved = await storageSnapshot(page);
  await page.route('**/split-*/*.wasm', (route) => route.abort('internetdisconnected'));

  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  const failed = page.getByTestId('page-load-failed');
  await expect(failed).toContainText('This page could not be loaded. Check the connection and try again');
  await expect(failed.getByRole('alert')).toBeVisible();
  // The rest of the app works: Home shows the workbook as it was.
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('example-note')).toBeVisible();
  expect(await storageSnapshot(page)).toEqual(saved);

  // Back online, Try again opens the page without a reload.
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(failed).toBeVisible();
  await page.unroute('**/split-*/*.wasm');
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standard operating procedures');
  await expect(failed).toHaveCount(0);
  expect(await storageSnapshot(page)).toEqual(saved);
});

test('in Turkish the failed section speaks Turkish', async ({ page }) => {
  await open(page, '/');
  await page.locator('header select').selectOption('tr');
  await page.route('**/split-*/*.wasm', (route) => route.abort('internetdisconnected'));
  await page.getByTestId('main-nav').getByRole('link', { name: 'Paylaş' }).click();
  await expect(page.getByTestId('page-load-failed')).toContainText('Bu sayfa açılamadı');
  await expect(page.getByRole('button', { name: 'Yeniden dene' })).toBeVisible();
});
