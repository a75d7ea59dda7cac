// Draft (seed 001 part 2, steps 6 and 7): the vision workshop and the service
// goals. The empty state, the five-step workshop worked from the keyboard and
// saved as it is typed, the verbs picked from the summary and used in the
// statement, several drafts (choosing one, comparing two), the trash and its
// Undo, the goals (the four suggested, targets and standings, values computed
// from the complaint log and the monthly figures, one's own goals), the
// example workbook, Italian, axe in light and dark, and a phone's width.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect } from '@playwright/test';
import { expectNoViolations, generation, open, openExample, saved, waitSaved, watchErrors, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const EXAMPLE_VISION = 'Quality, service, cleanliness, value.';
const NO_VISION = 'No vision chosen yet.';
const STEP_TITLES = ['Imagine your success', "The customer's reasons", 'Steps you took', 'Key elements', 'Vision statement'];
const SEED_GOALS = [
  'Every call answered within',
  'Products returned',
  'Complaining customers satisfied with the handling',
  'Complaining customers who buy again',
];
const BASIS_NONE = 'no data in the workbook: enter the actual value';

const rows = (page) => page.getByTestId('draft-row');
const row = (page, text) => rows(page).filter({ hasText: text });
const stepList = (page) => page.getByRole('list', { name: 'The five steps' });
const stepLink = (page, n) => stepList(page).getByRole('link', { name: `${n} ${STEP_TITLES[n - 1]}` });
const goals = (page) => page.getByTestId('goal');
/** The goal card whose heading is exactly `title`. */
const goal = (page, title) => goals(page).filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
/** The cells of a table row, as text. */
const cellsOf = (r) => r.locator('th, td').allInnerTexts();

/** Today's date as the drafts table shows it ("24 November 2026", the one style of dates). */
async function today(page) {
  return page.evaluate(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
}

/** A month as the app names it ("October 2026"), `back` months before the current one. */
async function monthName(page, back) {
  return page.evaluate((b) => {
    const d = new Date();
    const at = Date.UTC(d.getFullYear(), d.getMonth() - b, 1, 12);
    return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(at);
  }, back);
}

/** The local date-time `months` months ago (on a day that exists), as a datetime-local value. */
async function monthsAgo(page, months) {
  return page.evaluate((m) => {
    const d = new Date();
    d.setDate(1);
    d.setMonth(d.getMonth() - m);
    d.setDate(Math.min(new Date().getDate(), 28));
    d.setHours(10, 0, 0, 0);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, months);
}

/** Waits until the workshop shows step `n` (its heading and the current step button). */
async function onStep(page, n) {
  await expect(page).toHaveURL(new RegExp(`/draft/vision/[0-9a-f-]{36}\\?step=${n}$`));
  await expect(page.getByTestId('step-title')).toHaveText(`${n}. ${STEP_TITLES[n - 1]}`);
  await expect(stepList(page).locator('[aria-current="step"]')).toHaveText(`${n} ${STEP_TITLES[n - 1]}`);
}

/** From /draft: "Start a new draft"; ends on step 1 of the new draft, saved; returns its id. */
async function startDraft(page) {
  await open(page, '/draft');
  await saved(page, () => page.getByTestId('new-draft').click());
  await onStep(page, 1);
  return new URL(page.url()).pathname.split('/').pop();
}

/**
 * Works a new draft through the five steps with the buttons, filling what is
 * given (lists as arrays), picking the given words of the summary and writing
 * the statement; waits for the save. Ends on step 5; returns the draft's id.
 */
async function makeDraft(page, d) {
  const id = await startDraft(page);
  for (const [i, s] of (d.successes ?? []).entries()) await page.getByTestId('success-point').nth(i).fill(s);
  for (const [n, text] of [[2, d.reasons?.join('\n')], [3, d.steps?.join('\n')], [4, d.summary]]) {
    await page.getByTestId('next-step').click();
    await onStep(page, n);
    if (text !== undefined) await page.getByTestId('step-text').fill(text);
  }
  await page.getByTestId('next-step').click();
  await onStep(page, 5);
  for (const v of d.verbs ?? []) {
    const chip = page.getByTestId('word-chips').getByRole('button', { name: v, exact: true });
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
  }
  if (d.statement !== undefined) await page.getByTestId('statement').fill(d.statement);
  await expect.poll(() => generation(page)).toBeGreaterThan(0);
  await waitSaved(page);
  return id;
}

/** On /draft/goals: "Add the four suggested goals", saved. */
async function addSeedGoals(page) {
  await saved(page, () => page.getByTestId('add-seed-goals').click());
  await expect(goals(page)).toHaveCount(4);
}

/** Types a number into a goal's field and commits it (the change event), saved. */
async function setNumber(page, card, testid, value) {
  await saved(page, async () => {
    await card.getByTestId(testid).fill(String(value));
    await card.getByTestId(testid).press('Tab');
  });
}

/**
 * Logs a complaint through the form on /listen/new: the nature, the
 * "Satisfied with the handling?" and "Bought again?" answers and, if given,
 * when it was received.
 */
async function addComplaint(page, { nature, satisfied, boughtAgain, received }) {
  await open(page, '/listen/new');
  await expect(page.locator('main h1')).toHaveText('New complaint');
  if (received !== undefined) {
    await page.getByLabel('Received').fill(received);
    await page.getByLabel('Received').press('Tab');
  }
  await page.getByTestId('nature').fill(nature);
  if (satisfied !== undefined) await page.getByTestId('satisfied').selectOption(satisfied);
  if (boughtAgain !== undefined) await page.getByTestId('bought-again').selectOption(boughtAgain);
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.getByTestId('notice')).toContainText('The complaint was saved.');
}

/** Adds a month of operational figures through /listen/figures/operations/new. */
async function addOperations(page, period, sold, returns) {
  await open(page, '/listen/figures');
  await page.getByTestId('new-operations').click();
  await expect(page).toHaveURL(/\/listen\/figures\/operations\/new$/);
  await expect(page.locator('main h1')).toHaveText('Operational figures');
  await page.getByTestId('period').fill(period);
  await page.getByTestId('sold').fill(String(sold));
  await page.getByTestId('returns').fill(String(returns));
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
}

/** Opens /draft/goals from the Draft tabs. */
async function gotoGoals(page) {
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Goals' }).click();
  await expect(page).toHaveURL(/\/draft\/goals$/);
  await expect(page.locator('main h1')).toHaveText('Service goals');
}

const DRAFT_A = {
  successes: ['Known in town for honest advice', 'Orders arrive when promised'],
  reasons: ['We tell them what they need', 'Deliveries come on the day we say'],
  steps: ['Trained staff on every product', 'A delivery calendar at the till'],
  summary: 'We advise honestly and deliver on time.',
  verbs: ['advise', 'deliver'],
  statement: 'Advise honestly, deliver on time.',
};
const DRAFT_B = {
  successes: ['Every complaint solved the same day'],
  reasons: ['Nobody has to call twice'],
  summary: 'We solve problems today and listen to every customer.',
  verbs: ['solve', 'listen'],
  statement: 'Listen first, solve it today.',
};

// ---- the vision page ---------------------------------------------------------

test('an empty workbook: the seed\'s example, no vision chosen and no drafts, under Draft → Vision', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  const nav = page.getByTestId('main-nav');
  await expect(nav.getByRole('link')).toHaveText(['Home', 'Self-test', 'Listen', 'Draft', 'Run', 'Share & backup']);
  await nav.getByRole('link', { name: 'Draft' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.locator('main h1')).toHaveText('Vision statement');
  await expect(page).toHaveTitle('Vision statement · Servicebook');
  await expect(nav.getByRole('link', { name: 'Draft' })).toHaveAttribute('aria-current', 'page');

  const tabs = page.getByTestId('draft-tabs');
  await expect(tabs).toHaveAttribute('aria-label', 'Draft');
  await expect(tabs.getByRole('link')).toHaveText(['Vision', 'Goals', 'Policy', 'Staff', 'Plan', 'Document']);
  await expect(tabs.getByRole('link', { name: 'Vision' })).toHaveAttribute('aria-current', 'page');

  await expect(page.locator('main .lead')).toContainText('the guiding principle of how your business wants to deal with its customers');
  const example = page.locator('figure.example-vision');
  await expect(example.locator('blockquote')).toHaveText(EXAMPLE_VISION);
  await expect(example.locator('figcaption')).toHaveText("McDonald's vision: four words every employee can remember.");
  await expect(page.getByTestId('no-current-vision')).toHaveText(NO_VISION);
  await expect(page.getByTestId('current-vision')).toHaveCount(0);
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('compare-drafts')).toHaveCount(0);
  await expect(page.getByTestId('new-draft')).toHaveText('Start a new draft');
  // Looking is not editing: nothing is stored.
  expect(await generation(page)).toBe(0);

  await tabs.getByRole('link', { name: 'Goals' }).click();
  await expect(page).toHaveURL(/\/draft\/goals$/);
  await expect(page.locator('main h1')).toHaveText('Service goals');
  await expect(tabs.getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Draft' })).toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});

// ---- the workshop ----------------------------------------------------------------

test('the workshop from the keyboard: five steps, each saved as it is typed and there after a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft');
  await page.getByTestId('new-draft').focus();
  await saved(page, () => page.keyboard.press('Enter'));
  await onStep(page, 1);
  await expect(page.locator('main h1')).toHaveText('Vision workshop');
  await expect(page).toHaveTitle('Vision workshop · Servicebook');
  await expect(stepList(page).getByRole('link')).toHaveText(STEP_TITLES.map((t, i) => `${i + 1} ${t}`));
  await expect(stepList(page).locator('[aria-current]')).toHaveCount(1);
  await expect(page.getByText('Look three to five years ahead, imagine your business\'s success and describe it in five points.')).toBeVisible();
  await expect(page.getByText('Saved as you type.')).toBeVisible();
  await expect(page.getByTestId('prev-step')).toHaveCount(0);

  // Step 1: five numbered points, typed one after the other with Tab between.
  const points = page.getByTestId('success-point');
  await expect(points).toHaveCount(5);
  for (let n = 1; n <= 5; n += 1) await expect(page.getByLabel(`Success point ${n}`)).toHaveValue('');
  const successes = [
    'Customers come back for advice',
    'Orders arrive when we promise',
    'Every complaint solved in a day',
    'Staff know every product',
    'Half our customers recommend us',
  ];
  await points.first().focus();
  await saved(page, async () => {
    for (const [i, s] of successes.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await expect(page.getByLabel(`Success point ${i + 1}`)).toBeFocused();
      await page.keyboard.type(s);
    }
  });
  await page.reload();
  await onStep(page, 1);
  await expect(points).toHaveCount(5);
  for (const [i, s] of successes.entries()) await expect(page.getByLabel(`Success point ${i + 1}`)).toHaveValue(s);

  // The last point's Tab leads to "Next step"; Enter follows it.
  await page.getByLabel('Success point 5').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('next-step')).toBeFocused();
  await expect(page.getByTestId('next-step')).toHaveText('Next step');
  await page.keyboard.press('Enter');
  await onStep(page, 2);
  await expect(page.getByText("Now list the reasons for that success from the customer's point of view.")).toBeVisible();

  // Step 2: one reason per line.
  const text = page.getByTestId('step-text');
  await expect(page.getByLabel('One per line')).toHaveValue('');
  await text.focus();
  await saved(page, async () => {
    await page.keyboard.type('They get honest advice');
    await page.keyboard.press('Enter');
    await page.keyboard.type('They know when a delivery comes');
  });
  await expect(text).toHaveValue('They get honest advice\nThey know when a delivery comes');
  await page.reload();
  await onStep(page, 2);
  await expect(text).toHaveValue('They get honest advice\nThey know when a delivery comes');

  // Back to step 1 and forward again: both still there.
  await expect(page.getByTestId('prev-step')).toHaveText('Previous step');
  await page.getByTestId('prev-step').click();
  await onStep(page, 1);
  await expect(page.getByLabel('Success point 3')).toHaveValue(successes[2]);
  await page.getByTestId('next-step').click();
  await onStep(page, 2);
  await expect(text).toHaveValue('They get honest advice\nThey know when a delivery comes');
  await page.getByTestId('next-step').click();
  await onStep(page, 3);
  await expect(page.getByText('Looking back from that future success, list the steps you took to improve customer service.')).toBeVisible();

  // Step 3: the steps taken.
  await expect(text).toHaveValue('');
  await text.focus();
  await saved(page, async () => {
    await page.keyboard.type('Stronger packaging');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Staff may replace items without asking');
  });
  await page.reload();
  await onStep(page, 3);
  await expect(text).toHaveValue('Stronger packaging\nStaff may replace items without asking');

  // Step 4, reached by its own button: steps 1 to 3 shown again, and the summary.
  await stepLink(page, 4).click();
  await onStep(page, 4);
  const review = page.locator('.review-lists');
  await expect(review.getByRole('heading', { level: 3 })).toHaveText(STEP_TITLES.slice(0, 3));
  await expect(review.locator('div').nth(0).getByRole('listitem')).toHaveText(successes);
  await expect(review.locator('div').nth(1).getByRole('listitem')).toHaveText(['They get honest advice', 'They know when a delivery comes']);
  await expect(review.locator('div').nth(2).getByRole('listitem')).toHaveText(['Stronger packaging', 'Staff may replace items without asking']);
  await expect(page.getByLabel('Key elements')).toHaveValue('');
  const summary = 'We advise honestly, deliver when we promise and solve problems the same day.';
  await text.focus();
  await saved(page, () => page.keyboard.type(summary));
  await page.reload();
  await onStep(page, 4);
  await expect(text).toHaveValue(summary);
  await expect(review.getByRole('listitem')).toHaveCount(9);

  // Step 5 has no "Next step"; the draft row counts four steps done.
  await page.getByTestId('next-step').click();
  await onStep(page, 5);
  await expect(page.getByTestId('next-step')).toHaveCount(0);
  await expect(page.getByTestId('prev-step')).toBeVisible();
  await page.getByRole('link', { name: 'All drafts' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  await expect(rows(page)).toHaveCount(1);
  expect(await cellsOf(rows(page).first())).toEqual([await today(page), '—', '4 / 5', 'Choose as the current vision']);
  await expect(rows(page).first().getByTestId('choose-vision')).toBeDisabled();
  expect(errors).toEqual([]);
});

test('step 5: the summary\'s words as chips, the verbs picked, the ones the statement misses, and choosing it', async ({ page }) => {
  const errors = watchErrors(page);
  const id = await startDraft(page);

  // Without a summary there is nothing to pick and nothing to choose.
  await stepLink(page, 5).click();
  await onStep(page, 5);
  await expect(page.getByTestId('word-chips')).toHaveText('Write the key elements in step 4 first.');
  await expect(page.getByTestId('chosen-verbs')).toHaveText('No verbs picked yet.');
  await expect(page.getByTestId('choose-this')).toHaveText('Choose as the current vision');
  await expect(page.getByTestId('choose-this')).toBeDisabled();
  await expect(page.getByText(`Concise, like “${EXAMPLE_VISION}”`)).toBeVisible();

  await stepLink(page, 4).click();
  await onStep(page, 4);
  await saved(page, () => page.getByTestId('step-text').fill('We listen to customers, deliver on time and repair tools the same day; we listen again!'));
  await page.getByTestId('next-step').click();
  await onStep(page, 5);

  // The words of three letters or more, once each, in order, as toggle buttons.
  const chipGroup = page.getByTestId('word-chips');
  await expect(chipGroup).toHaveAttribute('role', 'group');
  await expect(chipGroup).toHaveAccessibleName('Words of your summary: pick the verbs');
  const chips = chipGroup.getByRole('button');
  await expect(chips).toHaveText(['listen', 'customers', 'deliver', 'time', 'and', 'repair', 'tools', 'the', 'same', 'day', 'again']);
  for (const c of await chips.all()) await expect(c).toHaveAttribute('aria-pressed', 'false');

  const chip = (w) => chips.filter({ hasText: new RegExp(`^${w}$`) });
  await saved(page, () => chip('listen').click());
  await chip('deliver').click();
  await chip('repair').click();
  await chip('tools').click();
  await waitSaved(page);
  for (const w of ['listen', 'deliver', 'repair', 'tools']) await expect(chip(w)).toHaveAttribute('aria-pressed', 'true');
  await expect(chip('customers')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: listen, deliver, repair, tools');
  // Pressed again, a chip is let go.
  await saved(page, () => chip('tools').click());
  await expect(chip('tools')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: listen, deliver, repair');
  // The chips are reached and pressed from the keyboard too.
  await chip('time').focus();
  await saved(page, () => page.keyboard.press('Enter'));
  await expect(chip('time')).toHaveAttribute('aria-pressed', 'true');
  await saved(page, () => page.keyboard.press('Space'));
  await expect(chip('time')).toHaveAttribute('aria-pressed', 'false');

  // No statement yet: nothing is "missing" and it cannot be chosen.
  await expect(page.getByTestId('unused-verbs')).toHaveCount(0);
  await expect(page.getByTestId('choose-this')).toBeDisabled();
  const statement = page.getByTestId('statement');
  await expect(page.getByLabel('Vision statement', { exact: true })).toHaveValue('');
  await saved(page, () => statement.fill('Repair it the same day.'));
  await expect(page.getByTestId('unused-verbs')).toHaveText('Not in the statement yet: listen, deliver');
  await expect(page.getByTestId('choose-this')).toBeEnabled();
  // Another form of the same verb counts: "delivers" for "deliver", "Listening" for "listen".
  await saved(page, () => statement.fill('Repair it the same day, delivers on time.'));
  await expect(page.getByTestId('unused-verbs')).toHaveText('Not in the statement yet: listen');
  await saved(page, () => statement.fill('Listening first, repairs the same day, delivers on time.'));
  await expect(page.getByTestId('unused-verbs')).toHaveCount(0);
  // Only spaces are no statement.
  await saved(page, () => statement.fill('   '));
  await expect(page.getByTestId('choose-this')).toBeDisabled();
  const vision = 'Listen first, repair the same day, deliver on time.';
  await saved(page, () => statement.fill(vision));

  // Everything survives a reload.
  await page.reload();
  await onStep(page, 5);
  await expect(statement).toHaveValue(vision);
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: listen, deliver, repair');
  for (const w of ['listen', 'deliver', 'repair']) await expect(chip(w)).toHaveAttribute('aria-pressed', 'true');
  await expect(chip('tools')).toHaveAttribute('aria-pressed', 'false');

  await saved(page, () => page.getByTestId('choose-this').click());
  await expect(page.getByTestId('choose-this')).toHaveCount(0);
  await expect(page.getByTestId('is-current')).toHaveText('This is your current vision.');

  await page.getByRole('link', { name: 'All drafts' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  const current = page.getByTestId('current-vision');
  await expect(current.getByRole('heading', { level: 2 })).toHaveText('Current vision');
  await expect(current.locator('.vision-statement')).toHaveText(vision);
  await expect(current).toContainText(`Draft started ${await today(page)}`);
  await expect(page.getByTestId('no-current-vision')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  expect(await cellsOf(rows(page).first())).toEqual([await today(page), vision, '2 / 5', 'Current']);
  await expect(rows(page).first()).toHaveClass(/\bcurrent\b/);
  await expect(rows(page).first().getByTestId('choose-vision')).toHaveCount(0);
  // The row's date opens the draft at step 1.
  await rows(page).first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/draft/vision/${id}\\?step=1$`));
  await onStep(page, 1);

  // The goals page shows it too.
  await open(page, '/draft/goals');
  await expect(page.locator('main .vision-statement')).toHaveText(vision);
  expect(errors).toEqual([]);
});

// ---- several drafts ----------------------------------------------------------------

test('two drafts: both listed, the current one switched from the list, and compared side by side', async ({ page }) => {
  const errors = watchErrors(page);
  await makeDraft(page, DRAFT_A);
  await makeDraft(page, DRAFT_B);
  await page.getByRole('link', { name: 'All drafts' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  const date = await today(page);

  const table = page.getByTestId('drafts');
  await expect(table.locator('thead th')).toHaveText(['Started', 'Statement', 'Steps done', 'Choose as the current vision']);
  // The newest first; neither chosen yet.
  await expect(rows(page)).toHaveCount(2);
  expect(await cellsOf(rows(page).nth(0))).toEqual([date, DRAFT_B.statement, '4 / 5', 'Choose as the current vision']);
  expect(await cellsOf(rows(page).nth(1))).toEqual([date, DRAFT_A.statement, '5 / 5', 'Choose as the current vision']);
  await expect(page.getByTestId('no-current-vision')).toHaveText(NO_VISION);

  const rowA = row(page, DRAFT_A.statement);
  const rowB = row(page, DRAFT_B.statement);
  await saved(page, () => rowA.getByTestId('choose-vision').click());
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText(DRAFT_A.statement);
  await expect(rowA).toContainText('Current');
  await expect(rowA.getByTestId('choose-vision')).toHaveCount(0);
  await expect(rowB.getByTestId('choose-vision')).toBeEnabled();

  // "Choose as the current vision" on the other one switches.
  await saved(page, () => rowB.getByTestId('choose-vision').click());
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText(DRAFT_B.statement);
  await expect(rowB.locator('.current-badge')).toHaveText('Current');
  await expect(rowA.locator('.current-badge')).toHaveCount(0);
  await expect(rowA.getByTestId('choose-vision')).toBeEnabled();
  await expect(page.locator('.current-badge')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText(DRAFT_B.statement);
  await expect(rowB.locator('.current-badge')).toHaveText('Current');

  // The comparison: A is the older draft, B the newer, step by step.
  const compare = page.getByTestId('compare-drafts');
  await expect(compare.getByRole('heading', { level: 2 })).toHaveText('Compare two drafts');
  const selA = compare.getByTestId('compare-a');
  const selB = compare.getByTestId('compare-b');
  await expect(compare.getByLabel('Draft A')).toBeVisible();
  await expect(compare.getByLabel('Draft B')).toBeVisible();
  await expect(selA.locator('option')).toHaveText([`${date} — ${DRAFT_B.statement}`, `${date} — ${DRAFT_A.statement}`]);
  await expect(selA.locator('option:checked')).toHaveText(`${date} — ${DRAFT_A.statement}`);
  await expect(selB.locator('option:checked')).toHaveText(`${date} — ${DRAFT_B.statement}`);
  const ctable = compare.locator('table.compare-table');
  await expect(ctable.locator('thead th')).toHaveText(['Step', 'Draft A', 'Draft B']);
  await expect(ctable.locator('tbody th')).toHaveText(STEP_TITLES);
  const crow = (i) => ctable.locator('tbody tr').nth(i).locator('td');
  await expect(crow(0)).toHaveText([DRAFT_A.successes.join('\n'), DRAFT_B.successes.join('\n')]);
  await expect(crow(1)).toHaveText([DRAFT_A.reasons.join('\n'), DRAFT_B.reasons.join('\n')]);
  await expect(crow(2)).toHaveText([DRAFT_A.steps.join('\n'), '']);
  await expect(crow(3)).toHaveText([DRAFT_A.summary, DRAFT_B.summary]);
  await expect(crow(4)).toHaveText([DRAFT_A.statement, DRAFT_B.statement]);
  // Each line on a line of its own.
  await expect(crow(0).first()).toHaveClass(/\bprewrap\b/);
  expect(await crow(0).first().innerText()).toBe(DRAFT_A.successes.join('\n'));

  // Another choice in a select compares other drafts.
  await selA.selectOption({ label: `${date} — ${DRAFT_B.statement}` });
  await selB.selectOption({ label: `${date} — ${DRAFT_A.statement}` });
  await expect(crow(4)).toHaveText([DRAFT_B.statement, DRAFT_A.statement]);
  await expect(crow(2)).toHaveText(['', DRAFT_A.steps.join('\n')]);

  // A draft just started and left empty: "—", 0 / 5, and it cannot be chosen.
  await page.getByTestId('new-draft').click();
  await onStep(page, 1);
  await waitSaved(page);
  await page.getByRole('link', { name: 'All drafts' }).click();
  await expect(rows(page)).toHaveCount(3);
  expect(await cellsOf(rows(page).first())).toEqual([date, '—', '0 / 5', 'Choose as the current vision']);
  await expect(rows(page).first().getByTestId('choose-vision')).toBeDisabled();
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText(DRAFT_B.statement);
  expect(errors).toEqual([]);
});

test('moving a draft to the trash from the workshop: Undo brings it back; the current vision trashed leaves none chosen', async ({ page }) => {
  const errors = watchErrors(page);
  const idA = await makeDraft(page, DRAFT_A);
  await makeDraft(page, DRAFT_B);
  await saved(page, () => page.getByTestId('choose-this').click());
  await expect(page.getByTestId('is-current')).toBeVisible();

  // The draft that is not current: to the trash, and back with Undo.
  await open(page, `/draft/vision/${idA}?step=3`);
  await onStep(page, 3);
  await expect(page.getByTestId('delete-draft')).toHaveText('Move to the trash');
  await saved(page, () => page.getByTestId('delete-draft').click());
  await expect(page).toHaveURL(/\/draft$/);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Moved to the trash.');
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, DRAFT_A.statement)).toHaveCount(0);
  await expect(page.getByTestId('compare-drafts')).toHaveCount(0);
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText(DRAFT_B.statement);
  const undo = notice.getByTestId('undo-delete');
  await expect(undo).toHaveText('Undo');
  await saved(page, () => undo.click());
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, DRAFT_A.statement)).toHaveCount(1);
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await page.reload();
  await expect(rows(page)).toHaveCount(2);

  // The current vision's draft: to the trash, and no vision is chosen.
  await row(page, DRAFT_B.statement).getByRole('link').click();
  await onStep(page, 1);
  const idB = new URL(page.url()).pathname.split('/').pop();
  await saved(page, () => page.getByTestId('delete-draft').click());
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(page.getByTestId('no-current-vision')).toHaveText(NO_VISION);
  await expect(page.getByTestId('current-vision')).toHaveCount(0);
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, DRAFT_A.statement).getByTestId('choose-vision')).toBeEnabled();
  await page.reload();
  await expect(page.getByTestId('no-current-vision')).toHaveText(NO_VISION);
  await expect(rows(page)).toHaveCount(1);
  // A trashed draft's page is not found.
  await open(page, `/draft/vision/${idB}?step=5`);
  await expect(page.locator('main h1')).toHaveText('Page not found');

  // It waits in the trash of Share & backup.
  await open(page, '/share');
  await expect(page.getByTestId('trash')).toContainText(`Vision drafts — ${DRAFT_B.statement}`);
  expect(errors).toEqual([]);
});

test('Undo right after trashing the current vision\'s draft makes it the current vision again', async ({ page }) => {
  await makeDraft(page, DRAFT_B);
  await saved(page, () => page.getByTestId('choose-this').click());
  await expect(page.getByTestId('is-current')).toBeVisible();
  await saved(page, () => page.getByTestId('delete-draft').click());
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.getByTestId('no-current-vision')).toHaveText(NO_VISION);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(rows(page)).toHaveCount(1);
  // Undo puts back what "Move to the trash" did: the draft and its being chosen.
  await expect(page.getByTestId('current-vision').locator('.vision-statement'), 'the draft is the current vision again after Undo').toHaveText(DRAFT_B.statement);
  await expect(rows(page).first().locator('.current-badge')).toHaveText('Current');
});

test('a short word that shares a verb\'s first letters ("con", "all") does not count as using the verb', async ({ page }) => {
  // Italian, the seed's language: "con" (with) is in most statements and
  // begins many verbs (consegnare, consigliare, controllare, conoscere).
  await makeDraft(page, {
    summary: 'Consigliamo con onestà e consegniamo in tempo.',
    verbs: ['Consigliamo', 'consegniamo'],
    statement: 'Consigliare con onestà.',
  });
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: Consigliamo, consegniamo');
  await expect.soft(page.getByTestId('unused-verbs'), '"con" is not a form of "consegniamo"').toHaveText('Not in the statement yet: consegniamo');
  // English: "all" is not a form of "allow".
  await makeDraft(page, {
    summary: 'We allow returns for all customers and advise honestly.',
    verbs: ['allow', 'advise'],
    statement: 'Honest advice for all.',
  });
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: allow, advise');
  await expect.soft(page.getByTestId('unused-verbs'), '"all" is not a form of "allow"').toHaveText('Not in the statement yet: allow');
});

test('the four suggested goals are listed in the seed\'s order, before and after a reload', async ({ page }) => {
  await open(page, '/draft/goals');
  await addSeedGoals(page);
  await expect(goals(page).getByRole('heading', { level: 2 }), 'the order the source gives them in').toHaveText(SEED_GOALS);
  await page.reload();
  await expect(goals(page).getByRole('heading', { level: 2 })).toHaveText(SEED_GOALS);
});

test('an unknown draft id shows "Page not found" with a way back; a step out of range shows step 1', async ({ page }) => {
  await open(page, '/draft/vision/00000000-0000-4000-8000-000000000000?step=2');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.getByTestId('step-title')).toHaveCount(0);
  await page.getByRole('link', { name: 'Vision statement' }).click();
  await expect(page).toHaveURL(/\/draft$/);
  await expect(page.locator('main h1')).toHaveText('Vision statement');

  await open(page, '/draft/vision/not-a-uuid');
  await expect(page.locator('main h1')).toHaveText('Page not found');

  const id = await startDraft(page);
  await open(page, `/draft/vision/${id}?step=9`);
  await expect(page.getByTestId('step-title')).toHaveText('1. Imagine your success');
  await expect(page.getByTestId('success-point')).toHaveCount(5);
});

// ---- goals ---------------------------------------------------------------------

test('the four suggested goals: no data yet, then Met or Not met against a target, at most and at least', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft');
  await gotoGoals(page);
  await expect(page.locator('main .lead')).toContainText('Align measurable goals with your vision');
  await expect(page.getByText(`${NO_VISION} Vision`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your top three' })).toBeVisible();
  await expect(goals(page)).toHaveCount(0);
  await expect(page.getByText('Four goals suit almost any business: a time within which every call is answered')).toBeVisible();
  await expect(page.getByTestId('add-seed-goals')).toHaveText('Add the four suggested goals');

  await addSeedGoals(page);
  await expect(page.getByTestId('add-seed-goals')).toHaveCount(0);
  // (Their order is checked by a test of its own below.)
  expect((await goals(page).getByRole('heading', { level: 2 }).allInnerTexts()).sort()).toEqual([...SEED_GOALS].sort());
  for (const title of SEED_GOALS) {
    const g = goal(page, title);
    await expect(g).toHaveCount(1);
    await expect(g).toHaveAccessibleName(title);
    await expect(g.getByTestId('goal-standing')).toHaveText('No data yet');
    await expect(g.getByTestId('goal-actual')).toHaveText('—');
    await expect(g.locator('.goal-actual')).toContainText(BASIS_NONE);
    await expect(g.getByTestId('goal-target')).toHaveValue('');
    await expect(g.getByTestId('goal-target-text')).toHaveCount(0);
    await expect(g.getByText('Set a target to see where you stand.')).toBeVisible();
    await expect(g.getByTestId('goal-actual-input')).toHaveValue('');
  }
  // Each comes with the seed's unit and direction.
  const units = { 'Every call answered within': 'Seconds', 'Products returned': 'Percent', 'Complaining customers satisfied with the handling': 'Percent', 'Complaining customers who buy again': 'Percent' };
  for (const [title, unit] of Object.entries(units)) await expect(goal(page, title).getByTestId('goal-unit')).toHaveValue(unit);
  await expect(goal(page, 'Products returned').getByTestId('goal-direction')).toHaveValue('AtMost');
  await expect(goal(page, 'Every call answered within').getByTestId('goal-direction')).toHaveValue('AtMost');
  await expect(goal(page, 'Complaining customers satisfied with the handling').getByTestId('goal-direction')).toHaveValue('AtLeast');
  await expect(goal(page, 'Complaining customers satisfied with the handling').getByLabel('Measured over')).toHaveValue('Month');

  // Products returned: at most 2%.
  const returns = goal(page, 'Products returned');
  await setNumber(page, returns, 'goal-target', 2);
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 2%');
  await expect(returns.getByTestId('goal-standing')).toHaveText('No data yet');
  await expect(returns.getByText('Set a target to see where you stand.')).toHaveCount(0);
  await setNumber(page, returns, 'goal-actual-input', 3);
  await expect(returns.getByTestId('goal-actual')).toHaveText('3%');
  await expect(returns.locator('.goal-actual')).toContainText('entered by you');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Not met');
  await setNumber(page, returns, 'goal-actual-input', 1.5);
  await expect(returns.getByTestId('goal-actual')).toHaveText('1.5%');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Met');
  await setNumber(page, returns, 'goal-actual-input', 2);
  await expect(returns.getByTestId('goal-standing'), 'at the target is met').toHaveText('Met');

  // Satisfied: at least 80%.
  const satisfied = goal(page, 'Complaining customers satisfied with the handling');
  await setNumber(page, satisfied, 'goal-target', 80);
  await expect(satisfied.getByTestId('goal-target-text')).toHaveText('Target: ≥ 80%');
  await setNumber(page, satisfied, 'goal-actual-input', 75);
  await expect(satisfied.getByTestId('goal-actual')).toHaveText('75%');
  await expect(satisfied.getByTestId('goal-standing')).toHaveText('Not met');
  await setNumber(page, satisfied, 'goal-actual-input', 92.5);
  await expect(satisfied.getByTestId('goal-actual')).toHaveText('92.5%');
  await expect(satisfied.getByTestId('goal-standing')).toHaveText('Met');

  // The answer time in seconds: a value without a target stays "No data yet".
  const calls = goal(page, 'Every call answered within');
  await setNumber(page, calls, 'goal-actual-input', 150);
  await expect(calls.getByTestId('goal-actual')).toHaveText('150 seconds');
  await expect(calls.getByTestId('goal-standing')).toHaveText('No data yet');
  await setNumber(page, calls, 'goal-target', 120);
  await expect(calls.getByTestId('goal-target-text')).toHaveText('Target: ≤ 120 seconds');
  await expect(calls.getByTestId('goal-standing')).toHaveText('Not met');

  // Met and Not met look different (not by colour alone: the words differ too).
  await expect(returns.getByTestId('goal-standing')).toHaveClass(/band-asset/);
  await expect(calls.getByTestId('goal-standing')).toHaveClass(/band-losing/);

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Service goals');
  await expect(goals(page)).toHaveCount(4);
  await expect(returns.getByTestId('goal-target')).toHaveValue('2');
  await expect(returns.getByTestId('goal-actual-input')).toHaveValue('2');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Met');
  await expect(satisfied.getByTestId('goal-standing')).toHaveText('Met');
  await expect(calls.getByTestId('goal-standing')).toHaveText('Not met');
  await expect(goal(page, 'Complaining customers who buy again').getByTestId('goal-standing')).toHaveText('No data yet');

  // Clearing the target takes the standing back to "No data yet".
  await setNumber(page, calls, 'goal-target', '');
  await expect(calls.getByTestId('goal-standing')).toHaveText('No data yet');
  await expect(calls.getByTestId('goal-target-text')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a goal\'s target is saved as it is typed: a reload while still in the field keeps it; "12,5" stays as typed and saves 12.5', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft/goals');
  await addSeedGoals(page);
  const returns = goal(page, 'Products returned');
  const target = returns.getByTestId('goal-target');

  // Key by key: "3." is not redrawn as "3" under the keyboard, the field keeps the focus.
  await target.click();
  await target.pressSequentially('3.');
  await expect(target).toHaveValue('3.');
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 3%');
  await target.pressSequentially('5');
  await expect(target).toHaveValue('3.5');
  await expect(target).toBeFocused();
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 3.5%');
  // A reload without leaving the field (no change event): the target was saved as typed.
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Service goals');
  await expect(target).toHaveValue('3.5');
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 3.5%');

  // A decimal comma stays as typed and is saved as the number it means.
  await target.fill('');
  await expect(returns.getByTestId('goal-target-text')).toHaveCount(0);
  await saved(page, () => target.pressSequentially('12,5'));
  await expect(target).toHaveValue('12,5');
  await expect(target).toBeFocused();
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 12.5%');
  // What is no number (or a negative one) stays in the field and is not saved.
  await target.pressSequentially('x');
  await expect(target).toHaveValue('12,5x');
  await target.fill('-4');
  await expect(target).toHaveValue('-4');
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 12.5%');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Service goals');
  await expect(target).toHaveValue('12.5');
  await expect(returns.getByTestId('goal-target-text')).toHaveText('Target: ≤ 12.5%');

  // The entered value is saved as typed too.
  const entered = returns.getByTestId('goal-actual-input');
  await entered.click();
  await entered.pressSequentially('1,5');
  await expect(entered).toHaveValue('1,5');
  await expect(returns.getByTestId('goal-actual')).toHaveText('1.5%');
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Service goals');
  await expect(entered).toHaveValue('1.5');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Met');
  expect(errors).toEqual([]);
});

test('the satisfied and bought-again goals are computed from the complaint log, the returns goal from the latest month\'s figures', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await open(page, '/draft/goals');
  await addSeedGoals(page);
  const satisfied = goal(page, 'Complaining customers satisfied with the handling');
  const again = goal(page, 'Complaining customers who buy again');
  const returns = goal(page, 'Products returned');
  await setNumber(page, satisfied, 'goal-target', 60);
  await setNumber(page, again, 'goal-target', 60);
  await setNumber(page, returns, 'goal-target', 2);

  await addComplaint(page, { nature: 'The drill case was cracked.', satisfied: 'yes', boughtAgain: 'yes' });
  await addComplaint(page, { nature: 'The paint came four days late.', satisfied: 'yes' });
  await addComplaint(page, { nature: 'Rude at the till.', satisfied: 'no', boughtAgain: 'no' });
  await addComplaint(page, { nature: 'Hinges out of stock.' });
  // Two months ago: outside "the last month", inside "the last year".
  await addComplaint(page, { nature: 'Wrong screws in the box.', satisfied: 'no', received: await monthsAgo(page, 2) });

  await open(page, '/draft/goals');
  // 2 of the 3 answers of the last month.
  await expect(satisfied.getByTestId('goal-actual')).toHaveText('66.7%');
  await expect(satisfied.locator('.goal-actual')).toContainText('from 3 complaints with an answer, the last month');
  await expect(satisfied.getByTestId('goal-standing')).toHaveText('Met');
  // Computed, so there is no value to enter.
  await expect(satisfied.getByTestId('goal-actual-input')).toHaveCount(0);
  // 1 of 2.
  await expect(again.getByTestId('goal-actual')).toHaveText('50%');
  await expect(again.locator('.goal-actual')).toContainText('from 2 complaints with an answer, the last month');
  await expect(again.getByTestId('goal-standing')).toHaveText('Not met');

  // Over the last year the old complaint counts too: 2 of 4.
  await saved(page, () => satisfied.getByLabel('Measured over').selectOption('Year'));
  await expect(satisfied.getByTestId('goal-actual')).toHaveText('50%');
  await expect(satisfied.locator('.goal-actual')).toContainText('from 4 complaints with an answer, the last year');
  await expect(satisfied.getByTestId('goal-standing')).toHaveText('Not met');

  // No figures yet: the returns goal has nothing to compute.
  await expect(returns.getByTestId('goal-standing')).toHaveText('No data yet');
  await expect(returns.locator('.goal-actual')).toContainText(BASIS_NONE);

  await addOperations(page, '2025-11', 400, 10);
  await open(page, '/draft/goals');
  await expect(returns.getByTestId('goal-actual')).toHaveText('2.5%');
  await expect(returns.locator('.goal-actual')).toContainText('from the figures of November 2025');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Not met');
  await expect(returns.getByTestId('goal-actual-input')).toHaveCount(0);

  // A later month takes over.
  await addOperations(page, '2025-12', 500, 5);
  await open(page, '/draft/goals');
  await expect(returns.getByTestId('goal-actual')).toHaveText('1%');
  await expect(returns.locator('.goal-actual')).toContainText('from the figures of December 2025');
  await expect(returns.getByTestId('goal-standing')).toHaveText('Met');
  await page.reload();
  await expect(returns.getByTestId('goal-standing')).toHaveText('Met');
  await expect(satisfied.getByTestId('goal-actual')).toHaveText('50%');
  expect(errors).toEqual([]);
});

test('a goal of one\'s own: added with a title, its unit and direction, the problem it addresses, and the trash with Undo', async ({ page }) => {
  const errors = watchErrors(page);
  // Two problems on the shortlist first.
  await open(page, '/listen/problems');
  for (const p of ['Power tools arrive broken', 'Paint orders arrive late']) {
    await page.getByTestId('own-problem').fill(p);
    await saved(page, () => page.getByTestId('add-own-problem').click());
  }
  await expect(page.getByTestId('problem')).toHaveCount(2);

  await open(page, '/draft/goals');
  const own = page.getByTestId('own-goal');
  await expect(page.getByLabel('Add a goal of your own')).toBeVisible();
  await expect(own).toHaveAttribute('placeholder', 'e.g. Customers contacted a month after purchase');
  // Without a title nothing is added.
  const before = await generation(page);
  await own.fill('   ');
  await page.getByTestId('add-own-goal').click();
  await expect(goals(page)).toHaveCount(0);
  expect(await generation(page)).toBe(before);

  const title = 'Customers called a month after purchase';
  await own.fill(title);
  await saved(page, () => own.press('Enter'));
  await expect(goals(page)).toHaveCount(1);
  await expect(own).toHaveValue('');
  const g = goal(page, title);
  await expect(g).toHaveCount(1);
  await expect(g.getByTestId('goal-standing')).toHaveText('No data yet');
  await expect(g.getByTestId('goal-unit')).toHaveValue('Count');
  await expect(g.getByTestId('goal-unit').locator('option')).toHaveText(['%', 'seconds', 'minutes', 'hours', 'days', 'number', 'amount']);
  await expect(g.getByTestId('goal-direction')).toHaveValue('AtLeast');
  await expect(g.getByTestId('goal-direction').locator('option')).toHaveText(['at most the target', 'at least the target']);
  await expect(g.getByLabel('Measured over').locator('option')).toHaveText(['the last month', 'the last three months', 'the last year']);

  await setNumber(page, g, 'goal-target', 40);
  await setNumber(page, g, 'goal-actual-input', 42);
  await expect(g.getByTestId('goal-target-text')).toHaveText('Target: ≥ 40');
  await expect(g.getByTestId('goal-actual')).toHaveText('42');
  await expect(g.getByTestId('goal-standing')).toHaveText('Met');
  // "At most" turns 42 against 40 into Not met.
  await saved(page, () => g.getByTestId('goal-direction').selectOption('AtMost'));
  await expect(g.getByTestId('goal-direction')).toHaveValue('AtMost');
  await expect(g.getByTestId('goal-target-text')).toHaveText('Target: ≤ 40');
  await expect(g.getByTestId('goal-standing')).toHaveText('Not met');
  // In percent the values read as percentages; in days with the unit.
  await saved(page, () => g.getByTestId('goal-unit').selectOption('Percent'));
  await expect(g.getByTestId('goal-target-text')).toHaveText('Target: ≤ 40%');
  await expect(g.getByTestId('goal-actual')).toHaveText('42%');
  await saved(page, () => g.getByTestId('goal-unit').selectOption('Days'));
  await expect(g.getByTestId('goal-target-text')).toHaveText('Target: ≤ 40 days');
  await expect(g.getByTestId('goal-actual')).toHaveText('42 days');

  // The problems of the shortlist to choose from.
  const problem = g.getByTestId('goal-problem');
  await expect(g.getByLabel('Addresses the problem')).toBeVisible();
  await expect(problem.locator('option')).toHaveText(['—', 'Power tools arrive broken', 'Paint orders arrive late']);
  await expect(problem.locator('option:checked')).toHaveText('—');
  await saved(page, () => problem.selectOption({ label: 'Paint orders arrive late' }));
  await expect(problem.locator('option:checked')).toHaveText('Paint orders arrive late');

  await page.reload();
  await expect(goals(page)).toHaveCount(1);
  await expect(g.getByTestId('goal-unit')).toHaveValue('Days');
  await expect(g.getByTestId('goal-direction')).toHaveValue('AtMost');
  await expect(g.getByTestId('goal-standing')).toHaveText('Not met');
  await expect(problem.locator('option:checked')).toHaveText('Paint orders arrive late');

  // Suggested goals join it; removing one of them offers Undo, and offers the suggestion again.
  await saved(page, () => page.getByTestId('add-seed-goals').click());
  await expect(goals(page)).toHaveCount(5);
  const returns = goal(page, 'Products returned');
  await expect(returns.getByTestId('remove-goal')).toHaveText('Move to the trash');
  await saved(page, () => returns.getByTestId('remove-goal').click());
  await expect(goals(page)).toHaveCount(4);
  await expect(returns).toHaveCount(0);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Moved to the trash.');
  await expect(page.getByTestId('add-seed-goals')).toBeVisible();
  await saved(page, () => notice.getByTestId('undo-delete').click());
  await expect(goals(page)).toHaveCount(5);
  await expect(returns).toHaveCount(1);
  await expect(page.getByTestId('add-seed-goals')).toHaveCount(0);

  // Removed again, the suggestion adds back only the missing one.
  await saved(page, () => returns.getByTestId('remove-goal').click());
  await saved(page, () => g.getByTestId('remove-goal').click());
  await expect(goals(page)).toHaveCount(3);
  await saved(page, () => page.getByTestId('add-seed-goals').click());
  await expect(goals(page)).toHaveCount(4);
  for (const t of SEED_GOALS) await expect(goal(page, t)).toHaveCount(1);
  await expect(g).toHaveCount(0);
  await page.reload();
  await expect(goals(page)).toHaveCount(4);
  await open(page, '/share');
  await expect(page.getByTestId('trash')).toContainText('Service goals — Products returned');
  await expect(page.getByTestId('trash')).toContainText(`Service goals — ${title}`);
  expect(errors).toEqual([]);
});

// ---- the example ------------------------------------------------------------------

test('the example workbook: its chosen vision, two drafts, and five goals with values from its figures', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Draft' }).click();
  await expect(page.locator('main h1')).toHaveText('Vision statement');
  await expect(page.getByTestId('current-vision').locator('.vision-statement')).toHaveText('Advise honestly, deliver on time, solve it today.');
  await expect(rows(page)).toHaveCount(2);
  const chosen = rows(page).nth(0);
  expect((await cellsOf(chosen)).slice(1)).toEqual(['Advise honestly, deliver on time, solve it today.', '5 / 5', 'Current']);
  expect((await cellsOf(rows(page).nth(1))).slice(1)).toEqual(['Help, fix, smile.', '3 / 5', 'Choose as the current vision']);
  await expect(page.getByTestId('compare-drafts').locator('tbody tr').nth(4).locator('td')).toHaveText(['Help, fix, smile.', 'Advise honestly, deliver on time, solve it today.']);

  // The chosen draft's step 5: its verbs picked and all used.
  await chosen.getByRole('link').click();
  await onStep(page, 1);
  await expect(page.getByTestId('success-point').nth(4)).toHaveValue('Half our customers recommend us to a friend');
  await stepLink(page, 5).click();
  await onStep(page, 5);
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbs picked: advise, deliver, solve');
  await expect(page.getByTestId('word-chips').locator('[aria-pressed="true"]')).toHaveText(['advise', 'deliver', 'solve']);
  await expect(page.getByTestId('unused-verbs')).toHaveCount(0);
  await expect(page.getByTestId('is-current')).toHaveText('This is your current vision.');

  await open(page, '/draft/goals');
  await expect(page.locator('main .vision-statement')).toHaveText('Advise honestly, deliver on time, solve it today.');
  await expect(page.getByTestId('add-seed-goals')).toHaveCount(0);
  const own = 'Customers called a month after a big purchase';
  await expect(goals(page).getByRole('heading', { level: 2 })).toHaveText([...SEED_GOALS, own]);
  const lastMonth = await monthName(page, 1);
  const expected = [
    // 95 seconds of waiting, in minutes, against at most 2.
    [SEED_GOALS[0], '1.6 minutes', `from the figures of ${lastMonth}`, 'Target: ≤ 2 minutes', 'Met'],
    // 10 returned of 470 sold, against at most 2%.
    [SEED_GOALS[1], '2.1%', `from the figures of ${lastMonth}`, 'Target: ≤ 2%', 'Not met'],
    // 4 of 5 satisfied over the last year, against at least 80%.
    [SEED_GOALS[2], '80%', 'from 5 complaints with an answer, the last year', 'Target: ≥ 80%', 'Met'],
    // 2 of 3 bought again, against at least 60%.
    [SEED_GOALS[3], '66.7%', 'from 3 complaints with an answer, the last year', 'Target: ≥ 60%', 'Met'],
    [own, '72%', 'entered by you', 'Target: ≥ 90%', 'Not met'],
  ];
  for (const [title, value, basis, target, standing] of expected) {
    const g = goal(page, title);
    await expect(g.getByTestId('goal-actual'), title).toHaveText(value);
    await expect(g.locator('.goal-actual'), title).toContainText(basis);
    await expect(g.getByTestId('goal-target-text'), title).toHaveText(target);
    await expect(g.getByTestId('goal-standing'), title).toHaveText(standing);
  }
  await expect(goals(page).getByTestId('goal-standing').filter({ hasText: /^Met$/ })).toHaveCount(3);
  await expect(goals(page).getByTestId('goal-standing').filter({ hasText: /^Not met$/ })).toHaveCount(2);
  // The returns goal addresses the top problem.
  await expect(goal(page, SEED_GOALS[1]).getByTestId('goal-problem').locator('option:checked')).toHaveText('Power tools arrive broken because the packaging is too thin');
  expect(errors).toEqual([]);
});

// ---- Italian ----------------------------------------------------------------------

test('in Italian the vision page, the workshop steps and the goals are Italian', async ({ page }) => {
  await open(page, '/draft');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('main h1')).toHaveText('Dichiarazione di visione');
  await expect(page.getByTestId('main-nav').getByRole('link', { name: 'Stesura' })).toBeVisible();
  await expect(page.getByTestId('draft-tabs').getByRole('link')).toHaveText(['Visione', 'Obiettivi', 'Politica', 'Personale', 'Piano', 'Documento']);
  await expect(page.locator('figure.example-vision blockquote')).toHaveText('Qualità, servizio, pulizia, valore.');
  await expect(page.getByTestId('no-current-vision')).toHaveText('Nessuna visione scelta.');
  await expect(page.getByText('Ancora nessuna bozza.')).toBeVisible();
  await expect(page.getByTestId('new-draft')).toHaveText('Inizia una nuova bozza');

  await page.getByTestId('new-draft').click();
  await expect(page).toHaveURL(/\/draft\/vision\/[0-9a-f-]{36}\?step=1$/);
  await expect(page.locator('main h1')).toHaveText('Laboratorio della visione');
  const it = ['Immagina il tuo successo', 'Le ragioni del cliente', 'I passi compiuti', 'Elementi chiave', 'Dichiarazione di visione'];
  const steps = page.getByRole('list', { name: 'I cinque passi' });
  await expect(steps.getByRole('link')).toHaveText(it.map((t, i) => `${i + 1} ${t}`));
  await expect(page.getByTestId('step-title')).toHaveText('1. Immagina il tuo successo');
  await expect(page.getByText('Guarda da tre a cinque anni nel futuro, immagina il successo della tua azienda e descrivilo in cinque punti.')).toBeVisible();
  await expect(page.getByLabel('Successo 1')).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveText('Passo successivo');
  for (let n = 2; n <= 5; n += 1) {
    await page.getByTestId('next-step').click();
    await expect(page.getByTestId('step-title')).toHaveText(`${n}. ${it[n - 1]}`);
  }
  await expect(page.getByTestId('prev-step')).toHaveText('Passo precedente');
  await expect(page.getByTestId('word-chips')).toHaveText('Scrivi prima gli elementi chiave al passo 4.');
  await page.getByTestId('prev-step').click();
  await page.getByTestId('step-text').fill('Consigliamo con onestà e consegniamo in tempo.');
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('word-chips').getByRole('button')).toHaveText(['Consigliamo', 'con', 'onestà', 'consegniamo', 'tempo']);
  await page.getByTestId('word-chips').getByRole('button', { name: 'Consigliamo', exact: true }).click();
  await page.getByTestId('word-chips').getByRole('button', { name: 'consegniamo', exact: true }).click();
  await expect(page.getByTestId('chosen-verbs')).toHaveText('Verbi scelti: Consigliamo, consegniamo');
  // Another form of the same Italian verb counts as used.
  await page.getByTestId('statement').fill('Consigliare onestamente, consegnare in tempo.');
  await expect(page.getByTestId('unused-verbs')).toHaveCount(0);
  await page.getByTestId('statement').fill('Consigliare onestamente.');
  await expect(page.getByTestId('unused-verbs')).toHaveText('Non ancora nella dichiarazione: consegniamo');
  await expect(page.getByTestId('choose-this')).toHaveText('Scegli come visione attuale');
  await expect(page.getByTestId('delete-draft')).toHaveText('Sposta nel cestino');

  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Obiettivi' }).click();
  await expect(page).toHaveURL(/\/draft\/goals$/);
  await expect(page.locator('main h1')).toHaveText('Obiettivi di servizio');
  await page.getByTestId('add-seed-goals').click();
  await expect(goals(page)).toHaveCount(4);
  // (In any order here: their order is checked by a test of its own.)
  expect((await goals(page).getByRole('heading', { level: 2 }).allInnerTexts()).sort()).toEqual([
    'Risposta a ogni chiamata entro',
    'Prodotti resi',
    'Clienti soddisfatti di come è stato gestito il reclamo',
    'Clienti che tornano ad acquistare dopo un reclamo',
  ].sort());
  await expect(goals(page).getByTestId('goal-standing')).toHaveText(Array(4).fill('Ancora senza dati'));
  const resi = goal(page, 'Prodotti resi');
  await resi.getByTestId('goal-target').fill('2.5');
  await resi.getByTestId('goal-target').press('Tab');
  await expect(resi.getByTestId('goal-target-text')).toHaveText('Traguardo: ≤ 2,5%');
  await resi.getByTestId('goal-actual-input').fill('3');
  await resi.getByTestId('goal-actual-input').press('Tab');
  await expect(resi.getByTestId('goal-standing')).toHaveText('Non raggiunto');
  await expect(resi.locator('.goal-actual')).toContainText('inserito da te');
});

// ---- accessibility ----------------------------------------------------------

/** A draft at step 5 with its words as chips, some pressed, and a verb missing from the statement. */
async function stepFiveWithChips(page) {
  await makeDraft(page, { ...DRAFT_A, statement: 'Advise honestly.' });
  await expect(page.getByTestId('word-chips').getByRole('button')).toHaveText(['advise', 'honestly', 'and', 'deliver', 'time']);
  await expect(page.getByTestId('unused-verbs')).toBeVisible();
}

const a11yStates = [
  {
    name: '/draft empty',
    setup: async (page) => {
      await open(page, '/draft');
      await expect(page.getByTestId('no-current-vision')).toBeVisible();
    },
  },
  {
    name: '/draft with the example (current vision, drafts, comparison)',
    setup: async (page) => {
      await openExample(page);
      await open(page, '/draft');
      await expect(page.getByTestId('current-vision')).toBeVisible();
      await expect(page.getByTestId('compare-drafts').locator('table')).toBeVisible();
    },
  },
  {
    name: '/draft with the trash notice and its Undo',
    setup: async (page) => {
      await startDraft(page);
      await saved(page, () => page.getByTestId('delete-draft').click());
      await expect(page.getByTestId('undo-delete')).toBeVisible();
    },
  },
  {
    name: 'workshop step 1',
    setup: async (page) => {
      await startDraft(page);
      await expect(page.getByTestId('success-point')).toHaveCount(5);
    },
  },
  {
    name: 'workshop step 4 with the lists again',
    setup: async (page) => {
      const id = await makeDraft(page, DRAFT_A);
      await open(page, `/draft/vision/${id}?step=4`);
      await expect(page.locator('.review-lists li')).toHaveCount(6);
    },
  },
  {
    name: 'workshop step 5 with chips',
    setup: stepFiveWithChips,
  },
  {
    name: 'workshop step 5, chosen as the current vision',
    setup: async (page) => {
      await makeDraft(page, DRAFT_B);
      await saved(page, () => page.getByTestId('choose-this').click());
      await expect(page.getByTestId('is-current')).toBeVisible();
    },
  },
  {
    name: '/draft/goals empty',
    setup: async (page) => {
      await open(page, '/draft/goals');
      await expect(page.getByTestId('add-seed-goals')).toBeVisible();
    },
  },
  {
    name: '/draft/goals with the four suggested goals, no data',
    setup: async (page) => {
      await open(page, '/draft/goals');
      await addSeedGoals(page);
    },
  },
  {
    name: '/draft/goals with the example',
    setup: async (page) => {
      await openExample(page);
      await open(page, '/draft/goals');
      await expect(goals(page)).toHaveCount(5);
      await expect(page.getByTestId('goal-standing').filter({ hasText: /^Met$/ }).first()).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the vision and goals pages, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('every page and state has no violations', async ({ browser, baseURL }) => {
      test.setTimeout(240_000);
      // Each state in a browser context of its own: a clean localStorage.
      for (const s of a11yStates) {
        await test.step(s.name, async () => {
          const context = await browser.newContext({
            baseURL,
            colorScheme,
            locale: 'en-GB',
            timezoneId: 'Europe/London',
            viewport: { width: 1280, height: 900 },
          });
          try {
            const page = await context.newPage();
            await s.setup(page);
            await expectNoViolations(page, `${s.name} (${colorScheme})`);
          } finally {
            await context.close();
          }
        });
      }
    });
  });
}

// ---- phone width ----------------------------------------------------------------

for (const locale of ['en-GB', 'it-IT']) {
  test.describe(`phone width, ${locale}`, () => {
    test.use({ viewport: { width: 360, height: 780 }, locale });

    test('the vision page, every workshop step and the goals do not scroll sideways', async ({ page }) => {
      await open(page, '/');
      await page.getByTestId('first-visit').getByRole('button').click();
      await expect(page.getByTestId('example-note')).toBeVisible();
      await expect.poll(() => generation(page)).toBeGreaterThan(0);
      await open(page, '/draft');
      await expect(page.getByTestId('compare-drafts').locator('table')).toBeVisible();
      const href = await rows(page).first().getByRole('link').getAttribute('href');
      const id = href.split('/').pop().split('?')[0];
      const paths = ['/draft', ...[1, 2, 3, 4, 5].map((n) => `/draft/vision/${id}?step=${n}`), '/draft/goals'];
      for (const path of paths) {
        await open(page, path);
        if (path === '/draft/goals') await expect(goals(page)).toHaveCount(5);
        if (path.endsWith('step=5')) await expect(page.getByTestId('word-chips').getByRole('button').first()).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect.soft(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
      }
      // An empty workbook's pages too.
      await page.evaluate(() => localStorage.clear());
      for (const path of ['/draft', '/draft/goals']) {
        await open(page, path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} (empty) is ${width} px wide`).toBeLessThanOrEqual(360);
      }
    });
  });
}
