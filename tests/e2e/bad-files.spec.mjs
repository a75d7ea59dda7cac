// Files that are not a Servicebook workbook this version can read are
// refused with a notice that names the problem; nothing changes.
import { test, expect } from '@playwright/test';
import { RATINGS_27_75, dropFile, open, pickFile, storageSnapshot, takeTest } from './helpers.mjs';

const record = (data) => JSON.stringify({
  format: 'servicebook',
  version: 1,
  workbook: {
    self_tests: [{
      id: '6f1c8a3e-2a7b-4c1d-9e0f-1a2b3c4d5e6f',
      created: '2025-01-01T00:00:00Z',
      updated: '2025-01-01T00:00:00Z',
      data,
    }],
  },
});

const cases = [
  {
    what: 'not JSON at all',
    name: 'notes.txt',
    text: 'hello, this is not JSON',
    reason: 'it is not a JSON file (the text breaks at line 1, column 1).',
  },
  {
    what: 'broken JSON on a later line',
    name: 'broken.json',
    text: '{\n  "format": "servicebook",\n  "version": 1,\n  "workbook": {,\n}',
    reason: /it is not a JSON file \(the text breaks at line 4, column \d+\)\./,
  },
  {
    what: 'JSON, but not a Servicebook file',
    name: 'other.json',
    text: '{"a":1}',
    reason: 'it is JSON, but not a Servicebook file.',
  },
  {
    what: 'a file from a newer version',
    name: 'future.json',
    text: '{"format":"servicebook","version":99,"workbook":{}}',
    reason: 'it was written by a newer Servicebook (file version 99; this one reads up to 5). Update Servicebook, or ask for a file from the same version.',
  },
  {
    what: 'a Servicebook file without a version',
    name: 'noversion.json',
    text: '{"format":"servicebook","workbook":{}}',
    reason: 'it does not say which Servicebook version wrote it.',
  },
  {
    what: 'a wrong field type (a rating that is a string)',
    name: 'badrating.json',
    text: record({ answers: { 'culture.1': 'four' } }),
    reason: 'the field “self_tests[0].data.answers.culture.1” is not valid (invalid type: string "four", expected u8',
  },
  {
    what: 'a wrong field type (answers that are a string)',
    name: 'badanswers.json',
    text: record({ answers: 'four' }),
    reason: /the field “self_tests\[0\]\.data\.answers” is not valid \(invalid type: string "four", expected a map/,
  },
  {
    what: 'an empty file',
    name: 'empty.json',
    text: '',
    reason: 'the file is empty.',
  },
];

test.describe('a refused file leaves the workbook unchanged', () => {
  test.beforeEach(async ({ page }) => {
    await takeTest(page, RATINGS_27_75);
    await open(page, '/share');
  });

  for (const c of cases) {
    test(`${c.what}`, async ({ page }) => {
      const before = await storageSnapshot(page);
      expect(Object.keys(before)).toContain('servicebook/v1/manifest');

      await pickFile(page, c.name, c.text);
      const notice = page.getByTestId('notice');
      await expect(notice).toBeVisible();
      await expect(notice).toHaveClass(/\berror\b/);
      await expect(notice).toContainText(`“${c.name}” was not imported: `);
      await expect(notice).toContainText(c.reason);
      await expect(notice).toContainText('Your workbook has not changed.');
      await expect(page.getByTestId('preview')).toHaveCount(0);
      await expect(page.getByTestId('undo-import')).toHaveCount(0);
      // No save was scheduled (an edit shows "Saving…" at once; the reload
      // below would also flush a pending save before comparing again).
      await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
      expect(await storageSnapshot(page)).toEqual(before);

      // The notice can be dismissed.
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);

      await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
      await expect(page.getByTestId('latest-total')).toHaveText('27.75');
      await page.reload();
      await expect(page.getByTestId('latest-total')).toHaveText('27.75');
      expect(await storageSnapshot(page)).toEqual(before);
    });
  }

  test('a bad file dropped on the page is refused the same way', async ({ page }) => {
    await open(page, '/');
    const before = await storageSnapshot(page);
    await dropFile(page, 'other.json', '{"a":1}', 'main');
    await expect(page).toHaveURL(/\/share$/);
    await expect(page.getByTestId('notice')).toContainText(
      '“other.json” was not imported: it is JSON, but not a Servicebook file. Your workbook has not changed.',
    );
    await expect(page.getByTestId('preview')).toHaveCount(0);
    expect(await storageSnapshot(page)).toEqual(before);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
    await expect(page.getByTestId('latest-total')).toHaveText('27.75');
  });

  test('a refused file replaces a preview that was waiting', async ({ page }) => {
    const good = JSON.stringify({ format: 'servicebook', version: 1, workbook: {} });
    await pickFile(page, 'good.json', good);
    await expect(page.getByTestId('preview')).toBeVisible();
    await pickFile(page, 'other.json', '{"a":1}');
    await expect(page.getByTestId('notice')).toContainText('“other.json” was not imported');
    await expect(page.getByTestId('preview')).toHaveCount(0);
  });
});
