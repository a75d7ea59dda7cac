// Money (issue 17): the business's currency, set once on Home beside its
// name, carried by every amount the app shows (the log's compensation
// figure, the top problems' cost sentence, the complaint form, a goal in
// money in the policy document), written by Intl as each language writes
// it; the file carries it, the import preview names it, and a file's
// hostile value is no currency rather than a broken page.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generation, open, openExample, pickFile, saved, watchErrors, pinForTest } from './helpers.mjs';

test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

// The example's complaints gave 25 + 7.50 + 25 + 7.50 + 25 in compensation.
const PAID = 90;

/** Picks the currency on Home and waits for the save (in any language). */
async function setCurrency(page, code) {
  await open(page, '/');
  const before = await generation(page);
  await page.getByTestId('currency').selectOption(code);
  await expect.poll(() => generation(page), { message: 'the choice is saved' }).toBeGreaterThan(before);
}

async function language(page, code) {
  await page.locator('label.lang select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Intl's no-break spaces as plain ones. */
const plain = (s) => s.replace(/\u00a0|\u202f/g, ' ');

test('an amount carries the currency chosen once, as each language writes it', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  const select = page.getByTestId('currency');
  await expect(page.getByLabel('Currency')).toHaveAttribute('data-testid', 'currency');
  await expect(select).toHaveValue('');
  await expect(select.locator('option').first()).toHaveText('None (no symbol)');
  await expect(select.locator('option[value="EUR"]')).toHaveText(/^EUR · €1,234\.50$/);

  // Without a currency, amounts are plain numbers, as before.
  await open(page, '/listen');
  await expect(page.getByTestId('fig-compensation')).toHaveText('90.00');

  await setCurrency(page, 'EUR');
  await expect(select).toHaveValue('EUR');
  await open(page, '/listen');
  await expect(page.getByTestId('figures')).toContainText('Compensation given');
  await expect(page.getByTestId('fig-compensation')).toHaveText(`€${PAID}.00`);
  await open(page, '/listen/problems');
  await expect(page.getByTestId('problem-why').first()).toContainText(/€\d+\.\d\d paid in compensation/);
  await open(page, '/listen/new');
  await expect(page.getByText('Amount (EUR)')).toBeVisible();

  // A goal measured in money: the document writes its target in euros.
  await open(page, '/draft/goals');
  await saved(page, () => page.getByTestId('goal-unit').first().selectOption('Money'));
  await open(page, '/draft/document');
  await expect(page.getByTestId('doc-goals').locator('tbody tr').first()).toContainText('≤ €2.00');

  // Italian and Turkish, as their readers write money.
  await language(page, 'it');
  await expect(page.getByTestId('doc-goals').locator('tbody tr').first()).toContainText(/≤ 2,00\s€/);
  await open(page, '/listen');
  expect(plain(await page.getByTestId('fig-compensation').innerText())).toBe('90,00 €');
  await language(page, 'tr');
  await setCurrency(page, 'TRY');
  await open(page, '/listen');
  expect(plain(await page.getByTestId('fig-compensation').innerText())).toBe('₺90,00');
  await open(page, '/listen/problems');
  await expect(page.getByTestId('problem-why').first()).toContainText('₺');
  // The test's own init script (pinForTest's clock) is offered to the
  // document page's sandboxed preview too, which refuses it, as any script.
  expect(errors).toEqual([]);
});

test('the file carries the currency, the preview names it, a hostile value is none', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await setCurrency(page, 'CHF');
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file.workbook.currency.data).toBe('CHF');

  // Another copy chose euros later: the merge preview lists the setting.
  const theirs = structuredClone(file);
  theirs.workbook.currency = { updated: '2030-01-01T00:00:00Z', data: 'EUR' };
  await pickFile(page, 'theirs.json', JSON.stringify(theirs));
  const preview = page.getByTestId('preview');
  await expect(preview.getByTestId('preview-setting-currency').locator('th')).toHaveText('Currency');
  await saved(page, () => page.getByTestId('merge').click());
  await open(page, '/');
  await expect(page.getByTestId('currency')).toHaveValue('EUR');

  // A file whose currency is not a code: amounts show without one, and
  // nothing breaks.
  let year = 2031;
  for (const hostile of ['<img src=x onerror=alert(1)>', 'eur', 'EURO', '€', 'E\u202eR']) {
    const bad = structuredClone(file);
    bad.workbook.currency = { updated: `${year++}-01-01T00:00:00Z`, data: hostile };
    await open(page, '/share');
    await pickFile(page, 'bad.json', JSON.stringify(bad));
    await saved(page, () => page.getByTestId('merge').click());
    await open(page, '/listen');
    await expect(page.getByTestId('fig-compensation'), hostile).toHaveText('90.00');
    await open(page, '/');
    await expect(page.getByTestId('currency')).toHaveValue('');
  }
  expect(errors).toEqual([]);
});
