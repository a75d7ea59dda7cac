// The home page: where the user stands in each part of the plan.
import { test, expect } from '@playwright/test';
import { open, openExample, takeTest, ratings, RATINGS_28, onDays, pinForTest } from './helpers.mjs';

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

// ---- Next steps (issue 17): Home always says what to do next -----------

const LOW_STAFF = ratings(4, {
  'staff.1': 1, 'staff.2': 1, 'staff.3': 1, 'staff.4': 1, 'staff.5': 1,
  'contact.1': 2, 'contact.2': 2, 'contact.3': 2,
});

test('a first visit: the welcome card offers the self-test, the next steps the rest of the plan', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  const steps = page.getByTestId('next-steps');
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText('Next steps');
  await expect(steps.locator('li')).toHaveText([
    'Log your complaints, starting with the last one you remember',
    'Write your service vision in the workshop',
    'Write and adopt your seven policy points (0 of 7 adopted)',
  ]);
  await steps.getByRole('link', { name: 'Write your service vision in the workshop' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.locator('main h1')).toHaveText('Vision statement');
});

test('after the self-test, Home leads to the policy points of the two weakest areas, and the link lands on the point', async ({ page }) => {
  await takeTest(page, LOW_STAFF);
  // The results name the two weakest areas with links to their points.
  const next = page.getByTestId('results-next');
  await expect(next.getByRole('heading', { level: 2 })).toHaveText('What to work on');
  await expect(next.getByTestId('results-next-area')).toHaveText([
    'Staff skills (1): see Supervising employees',
    'Ease of contact (2): see Speed, Communication and Follow-up',
  ]);
  await open(page, '/');
  const steps = page.getByTestId('next-steps').locator('li');
  await expect(steps).toHaveText([
    'Your self-test is low on Staff skills (1 out of 5): work on Supervising employees',
    'Your self-test is low on Ease of contact (2 out of 5): work on Speed, Communication and Follow-up',
    'Log your complaints, starting with the last one you remember',
    'Write your service vision in the workshop',
  ]);
  await expect(page.getByTestId('step-take-self-test')).toHaveCount(0);
  // A point far down the page: the link opens the policy page on it, with
  // the keyboard's focus on its heading.
  await steps.nth(1).getByRole('link', { name: 'Follow-up' }).click();
  await expect(page).toHaveURL(/\/draft\/policy#point-followup$/);
  const heading = page.locator('#point-followup');
  await expect(heading).toHaveText('Follow-up');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // The policy page's own weak-areas card links to its points the same way.
  await page.getByTestId('weak-areas').getByRole('link', { name: 'Supervising employees' }).click();
  await expect(page).toHaveURL(/#point-supervision$/);
  await expect(page.locator('#point-supervision')).toBeFocused();
  await expect(page.locator('#point-supervision')).toBeInViewport();
  // Back twice: Home again, with its steps.
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('next-steps').locator('li').first()).toContainText('Staff skills');
});

test('the next steps in Italian and Turkish', async ({ page }) => {
  await takeTest(page, LOW_STAFF);
  await open(page, '/');
  const lang = page.getByLabel('Language');
  await lang.selectOption('it');
  const steps = page.getByTestId('next-steps');
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText('Prossimi passi');
  await expect(steps.locator('li').first()).toHaveText(/^Nell'autovalutazione hai un punteggio basso in «.+» \(1 su 5\): lavora su Supervisione dei dipendenti$/);
  await expect(steps.locator('li').nth(1)).toHaveText(/: lavora su Velocità, Comunicazione e Ricontatto e assistenza post-vendita$/);
  await expect(steps.locator('li').nth(2)).toHaveText("Registra i reclami, partendo dall'ultimo che ricordi");
  await page.getByLabel('Lingua').selectOption('tr');
  await expect(steps.getByRole('heading', { level: 2 })).toHaveText('Sıradaki adımlar');
  await expect(steps.locator('li').first()).toHaveText(/^Öz değerlendirmede zayıf kalan alan: .+ \(5 üzerinden 1\)\. Şu maddeler üzerinde çalışın: Çalışanların denetimi$/);
  await expect(steps.locator('li').nth(1)).toHaveText(/Hız, İletişim ve Takip$/);
});

test('what is late comes first: overdue follow-ups lead to the log filtered to them', async ({ page }) => {
  await openExample(page);
  await open(page, '/');
  const first = page.getByTestId('next-steps').locator('li').first();
  await expect(first).toHaveText('Call back the 2 customers whose follow-up is overdue');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/listen\?follow_up=overdue$/);
  await expect(page.getByTestId('complaint-row')).toHaveCount(2);
  await page.goBack();
  await expect(page.getByTestId('next-steps').locator('li').first()).toHaveText('Call back the 2 customers whose follow-up is overdue');
});
