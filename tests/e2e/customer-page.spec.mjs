// The page for customers (issue 17): from the Plan tab's texts for
// customers, the support hours (once entered) and channels, one standalone
// HTML page in the document's language, downloaded from the Document tab.
// The downloaded file is checked as a browser reads it: opened from disk in
// Chromium with JavaScript off (headings, landmarks, lang, the texts as
// typed, no script, nothing fetched), and by axe in light and dark, on a
// desk and a phone.
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { expectNoViolations, open, openExample, saved, setBusinessName, watchErrors, pinForTest } from './helpers.mjs';
import { fmtDate, isoDay } from './dates.mjs';

test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const HOSTILE = `<script>alert("x")</script> & 'quotes' "double" \u202Egnol\u202C ${'long'.repeat(60)}`;
const TERMS = {
  returns: HOSTILE,
  shipping: 'Free delivery in town over 50 euro.',
  payment: 'Cash, cards and bank transfer.',
  guarantees: 'Two years on every power tool.',
  complain: 'Tell us at the counter or write to us: we answer within two working days.',
  contact: 'Via Roma 1\n40100 Bologna',
};
const HEADINGS = {
  en: ['Returns and exchanges', 'Shipping and delivery', 'Payment', 'Guarantees', 'How to make a complaint', 'Help and support', 'Contact'],
  it: ['Resi e cambi', 'Spedizioni e consegne', 'Pagamenti', 'Garanzie', 'Come fare un reclamo', 'Assistenza', 'Contatti'],
  tr: ['İade ve değişim', 'Kargo ve teslimat', 'Ödeme', 'Garanti', 'Şikâyetinizi nasıl iletebilirsiniz', 'Yardım ve destek', 'İletişim'],
};
const NAME = 'Bottega "Rossi" & <Figli>';

/** Writes the texts for customers on the Plan tab. */
async function writeTerms(page, terms) {
  await open(page, '/draft/plan');
  for (const [field, text] of Object.entries(terms)) {
    await saved(page, () => page.getByTestId(`terms-${field}`).fill(text));
  }
}

/** Downloads the page for customers and keeps it as an .html file. */
async function downloadPage(page, testInfo) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-customer-page').click(),
  ]);
  const name = download.suggestedFilename();
  const path = join(testInfo.outputDir, name);
  await download.saveAs(path);
  return { name, path, html: await readFile(path, 'utf8') };
}

