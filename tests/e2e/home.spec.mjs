// The home page: where the user stands in each part of the plan.
import { test, expect } from '@playwright/test';
import { open, openExample, takeTest, RATINGS_28, onDays, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.mjs): DEFAULT_DAY, or the day a test's title names;
// the tests most bound to the calendar run on PINNED_DAYS too (onDays).
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

test('an empty workbook: nothing logged, no top three, no vision, no goals', async ({ page }) => {
  await open(page, '/');
  const listen = page.getByTestId('listen-status');
  await expect(listen.locator('dt')).toHaveText(['Complaints in the log', 'Follow-ups overdue']);
  await expect(listen.locator('dd')).toHaveText(['0', '0']);
  await expect(listen).toContainText('Not chosen yet: draw them from what customers, staff and suppliers tell you.');
  const draft = page.getByTestId('draft-status');
  await expect(draft).toContainText('No vision chosen yet.');
  await expect(draft.locator('dd')).toHaveText(['0 / 0', '0 / 7']);
  await draft.getByRole('link', { name: 'Policy' }).click();
  await expect(page.locator('main h1')).toHaveText('The policy');
});

for (const title of onDays('the example workbook: counts, the top three, the vision, goals met and points adopted')) test(title, async ({ page }) => {
  await openExample(page);
  await open(page, '/');
  const listen = page.getByTestId('listen-status');
  await expect(listen.locator('dd').first()).toHaveText('8');
  await expect(page.getByTestId('home-top-three').locator('li')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
  ]);
  const draft = page.getByTestId('draft-status');
  await expect(page.getByTestId('home-vision')).toHaveText('Advise honestly, deliver on time, solve it today.');
  // Goals: the answer time (1.6 of 2 minutes), satisfied (80 of 80%) and
  // bought again (66.7 of 60%) are met; returns (2.1 of 2%) and the shop's
  // own (72 of 90%) are not.
  await expect(draft.locator('dd')).toHaveText(['3 / 5', '1 / 7']);
  await listen.getByRole('link', { name: 'Top problems' }).click();
  await expect(page.locator('main h1')).toHaveText('Top three problems');
});

test('Home\'s overdue follow-ups figure opens the log filtered to them, and Back returns (issue 17)', async ({ page }) => {
  await openExample(page);
  await open(page, '/');
  const link = page.getByTestId('home-overdue');
  await expect(link).toHaveText('2');
  await expect(link).toHaveAccessibleName('Follow-ups overdue: 2');
  await link.click();
  await expect(page).toHaveURL(/\/listen\?follow_up=overdue$/);
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await expect(page.getByTestId('complaint-row')).toHaveCount(2);
  await expect(page.getByTestId('filter-due')).toHaveValue('overdue');
  await page.goBack();
  await expect(page.getByTestId('home-overdue')).toHaveText('2');
});

test('a finished self-test and an Italian home page', async ({ page }) => {
  await takeTest(page, RATINGS_28);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.getByTestId('listen-status').getByRole('heading', { level: 2 })).toHaveText('Ascolto');
  await expect(page.getByTestId('draft-status').locator('dt')).toHaveText(['Obiettivi di servizio raggiunti', 'Punti della politica adottati']);
  await expect(page.getByTestId('draft-status')).toContainText('Nessuna visione scelta.');
});
