// Issue 16, "one way to format": every date, number and share the app
// shows goes through one formatter (the browser's Intl, in the chosen
// language), the printed policy document and its Markdown export included.
//
// - A date that has no time of day (a survey's date, a review, a training,
//   a complaint's promised date, the day staff feedback was given) shows
//   the calendar day it is, in every time zone: it was shown a day late
//   east of UTC+12 (it was formatted from noon UTC in local time), and is
//   checked here at the date line's east (Pacific/Kiritimati, UTC+14), its
//   west (Pacific/Pago_Pago, UTC−11) and in London.
// - English dates have one style on the pages and in the document
//   ("20 August 2026" for this en-GB browser), where pages said
//   "20 Aug 2026" and the document "20 August 2026".
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open, pinToday, saved, todayIso, watchErrors } from './helpers.mjs';
import { fmtDate } from './dates.mjs';

const SURVEY_DAY = '2026-08-20';
const REVIEW_DAY = '2026-11-10';
const NEXT_REVIEW = '2027-05-10';
const TRAINING_DAY = '2026-12-03';
const PROMISED_DAY = '2026-12-05';

/** The document's Markdown, downloaded from the document page. */
async function markdown(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  return readFile(await download.path(), 'utf8');
}

for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
  test.describe(`date-only values (${timezoneId})`, () => {
    test.use({ timezoneId });

    test('a date typed as a day shows that day on every page, in the printed complaint, the document and its Markdown', async ({ page }) => {
      test.setTimeout(120_000);
      const errors = watchErrors(page);
      // Noon UTC: already 19 November at the date line's east, still 18 November at its west.
      await pinToday(page, '2026-11-18');
      await open(page, '/listen/surveys');
      const today = await todayIso(page);
      expect(today).toBe(timezoneId === 'Pacific/Kiritimati' ? '2026-11-19' : '2026-11-18');

      // A survey's date, on its card.
      await page.getByTestId('new-survey').click();
      await expect(page.locator('main h1')).toHaveText('New survey or focus group');
      await page.getByLabel('Date').fill(SURVEY_DAY);
      await page.getByTestId('survey-title').fill('Delivery survey');
      await page.getByTestId('survey-learned').fill('Customers want a delivery window.');
      await saved(page, () => page.getByTestId('save-survey').click());
      await expect(page).toHaveURL(/\/listen\/surveys$/);
      const card = page.getByTestId('survey-card').filter({ hasText: 'Delivery survey' });
      await expect(card.locator('p.muted')).toHaveText('20 August 2026 · Survey · Customers');

      // A complaint's promised date, on its printed page.
      await open(page, '/listen/new');
      await expect(page.locator('main h1')).toHaveText('New complaint');
      await page.getByTestId('nature').fill('The drill arrived without its case.');
      await page.getByLabel('If not, promised for').fill(PROMISED_DAY);
      await saved(page, () => page.getByTestId('save-complaint').click());
      await expect(page).toHaveURL(/\/listen$/);
      await page.getByTestId('complaint-row').first().getByRole('link').click();
      await expect(page.locator('main h1')).toHaveText('Complaint');
      await page.emulateMedia({ media: 'print' });
      const printed = page.locator('.complaint-print');
      await expect(printed).toBeVisible();
      await expect(printed.locator('dt', { hasText: 'If not, promised for' }).locator('+ dd')).toHaveText('5 December 2026');
      await page.emulateMedia({ media: 'screen' });

      // Staff feedback is dated the local day it was given.
      await open(page, '/draft/policy');
      const speed = page.locator('article.policy-point').first();
      const details = speed.locator('details.feedback');
      if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
      await speed.getByTestId('feedback-by').fill('Marco');
      await speed.getByTestId('feedback-text').fill('Two rings is fine.');
      await saved(page, () => speed.getByTestId('add-feedback').click());
      await expect(speed.getByTestId('feedback-list').locator('li').first()).toContainText(`Marco · ${fmtDate(today)}`);

      // A training and a review, on the plan pages.
      await open(page, '/draft/staff');
      await page.getByTestId('training-kind').selectOption({ label: 'Workshop' });
      await page.getByTestId('training-date').fill(TRAINING_DAY);
      await page.getByTestId('training-topic').fill('Resolving complaints');
      await saved(page, () => page.getByTestId('add-training').click());
      const training = page.getByTestId('training-item').filter({ has: page.locator(`[data-testid="training-item-topic"]`) });
      await expect(training.locator('h3')).toHaveText('Workshop · 3 December 2026');

      await open(page, '/draft/plan');
      await page.getByTestId('review-on').fill(REVIEW_DAY);
      await page.getByTestId('review-next').fill(NEXT_REVIEW);
      await page.getByTestId('review-changed').fill('Saturday hours');
      await saved(page, () => page.getByTestId('add-review').click());
      const review = page.getByTestId('review').first();
      await expect(review.locator('strong')).toHaveText('10 November 2026');
      await expect(review.locator('span.muted')).toHaveText('next: 10 May 2027');
      await expect(page.getByTestId('review-status')).toHaveText('Last reviewed on 10 November 2026; next review on 10 May 2027.');

      // The document says the same days in the same style as the pages.
      await open(page, '/draft/document');
      const doc = page.getByTestId('policy-document');
      await expect(doc.locator('.doc-meta')).toHaveText([
        `Prepared on ${fmtDate(today)}`,
        'Last reviewed on 10 November 2026; next review on 10 May 2027',
      ]);
      const trainingRow = page.getByTestId('doc-training').locator('tbody tr').first();
      await expect(trainingRow.locator('td').first()).toHaveText('3 December 2026');

      // The Markdown is the printed document: the same words for the same days.
      const md = await markdown(page);
      expect(md).toContain(`Prepared on ${fmtDate(today)}  \n`);
      expect(md).toContain('Last reviewed on 10 November 2026; next review on 10 May 2027  \n');
      expect(md).toContain('| 3 December 2026 | Workshop | Resolving complaints |');

      // And the trash names the survey by the same day.
      await open(page, '/listen/surveys');
      await card.getByRole('link', { name: 'Delivery survey' }).click();
      await saved(page, () => page.getByTestId('delete-survey').click());
      await open(page, '/share');
      await expect(page.getByTestId('trash')).toContainText('Surveys and focus groups — 20 August 2026 — Delivery survey');
      expect(errors).toEqual([]);
    });
  });
}