/** Opens a downloaded file in a new context, as a browser reads it from disk. */
async function openFile(browser, path, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${path}`);
  return { context, page, requests };
}

test('a new workbook has nothing to tell customers yet, and says where to write it', async ({ page }) => {
  await open(page, '/draft/document');
  const card = page.getByTestId('customer-page');
  await expect(card.locator('h2')).toHaveText('Page for customers');
  await expect(page.getByTestId('customer-page-empty')).toContainText('Nothing for customers yet');
  await expect(page.getByTestId('download-customer-page')).toHaveCount(0);
  await card.getByRole('link', { name: 'Write the texts for customers' }).click();
  await expect(page).toHaveURL(/\/draft\/plan/);
  await saved(page, () => page.getByTestId('terms-payment').fill('Cash only.'));
  await open(page, '/draft/document');
  await expect(page.getByTestId('download-customer-page')).toHaveText('Page for customers (HTML)');
});

test('the downloaded page holds what was written for customers, read with JavaScript off', async ({ page, browser }, testInfo) => {
  const errors = watchErrors(page);
  await openExample(page);
  await setBusinessName(page, NAME);
  await writeTerms(page, TERMS);
  await open(page, '/draft/document');

  const file = await downloadPage(page, testInfo);
  expect(file.name).toBe('bottega-rossi-figli-customer-policy-en.html');
  expect(file.html.startsWith('<!doctype html>')).toBe(true);
  expect(file.html.toLowerCase()).not.toContain('<script');

  const { context, page: read, requests } = await openFile(browser, file.path, { javaScriptEnabled: false });
  await expect(read.locator('html')).toHaveAttribute('lang', 'en');
  await expect(read).toHaveTitle(`Customer service · ${NAME}`);
  await expect(read.getByRole('banner')).toHaveCount(1);
  await expect(read.getByRole('main')).toHaveCount(1);
  await expect(read.getByRole('contentinfo')).toHaveCount(1);
  await expect(read.getByRole('heading', { level: 1 })).toHaveText(NAME);
  await expect(read.getByRole('heading', { level: 2 })).toHaveText(HEADINGS.en);
  await expect(read.getByRole('region', { name: 'Returns and exchanges' })).toBeVisible();
  // Typed text is text: the hostile line reads as typed and runs nothing.
  await expect(read.locator('#returns + p')).toHaveText(HOSTILE);
  await expect(read.locator('script')).toHaveCount(0);
  await expect(read.locator('#shipping + p')).toHaveText(TERMS.shipping);
  await expect(read.locator('address')).toHaveText('Via Roma 1\n40100 Bologna', { useInnerText: true });
  // The example's hours (entered) and channels, with links to write and call.
  const hours = read.getByRole('region', { name: 'Help and support' });
  await expect(hours.getByRole('heading', { level: 3 })).toHaveText(['When we answer', 'How to reach us', 'How to get help', 'Answers you can find yourself']);
  await expect(hours.locator('tr', { hasText: 'Saturday' })).toHaveText(/Saturday\s*09:00–13:00/);
  await expect(hours.locator('tr', { hasText: 'Sunday' })).toHaveText(/Sunday\s*Closed/);
  await expect(hours.getByRole('link', { name: '+39 051 010 0000' })).toHaveAttribute('href', 'tel:+390510100000');
  await expect(hours.getByRole('link', { name: 'help@example.invalid' })).toHaveAttribute('href', 'mailto:help@example.invalid');
  await expect(read.getByRole('contentinfo')).toHaveText(`Last updated: ${fmtDate(await isoDay(page))}`);
  // Nothing of the staff's: the example's policy points, guidelines, goals.
  const body = await read.locator('body').innerText();
  for (const internal of ['refund up to 100', 'Advise honestly', 'Understand the problem', 'Service goals']) {
    expect(body).not.toContain(internal);
  }
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await context.close();

  // axe on the file (it has no script: JavaScript on only lets axe run), light and dark, desk and phone.
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const { context: c, page: p } = await openFile(browser, file.path, { colorScheme, viewport: { width, height: 800 } });
      await expectNoViolations(p, `customer page, ${colorScheme}, ${width} px`);
      expect(await p.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(width);
      await c.close();
    }
  }
  // The test's own init script (pinForTest's clock) is offered to every
  // frame; the preview's sandbox refuses it, as it would any script.
  expect(errors).toEqual([]);
});

test('the page is in the document language, its dates and days written in it', async ({ page, browser }, testInfo) => {
  await openExample(page);
  await writeTerms(page, TERMS);
  await open(page, '/draft/document');
  const today = await isoDay(page);
  for (const [lang, saturday, updated] of [
    ['it', 'sabato', 'Ultimo aggiornamento'],
    ['tr', 'Cumartesi', 'Son güncelleme'],
  ]) {
    await page.getByTestId('doc-lang').selectOption(lang);
    const file = await downloadPage(page, testInfo);
    expect(file.name).toBe(`corner-hardware-example-customer-policy-${lang}.html`);
    // JavaScript on (the page has none; it is read with it off above):
    // reading a second script-less context's texts trips an internal
    // assertion of Playwright.
    const { context, page: read } = await openFile(browser, file.path);
    await expect(read.locator('html')).toHaveAttribute('lang', lang);
    // Read as strings: Playwright's text matchers trip over the Turkish İ.
    const texts = async (locator) => (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(await texts(read.locator('h2'))).toEqual(HEADINGS[lang]);
    const cells = await texts(read.locator('tbody th, tbody td'));
    expect(cells[cells.indexOf(saturday) + 1], saturday).toBe('09:00–13:00');
    expect(await texts(read.locator('footer'))).toEqual([`${updated}: ${fmtDate(today, lang)}`]);
    await context.close();
  }
});
