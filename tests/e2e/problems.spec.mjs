// Listen → Top three problems (/listen/problems): candidates drawn from the
// complaint log and the other inputs, ranked with the reasons shown; the
// shortlist (own problems, the seed's "specific enough to act on" rule,
// unique places, merging, removing, undo); a place given twice by merged
// copies of the workbook; the time window; Italian; axe and a phone's width.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoViolations, generation, open, openExample, saved, waitSaved, watchErrors, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const TOP_EMPTY = 'Not chosen yet: give a problem of the shortlist this place.';
const NO_CANDIDATES = 'Nothing to draw from in this time: log complaints, or enter figures, first.';
const SHORTLIST_EMPTY = 'The shortlist is empty: add candidates from the list below, or add your own problem.';
const TOO_VAGUE = 'Too vague to act on: say what went wrong (“the item arrived broken”, not “I was not satisfied”), or tick “Specific enough to act on” if it is.';

const cards = (page) => page.getByTestId('problem');
const candidates = (page) => page.getByTestId('candidate');
/** The candidate row whose first cell is `title` (and, if given, whose origin is `origin`). */
const candidate = (page, title, origin) => {
  let rows = candidates(page).filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
  if (origin) rows = rows.filter({ has: page.getByRole('cell', { name: origin, exact: true }) });
  return rows;
};

/** Opens the problems page and waits for its heading. */
async function openProblems(page) {
  await open(page, '/listen/problems');
  await expect(page.locator('main h1')).toHaveText('Top three problems');
}

/** The titles of the shortlist's cards, in the order shown (they are input values). */
async function cardTitles(page) {
  return cards(page).getByTestId('problem-title').evaluateAll((inputs) => inputs.map((i) => i.value));
}

/**
 * The shortlist card whose title field holds `title`. The list is drawn again
 * after each edit (and sorted by place), so call this again after every edit.
 */
async function card(page, title) {
  let index = -1;
  await expect
    .poll(async () => {
      index = (await cardTitles(page)).indexOf(title);
      return index;
    }, { message: `a shortlist card titled “${title}”` })
    .toBeGreaterThanOrEqual(0);
  return cards(page).nth(index);
}

/** Adds a problem of one's own from the form under the shortlist. */
async function addOwn(page, title) {
  const before = await cards(page).count();
  await page.getByTestId('own-problem').fill(title);
  await saved(page, () => page.getByTestId('add-own-problem').click());
  await expect(cards(page)).toHaveCount(before + 1);
  await expect(page.getByTestId('own-problem')).toHaveValue('');
}

/** Chooses a place (1, 2, 3, or '' for none) for the card titled `title`. */
async function choosePlace(page, title, place) {
  const c = await card(page, title);
  await saved(page, () => c.getByTestId('problem-rank').selectOption(String(place)));
}

/** The local date-time `months` months (and `days` days) ago, as a datetime-local value. */
async function monthsAgo(page, months, days = 0) {
  return page.evaluate(([m, dd]) => {
    const d = new Date();
    d.setDate(1); // no month overflow (31 March − 1 month)
    d.setMonth(d.getMonth() - m);
    d.setDate(Math.min(new Date().getDate(), 28) - dd);
    d.setHours(10, 0, 0, 0);
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, [months, days]);
}

/**
 * Logs a complaint through the form on /listen/new: category, nature and,
 * when given, the compensation amount and the received date-time.
 */
async function addComplaint(page, { category, nature, amount, received }) {
  await open(page, '/listen/new');
  await expect(page.locator('main h1')).toHaveText('New complaint');
  if (received !== undefined) {
    await page.getByLabel('Received').fill(received);
    await page.getByLabel('Received').press('Tab');
  }
  await page.getByTestId('category').fill(category);
  await page.getByTestId('category').press('Tab'); // commits the change event
  await page.getByTestId('nature').fill(nature);
  if (amount !== undefined) {
    const field = page.getByLabel('Amount', { exact: true });
    await field.fill(String(amount));
    await field.press('Tab');
  }
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.getByTestId('notice')).toContainText('The complaint was saved.');
}

