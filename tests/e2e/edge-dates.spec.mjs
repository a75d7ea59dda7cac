// Issue 15, defect 1: a colleague's file with dates at the edge of what the
// date type holds locked the app for good in a browser east or west of UTC
// (a blank Home after Merge, a frozen page on saving an edit). Now every
// stamp and date from a file is bounded to the years 1900 to 9999 (refused
// with its field's path otherwise), and the dates at the very edge of that
// range merge, show, edit, rename, trash and restore without a fault, in
// time zones on both sides of UTC and at the date line.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open, openExample, pickFile, saved, setBusinessName, storageSnapshot, watchErrors } from './helpers.mjs';

const rows = (page) => page.getByTestId('complaint-row');
const row = (page, text) => rows(page).filter({ hasText: text });

/** The workbook as a colleague would send it (the example, exported). */
async function exported(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

const complaintsOf = (file) => {
  const c = file.workbook.complaints;
  expect(Array.isArray(c), 'complaints are a list of records').toBe(true);
  return c;
};

for (const timezoneId of ['Europe/Istanbul', 'America/New_York', 'Pacific/Kiritimati']) {
  test.describe(`edge dates (${timezoneId})`, () => {
    test.use({ timezoneId });

    test('a date past year 9999 is refused with its field, and nothing saved changes', async ({ page }) => {
      const errors = watchErrors(page);
      await openExample(page);
      const file = await exported(page);
      complaintsOf(file)[0].updated = '+262142-12-31T23:59:59.999Z';
      const before = await storageSnapshot(page);
      await pickFile(page, 'colleague.json', JSON.stringify(file));
      const notice = page.getByTestId('notice');
      await expect(notice).toContainText('“colleague.json” was not imported');
      await expect(notice).toContainText('complaints[0].updated');
      await expect(notice).toContainText('date out of range (years 1900–9999)');
      await expect(page.getByTestId('preview')).toHaveCount(0);
      expect(await storageSnapshot(page)).toEqual(before);

      // A received date before 1900 is refused the same way.
      complaintsOf(file)[0].updated = complaintsOf(file)[0].created;
      complaintsOf(file)[1].data.received = '1899-12-31T23:59:59Z';
      await pickFile(page, 'colleague-2.json', JSON.stringify(file));
      await expect(notice).toContainText('complaints[1].data.received');
      expect(await storageSnapshot(page)).toEqual(before);
      expect(errors).toEqual([]);
    });

    test('dates at the very edge of the range merge, show, edit, rename, trash and restore', async ({ page }) => {
      const errors = watchErrors(page);
      await openExample(page);
      const file = await exported(page);
      const [first, second] = complaintsOf(file);
      // The newest moment the range holds, and its oldest.
      first.updated = '9999-12-31T23:59:59.999Z';
      first.data.customer.name = 'Edge Last';
      second.data.received = '1900-01-01T00:00:00Z';
      second.created = '1900-01-01T00:00:00Z';
      second.updated = '9999-12-31T23:59:59Z';
      second.data.customer.name = 'Edge First';
      await pickFile(page, 'colleague.json', JSON.stringify(file));
      await expect(page.getByTestId('preview')).toBeVisible();
      await saved(page, () => page.getByTestId('merge').click());

      // Every load shows the workbook (not a blank Home), with its records.
      await page.reload();
      await expect(page.locator('main h1')).toBeVisible();
      await open(page, '/');
      await expect(page.locator('main h1')).toHaveText('Corner Hardware (example)');
      await open(page, '/listen');
      await expect(row(page, 'Edge Last')).toHaveCount(1);
      await expect(row(page, 'Edge First')).toHaveCount(1);

      // Saving an edit of the record whose stamp is the range's last moment.
      await row(page, 'Edge Last').getByRole('link').click();
      await page.getByLabel('Agreed solution').fill('Replaced at the counter');
      await saved(page, () => page.getByTestId('save-complaint').click());
      await expect(page).toHaveURL(/\/listen$/);

      // Renaming the business, then trash and restore of that record.
      await setBusinessName(page, 'Bottega al limite');
      await open(page, '/listen');
      await row(page, 'Edge First').getByRole('link').click();
      await saved(page, () => page.getByTestId('delete-complaint').click());
      await expect(row(page, 'Edge First')).toHaveCount(0);
      await saved(page, () => page.getByTestId('undo-delete').click());
      await expect(row(page, 'Edge First')).toHaveCount(1);

      // All of it is still there after a reload, and nothing faulted.
      await page.reload();
      await expect(row(page, 'Edge First')).toHaveCount(1);
      await row(page, 'Edge Last').getByRole('link').click();
      await expect(page.getByLabel('Agreed solution')).toHaveValue('Replaced at the counter');
      await open(page, '/');
      await expect(page.locator('main h1')).toHaveText('Bottega al limite');
      await expect(page.getByTestId('save-status')).toContainText('Saved');
      expect(errors).toEqual([]);
    });
  });
}
