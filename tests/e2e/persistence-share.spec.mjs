// Everything survives a reload; export, import (replace and merge), undo,
// and dropping a file on the page.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  BANDS, FIXTURE_V1, RATINGS_27_75, RATINGS_28,
  dropFile, open, pickFile, saved, setBusinessName, storageSnapshot, takeTest, todayIso, waitSaved,
 pinForTest,
} from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

/** Exports from /share and returns { name, path, text, json }. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export').click(),
  ]);
  const name = download.suggestedFilename();
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  return { name, path, text, json: JSON.parse(text) };
}

/** Empties localStorage and reloads: a browser that never saw the workbook. */
async function forgetEverything(page) {
  await page.evaluate(() => localStorage.clear());
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
}

test('a reload finds the finished test, the note, the business name and the save time', async ({ page }) => {
  const id = await takeTest(page, RATINGS_27_75);
  const note = page.getByLabel('Note');
  await saved(page, async () => {
    await note.fill('Before the staff training');
    await note.press('Tab');
  });
  await setBusinessName(page, 'Bottega Rossi');

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Bottega Rossi');
  await expect(page.getByLabel('Business name')).toHaveValue('Bottega Rossi');
  await expect(page.getByTestId('latest-total')).toHaveText('27.75');
  await expect(page.getByTestId('selftest-status')).toContainText(BANDS.good);
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
  await expect(page.getByTestId('home-saved')).toContainText('Saved in this browser');
  await expect(page.getByTestId('first-visit')).toHaveCount(0);

  await open(page, `/self-test/${id}`);
  await expect(page.getByTestId('total')).toHaveText('27.75');
  await expect(page.getByLabel('Note')).toHaveValue('Before the staff training');
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row').first()).toContainText('Before the staff training');
});

test('export downloads a dated Servicebook file; importing it with Replace brings everything back', async ({ page }) => {
  await takeTest(page, RATINGS_27_75);
  await setBusinessName(page, 'Bottega Rossi');
  await expect(page.getByTestId('home-exported')).toHaveText('Never exported from this browser');

  const file = await exportWorkbook(page);
  expect(file.name).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.name).toBe(`servicebook-${await todayIso(page)}.json`);
  expect(file.text).toContain('"format": "servicebook"');
  expect(file.json).toMatchObject({ format: 'servicebook', version: 5 });
  expect(typeof file.json.app_version).toBe('string');
  expect(Number.isNaN(Date.parse(file.json.exported_at))).toBe(false);
  expect(file.json.workbook.profile.data.business_name).toBe('Bottega Rossi');
  expect(file.json.workbook.self_tests).toHaveLength(1);
  expect(file.json.workbook.self_tests[0].data.answers['culture.4']).toBe(3);
  await open(page, '/');
  await expect(page.getByTestId('home-exported')).toContainText('Last exported');

  await forgetEverything(page);
  await expect(page.getByTestId('latest-total')).toHaveCount(0);

  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(file.path);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(/^Before you import “.+”$/);
  await expect(preview).toContainText('Business: Bottega Rossi');
  await expect(preview).toContainText('Finished self-tests: 1');
  await expect(preview.getByTestId('preview-replace')).toHaveText(
    'Your workbook (0 records) is replaced by the file. You can undo it until you close this window.',
  );
  await saved(page, () => page.getByTestId('replace').click());
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText('Your workbook was replaced by the file.');

  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('main h1')).toHaveText('Bottega Rossi');
  await expect(page.getByTestId('latest-total')).toHaveText('27.75');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Bottega Rossi');
  await expect(page.getByTestId('latest-total')).toHaveText('27.75');
});

test('importing with Merge keeps both workbooks\' self-tests', async ({ page }) => {
  await takeTest(page, RATINGS_27_75);
  const file = await exportWorkbook(page);

  await forgetEverything(page);
  await takeTest(page, RATINGS_28);

  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(file.path);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  // What, in the file, new, updated from the file, unchanged.
  await expect(preview.getByTestId('preview-self_tests').locator('th, td')).toHaveText(['Self-tests', '1', '1', '0', '0']);
  await expect(preview.getByTestId('preview-complaints')).toHaveCount(0);
  await saved(page, () => page.getByTestId('merge').click());
  await expect(page.getByTestId('notice')).toContainText('The file was merged: 1 new, 0 updated.');

  await page.reload();
  await open(page, '/self-test/history');
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  const totals = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td').textContent.trim()).sort());
  expect(totals).toEqual(['27.75', '28']);
  await expect(page.getByTestId('comparison')).toBeVisible();
});

