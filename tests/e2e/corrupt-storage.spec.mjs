// Storage the app cannot read: it starts anyway, says so, keeps the
// unreadable text aside untouched, and offers it for download.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { MANIFEST_KEY, PREFIX, RATINGS_28, open, saved, storageSnapshot, takeTest, todayIso, watchErrors, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const RECOVERY_COPY = `${PREFIX}recovery/`;

/** Seeds localStorage before the app's first load in this context (once, not on reloads). */
async function seedBeforeLoad(context, entries) {
  await context.addInitScript((items) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, entries);
}

test('an unreadable manifest: the app starts, explains, and keeps the text for recovery', async ({ page, context }) => {
  const errors = watchErrors(page);
  await seedBeforeLoad(context, { [MANIFEST_KEY]: '{not json' });
  await open(page, '/');

  const problems = page.getByTestId('load-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('The saved workbook could not be read');
  await expect(problems).toContainText('Servicebook started with an empty workbook.');
  // The app works: an empty workbook, ready to start.
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Not saved yet: changes are saved in this browser as you work.');

  // The original text is kept under servicebook/v1/recovery/…; the manifest
  // key itself is left as it was until the next save replaces it.
  const stored = await storageSnapshot(page);
  const copies = Object.keys(stored).filter((k) => k.startsWith(RECOVERY_COPY));
  expect(copies).toHaveLength(1);
  expect(copies[0]).toMatch(/^servicebook\/v1\/recovery\/manifest-\d+$/);
  expect(stored[copies[0]]).toBe('{not json');
  expect(stored[MANIFEST_KEY]).toBe('{not json');
  const index = JSON.parse(stored[`${PREFIX}recovery`]);
  expect(index).toEqual([expect.objectContaining({ key: copies[0], what: 'manifest', reason: 'manifest is not readable' })]);

  // The banner leads to Share & backup, where it can be downloaded.
  await problems.getByRole('link').click();
  await expect(page).toHaveURL(/\/share$/);
  const recovery = page.getByTestId('recovery');
  await expect(recovery).toBeVisible();
  await expect(recovery.getByRole('heading')).toHaveText('Data that could not be read');
  await expect(recovery).toContainText('1 saved part could not be read and is kept aside, untouched.');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    recovery.getByRole('button', { name: 'Download as a Servicebook file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`servicebook-recovery-${await todayIso(page)}.json`);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
  // An ordinary Servicebook file: nothing in it could be read, so the raw
  // text travels under "unreadable".
  expect(bundle.format).toBe('servicebook');
  expect(bundle.unreadable).toEqual({ [copies[0]]: '{not json' });
  expect(errors).toEqual([]);
});

test('new work is saved next to the kept text, which survives reloads until discarded', async ({ page, context }) => {
  await seedBeforeLoad(context, { [MANIFEST_KEY]: '{not json' });
  await open(page, '/');
  await expect(page.getByTestId('load-problems')).toBeVisible();

  await takeTest(page, RATINGS_28);
  await page.reload();
  // The problem was reported once; the kept text stays on offer.
  await expect(page.getByTestId('load-problems')).toHaveCount(0);
  await open(page, '/');
  await expect(page.getByTestId('latest-total')).toHaveText('28');
  let stored = await storageSnapshot(page);
  const copy = Object.keys(stored).find((k) => k.startsWith(RECOVERY_COPY));
  expect(stored[copy]).toBe('{not json');
  expect(JSON.parse(stored[MANIFEST_KEY]).generation).toBeGreaterThan(0);

  await open(page, '/share');
  const recovery = page.getByTestId('recovery');
  await expect(recovery).toBeVisible();
  await recovery.getByRole('button', { name: 'Discard it' }).click();
  await expect(recovery).toHaveCount(0);
  stored = await storageSnapshot(page);
  expect(Object.keys(stored).filter((k) => k.startsWith(`${PREFIX}recovery`))).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('recovery')).toHaveCount(0);
  await open(page, '/');
  await expect(page.getByTestId('latest-total')).toHaveText('28');
});

test('a manifest written by a newer version is kept aside, not overwritten', async ({ page, context }) => {
  const newer = JSON.stringify({
    generation: 7, schema: 99, saved_at: '2030-01-01T00:00:00Z', app_version: '9.0.0', writer: 'future', chunks: [],
  });
  await seedBeforeLoad(context, { [MANIFEST_KEY]: newer });
  await open(page, '/');
  await expect(page.getByTestId('load-problems')).toContainText(
    'The saved workbook was written by a newer Servicebook (schema 99).',
  );
  const stored = await storageSnapshot(page);
  const copy = Object.keys(stored).find((k) => k.startsWith(RECOVERY_COPY));
  expect(stored[copy]).toBe(newer);
  await open(page, '/share');
  await expect(page.getByTestId('recovery')).toBeVisible();
});

test('a damaged chunk: the rest loads, the chunk is kept aside and reported', async ({ page }) => {
  await takeTest(page, RATINGS_28);
  await open(page, '/');
  await saved(page, async () => {
    const input = page.getByLabel('Business name');
    await input.fill('Bottega Rossi');
    await input.press('Tab');
  });
  // Damage the self-tests chunk as a bad disk or a hand edit would.
  const key = await page.evaluate((prefix) => Object.keys(localStorage).find((k) => k.startsWith(`${prefix}chunk/self_tests/`)), PREFIX);
  expect(key).toBeTruthy();
  await page.evaluate((k) => localStorage.setItem(k, 'garbage'), key);
  await page.reload();

  await expect(page.getByTestId('load-problems')).toContainText(
    '1 record of “Self-tests” could not be read and was kept aside; everything else loaded.',
  );
  await expect(page.locator('main h1')).toHaveText('Bottega Rossi');
  await expect(page.getByTestId('latest-total')).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('garbage');
  const index = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), `${PREFIX}recovery`));
  expect(index.map((e) => e.key)).toContain(key);

  await page.getByTestId('load-problems').getByRole('link').click();
  await expect(page.getByTestId('recovery')).toContainText('1 saved part could not be read');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('recovery').getByRole('button', { name: 'Download as a Servicebook file' }).click(),
  ]);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(bundle.format).toBe('servicebook');
  expect(bundle.unreadable[key]).toBe('garbage');
});
