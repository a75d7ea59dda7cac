// Shared helpers for the end-to-end specs. They drive the app the way a user
// does (clicking labels and buttons) and read localStorage only to know when
// a save happened or to check what is stored.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export const MANIFEST_KEY = 'servicebook/v1/manifest';
export const PREFIX = 'servicebook/v1/';

/** The seven areas in the app's order, with their statement ids and English titles. */
export const AREAS = [
  { id: 'culture', title: 'Customer-focused culture', n: 4 },
  { id: 'products', title: 'Products and sales materials', n: 4 },
  { id: 'feedback', title: 'Responding to feedback', n: 3 },
  { id: 'knowledge', title: 'Knowing your customers', n: 3 },
  { id: 'contact', title: 'Ease of contact', n: 3 },
  { id: 'staff', title: 'Staff skills', n: 5 },
  { id: 'improvement', title: 'Improving products', n: 3 },
].map((a) => ({ ...a, statements: Array.from({ length: a.n }, (_, i) => `${a.id}.${i + 1}`) }));

export const STATEMENTS = AREAS.flatMap((a) => a.statements);

export const BANDS = {
  asset: 'Customer service is an asset',
  good: 'Good, but needs general improvement',
  losing: 'Likely losing customers',
};

/** Ratings for every statement: `base` everywhere, then the overrides. */
export function ratings(base, overrides = {}) {
  const out = Object.fromEntries(STATEMENTS.map((s) => [s, base]));
  return Object.assign(out, overrides);
}

/** All 4s except culture.4 = 3: culture 3.75, total 27.75 ("good"). */
export const RATINGS_27_75 = ratings(4, { 'culture.4': 3 });
/** All 4s: total 28 ("asset"). */
export const RATINGS_28 = ratings(4);
/** All 3s except knowledge.3 = 2: knowledge 2.67, total 20.67 ("losing"). */
export const RATINGS_20_67 = ratings(3, { 'knowledge.3': 2 });

/** The version-1 fixture file of the repository (Ferramenta Bianchi, total 25.33). */
export const FIXTURE_V1 = readFileSync(new URL('../fixtures/workbook-v1.json', import.meta.url), 'utf8');

/** Opens a route and waits for the app to render its main heading. */
export async function open(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** The stored manifest's generation (0 when nothing is saved). */
export async function generation(page) {
  return page.evaluate((key) => {
    try {
      return JSON.parse(localStorage.getItem(key) || 'null')?.generation ?? 0;
    } catch {
      return -1;
    }
  }, MANIFEST_KEY);
}

/**
 * Runs `action` (an edit) and waits for the debounced save it causes: the
 * stored manifest moves to a new generation and the footer says "Saved".
 */
export async function saved(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
}

/**
 * Waits until this page's footer says the workbook is saved (after an edit
 * made in this page: the footer first reads "Saving…").
 */
export async function waitSaved(page) {
  await expect(page.getByTestId('save-status')).not.toHaveText('Saving…');
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
}

/** Every localStorage key and value, sorted by key. */
export async function storageSnapshot(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

/** Clicks the label of rating `r` of statement `id` (the radio itself is visually hidden). */
export async function answer(page, id, r) {
  const fieldset = page.locator(`fieldset[data-statement="${id}"]`);
  await fieldset.locator('label.rate', { has: page.locator(`input[value="${r}"]`) }).click();
  await expect(fieldset.locator(`input[value="${r}"]`)).toBeChecked();
}

/** The "Start the self-test" button on /self-test. */
export async function startTest(page) {
  await open(page, '/self-test');
  await page.getByTestId('start-test').click();
  await expect(page.getByTestId('progress')).toHaveText('0 of 25 answered');
}

/**
 * Takes a whole self-test with the given ratings by clicking, area by area,
 * then "See my score". Ends on the results page; returns the result's id.
 */
export async function takeTest(page, given) {
  await startTest(page);
  let count = 0;
  for (const [i, area] of AREAS.entries()) {
    await expect(page.locator('#area-heading')).toContainText(`Area ${i + 1} of 7: ${area.title}`);
    await expect(page.locator('fieldset[data-statement]')).toHaveCount(area.n);
    for (const id of area.statements) {
      await answer(page, id, given[id]);
      count += 1;
      await expect(page.getByTestId('progress')).toHaveText(`${count} of 25 answered`);
    }
    if (i < AREAS.length - 1) {
      await page.getByRole('button', { name: 'Next area' }).click();
    }
  }
  const finish = page.getByTestId('finish-test');
  await expect(finish).toHaveText('See my score');
  await expect(finish).toBeEnabled();
  await finish.click();
  await expect(page).toHaveURL(/\/self-test\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('total')).toBeVisible();
  await waitSaved(page);
  return page.url().split('/').pop();
}

/**
 * The main navigation's link named `name`, ready to click: on a phone the
 * sections sit behind the header's menu button, which this opens first.
 */
export async function navLink(page, name) {
  const button = page.getByTestId('menu-button');
  if (await button.isVisible() && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.getByTestId('main-nav').getByRole('link', { name });
}

/**
 * Picks the interface language from the header, opening the phone's menu
 * first where the sections and the language sit behind it.
 */
export async function chooseLanguage(page, code) {
  const button = page.getByTestId('menu-button');
  if (await button.isVisible() && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('header label.lang select').selectOption(code);
}

/** Opens the example workbook from the first-visit card and waits for its save. */
export async function openExample(page) {
  await open(page, '/');
  await saved(page, () => page.getByTestId('first-visit').getByRole('button', { name: 'Open the example' }).click());
  await expect(page.getByTestId('example-note')).toBeVisible();
}

/** Sets the business name on the home page and waits for the save. */
export async function setBusinessName(page, name) {
  await open(page, '/');
  const input = page.getByLabel('Business name');
  await saved(page, async () => {
    await input.fill(name);
    await input.press('Tab'); // commits the change event
  });
  await expect(page.locator('main h1')).toHaveText(name);
}

/** Picks a file through the import input on /share (the page must be open). */
export async function pickFile(page, name, text, mimeType = 'application/json') {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
}

/** Drops a file with the given text on the page, as a user dragging it from the desktop. */
export async function dropFile(page, name, text, selector = '.app') {
  const dataTransfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'application/json' }));
      return dt;
    },
    [name, text],
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Today's date in the page's local time, as the export file names it. */
export async function todayIso(page) {
  return page.evaluate(() => {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });
}

/** Collects uncaught page errors and console errors, to assert none happened. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of violations. */
export async function expectNoViolations(page, label) {
  // Let CSS transitions settle so colours are final.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
  }));
  if (report.length) console.log(`\naxe violations on ${label}:\n${JSON.stringify(report, null, 2)}`);
  expect(report, `axe violations on ${label}`).toEqual([]);
}