// Regression (issue 17): the preview showed the records and the message
// after Merge also counted the settings the file changed (10 new in the
// table, "12 records added or updated" after).
test('the preview lists the settings a merge changes too, and its New and Updated columns add up to the message after Merge', async ({ page }) => {
  await takeTest(page, RATINGS_27_75);
  await setBusinessName(page, 'Bottega Rossi');
  const file = await exportWorkbook(page);

  await forgetEverything(page);
  await takeTest(page, RATINGS_28);
  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(file.path);
  const preview = page.getByTestId('preview');
  await expect(preview.getByTestId('preview-self_tests').locator('th, td')).toHaveText(['Self-tests', '1', '1', '0', '0']);
  await expect(preview.getByTestId('preview-setting-profile').locator('th, td')).toHaveText(['Business name', '1', '1', '0', '0']);
  const sums = await preview.getByTestId('preview-merge').locator('tbody tr').evaluateAll((trs) => trs.reduce(
    ([added, updated], tr) => {
      const td = tr.querySelectorAll('td');
      return [added + Number(td[1].textContent), updated + Number(td[2].textContent)];
    },
    [0, 0],
  ));
  expect(sums).toEqual([2, 0]);
  await saved(page, () => page.getByTestId('merge').click());
  await expect(page.getByTestId('notice')).toContainText(`The file was merged: ${sums[0]} new, ${sums[1]} updated.`);
  await expect(page.locator('main h1')).toHaveCount(1);
  await open(page, '/');
  await expect(page.locator('main h1')).toHaveText('Bottega Rossi');
});

test('merging the same file twice changes nothing the second time', async ({ page }) => {
  await takeTest(page, RATINGS_28);
  const file = await exportWorkbook(page);
  await page.getByTestId('import-file').setInputFiles(file.path);
  await expect(page.getByTestId('preview-self_tests').locator('th, td')).toHaveText(['Self-tests', '1', '0', '0', '1']);
  await page.getByTestId('merge').click();
  await expect(page.getByTestId('notice')).toContainText('The file was merged: 0 new, 0 updated.');
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
});

test('Undo import restores the workbook as it was, and the undo is saved', async ({ page }) => {
  await takeTest(page, RATINGS_28);
  await setBusinessName(page, 'Before the import');

  await open(page, '/share');
  await expect(page.getByTestId('undo-import')).toHaveCount(0);
  await pickFile(page, 'workbook-v1.json', FIXTURE_V1);
  await expect(page.getByTestId('preview')).toContainText('Business: Ferramenta Bianchi');
  await saved(page, () => page.getByTestId('replace').click());
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page.locator('main h1')).toHaveText('Ferramenta Bianchi');
  await expect(page.getByTestId('latest-total')).toHaveText('25.33');

  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  await saved(page, () => page.getByTestId('undo-import').click());
  await expect(page.getByTestId('notice')).toContainText('The last import was undone.');
  await expect(page.getByTestId('undo-import')).toHaveCount(0);

  await page.reload();
  await open(page, '/');
  await expect(page.locator('main h1')).toHaveText('Before the import');
  await expect(page.getByTestId('latest-total')).toHaveText('28');
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(1);
});

test('Cancel on the preview changes nothing', async ({ page }) => {
  await takeTest(page, RATINGS_28);
  await open(page, '/share');
  const before = await storageSnapshot(page);
  await pickFile(page, 'workbook-v1.json', FIXTURE_V1);
  await expect(page.getByTestId('preview')).toBeVisible();
  await page.getByTestId('preview').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('preview')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).not.toHaveText('Saving…');
  expect(await storageSnapshot(page)).toEqual(before);
  await open(page, '/');
  await expect(page.getByTestId('latest-total')).toHaveText('28');
});

test('dropping a file anywhere on the page goes to Share & backup and shows the preview', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await dropFile(page, 'dropped.json', FIXTURE_V1, 'main');
  await expect(page).toHaveURL(/\/share$/);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Before you import “dropped.json”');
  await expect(preview).toContainText('Business: Ferramenta Bianchi');
  await expect(preview).toContainText('Finished self-tests: 1');
  await saved(page, () => page.getByTestId('replace').click());
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('latest-total')).toHaveText('25.33');
  await expect(page.getByTestId('selftest-status')).toContainText(BANDS.good);
});

test('the example can be opened and cleared, and the clearing undone from Share & backup', async ({ page }) => {
  await open(page, '/');
  await saved(page, () => page.getByRole('button', { name: 'Open the example' }).click());
  await expect(page.getByTestId('notice')).toContainText('The example workbook is open.');
  await expect(page.locator('main h1')).toHaveText('Corner Hardware (example)');
  const exampleTotal = await page.getByTestId('latest-total').textContent();
  await saved(page, () => page.getByRole('button', { name: 'Clear the example and start my own' }).click());
  await expect(page.getByTestId('notice')).toContainText('The workbook was cleared.');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  // "Undo it from Share & backup if that was a mistake" (same window, no reload).
  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  await saved(page, () => page.getByTestId('undo-import').click());
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await expect(page.getByTestId('example-note')).toBeVisible();
  await expect(page.getByTestId('latest-total')).toHaveText(exampleTotal);
  await page.reload();
  await expect(page.getByTestId('latest-total')).toHaveText(exampleTotal);
  // Cleared for good survives a reload too.
  await saved(page, () => page.getByRole('button', { name: 'Clear the example and start my own' }).click());
  await page.reload();
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(page.getByTestId('latest-total')).toHaveCount(0);
});
