// Listening beside the complaint log: surveys and focus groups (adding,
// validating, the closed-question warning, editing, trashing and undoing),
// the shop's monthly operational figures and its suppliers' figures (forms,
// validation, tables and trends over time), hostile text, Italian, axe in
// light and dark, and a phone's width.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect } from '@playwright/test';
import { generation, open, openExample, saved, waitSaved, watchErrors, expectNoViolations, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const cards = (page) => page.getByTestId('survey-card');
const card = (page, text) => cards(page).filter({ hasText: text });
const opsRows = (page) => page.getByTestId('operations-row');
const supRows = (page) => page.getByTestId('suppliers-row');

/** From any Listen page: the "Surveys" sub-tab. */
async function gotoSurveys(page) {
  await page.getByTestId('listen-tabs').getByRole('link', { name: 'Surveys' }).click();
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.locator('main h1')).toHaveText('Surveys and focus groups');
}

/** From any Listen page: the "Figures" sub-tab. */
async function gotoFigures(page) {
  await page.getByTestId('listen-tabs').getByRole('link', { name: 'Figures' }).click();
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.locator('main h1')).toHaveText('Figures over time');
}

/**
 * From /listen/surveys: "New survey or focus group", fills the given fields,
 * "Save"; waits for the save and for the list.
 */
async function addSurvey(page, s) {
  await page.getByTestId('new-survey').click();
  await expect(page).toHaveURL(/\/listen\/surveys\/new$/);
  await expect(page.locator('main h1')).toHaveText('New survey or focus group');
  if (s.date !== undefined) await page.getByLabel('Date').fill(s.date);
  if (s.kind !== undefined) await page.getByTestId('survey-kind').selectOption(s.kind);
  if (s.audience !== undefined) await page.getByTestId('survey-audience').selectOption(s.audience);
  if (s.participants !== undefined) await page.getByLabel('Participants').fill(String(s.participants));
  if (s.title !== undefined) await page.getByTestId('survey-title').fill(s.title);
  if (s.questions !== undefined) await page.getByTestId('survey-questions').fill(s.questions.join('\n'));
  if (s.learned !== undefined) await page.getByTestId('survey-learned').fill(s.learned);
  await saved(page, () => page.getByTestId('save-survey').click());
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
}

/** Opens the survey whose card holds `text`, by its title link. */
async function openSurvey(page, text) {
  const c = card(page, text);
  await expect(c).toHaveCount(1);
  await c.getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page).toHaveURL(/\/listen\/surveys\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText('Survey or focus group');
}

/** Fills the number fields of a monthly form that are given (by test id). */
async function fillCounts(page, counts) {
  for (const [testid, v] of Object.entries(counts)) await page.getByTestId(testid).fill(String(v));
}

/**
 * From /listen/figures: "Add a month" of the operational figures, fills the
 * month and the counts, "Save"; waits for the save and the figures page.
 */
async function addOperations(page, period, counts) {
  await page.getByTestId('new-operations').click();
  await expect(page).toHaveURL(/\/listen\/figures\/operations\/new$/);
  await expect(page.locator('main h1')).toHaveText('Operational figures');
  await page.getByTestId('period').fill(period);
  await fillCounts(page, counts);
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
}

/** As addOperations, for the suppliers' figures: text fields and counts. */
async function addSuppliers(page, period, f) {
  await page.getByTestId('new-suppliers').click();
  await expect(page).toHaveURL(/\/listen\/figures\/suppliers\/new$/);
  await expect(page.locator('main h1')).toHaveText('Suppliers and service providers');
  await page.getByTestId('period').fill(period);
  if (f.web !== undefined) await page.getByTestId('web-feedback').fill(f.web);
  if (f.calls !== undefined) await page.getByTestId('call-complaints').fill(f.calls);
  if (f.minutes !== undefined) await page.getByTestId('wait-minutes').fill(String(f.minutes));
  if (f.seconds !== undefined) await page.getByTestId('wait-seconds').fill(String(f.seconds));
  await fillCounts(page, f.counts ?? {});
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
}

/** The cells of a table row, as text. */
const cellsOf = (row) => row.locator('th, td').allInnerTexts();

const FOCUS_GROUP = {
  date: '2026-10-05',
  kind: 'focus_group',
  audience: 'employees',
  participants: 5,
  title: 'Staff focus group on returns',
  questions: ['What makes a return take long?', 'What would you change at the till?'],
  learned: 'Refunds wait for the owner.\nThe till has no returns button.',
};

// ---- surveys and focus groups ---------------------------------------------