/** The day the date-dependent specs pin as today unless a test names another. */
export const DEFAULT_DAY = '2026-11-18';

/**
 * The days the key date-dependent tests also run on: the 1st and the 9th of
 * a month (typed with a leading zero), the last day of the year, and 29
 * February of a leap year.
 */
export const PINNED_DAYS = ['2027-03-01', '2026-10-09', '2026-12-31', '2028-02-29'];

let pinnedMs = null;

/**
 * Pins the page's clock to `iso` (YYYY-MM-DD) at noon UTC (the same calendar
 * day in every time zone from UTC−11 to UTC+11), so a spec does not depend on
 * the day it runs. Call before the first navigation. The clock then runs on
 * from there (Playwright's `clock.install`): timers, the app's 400 ms save
 * debounce among them, fire as usual; a reload starts again from the pin.
 */
export async function pinToday(page, iso) {
  pinnedMs = Date.parse(`${iso}T12:00:00Z`);
  await page.clock.install({ time: pinnedMs });
}

/** The moment the clock was last pinned at (ms since the epoch): no page time is earlier. */
export const pinnedAt = () => pinnedMs;

/** The page's clock now (ms since the epoch); the page must have been opened. */
export const pageNow = (page) => page.evaluate(() => Date.now());

/**
 * A test's title, then the same title run on each of PINNED_DAYS: loop over
 * them with `for (const title of onDays('…')) test(title, …)`, and pin with
 * `pinForTest` in a `beforeEach`.
 */
export const onDays = (title) => [title, ...PINNED_DAYS.map((d) => `${title} (today ${d})`)];

/**
 * Pins today for a test: the day its title names ("… (today 2028-02-29)"), or
 * `fallback`. Every test of a spec that calls this runs under Playwright's
 * clock: the app keeps its save timer's handle whole (Playwright numbers
 * timers from 10^12, past an i32) and a save that changes nothing writes
 * nothing, so a cancelled save no longer shows as a late manifest write.
 */
export async function pinForTest(page, testInfo, fallback = DEFAULT_DAY) {
  const m = testInfo.title.match(/\(today (\d{4}-\d{2}-\d{2})\)$/);
  await pinToday(page, m ? m[1] : fallback);
}

/**
 * Types `iso` (YYYY-MM-DD) into a focused-by-this-call `<input type="date">`
 * digit by digit, as a user does: in Chromium each part takes two digits (four
 * for the year) and moves on to the next. `order` is the order of the parts
 * the browser shows, 'MDY' (English: MM/DD/YYYY) or 'DMY'.
 */
export async function typeDate(locator, iso, order = 'MDY') {
  const [y, m, d] = iso.split('-');
  await locator.focus();
  await locator.pressSequentially(order === 'MDY' ? `${m}${d}${y}` : `${d}${m}${y}`);
}

/** Opens the procedure library (/run) and waits for its heading and templates. */
export async function gotoLibrary(page) {
  await open(page, '/run');
  await expect(page.locator('main h1')).toHaveText('Standard operating procedures');
  await expect(page.getByTestId('starters')).toBeVisible();
}

/** Types into a text field and commits it with Tab (fields that save on `change`), waiting for the save. */
export async function typeCommitted(page, locator, value) {
  await saved(page, async () => {
    await locator.fill(value);
    await locator.press('Tab');
  });
  await expect(locator).toHaveValue(value);
}
