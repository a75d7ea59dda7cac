// User text is bidi-isolated wherever it is shown: a name with a
// right-to-left override ("Shop \u202Egnp.exe" reads "Shop exe.png") must not
// turn the text around it. Spliced into a sentence (notices, the import
// preview) the value sits between U+2068 FIRST STRONG ISOLATE and U+2069 POP
// DIRECTIONAL ISOLATE; shown as an element's content, the element is isolated
// (computed unicode-bidi: isolate, or a <bdi>). Files keep the text as typed.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { FIXTURE_V1, open, openExample, pickFile, saved, setBusinessName } from './helpers.mjs';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
const HOSTILE = `Shop ${RLO}gnp.exe`;
const isolated = (s) => `${FSI}${s}${PDI}`;

/** The computed unicode-bidi of the element. */
const bidiOf = (locator) => locator.evaluate((el) => getComputedStyle(el).unicodeBidi);

test('a refused file whose name holds an override is named isolated in the notice', async ({ page }) => {
  await open(page, '/share');
  const name = `invoice${RLO}nosj.exe`;
  await pickFile(page, name, 'this is not JSON');
  const notice = page.getByTestId('notice').locator('p');
  await expect(notice).toContainText('was not imported');
  const text = await notice.textContent();
  expect(text.startsWith(`“${isolated(name)}” was not imported:`), JSON.stringify(text)).toBe(true);
});

test('the import preview isolates the file name and the business name', async ({ page }) => {
  await open(page, '/share');
  const file = FIXTURE_V1.replaceAll('Ferramenta Bianchi', HOSTILE);
  expect(file).toContain(HOSTILE);
  const name = `backup${RLO}nosj.json`;
  await pickFile(page, name, file);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText(`Before you import “${isolated(name)}”`);
  await expect(preview).toContainText(`Business: ${isolated(HOSTILE)}`);
});

test('the business name is isolated on screen and exported as typed', async ({ page }) => {
  await openExample(page);
  await setBusinessName(page, HOSTILE);
  const heading = page.locator('main h1');
  await expect(heading).toHaveText(HOSTILE);
  expect(await bidiOf(heading)).toBe('isolate');

  // The export holds the name as typed: no isolate marks in data.
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text).workbook.profile.data.business_name).toBe(HOSTILE);
  expect(text).not.toContain(FSI);
  expect(text).not.toContain(PDI);
});

test('a customer name with an override is isolated in the log and the erase panel, and the CSV keeps it raw', async ({ page }) => {
  await openExample(page);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Listen' }).click();
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await page.getByTestId('new-complaint').click();
  await page.getByTestId('category').fill('Delivery');
  await page.getByTestId('category').press('Tab');
  await page.getByTestId('nature').fill(`Parcel ${RLO}nepo`);
  await page.getByTestId('customer-name').fill(HOSTILE);
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);

  const row = page.getByTestId('complaint-row').filter({ hasText: HOSTILE });
  await expect(row).toHaveCount(1);
  const cell = row.locator('td').filter({ hasText: HOSTILE });
  await expect(cell).toHaveText(HOSTILE);
  expect(await bidiOf(cell)).toBe('isolate');

  // The CSV holds the name as typed.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const text = await readFile(await csv.path(), 'utf8');
  expect(text).toContain(HOSTILE);
  expect(text).not.toContain(FSI);

  // The erase panel lists the records naming the customer; each label is a
  // <bdi>, so the override cannot run into the text after it.
  await row.getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Complaint');
  await page.getByTestId('erase').click();
  const labels = page.getByTestId('erase-label');
  await expect(labels.first()).toBeVisible();
  for (const label of await labels.all()) {
    expect(await label.evaluate((el) => el.tagName)).toBe('BDI');
    expect(await bidiOf(label)).toBe('isolate');
  }
});
