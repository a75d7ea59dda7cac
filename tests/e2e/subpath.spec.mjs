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