/** Three broken items (one compensated with 30) and one late delivery. */
async function logFourComplaints(page) {
  await addComplaint(page, { category: 'Item arrived broken', nature: 'The drill case was cracked.', amount: 30 });
  await addComplaint(page, { category: 'Item arrived broken', nature: 'The lamp came in pieces.' });
  await addComplaint(page, { category: 'Late delivery', nature: 'The paint came four days late.' });
  await addComplaint(page, { category: 'Item arrived broken', nature: 'A chipped tile in the box.' });
}

/** The score numbers of the candidates table, top to bottom. */
async function candidateScores(page) {
  const texts = await candidates(page).locator('.score-n').allTextContents();
  return texts.map((t) => Number(t.replace(/[^\d.]/g, '')));
}

/** Exports the workbook from Share & backup; returns { path, json }. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const path = await download.path();
  return { path, json: JSON.parse(await readFile(path, 'utf8')) };
}

test('an empty workbook: nothing to draw from, an empty shortlist and three empty places', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen');
  await page.getByTestId('listen-tabs').getByRole('link', { name: 'Top problems' }).click();
  await expect(page).toHaveURL(/\/listen\/problems$/);
  await expect(page.locator('main h1')).toHaveText('Top three problems');

  await expect(page.getByTestId('no-candidates')).toHaveText(NO_CANDIDATES);
  await expect(page.getByTestId('candidates')).toHaveCount(0);
  await expect(page.getByTestId('shortlist-empty')).toHaveText(SHORTLIST_EMPTY);
  await expect(cards(page)).toHaveCount(0);

  const top = page.getByTestId('top-three');
  await expect(top.getByRole('heading', { level: 2 })).toHaveText('Your top three');
  await expect(top.getByTestId('top-empty')).toHaveCount(3);
  await expect(top.getByTestId('top-empty')).toHaveText([TOP_EMPTY, TOP_EMPTY, TOP_EMPTY]);
  await expect(top.getByTestId('top-problem')).toHaveCount(0);
  await expect(top.getByTestId('rank-twice')).toHaveCount(0);
  await expect(top).toContainText('Your customer service policy starts from these three.');
  // The time window offers three spans, the last 12 months by default.
  await expect(page.getByTestId('window')).toHaveValue('12');
  await expect(page.getByTestId('window').locator('option')).toHaveText(['the last 3 months', 'the last 12 months', 'all time']);
  expect(errors).toEqual([]);
});

test('complaints logged with the form become candidates, ranked by score with the reasons shown', async ({ page }) => {
  const errors = watchErrors(page);
  await logFourComplaints(page);
  await openProblems(page);

  const table = page.getByTestId('candidates');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('no-candidates')).toHaveCount(0);
  await expect(table.locator('thead th')).toHaveText(['Problem', 'Found in', 'Why it ranks here', 'Score', 'Add to the shortlist']);
  await expect(candidates(page)).toHaveCount(2);
  await expect(candidates(page).getByRole('rowheader')).toHaveText(['Item arrived broken', 'Late delivery']);

  // 3 of 4 complaints (60 × 0.75 = 45), all of the compensation (25), specific (15).
  const broken = candidates(page).first();
  await expect(broken.getByRole('cell').first()).toHaveText('Complaint log');
  await expect(broken.locator('td.why')).toHaveText('3 complaints out of 4 (75%) — 30.00 paid in compensation, 100% of all compensation — a specific problem you can fix');
  await expect(broken.locator('.score-n')).toHaveText('85');
  await expect(broken.getByRole('img')).toHaveAccessibleName('85 points of 100');

  // 1 of 4 (15), no compensation (0), specific (15).
  const late = candidates(page).nth(1);
  await expect(late.locator('td.why')).toHaveText('1 complaint out of 4 (25%) — no compensation paid for it — a specific problem you can fix');
  await expect(late.locator('.score-n')).toHaveText('30');

  const scores = await candidateScores(page);
  expect(scores).toEqual([85, 30]);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  expect(errors).toEqual([]);
});

test('"Add to the shortlist" moves a candidate to the shortlist, and its row then says so', async ({ page }) => {
  await logFourComplaints(page);
  await openProblems(page);
  await expect(page.getByTestId('shortlist-empty')).toBeVisible();

  const row = candidate(page, 'Item arrived broken');
  const add = row.getByRole('button', { name: 'Add to the shortlist: Item arrived broken' });
  await expect(add).toHaveText('Add to the shortlist');
  await saved(page, () => add.click());

  await expect(page.getByTestId('shortlist-empty')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(1);
  const c = cards(page).first();
  await expect(c.getByTestId('problem-title')).toHaveValue('Item arrived broken');
  await expect(c.getByTestId('problem-why')).toContainText('3 complaints out of 4 (75%) — 30.00 paid in compensation, 100% of all compensation — a specific problem you can fix');
  await expect(c).toContainText('Drawn from: Complaint log — Item arrived broken');
  await expect(c.getByTestId('problem-rank')).toHaveValue('');
  await expect(c.getByTestId('problem-specific')).toBeChecked();

  await expect(row).toContainText('On the shortlist');
  await expect(row.getByTestId('shortlist')).toHaveCount(0);
  // The other candidate can still be added.
  await expect(candidate(page, 'Late delivery').getByTestId('shortlist')).toBeVisible();
  // Still in the top three? No: adding does not give a place.
  await expect(page.getByTestId('top-empty')).toHaveCount(3);

  await page.reload();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first().getByTestId('problem-title')).toHaveValue('Item arrived broken');
  await expect(candidate(page, 'Item arrived broken')).toContainText('On the shortlist');
});

test('a vague problem of one\'s own is refused a place until it is ticked "Specific enough to act on"', async ({ page }) => {
  await openProblems(page);
  await expect(page.getByTestId('own-problem')).toHaveAttribute('placeholder', 'e.g. Customers cannot find opening hours online');
  await addOwn(page, 'Customers not satisfied');

  let c = await card(page, 'Customers not satisfied');
  await expect(c.getByTestId('problem-why')).toContainText('too vague to act on');
  await expect(c.getByTestId('problem-specific')).not.toBeChecked();
  await expect(c).not.toContainText('Drawn from:');

  await c.getByTestId('problem-rank').selectOption('1');
  c = await card(page, 'Customers not satisfied');
  const refusal = c.getByTestId('rank-refused');
  await expect(refusal).toHaveText(TOO_VAGUE);
  await expect(refusal).toHaveAttribute('role', 'alert');
  // The refused place is not shown as chosen.
  await expect.soft(c.getByTestId('problem-rank'), 'the refused problem\'s place still reads “Not in the top three”').toHaveValue('');
  await expect(page.getByTestId('top-empty')).toHaveCount(3);
  await expect(page.getByTestId('top-problem')).toHaveCount(0);

  // The user decides it is specific enough: now it can take place 1.
  await saved(page, () => c.getByTestId('problem-specific').check());
  c = await card(page, 'Customers not satisfied');
  await expect(c.getByTestId('problem-specific')).toBeChecked();
  await expect(c.getByTestId('problem-why')).toContainText(' — a specific problem you can fix');
  // The refusal's reason is gone, so is the alert.
  await expect.soft(c.getByTestId('rank-refused'), 'the “too vague” alert once ticked specific').toHaveCount(0);
  await choosePlace(page, 'Customers not satisfied', 1);
  c = await card(page, 'Customers not satisfied');
  await expect(c.getByTestId('rank-refused')).toHaveCount(0);
  await expect(c.getByTestId('problem-rank')).toHaveValue('1');
  await expect(page.getByTestId('top-problem')).toHaveText(['Customers not satisfied']);
  await expect(page.getByTestId('top-empty')).toHaveCount(2);

  // Unticking takes the place away again.
  await saved(page, () => c.getByTestId('problem-specific').uncheck());
  await expect(page.getByTestId('top-problem')).toHaveCount(0);
  await expect(page.getByTestId('top-empty')).toHaveCount(3);
});

test('renaming a vague problem to something specific lets it take a place', async ({ page }) => {
  await openProblems(page);
  await addOwn(page, 'Customers not satisfied');
  let c = await card(page, 'Customers not satisfied');
  await c.getByTestId('problem-rank').selectOption('1');
  await expect((await card(page, 'Customers not satisfied')).getByTestId('rank-refused')).toHaveText(TOO_VAGUE);
  await expect(page.getByTestId('top-empty')).toHaveCount(3);

  c = await card(page, 'Customers not satisfied');
  const title = c.getByTestId('problem-title');
  await saved(page, async () => {
    await title.fill('The item arrived broken');
    await title.press('Tab'); // commits the change event
  });
  c = await card(page, 'The item arrived broken');
  await expect(c.getByTestId('problem-why')).toContainText(' — a specific problem you can fix');
  await expect(c.getByTestId('problem-specific')).toBeChecked();
  await choosePlace(page, 'The item arrived broken', 1);
  await expect((await card(page, 'The item arrived broken')).getByTestId('rank-refused')).toHaveCount(0);
  await expect(page.getByTestId('top-problem')).toHaveText(['The item arrived broken']);

  await page.reload();
  await expect(page.getByTestId('top-problem')).toHaveText(['The item arrived broken']);
  await expect((await card(page, 'The item arrived broken')).getByTestId('problem-rank')).toHaveValue('1');
});

test('a problem without a title is refused a place', async ({ page }) => {
  await openProblems(page);
  await addOwn(page, 'Paint orders arrive late');
  let c = await card(page, 'Paint orders arrive late');
  await saved(page, async () => {
    await c.getByTestId('problem-title').fill('   ');
    await c.getByTestId('problem-title').press('Tab');
  });
  c = await card(page, '');
  await c.getByTestId('problem-rank').selectOption('2');
  await expect((await card(page, '')).getByTestId('rank-refused')).toHaveText('Give the problem a title first.');
  await expect(page.getByTestId('top-empty')).toHaveCount(3);
});

test('each place is held by one problem: giving place 1 to another moves the first out, and it is kept', async ({ page }) => {
  await openProblems(page);
  await addOwn(page, 'Power tools arrive broken');
  await addOwn(page, 'Paint orders arrive late');
  await addOwn(page, 'Callers hang up while waiting');

  await choosePlace(page, 'Power tools arrive broken', 1);
  await expect(page.getByTestId('top-problem')).toHaveText(['Power tools arrive broken']);

  await choosePlace(page, 'Paint orders arrive late', 1);
  await expect(page.getByTestId('top-problem')).toHaveText(['Paint orders arrive late']);
  await expect((await card(page, 'Power tools arrive broken')).locator('.rank-badge')).toHaveCount(0);
  await expect((await card(page, 'Paint orders arrive late')).locator('.rank-badge')).toHaveText('1');
  // The card that gave place 1 up no longer says it holds it.
  await expect.soft((await card(page, 'Power tools arrive broken')).getByTestId('problem-rank'), 'A\'s place after B took place 1').toHaveValue('');
  await expect((await card(page, 'Paint orders arrive late')).getByTestId('problem-rank')).toHaveValue('1');

  await choosePlace(page, 'Callers hang up while waiting', 3);
  await choosePlace(page, 'Power tools arrive broken', 2);
  const top = page.getByTestId('top-three');
  await expect(top.getByTestId('top-problem')).toHaveText([
    'Paint orders arrive late',
    'Power tools arrive broken',
    'Callers hang up while waiting',
  ]);
  await expect(top.getByTestId('top-empty')).toHaveCount(0);
  await expect(top.getByTestId('rank-twice')).toHaveCount(0);
  // The shortlist shows them by place too.
  expect(await cardTitles(page)).toEqual(['Paint orders arrive late', 'Power tools arrive broken', 'Callers hang up while waiting']);

  await page.reload();
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Paint orders arrive late',
    'Power tools arrive broken',
    'Callers hang up while waiting',
  ]);
  await expect((await card(page, 'Power tools arrive broken')).getByTestId('problem-rank')).toHaveValue('2');

  // "Not in the top three" frees the place.
  await choosePlace(page, 'Power tools arrive broken', '');
  await expect(top.getByTestId('top-problem')).toHaveText(['Paint orders arrive late', 'Callers hang up while waiting']);
  await expect(top.locator('li').nth(1)).toHaveText(TOP_EMPTY);
});

test('merging two shortlisted problems leaves one card drawn from both, and Undo brings the other back', async ({ page }) => {
  await addComplaint(page, { category: 'Item arrived broken', nature: 'The drill case was cracked.', amount: 30 });
  await addComplaint(page, { category: 'Late delivery', nature: 'The paint came four days late.' });
  await openProblems(page);
  await saved(page, () => candidate(page, 'Item arrived broken').getByTestId('shortlist').click());
  await saved(page, () => candidate(page, 'Late delivery').getByTestId('shortlist').click());
  await expect(cards(page)).toHaveCount(2);

  let from = await card(page, 'Late delivery');
  await expect(from.getByTestId('merge-into').locator('option')).toHaveText(['—', 'Item arrived broken']);
  await from.getByLabel('Merge into').selectOption({ label: 'Item arrived broken' });
  await saved(page, () => from.getByTestId('merge-problem').click());

  await expect(cards(page)).toHaveCount(1);
  const into = await card(page, 'Item arrived broken');
  await expect(into).toContainText('Drawn from: Complaint log — Item arrived broken; Complaint log — Late delivery');
  // 2 of 2 complaints, all the compensation, specific: 60 + 25 + 15.
  await expect(into.getByTestId('problem-why')).toContainText('2 complaints out of 2 (100%) — 30.00 paid in compensation, 100% of all compensation — a specific problem you can fix');
  await expect(into.locator('.score-n')).toHaveText('100');
  // With one problem left there is nothing to merge into.
  await expect(into.getByTestId('merge-into')).toHaveCount(0);
  await expect(candidate(page, 'Late delivery')).toContainText('On the shortlist');

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('The two problems were merged into one.');
  await expect(notice.getByTestId('undo-delete')).toHaveText('Undo');
  await saved(page, () => notice.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(2);
  from = await card(page, 'Late delivery');
  await expect(from).toContainText('Drawn from: Complaint log — Late delivery');

  await page.reload();
  await expect(cards(page)).toHaveCount(2);
  expect((await cardTitles(page)).sort()).toEqual(['Item arrived broken', 'Late delivery']);
});

test('merging a ranked problem into another passes its place on, and Undo puts both back as they were', async ({ page }) => {
  await openExample(page);
  await openProblems(page);
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
  ]);
  const from = await card(page, 'Callers wait more than two minutes and hang up');
  await from.getByTestId('merge-into').selectOption({ label: 'Popular items are out of stock' });
  await saved(page, () => from.getByTestId('merge-problem').click());
  await expect(cards(page)).toHaveCount(3);
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Popular items are out of stock',
  ]);
  let popular = await card(page, 'Popular items are out of stock');
  await expect(popular.locator('.rank-badge')).toHaveText('3');
  await expect(popular).toContainText(
    'Drawn from: Complaint log — Out of stock; Out of stock per items in the range — Items are out of stock; Call centre: hang-ups per call — Callers hang up before reaching an agent',
  );
  await expect(page.getByTestId('rank-twice')).toHaveCount(0);

  await saved(page, () => page.getByTestId('notice').getByTestId('undo-delete').click());
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
  ]);
  // Nothing came from another copy of the workbook: no place is held twice.
  await expect.soft(page.getByTestId('rank-twice'), 'no “place held twice” warning after undoing a merge').toHaveCount(0);
  popular = await card(page, 'Popular items are out of stock');
  await expect.soft(popular.locator('.rank-badge'), 'the merge target gives back the place it took').toHaveCount(0);
  await expect.soft(popular, 'the merge target gives back the source it took').not.toContainText('Call centre: hang-ups per call');
});

test('"Remove from the shortlist" frees its place, and Undo puts it back', async ({ page }) => {
  await openExample(page);
  await openProblems(page);
  await expect(cards(page)).toHaveCount(4);
  const c = await card(page, 'Callers wait more than two minutes and hang up');
  await expect(c.getByTestId('remove-problem')).toHaveText('Remove from the shortlist');
  await saved(page, () => c.getByTestId('remove-problem').click());

  await expect(cards(page)).toHaveCount(3);
  expect(await cardTitles(page)).not.toContain('Callers wait more than two minutes and hang up');
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
  ]);
  await expect(page.getByTestId('top-three').locator('li').nth(2)).toHaveText(TOP_EMPTY);
  // Its source is a candidate that can be added again.
  await expect(candidate(page, 'Callers hang up before reaching an agent').getByTestId('shortlist')).toBeVisible();

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Moved to the trash.');
  await saved(page, () => notice.getByTestId('undo-delete').click());
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
  ]);
  await expect(candidate(page, 'Callers hang up before reaching an agent')).toContainText('On the shortlist');

  await page.reload();
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByTestId('top-problem')).toHaveCount(3);
});

test('the example: a full top three and candidates from every kind of input', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await openProblems(page);

  await expect(page.getByTestId('top-empty')).toHaveCount(0);
  await expect(page.getByTestId('top-problem')).toHaveText([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
  ]);
  await expect(page.getByTestId('rank-twice')).toHaveCount(0);
  expect(await cardTitles(page)).toEqual([
    'Power tools arrive broken because the packaging is too thin',
    'Paint orders arrive after the promised date',
    'Callers wait more than two minutes and hang up',
    'Popular items are out of stock',
  ]);
  const first = await card(page, 'Power tools arrive broken because the packaging is too thin');
  await expect(first).toContainText('Drawn from: Complaint log — Item arrived broken; Returns per items sold — Products are returned');

  // Every kind of input gives candidates.
  const origins = await candidates(page).locator('td.opt').allTextContents();
  for (const origin of [
    'Complaint log',
    'Website feedback',
    'Call centre',
    'Returns per items sold',
    'Backlog per items sold',
    'Out of stock per items in the range',
    'Internal rejects per items checked',
    'Courier: sent again per shipment',
    'Call centre: hang-ups per call',
  ]) {
    expect(origins, `a candidate from “${origin}”`).toContain(origin);
  }
  // 3 of the 8 complaints, 75 of the 90 paid in compensation, specific.
  await expect(candidate(page, 'Item arrived broken', 'Complaint log').locator('td.why')).toHaveText(
    '3 complaints out of 8 (37.5%) — 75.00 paid in compensation, 83% of all compensation — a specific problem you can fix',
  );
  await expect(candidate(page, 'Item arrived broken', 'Complaint log')).toContainText('On the shortlist');
  await expect(candidate(page, 'Products are returned')).toContainText('On the shortlist');
  await expect(candidate(page, 'Wrong item').getByTestId('shortlist')).toBeVisible();

  const scores = await candidateScores(page);
  expect(scores.length).toBeGreaterThanOrEqual(9);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(errors).toEqual([]);
});

test('two copies giving the same place: a merged import warns that place 1 is held twice, until chosen again', async ({ page }) => {
  await openProblems(page);
  await addOwn(page, 'Power tools arrive broken');
  await choosePlace(page, 'Power tools arrive broken', 1);
  const file = await exportWorkbook(page);
  expect(file.json).toMatchObject({ format: 'servicebook', version: 5 });
  expect(file.json.workbook.problems).toHaveLength(1);
  expect(file.json.workbook.problems[0].data).toMatchObject({ title: 'Power tools arrive broken', rank: 1 });

  // Another browser: a different problem takes place 1 later.
  await page.evaluate(() => localStorage.clear());
  await openProblems(page);
  await expect(page.getByTestId('shortlist-empty')).toBeVisible();
  await addOwn(page, 'Paint orders arrive late');
  await choosePlace(page, 'Paint orders arrive late', 1);

  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(file.path);
  await expect(page.getByTestId('preview')).toBeVisible();
  await saved(page, () => page.getByTestId('merge').click());
  await expect(page.getByTestId('notice')).toContainText('The file was merged: 1 new, 0 updated.');

  await openProblems(page);
  await expect(cards(page)).toHaveCount(2);
  const warning = page.getByTestId('rank-twice');
  await expect(warning).toHaveText(
    'Two problems hold place 1 (from merged copies): the most recently changed is shown. Choose again below.',
  );
  // The most recently changed holds it.
  await expect(page.getByTestId('top-problem')).toHaveText(['Paint orders arrive late']);
  await expect((await card(page, 'Power tools arrive broken')).getByTestId('problem-rank')).toHaveValue('1');
  await expect((await card(page, 'Paint orders arrive late')).getByTestId('problem-rank')).toHaveValue('1');

  // Choosing again settles it.
  await choosePlace(page, 'Power tools arrive broken', 1);
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('top-problem')).toHaveText(['Power tools arrive broken']);
  await expect((await card(page, 'Paint orders arrive late')).getByTestId('problem-rank')).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('rank-twice')).toHaveCount(0);
  await expect(page.getByTestId('top-problem')).toHaveText(['Power tools arrive broken']);
});

test('the time window: complaints older than 3 months count in 12 months, older than 12 only in all time', async ({ page }) => {
  await addComplaint(page, { category: 'Item arrived broken', nature: 'The drill case was cracked.', amount: 30, received: await monthsAgo(page, 5) });
  await addComplaint(page, { category: 'Late delivery', nature: 'The paint came four days late.', received: await monthsAgo(page, 14) });
  await openProblems(page);

  const window = page.getByTestId('window');
  await expect(window).toHaveValue('12');
  await expect(candidates(page).getByRole('rowheader')).toHaveText(['Item arrived broken']);
  await expect(candidates(page).first().locator('td.why')).toHaveText('1 complaint out of 1 (100%) — 30.00 paid in compensation, 100% of all compensation — a specific problem you can fix');

  await window.selectOption({ label: 'the last 3 months' });
  await expect(page.getByTestId('no-candidates')).toHaveText(NO_CANDIDATES);
  await expect(page.getByTestId('candidates')).toHaveCount(0);

  await window.selectOption({ label: 'all time' });
  await expect(candidates(page).getByRole('rowheader')).toHaveText(['Item arrived broken', 'Late delivery']);
  await expect(candidate(page, 'Late delivery').locator('td.why')).toHaveText('1 complaint out of 2 (50%) — no compensation paid for it — a specific problem you can fix');
  await expect(candidate(page, 'Item arrived broken').locator('td.why')).toHaveText('1 complaint out of 2 (50%) — 30.00 paid in compensation, 100% of all compensation — a specific problem you can fix');

  await window.selectOption('12');
  await expect(candidates(page).getByRole('rowheader')).toHaveText(['Item arrived broken']);
});

test('in Turkish: the reasons read as a sentence, the score apart from them, and where a problem was found (issue 17)', async ({ page }) => {
  await openExample(page);
  await openProblems(page);
  await page.getByLabel('Language').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.getByTestId('candidates').locator('thead th').nth(1)).toHaveText('Geldiği yer');
  const broken = candidate(page, 'Item arrived broken', 'Şikâyet kaydı');
  await expect(broken.locator('td.why')).toHaveText(
    '8 şikâyetten 3 tanesi (%37,5) — telafi olarak 75,00 ödendi (tüm telafiler içinde %83) — çözebileceğiniz belirgin bir sorun',
  );
  // On the shortlist, the score's number is not read into the sentence.
  const c = await card(page, 'Power tools arrive broken because the packaging is too thin');
  await expect(c.getByTestId('problem-why')).toHaveText(/^8 şikâyetten 3 tanesi \(%37,5\) — /);
});

test('in Italian: the headings and the reasons of the candidates', async ({ page }) => {
  await openExample(page);
  await openProblems(page);
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.locator('main h1')).toHaveText('I tre problemi principali');
  await expect(page.getByTestId('top-three').getByRole('heading', { level: 2 })).toHaveText('I tuoi tre problemi principali');
  await expect(page.getByRole('heading', { name: 'Lista ristretta' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Candidati dai tuoi dati' })).toBeVisible();
  await expect(page.getByTestId('candidates').locator('thead th')).toHaveText(['Problema', 'Provenienza', 'Perché è in questa posizione', 'Punteggio', 'Aggiungi alla lista']);
  await expect(page.getByTestId('window').locator('option')).toHaveText(['gli ultimi 3 mesi', 'gli ultimi 12 mesi', 'tutto il periodo']);

  // The example was opened in English: categories keep their words, the reasons are Italian.
  const broken = candidate(page, 'Item arrived broken', 'Registro reclami');
  await expect(broken.locator('td.why')).toHaveText('3 reclami su 8 (37,5%) — 75,00 pagati in risarcimenti (83% di tutti i risarcimenti) — un problema preciso, che puoi risolvere');
  await expect(broken).toContainText('Nella lista');
  await expect(candidate(page, 'Wrong item').locator('td.why')).toContainText('nessun risarcimento pagato — un problema preciso, che puoi risolvere');
  await expect(candidate(page, 'Wrong item').getByRole('button', { name: 'Aggiungi alla lista: Wrong item' })).toBeVisible();
  await expect(candidate(page, 'I prodotti vengono resi', 'Resi su articoli venduti')).toBeVisible();
  await expect(broken.getByRole('img')).toHaveAccessibleName(/^\d+ punti su 100$/);

  const c = await card(page, 'Power tools arrive broken because the packaging is too thin');
  await expect(c.getByTestId('problem-why')).toHaveText(/^3 reclami su 8 \(37,5%\) — /);
  await expect(c).toContainText('Tratto da: Registro reclami — Item arrived broken; Resi su articoli venduti — I prodotti vengono resi');
  await expect(c.getByTestId('remove-problem')).toHaveText('Togli dalla lista');
  await expect(c.getByText('Abbastanza preciso da poterci lavorare')).toBeVisible();

  // A vague problem of one's own is refused in Italian.
  await page.getByTestId('own-problem').fill('Clienti non soddisfatti');
  const before = await generation(page);
  await page.getByTestId('add-own-problem').click();
  await expect.poll(() => generation(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('save-status')).toContainText('Salvato in questo browser');
  const vague = await card(page, 'Clienti non soddisfatti');
  await expect(vague.getByTestId('problem-why')).toContainText('troppo vago per poterci lavorare');
  await vague.getByTestId('problem-rank').selectOption('3');
  await expect((await card(page, 'Clienti non soddisfatti')).getByTestId('rank-refused')).toHaveText(
    "Troppo vago per poterci lavorare: di' cosa è andato storto (“l'articolo è arrivato rotto”, non “non ero soddisfatto”), oppure spunta “Abbastanza preciso da poterci lavorare” se lo è.",
  );
  await expect(page.getByTestId('top-problem').nth(2)).toHaveText('Callers wait more than two minutes and hang up');
});

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('no violations on the empty problems page, nor with a refusal shown', async ({ page }) => {
      await openProblems(page);
      await expect(page.getByTestId('no-candidates')).toBeVisible();
      await expect(page.getByTestId('shortlist-empty')).toBeVisible();
      await expectNoViolations(page, `problems, empty (${colorScheme})`);

      await addOwn(page, 'Customers not satisfied');
      await addOwn(page, 'Paint orders arrive late');
      await (await card(page, 'Customers not satisfied')).getByTestId('problem-rank').selectOption('1');
      await expect(page.getByTestId('rank-refused')).toBeVisible();
      await expectNoViolations(page, `problems, refusal shown (${colorScheme})`);
    });

    test('no violations on the problems page with the example', async ({ page }) => {
      await openExample(page);
      await openProblems(page);
      await expect(page.getByTestId('candidates')).toBeVisible();
      await expect(page.getByTestId('top-problem')).toHaveCount(3);
      await expectNoViolations(page, `problems, example (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the problems page with the example does not scroll sideways', async ({ page }) => {
    await openExample(page);
    await openProblems(page);
    await expect(page.getByTestId('candidates')).toBeVisible();
    await expect(cards(page)).toHaveCount(4);
    await waitSaved(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `/listen/problems is ${width} px wide`).toBeLessThanOrEqual(360);
  });
});