test('a goal in percent reads the same on the goals page, in the document and in its Markdown, in each language', async ({ page }) => {
  // A goal's percent is typed 0 to 100; the formatter takes a share (0 to 1):
  // 2.5 must read 2.5%, never 250% or 0.025%.
  const errors = watchErrors(page);
  await pinToday(page, '2026-11-18');
  await open(page, '/draft/goals');
  await saved(page, () => page.getByTestId('add-seed-goals').click());
  const returns = page.getByTestId('goal').filter({ has: page.getByRole('heading', { level: 2, name: 'Products returned', exact: true }) });
  await saved(page, async () => {
    await returns.getByTestId('goal-target').fill('2.5');
    await returns.getByTestId('goal-target').press('Tab');
  });
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 2.5%');

  await open(page, '/draft/document');
  const row = page.getByTestId('doc-goals').locator('tbody tr').filter({ hasText: 'Products returned' });
  for (const [lang, name, target] of [['en', 'Products returned', '≤ 2.5%'], ['it', 'Prodotti resi', '≤ 2,5%'], ['tr', 'İade edilen ürünler', '≤ %2,5']]) {
    await page.getByTestId('doc-lang').selectOption(lang);
    const r = page.getByTestId('doc-goals').locator('tbody tr').filter({ hasText: name });
    await expect(r.locator('td').nth(1)).toHaveText(target);
    expect(await markdown(page)).toContain(`| ${name} | ${target} |`);
  }
  await page.getByTestId('doc-lang').selectOption('en');
  await expect(row.locator('td').nth(1)).toHaveText('≤ 2.5%');
  expect(errors).toEqual([]);
});

test('a list of things that all hold reads as the language writes one: "a, b and c" in English, "a, b e c" in Italian', async ({ page }) => {
  // The reasons a record is listed for erasure, by the browser's Intl.ListFormat.
  const errors = watchErrors(page);
  for (const nature of ['The drill arrived without its case.', 'The saw arrived blunt.']) {
    await open(page, '/listen/new');
    await expect(page.locator('main h1')).toHaveText('New complaint');
    await page.getByTestId('nature').fill(nature);
    await page.getByTestId('customer-name').fill('Maria Rossi');
    await page.getByRole('textbox', { name: 'Phone', exact: true }).fill('+39 333 123 4567');
    await page.getByTestId('customer-email').fill('maria@example.com');
    await saved(page, () => page.getByTestId('save-complaint').click());
    await expect(page).toHaveURL(/\/listen$/);
  }
  for (const [lang, reasons] of [
    ['en', '(same name, same phone and same e-mail)'],
    ['it', '(stesso nome, stesso numero di telefono e stessa e-mail)'],
  ]) {
    await open(page, '/listen');
    if (lang !== 'en') {
      await page.getByLabel('Language').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    }
    await page.getByTestId('complaint-row').first().getByRole('link').click();
    await expect(page).toHaveURL(/\/listen\/[0-9a-f-]{36}$/);
    await page.getByTestId('erase').click();
    const matches = page.getByTestId('erase-match');
    await expect(matches).toHaveCount(2);
    await expect(matches.nth(1)).toContainText(reasons);
  }
  expect(errors).toEqual([]);
});
