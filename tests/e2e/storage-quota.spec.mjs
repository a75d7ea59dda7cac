// Storage that fills up: the 80% warning with its one-click export, and a
// full quota, where the edit stays in the window, what was saved before stays
// in storage, and saving resumes once there is room.
import { test, expect } from '@playwright/test';
import { open, openExample, setBusinessName, waitSaved, MANIFEST_KEY } from './helpers.mjs';

/** Fills localStorage with filler keys up to `chars` UTF-16 units (or until full). */
async function fill(page, chars = Infinity) {
  return page.evaluate((limit) => {
    let used = 0;
    for (const k of Object.keys(localStorage)) used += k.length + localStorage.getItem(k).length;
    let size = 256 * 1024;
    let n = 0;
    while (size >= 8 && used < limit) {
      const len = Math.min(size, limit - used);
      try {
        localStorage.setItem(`filler/${n}`, 'x'.repeat(len));
        used += len + `filler/${n}`.length;
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return used;
  }, chars);
}

async function unfill(page) {
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler/')) localStorage.removeItem(k);
  });
}

test('at 80% of the quota the app warns and offers a one-click export', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);
  await fill(page, 0.85 * 5_242_880);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  const warning = page.getByTestId('storage-warning');
  await expect(warning).toContainText("of this browser's storage");
  await expect(warning).toContainText('85');
  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: 'Export now' }).click();
  expect((await download).suggestedFilename()).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.json$/);
  // The share page shows the same figure in words.
  await open(page, '/share');
  await expect(page.getByTestId('storage')).toContainText('5,242,880 characters');
});

test('a full quota keeps the edit in the window and the saved workbook in storage', async ({ page, context }) => {
  await openExample(page);
  await setBusinessName(page, 'Saved before');
  const manifest = await page.evaluate((k) => localStorage.getItem(k), MANIFEST_KEY);
  await fill(page);

  // The edit cannot be saved: the user is told, in plain words, with an export.
  const input = page.getByLabel('Business name');
  await input.fill('Typed while full');
  await input.press('Tab');
  const error = page.getByTestId('save-error');
  await expect(error).toContainText("This browser's storage is full");
  await expect(error.getByRole('button', { name: 'Export now' })).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Typed while full');
  expect(await page.evaluate((k) => localStorage.getItem(k), MANIFEST_KEY)).toBe(manifest);

  // What was saved before is intact: another tab reads it.
  const other = await context.newPage();
  await open(other, '/');
  await expect(other.locator('main h1')).toHaveText('Saved before');
  await expect(other.getByTestId('latest-total')).toBeVisible();
  await other.close();

  // The export carries the unsaved edit.
  const download = page.waitForEvent('download');
  await error.getByRole('button', { name: 'Export now' }).click();
  const text = await (await download).createReadStream().then(async (s) => {
    let out = '';
    for await (const chunk of s) out += chunk;
    return out;
  });
  expect(JSON.parse(text).workbook.profile.data.business_name).toBe('Typed while full');

  // Room again: the next edit saves everything, and it survives a reload.
  await unfill(page);
  await input.fill('Typed while full, then saved');
  await input.press('Tab');
  await waitSaved(page);
  await expect(page.getByTestId('save-error')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Typed while full, then saved');
});

/** What localStorage holds now, in UTF-16 units (keys and values), as the app counts it. */
const usedNow = (page) => page.evaluate(() => {
  let used = 0;
  for (const k of Object.keys(localStorage)) used += k.length + localStorage.getItem(k).length;
  return used;
});

/** The "{used} of 5,242,880 characters" figure of the storage card, as a number. */
async function shownUsed(page) {
  const text = await page.getByTestId('storage').textContent();
  const m = text.match(/\(([\d,]+) of 5,242,880 characters\)/);
  expect(m, text).not.toBeNull();
  return Number(m[1].replaceAll(',', ''));
}

test('the storage meter counts keys other scripts wrote after the app started', async ({ page }) => {
  await openExample(page);
  // Something else on this origin writes 2.5 million characters meanwhile.
  await page.evaluate(() => localStorage.setItem('foreign/blob', 'x'.repeat(2_500_000)));
  const used = await usedNow(page);
  expect(used).toBeGreaterThan(2_500_000);
  // Share & backup, reached without a reload, reads what is really there.
  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  await expect(page.locator('main h1')).toHaveText('Share & backup');
  expect(await shownUsed(page)).toBe(used);
  const pct = await page.evaluate((u) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(u / 5_242_880), used);
  await expect(page.getByTestId('storage')).toContainText(`is ${pct} full`);
  await page.evaluate(() => localStorage.removeItem('foreign/blob'));
});

test('when a save fails for lack of room, the meter shows the storage others filled', async ({ page }) => {
  await openExample(page);
  await expect(page.getByTestId('storage-warning')).toHaveCount(0);
  // Other keys fill storage after the app started (no reload).
  await fill(page);
  const input = page.getByLabel('Business name');
  await input.fill('Typed while others filled it');
  await input.press('Tab');
  await expect(page.getByTestId('save-error')).toContainText("This browser's storage is full");
  // The meter read storage again: the warning is up, and Share & backup
  // shows the real figure.
  await expect(page.getByTestId('storage-warning')).toBeVisible();
  const used = await usedNow(page);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  await expect(page.locator('main h1')).toHaveText('Share & backup');
  expect(await shownUsed(page)).toBe(used);
  expect(used).toBeGreaterThan(0.99 * 5_242_880);
  await unfill(page);
});

test('a result moved to the trash can be restored, and the trash emptied', async ({ page }) => {
  await openExample(page);
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  await page.getByTestId('history-row').first().getByRole('link').click();
  await page.getByTestId('trash-result').click();
  await expect(page).toHaveURL(/\/self-test\/history/);
  await expect(page.getByTestId('history-row')).toHaveCount(2);
  await waitSaved(page);

  await open(page, '/share');
  const trash = page.getByTestId('trash');
  await expect(trash.locator('li')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(trash).toContainText('The trash is empty.');
  await waitSaved(page);
  await page.reload();
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(3);

  await page.getByTestId('history-row').last().getByRole('link').click();
  await page.getByTestId('trash-result').click();
  await open(page, '/share');
  await page.getByTestId('trash').getByRole('button', { name: 'Empty the trash' }).click();
  // A second, explicit step: the records go for good.
  await expect(page.getByTestId('trash').getByTestId('confirm-empty-trash')).toHaveText('Yes, delete them for good');
  await page.getByTestId('trash').getByTestId('confirm-empty-trash').click();
  await expect(page.getByTestId('trash')).toContainText('The trash is empty.');
  await waitSaved(page);
  await page.reload();
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(2);
});