test('a focus group added from the keyboard is listed with its meta and questions, and survives a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen');
  await gotoSurveys(page);
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByText('No surveys or focus groups yet.')).toBeVisible();

  // The "new" link and every field are reached and filled from the keyboard.
  await page.getByTestId('new-survey').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/listen\/surveys\/new$/);
  await expect(page.locator('main h1')).toHaveText('New survey or focus group');
  await expect(page.getByText('Fields marked * are required.')).toBeVisible();

  const date = page.getByLabel('Date');
  await expect(date).toHaveAttribute('type', 'date');
  await expect(date).toHaveValue(await page.evaluate(() => {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }));
  await date.fill(FOCUS_GROUP.date);
  // Tab leaves the date field after its day, month and year parts (their
  // order follows the browser's own locale).
  const kind = page.getByTestId('survey-kind');
  for (let i = 0; i < 5 && !(await kind.evaluate((e) => e === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(kind).toBeFocused();
  await expect(kind).toHaveValue('survey');
  await expect(kind.locator('option')).toHaveText(['Survey', 'Focus group']);
  await kind.selectOption('focus_group');

  await page.keyboard.press('Tab');
  const audience = page.getByTestId('survey-audience');
  await expect(audience).toBeFocused();
  await expect(audience).toHaveValue('customers');
  await expect(audience.locator('option')).toHaveText(['Customers', 'Employees']);
  await audience.selectOption('employees');

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Participants')).toBeFocused();
  await page.keyboard.type('5');

  await page.keyboard.press('Tab');
  await expect(page.getByTestId('survey-title')).toBeFocused();
  await page.keyboard.type(FOCUS_GROUP.title);

  await page.keyboard.press('Tab');
  await expect(page.getByTestId('survey-questions')).toBeFocused();
  await page.keyboard.type(FOCUS_GROUP.questions[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // a blank line is dropped
  await page.keyboard.type(`  ${FOCUS_GROUP.questions[1]}  `);

  await page.keyboard.press('Tab');
  await expect(page.getByTestId('survey-learned')).toBeFocused();
  await page.keyboard.type('Refunds wait for the owner.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The till has no returns button.');

  await page.keyboard.press('Tab');
  await expect(page.getByTestId('save-survey')).toBeFocused();
  await saved(page, () => page.keyboard.press('Enter'));

  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  await expect(page.getByText('No surveys or focus groups yet.')).toHaveCount(0);

  const check = async () => {
    await expect(cards(page)).toHaveCount(1);
    const c = cards(page).first();
    await expect(c.getByRole('heading', { level: 2 })).toHaveText(FOCUS_GROUP.title);
    await expect(c.locator('p.muted')).toHaveText('5 October 2026 · Focus group · Employees · 5 participants');
    await expect(c.getByRole('heading', { level: 3 })).toHaveText(['Open questions asked', 'What we learned']);
    await expect(c.getByRole('listitem')).toHaveText(FOCUS_GROUP.questions);
    await expect(c.locator('p.prewrap')).toHaveText(FOCUS_GROUP.learned);
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Surveys and focus groups');
  await check();
  expect(errors).toEqual([]);
});

test('saving an empty survey lists what is missing in the alert and adds nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/surveys/new');
  await expect(page.locator('main h1')).toHaveText('New survey or focus group');
  const problems = page.locator('#form-errors');
  await expect(problems).toHaveAttribute('role', 'alert');
  await expect(problems).toBeEmpty();

  await page.getByTestId('save-survey').click();
  await expect(problems.getByRole('listitem')).toHaveText(['Give it a name.', 'Write down what you learned.']);
  await expect(problems).toBeFocused();
  await expect(page).toHaveURL(/\/listen\/surveys\/new$/);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Only spaces count as nothing; fixing one problem leaves the other.
  await page.getByTestId('survey-title').fill('   ');
  await page.getByTestId('survey-learned').fill('People want open questions.');
  await page.getByTestId('save-survey').click();
  await expect(problems.getByRole('listitem')).toHaveText(['Give it a name.']);

  await page.getByTestId('survey-title').fill('Exit poll');
  await page.getByTestId('survey-learned').fill('  \n ');
  await page.getByTestId('save-survey').click();
  await expect(problems.getByRole('listitem')).toHaveText(['Write down what you learned.']);
  await expect(page).toHaveURL(/\/listen\/surveys\/new$/);

  expect(await generation(page)).toBe(0);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.locator('main h1')).toHaveText('Surveys and focus groups');
  await expect(page.getByTestId('drafts')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(0);
  await expect(page.getByText('No surveys or focus groups yet.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a closed question gets a warning while an open one does not', async ({ page }) => {
  await open(page, '/listen/surveys/new');
  const questions = page.getByTestId('survey-questions');
  const warning = page.getByTestId('closed-questions');
  await expect(page.locator('#questions-hint')).toContainText('What nearly stopped you from buying?');

  await questions.fill('What nearly stopped you from buying?');
  await expect(warning).toBeEmpty();

  await questions.fill('What nearly stopped you from buying?\nAre you happy with our service?');
  await expect(warning).toContainText('These read like yes/no or rating questions');
  await expect(warning.getByRole('listitem')).toHaveText(['Are you happy with our service?']);

  await questions.fill('What nearly stopped you from buying?\nAre you happy with our service?\nOn a scale from 1 to 5, how was the delivery?\nTell us about the last time you waited too long.');
  await expect(warning.getByRole('listitem')).toHaveText([
    'Are you happy with our service?',
    'On a scale from 1 to 5, how was the delivery?',
  ]);

  // Rewritten as open questions, the warning goes.
  await questions.fill('What nearly stopped you from buying?\nWhat happened the last time you called us?');
  await expect(warning).toBeEmpty();

  // The warning is advice, not an error: a closed question can still be saved.
  await questions.fill('Are you happy with our service?');
  await page.getByTestId('survey-title').fill('Till survey');
  await page.getByTestId('survey-learned').fill('Everyone says yes, which tells us little.');
  await saved(page, () => page.getByTestId('save-survey').click());
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(card(page, 'Till survey').getByRole('listitem')).toHaveText(['Are you happy with our service?']);
});

test('editing a survey shows its saved values and changes its card', async ({ page }) => {
  await open(page, '/listen/surveys');
  await addSurvey(page, FOCUS_GROUP);
  await addSurvey(page, { date: '2026-08-20', title: 'Delivery survey', learned: 'Parcels arrive late on Mondays.' });
  // The newest first.
  await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText([FOCUS_GROUP.title, 'Delivery survey']);
  await expect(card(page, 'Delivery survey').locator('p.muted')).toHaveText('20 August 2026 · Survey · Customers');
  await expect(card(page, 'Delivery survey').getByText('Open questions asked')).toHaveCount(0);

  await openSurvey(page, FOCUS_GROUP.title);
  await expect(page.getByLabel('Date')).toHaveValue(FOCUS_GROUP.date);
  await expect(page.getByTestId('survey-kind')).toHaveValue('focus_group');
  await expect(page.getByTestId('survey-audience')).toHaveValue('employees');
  await expect(page.getByLabel('Participants')).toHaveValue('5');
  await expect(page.getByTestId('survey-title')).toHaveValue(FOCUS_GROUP.title);
  await expect(page.getByTestId('survey-questions')).toHaveValue(FOCUS_GROUP.questions.join('\n'));
  await expect(page.getByTestId('survey-learned')).toHaveValue(FOCUS_GROUP.learned);

  // The form reopens the same after a reload.
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Survey or focus group');
  await expect(page.getByTestId('survey-title')).toHaveValue(FOCUS_GROUP.title);

  await page.getByTestId('survey-title').fill('Staff focus group on refunds');
  await page.getByTestId('survey-kind').selectOption('survey');
  await page.getByTestId('survey-audience').selectOption('customers');
  await page.getByLabel('Participants').fill('12');
  await page.getByTestId('survey-questions').fill('Why did you bring it back?');
  await page.getByLabel('Date').fill('2026-07-01');
  await saved(page, () => page.getByTestId('save-survey').click());
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');

  await expect(cards(page)).toHaveCount(2);
  await expect(card(page, 'Staff focus group on returns')).toHaveCount(0);
  const edited = card(page, 'Staff focus group on refunds');
  await expect(edited.locator('p.muted')).toHaveText('1 July 2026 · Survey · Customers · 12 participants');
  await expect(edited.getByRole('listitem')).toHaveText(['Why did you bring it back?']);
  // Now older than the other one, so listed after it.
  await expect(cards(page).getByRole('heading', { level: 2 })).toHaveText(['Delivery survey', 'Staff focus group on refunds']);
  await page.reload();
  await expect(card(page, 'Staff focus group on refunds').locator('p.muted')).toHaveText('1 July 2026 · Survey · Customers · 12 participants');
});

test('"Move to the trash" removes a survey, Undo brings it back, and the trash in Share & backup names it', async ({ page }) => {
  await open(page, '/listen/surveys');
  await addSurvey(page, FOCUS_GROUP);
  await addSurvey(page, { date: '2026-08-20', title: 'Delivery survey', learned: 'Parcels arrive late on Mondays.' });
  await expect(cards(page)).toHaveCount(2);

  await openSurvey(page, FOCUS_GROUP.title);
  await saved(page, () => page.getByTestId('delete-survey').click());
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(cards(page)).toHaveCount(1);
  await expect(card(page, FOCUS_GROUP.title)).toHaveCount(0);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Moved to the trash.');
  const undo = notice.getByTestId('undo-delete');
  await expect(undo).toHaveText('Undo');

  await saved(page, () => undo.click());
  await expect(cards(page)).toHaveCount(2);
  await expect(card(page, FOCUS_GROUP.title)).toHaveCount(1);
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await page.reload();
  await expect(cards(page)).toHaveCount(2);

  // Trashed again, it waits in the trash of Share & backup.
  await openSurvey(page, 'Delivery survey');
  await saved(page, () => page.getByTestId('delete-survey').click());
  await expect(card(page, 'Delivery survey')).toHaveCount(0);
  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  const trash = page.getByTestId('trash');
  await expect(trash).not.toContainText('The trash is empty.');
  const item = trash.getByRole('listitem').filter({ hasText: 'Delivery survey' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Surveys and focus groups — 20 August 2026 — Delivery survey');
  await expect(trash).not.toContainText(FOCUS_GROUP.title);

  // Restored from there, it is listed again.
  await saved(page, () => item.getByRole('button', { name: 'Restore' }).click());
  await expect(trash).toContainText('The trash is empty.');
  await open(page, '/listen/surveys');
  await expect(cards(page)).toHaveCount(2);
  await expect(card(page, 'Delivery survey')).toHaveCount(1);
});

test('a survey with one participant says "1 participant"', async ({ page }) => {
  await open(page, '/listen/surveys');
  await addSurvey(page, { date: '2026-10-05', participants: 1, title: 'Chat with our best customer', learned: 'She wants Saturday deliveries.' });
  // Singular, as the app's other counts are ("1 record added or updated").
  await expect(card(page, 'Chat with our best customer').locator('p.muted')).toHaveText('5 October 2026 · Survey · Customers · 1 participant');
});

test('an unknown survey id shows "not found" with a way back', async ({ page }) => {
  await open(page, '/listen/surveys/00000000-0000-4000-8000-000000000000');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Surveys and focus groups' }).click();
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.locator('main h1')).toHaveText('Surveys and focus groups');
});

test('hostile text in a survey is shown as text and never runs', async ({ page }) => {
  const errors = watchErrors(page);
  const hostile = '<img src=x onerror="window.__xss=1">';
  const script = '<script>window.__xss=2</script><b>bold</b> & "quotes"';
  await open(page, '/listen/surveys');
  await addSurvey(page, { title: hostile, questions: [script, hostile], learned: `${script}\n${hostile}` });
  const c = cards(page).first();
  await expect(c.getByRole('heading', { level: 2 })).toHaveText(hostile);
  await expect(c.getByRole('listitem')).toHaveText([script, hostile]);
  await expect(c.locator('p.prewrap')).toHaveText(`${script}\n${hostile}`);
  await openSurvey(page, 'onerror');
  await expect(page.getByTestId('survey-title')).toHaveValue(hostile);
  await page.reload();
  await expect(page.getByTestId('survey-title')).toHaveValue(hostile);
  await saved(page, () => page.getByTestId('delete-survey').click());
  await open(page, '/share');
  await expect(page.getByTestId('trash')).toContainText(hostile);
  await open(page, '/listen/surveys');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], main script, main b')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// ---- operational figures ------------------------------------------------------

test('two months of operational figures: the table, newest first, and the trends since the month before', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen');
  await gotoFigures(page);
  const ops = page.locator('section[aria-labelledby="ops-title"]');
  await expect(ops.getByRole('heading', { level: 2 })).toHaveText('Operational figures');
  await expect(ops.getByText('No months entered yet.')).toBeVisible();
  await expect(page.getByTestId('operations-table')).toHaveCount(0);

  await addOperations(page, '2026-09', { sold: 400, returns: 12, backlog: 20, range: 800, 'out-of-stock': 8, checked: 100, rejected: 5 });
  // One month: the latest values, but no change yet.
  await expect(page.getByTestId('trend-return-rate').locator('.trend-latest')).toHaveText('3%');
  await expect(page.getByTestId('trend-return-rate').locator('.change')).toHaveCount(0);

  // The next new month follows the latest one.
  await page.getByTestId('new-operations').click();
  await expect(page.getByTestId('period')).toHaveAttribute('type', 'month');
  await expect(page.getByTestId('period')).toHaveValue('2026-10');
  // Nothing typed: leaving keeps no draft.
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.locator('main h1')).toHaveText('Figures over time');
  await expect(page.getByTestId('drafts')).toHaveCount(0);

  await addOperations(page, '2026-10', { sold: 500, returns: 10, backlog: 25, range: 800, 'out-of-stock': 8, checked: 100, rejected: 2 });

  const check = async () => {
    const table = page.getByTestId('operations-table');
    await expect(table.locator('thead th')).toHaveText(['Month', 'Items sold', 'Returns', 'Return rate', 'Orders waiting (backlog)', 'Items out of stock', 'Internal reject rate']);
    await expect(opsRows(page)).toHaveCount(2);
    expect(await cellsOf(opsRows(page).nth(0))).toEqual(['October 2026', '500', '10', '2%', '25', '8', '2%']);
    expect(await cellsOf(opsRows(page).nth(1))).toEqual(['September 2026', '400', '12', '3%', '20', '8', '5%']);

    const trend = (id) => page.getByTestId(id);
    await expect(trend('trend-return-rate').locator('.trend-name')).toHaveText('Return rate');
    await expect(trend('trend-return-rate').locator('.trend-latest')).toHaveText('2%');
    await expect(trend('trend-return-rate').locator('.change')).toHaveText('▼ 1 point since September 2026');
    await expect(trend('trend-return-rate').locator('.change')).toHaveClass(/\bbetter\b/);
    await expect(trend('trend-returns').locator('.trend-latest')).toHaveText('10');
    await expect(trend('trend-returns').locator('.change')).toHaveText('▼ 2 since September 2026');
    await expect(trend('trend-backlog').locator('.trend-latest')).toHaveText('25');
    await expect(trend('trend-backlog').locator('.change')).toHaveText('▲ 5 since September 2026');
    await expect(trend('trend-backlog').locator('.change')).toHaveClass(/\bworse\b/);
    await expect(trend('trend-out-of-stock').locator('.change')).toHaveText('unchanged since September 2026');
    await expect(trend('trend-reject-rate').locator('.trend-latest')).toHaveText('2%');
    await expect(trend('trend-reject-rate').locator('.change')).toHaveText('▼ 3 points since September 2026');
    // The chart is an image with the same words for screen readers, one dot a month.
    const chart = trend('trend-return-rate').getByRole('img');
    await expect(chart).toHaveAttribute('aria-label', 'Return rate: 2%, ▼ 1 point since September 2026');
    await expect(chart.locator('circle')).toHaveCount(2);
    await expect(trend('trend-return-rate').locator('.spark-range')).toHaveText(/September 2026\s*October 2026/);
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Figures over time');
  await check();
  expect(errors).toEqual([]);
});

test('the operations form refuses returns above sales, a month already entered, and no month', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/figures');
  await addOperations(page, '2026-10', { sold: 500, returns: 10 });
  const before = await generation(page);

  await page.getByTestId('new-operations').click();
  const problems = page.getByTestId('form-errors');
  await page.getByTestId('period').fill('2026-09');
  await fillCounts(page, { sold: 10, returns: 11, range: 5, 'out-of-stock': 6, checked: 3, rejected: 4 });
  await page.getByTestId('save-month').click();
  await expect(problems.getByRole('listitem')).toHaveText([
    'Returns cannot be more than the items sold.',
    'Items rejected cannot be more than items checked.',
    'Items out of stock cannot be more than the items in the range.',
  ]);
  await expect(problems).toBeFocused();
  await expect(page).toHaveURL(/\/listen\/figures\/operations\/new$/);

  await fillCounts(page, { returns: 10, 'out-of-stock': 5, rejected: 3 });
  await page.getByTestId('period').fill('2026-10');
  await page.getByTestId('save-month').click();
  await expect(problems.getByRole('listitem')).toHaveText(['October 2026 is already entered: open it from the table to change it.']);

  await page.getByTestId('period').fill('');
  await page.getByTestId('save-month').click();
  await expect(problems.getByRole('listitem')).toHaveText(['Choose the month (year and month, like 2026-10).']);
  await expect(page).toHaveURL(/\/listen\/figures\/operations\/new$/);
  expect(await generation(page)).toBe(before);

  // Put right, it saves.
  await page.getByTestId('period').fill('2026-09');
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(opsRows(page)).toHaveCount(2);
  expect(await cellsOf(opsRows(page).nth(1))).toEqual(['September 2026', '10', '10', '100%', '', '5', '100%']);
  expect(errors).toEqual([]);
});

test('a month opened from the table can be changed, keeps its own month, and goes to the trash with Undo', async ({ page }) => {
  await open(page, '/listen/figures');
  await addOperations(page, '2026-09', { sold: 400, returns: 12 });
  await addOperations(page, '2026-10', { sold: 500, returns: 10 });

  await opsRows(page).filter({ hasText: 'September 2026' }).getByRole('link', { name: 'September 2026' }).click();
  await expect(page).toHaveURL(/\/listen\/figures\/operations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('period')).toHaveValue('2026-09');
  await expect(page.getByTestId('sold')).toHaveValue('400');
  await expect(page.getByTestId('returns')).toHaveValue('12');
  await expect(page.getByTestId('backlog')).toHaveValue('');
  // Saving a month under its own month is not "already entered".
  await page.getByTestId('returns').fill('20');
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  expect(await cellsOf(opsRows(page).nth(1))).toEqual(['September 2026', '400', '20', '5%', '', '', '']);
  await expect(page.getByTestId('trend-return-rate').locator('.change')).toHaveText('▼ 3 points since September 2026');

  // Moving October to the trash makes September the latest.
  await opsRows(page).filter({ hasText: 'October 2026' }).getByRole('link').click();
  await saved(page, () => page.getByTestId('delete-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(opsRows(page)).toHaveCount(1);
  await expect(page.getByTestId('trend-return-rate').locator('.trend-latest')).toHaveText('5%');
  await expect(page.getByTestId('trend-return-rate').locator('.change')).toHaveCount(0);
  await open(page, '/share');
  await expect(page.getByTestId('trash')).toContainText('Operational figures (months) — October 2026');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Figures over time');
  await expect(opsRows(page)).toHaveCount(1);

  // Undo right after trashing brings it back.
  await opsRows(page).first().getByRole('link').click();
  await saved(page, () => page.getByTestId('delete-month').click());
  await expect(page.getByText('No months entered yet.')).toHaveCount(2);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(opsRows(page)).toHaveCount(1);
  expect(await cellsOf(opsRows(page).first())).toEqual(['September 2026', '400', '20', '5%', '', '', '']);
});

// ---- suppliers' figures -------------------------------------------------------

test('suppliers\' figures: categories as "category: count" lines, waiting time as m:ss, and the latest month beside the one before', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/figures');
  const sup = page.locator('section[aria-labelledby="sup-title"]');
  await expect(sup.getByRole('heading', { level: 2 })).toHaveText('Suppliers and service providers');
  await expect(sup.getByText('No months entered yet.')).toBeVisible();

  await addSuppliers(page, '2026-09', {
    web: 'Delivery late: 4\nPayment failed: 2',
    calls: 'Late delivery: 6\nRude agent: 1',
    minutes: 3,
    seconds: 5,
    counts: { shipments: 200, redeliveries: 10, calls: 300, 'hang-ups': 30 },
  });
  await addSuppliers(page, '2026-10', {
    // A category repeated is added up; blank lines are skipped.
    web: 'Delivery late: 1\n\nDelivery late = 1\nSite too slow: 3',
    calls: 'Late delivery: 2',
    minutes: 2,
    seconds: 30,
    counts: { shipments: 200, redeliveries: 5, calls: 250, 'hang-ups': 25 },
  });

  const check = async () => {
    await expect(supRows(page)).toHaveCount(2);
    const table = page.getByTestId('suppliers-table');
    await expect(table.locator('thead th')).toHaveText(['Month', 'Website feedback', 'Sent again after a refused delivery', 'Call-centre complaints', 'Average waiting time', 'Hung up before reaching an agent']);
    expect(await cellsOf(supRows(page).nth(0))).toEqual(['October 2026', '5', '5 (2.5%)', '2', '2:30', '25 (10%)']);
    expect(await cellsOf(supRows(page).nth(1))).toEqual(['September 2026', '6', '10 (5%)', '7', '3:05', '30 (10%)']);

    const web = page.getByTestId('web-feedback-table');
    await expect(web.locator('caption')).toHaveText('Website feedback by category, October 2026');
    await expect(web.locator('thead th')).toHaveText(['Category', 'October 2026', 'September 2026']);
    const webRows = web.locator('tbody tr');
    // A category of the month before that fell to none is shown with 0.
    await expect(webRows).toHaveCount(3);
    expect(await cellsOf(webRows.nth(0))).toEqual(['Delivery late', '2', '4']);
    expect(await cellsOf(webRows.nth(1))).toEqual(['Site too slow', '3', '0']);
    expect(await cellsOf(webRows.nth(2))).toEqual(['Payment failed', '0', '2']);

    const calls = page.getByTestId('call-complaints-table');
    await expect(calls.locator('caption')).toHaveText('Call-centre complaints by category, October 2026');
    expect(await cellsOf(calls.locator('tbody tr').first())).toEqual(['Late delivery', '2', '6']);
    expect(await cellsOf(calls.locator('tbody tr').nth(1))).toEqual(['Rude agent', '0', '1']);

    await expect(page.getByTestId('trend-wait').locator('.trend-latest')).toHaveText('2:30');
    await expect(page.getByTestId('trend-wait').locator('.change')).toHaveText('▼ 0:35 since September 2026');
    await expect(page.getByTestId('trend-web-feedback').locator('.change')).toHaveText('▼ 1 since September 2026');
    await expect(page.getByTestId('trend-redeliveries').locator('.change')).toHaveText('▼ 2.5 points since September 2026');
    await expect(page.getByTestId('trend-hang-ups').locator('.change')).toHaveText('unchanged since September 2026');
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Figures over time');
  await check();

  // Reopened, the form gives the categories back as lines and the wait split.
  await supRows(page).filter({ hasText: 'October 2026' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/listen\/figures\/suppliers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('period')).toHaveValue('2026-10');
  await expect(page.getByTestId('web-feedback')).toHaveValue('Delivery late: 2\nSite too slow: 3');
  await expect(page.getByTestId('call-complaints')).toHaveValue('Late delivery: 2');
  await expect(page.getByTestId('wait-minutes')).toHaveValue('2');
  await expect(page.getByTestId('wait-seconds')).toHaveValue('30');
  expect(errors).toEqual([]);
});

test('the suppliers form names a line it cannot read and refuses a bad waiting time', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/figures/suppliers/new');
  await expect(page.locator('main h1')).toHaveText('Suppliers and service providers');
  await expect(page.getByText('One category per line, then a colon and the number.')).toBeVisible();
  const problems = page.getByTestId('form-errors');

  await page.getByTestId('period').fill('2026-10');
  await page.getByTestId('web-feedback').fill('Delivery late: 4\nthe site was slow\nPayment failed: 2');
  await page.getByTestId('call-complaints').fill('Late delivery: many');
  await page.getByTestId('wait-minutes').fill('1');
  await page.getByTestId('wait-seconds').fill('75');
  await fillCounts(page, { shipments: 5, redeliveries: 6, calls: 10, 'hang-ups': 11 });
  await page.getByTestId('save-month').click();
  await expect(problems.getByRole('listitem')).toHaveText([
    'Website feedback: line 2 should read “category: number”.',
    'Call-centre complaints: line 1 should read “category: number”.',
    'Write the waiting time as whole minutes and seconds (0 to 59).',
    'Shipments sent again cannot be more than the shipments.',
    'Callers who hung up cannot be more than the calls.',
  ]);
  await expect(problems).toBeFocused();
  await expect(page).toHaveURL(/\/listen\/figures\/suppliers\/new$/);
  expect(await generation(page)).toBe(0);

  await page.getByTestId('web-feedback').fill('Delivery late: 4\nthe site was slow: 1\nPayment failed: 2');
  await page.getByTestId('call-complaints').fill('Late delivery: 3');
  await page.getByTestId('wait-seconds').fill('');
  await fillCounts(page, { redeliveries: 5, 'hang-ups': 1 });
  await saved(page, () => page.getByTestId('save-month').click());
  await expect(page).toHaveURL(/\/listen\/figures$/);
  // Minutes without seconds are whole minutes.
  expect(await cellsOf(supRows(page).first())).toEqual(['October 2026', '7', '5 (100%)', '3', '1:00', '1 (10%)']);
  // With one month, the category table has no month before to compare.
  const web = page.getByTestId('web-feedback-table');
  await expect(web.locator('thead th')).toHaveText(['Category', 'October 2026', '']);
  await expect(web.locator('tbody tr')).toHaveText([/Delivery late\s*4/, /the site was slow\s*1/, /Payment failed\s*2/]);

  // The same month again is refused.
  await page.getByTestId('new-suppliers').click();
  await expect(page.getByTestId('period')).toHaveValue('2026-11');
  await page.getByTestId('period').fill('2026-10');
  await page.getByTestId('save-month').click();
  await expect(problems.getByRole('listitem')).toHaveText(['October 2026 is already entered: open it from the table to change it.']);
  expect(errors).toEqual([]);
});

// ---- Italian ----------------------------------------------------------------

test('in Italian the surveys and figures pages, their forms and months are Italian', async ({ page }) => {
  await openExample(page);
  await open(page, '/listen');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  const tabs = page.getByTestId('listen-tabs');
  await expect(tabs.getByRole('link')).toHaveText(['Registro reclami', 'Sondaggi', 'Dati', 'Problemi principali']);

  await tabs.getByRole('link', { name: 'Sondaggi' }).click();
  await expect(page).toHaveURL(/\/listen\/surveys$/);
  await expect(page.locator('main h1')).toHaveText('Sondaggi e focus group');
  await expect(cards(page).first().getByRole('heading', { level: 3 }).first()).toHaveText('Domande aperte poste');
  await page.getByTestId('new-survey').click();
  await expect(page.locator('main h1')).toHaveText('Nuovo sondaggio o focus group');
  await page.getByTestId('survey-questions').fill('Sei soddisfatto del servizio?');
  await expect(page.getByTestId('closed-questions')).toContainText('Queste sembrano domande sì/no');
  await page.getByTestId('save-survey').click();
  await expect(page.getByTestId('form-errors').getByRole('listitem')).toHaveText(['Dagli un nome.', 'Scrivi cosa hai imparato.']);

  await page.getByTestId('listen-tabs').getByRole('link', { name: 'Dati' }).click();
  await expect(page).toHaveURL(/\/listen\/figures$/);
  await expect(page.locator('main h1')).toHaveText('Dati nel tempo');
  await expect(page.locator('#ops-title')).toHaveText('Dati operativi');
  await expect(page.locator('#sup-title')).toHaveText('Fornitori e partner di servizio');
  await expect(page.getByTestId('operations-table').locator('thead th').first()).toHaveText('Mese');
  await expect(page.getByTestId('trend-return-rate').locator('.trend-name')).toHaveText('Tasso di reso');
  await expect(page.getByTestId('trend-return-rate').locator('.change')).toHaveText(/^▼ .+ punt[oi] rispetto a \S+ \d{4}$/);
  // The month names come from the Italian calendar, not the English one.
  const firstMonth = await opsRows(page).first().locator('th').innerText();
  const italian = await page.evaluate(() => Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('it', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1, 12)).split(' ')[0]));
  expect(italian).toContain(firstMonth.split(' ')[0]);

  await page.getByTestId('new-operations').click();
  await page.getByTestId('period').fill('');
  await page.getByTestId('save-month').click();
  await expect(page.getByTestId('form-errors')).toContainText('Scegli il mese (anno e mese, come 2026-10).');
});

// ---- accessibility ----------------------------------------------------------

const a11yStates = [
  {
    name: '/listen/surveys with surveys',
    setup: async (page) => {
      await openExample(page);
      await open(page, '/listen/surveys');
      await expect(cards(page).first()).toBeVisible();
    },
  },
  {
    name: '/listen/surveys with the trash notice and its Undo',
    setup: async (page) => {
      await open(page, '/listen/surveys');
      await addSurvey(page, FOCUS_GROUP);
      await openSurvey(page, FOCUS_GROUP.title);
      await page.getByTestId('delete-survey').click();
      await expect(page.getByTestId('undo-delete')).toBeVisible();
      await waitSaved(page);
    },
  },
  {
    name: '/listen/surveys/new',
    setup: async (page) => {
      await open(page, '/listen/surveys/new');
      await expect(page.getByTestId('survey-title')).toBeVisible();
    },
  },
  {
    name: '/listen/surveys/new with errors and the closed-question warning',
    setup: async (page) => {
      await open(page, '/listen/surveys/new');
      await page.getByTestId('survey-questions').fill('Are you happy with our service?');
      await page.getByTestId('save-survey').click();
      await expect(page.getByTestId('form-errors')).toContainText('Give it a name.');
      await expect(page.getByTestId('closed-questions')).toContainText('Are you happy with our service?');
    },
  },
  {
    name: '/listen/figures with the example',
    setup: async (page) => {
      await openExample(page);
      await open(page, '/listen/figures');
      await expect(page.getByTestId('operations-table')).toBeVisible();
      await expect(page.getByTestId('suppliers-table')).toBeVisible();
      await expect(page.getByTestId('web-feedback-table')).toBeVisible();
    },
  },
  {
    name: '/listen/figures empty',
    setup: async (page) => {
      await open(page, '/listen/figures');
      await expect(page.getByText('No months entered yet.')).toHaveCount(2);
    },
  },
  {
    name: '/listen/figures/operations/new with errors',
    setup: async (page) => {
      await open(page, '/listen/figures/operations/new');
      await fillCounts(page, { sold: 1, returns: 2 });
      await page.getByTestId('save-month').click();
      await expect(page.getByTestId('form-errors')).toContainText('Returns cannot be more than the items sold.');
    },
  },
  {
    name: '/listen/figures/suppliers/new',
    setup: async (page) => {
      await open(page, '/listen/figures/suppliers/new');
      await expect(page.getByTestId('web-feedback')).toBeVisible();
    },
  },
  {
    name: '/listen/figures/suppliers/new with errors',
    setup: async (page) => {
      await open(page, '/listen/figures/suppliers/new');
      await page.getByTestId('web-feedback').fill('nonsense');
      await page.getByTestId('save-month').click();
      await expect(page.getByTestId('form-errors')).toContainText('line 1');
    },
  },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on surveys and figures, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('every page and state has no violations', async ({ browser, baseURL }) => {
      test.setTimeout(180_000); // nine states, each with its own setup and axe run
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

    test('surveys, figures and their forms do not scroll sideways', async ({ page }) => {
      await open(page, '/');
      await page.getByTestId('first-visit').getByRole('button').click();
      await expect(page.getByTestId('example-note')).toBeVisible();
      await waitSavedAnyLanguage(page);
      for (const path of ['/listen/surveys', '/listen/surveys/new', '/listen/figures', '/listen/figures/operations/new', '/listen/figures/suppliers/new']) {
        await open(page, path);
        if (path === '/listen/figures') await expect(page.getByTestId('suppliers-table')).toBeVisible();
        if (path === '/listen/surveys') await expect(cards(page).first()).toBeVisible();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
      }
    });
  });
}

/** Waits until something is stored (the footer's words depend on the language). */
async function waitSavedAnyLanguage(page) {
  await expect.poll(() => generation(page)).toBeGreaterThan(0);
}
