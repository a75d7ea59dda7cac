// Run → Team (/run/team): the employee Net Promoter Score over rounds (the
// question, the scoring, promoters/passives/detractors, the change since the
// round before, refusals of answers off the scale, the trash and its Undo)
// and 1:1 meetings per team member (who is due, cadence, the meetings with
// their notes and actions, the trash and its Undo); the example workbook;
// the anonymised export leaving out private 1:1 notes; Italian (and a
// Turkish percent); axe in light and dark; a phone's width.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect as baseExpect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoViolations, generation, open, openExample, saved, todayIso, watchErrors, onDays, pageNow, pinForTest, pinnedAt } from './helpers.mjs';
import { addDays, addMonths, fmtDate, utcIso } from './dates.mjs';

// Today is pinned (helpers.mjs): DEFAULT_DAY, or the day a test's title names;
// the tests most bound to the calendar run on PINNED_DAYS too (onDays).
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

// The machine running these may be slow: wait longer than the default.
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLE = 'Listening to the team';
const QUESTION = 'How likely are you to recommend our company to others?';
const HOW = 'Promoters answer 9 or 10, passives 7 or 8, detractors 6 or less. eNPS is the share of promoters minus the share of detractors, from −100 to +100. The standard scale runs from 0 to 10; some surveys use 1 to 10, scored the same way (1 to 6 are detractors).';

// ---- locators and helpers ----------------------------------------------------------------

const rounds = (page) => page.getByTestId('enps-round');
const members = (page) => page.getByTestId('member');
const member = (page, name) => members(page).filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${name}( · |$)`) }) });
/** The cells of a round's row: answers, promoters, passives, detractors, eNPS (the trash button left out). */
const cells = (row) => row.locator('td').evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent.trim()));

/** Runs an edit and waits until a new generation is stored (any language). */
async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
}

/** Opens /run/team and waits for its two cards. */
async function gotoTeam(page, title = TITLE) {
  await open(page, '/run/team');
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.getByTestId('enps')).toBeVisible();
  await expect(page.getByTestId('one-on-ones')).toBeVisible();
}

/** Fills the round form (date, scale, answers); does not submit. */
async function fillRound(page, { date, scale = 'ZeroToTen', answers }) {
  if (date !== undefined) await page.getByTestId('enps-date').fill(date);
  await page.getByTestId('enps-scale').selectOption(scale);
  await page.getByTestId('enps-answers').fill(answers);
}

/** Adds an eNPS round and waits for its save; the answers box is emptied. */
async function addRound(page, round) {
  await fillRound(page, round);
  await stored(page, () => page.getByTestId('add-enps').click());
  await expect(page.getByTestId('enps-error')).toHaveCount(0);
  await expect(page.getByTestId('enps-answers')).toHaveValue('');
}

/** Submits the round form expecting a refusal with `message`: nothing is stored or shown. */
async function refused(page, message, roundsBefore) {
  const before = await generation(page);
  await page.getByTestId('add-enps').click();
  await expect(page.getByTestId('enps-error')).toHaveText(message);
  await expect(page.getByTestId('enps-error')).toHaveAttribute('role', 'alert');
  await expect(rounds(page)).toHaveCount(roundsBefore);
  expect(await generation(page), 'a refused round is not saved').toBe(before);
}

/** Opens the 1:1s of a member (a <details>) and waits for its form. */
async function openMeetings(row) {
  const details = row.locator('details');
  if (!(await details.evaluate((d) => d.open))) await row.locator('summary').click();
  await expect(row.getByTestId('one-on-one-form')).toBeVisible();
}

/** The meetings of a member as shown: date, notes (or null) and actions, newest first. */
const meetingsOf = (row) => row.getByTestId('member-meetings').locator(':scope > li').evaluateAll((lis) => lis.map((li) => ({
  date: li.querySelector(':scope > strong')?.textContent ?? null,
  notes: li.querySelector(':scope > p')?.textContent ?? null,
  actions: [...li.querySelectorAll(':scope > ul > li')].map((a) => a.textContent),
})));

/** A phone-width check: the page does not scroll sideways. */
async function fits(page, label) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
}

// ---- eNPS on an empty workbook ---------------------------------------------------------------

test('eNPS: the question and its scoring; two rounds give +30 then -33, -63 since the round before; all survives a reload', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(page).toHaveURL(/\/run$/);
  const tabs = page.getByTestId('run-tabs');
  await expect(tabs.getByRole('link')).toHaveText(['Procedures', 'Meetings', 'Checklist', 'Team']);
  await tabs.getByRole('link', { name: 'Team' }).click();
  await expect(page).toHaveURL(/\/run\/team$/);
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Servicebook`);
  await expect(tabs.getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');

  const card = page.getByTestId('enps');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Employee Net Promoter Score (eNPS)');
  await expect(card.locator('strong').first()).toHaveText(QUESTION);
  await expect(card.getByText(HOW)).toBeVisible();
  await expect(page.getByTestId('enps-latest')).toHaveCount(0);
  await expect(page.getByTestId('enps-rounds')).toHaveCount(0);
  // The form starts on today and the standard scale.
  const today = await todayIso(page);
  await expect(page.getByTestId('enps-date')).toHaveValue(today);
  await expect(page.getByTestId('enps-scale')).toHaveValue('ZeroToTen');
  await expect(page.getByTestId('enps-scale').locator('option')).toHaveText(['0 to 10 (standard)', '1 to 10']);
  await expect(page.getByTestId('member-list').getByTestId('member')).toHaveCount(0);

  // First round, a month ago: 5 promoters, 3 passives, 2 detractors → 50% − 20% = +30.
  const first = addDays(today, -30);
  await addRound(page, { date: first, answers: '10 9 9 10 9 8 7 7 6 0' });
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  await expect(page.getByTestId('enps-score')).toHaveText('+30');
  await expect(page.getByTestId('enps-latest')).toContainText(`on ${fmtDate(first)}, 10 answers`);
  await expect(page.getByTestId('enps-change')).toHaveCount(0);
  await expect(rounds(page)).toHaveCount(1);
  await expect(page.getByTestId('enps-rounds').locator('thead th')).toHaveText(['Date', 'Answers', 'Promoters', 'Passives', 'Detractors', 'eNPS', 'Move to the trash']);
  await expect.poll(() => cells(rounds(page).first())).toEqual(['10', '5 (50%)', '3 (30%)', '2 (20%)', '+30']);

  // Second round, today: 1 promoter, 2 detractors of 3 → 33.3% − 66.7% = −33.3;
  // the change is −33.3 − 30 = −63.3.
  await addRound(page, { date: today, answers: '6 5 9' });
  const check = async () => {
    await expect(page.getByTestId('enps-score')).toHaveText('-33');
    await expect(page.getByTestId('enps-latest')).toContainText(`on ${fmtDate(today)}, 3 answers`);
    await expect(page.getByTestId('enps-change')).toHaveText('-63 since the round before');
    await expect(rounds(page)).toHaveCount(2);
    // Newest first.
    await expect(rounds(page).locator('th')).toHaveText([`${fmtDate(today)}0–10`, `${fmtDate(first)}0–10`]);
    await expect.poll(() => cells(rounds(page).nth(0))).toEqual(['3', '1 (33%)', '0 (0%)', '2 (67%)', '-33']);
    await expect.poll(() => cells(rounds(page).nth(1))).toEqual(['10', '5 (50%)', '3 (30%)', '2 (20%)', '+30']);
    await expect(page.getByTestId('enps-round-score')).toHaveText(['-33', '+30']);
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await check();
  expect(errors).toEqual([]);
});

test('eNPS refusals: a word, answers off the 1–10 scale, no answers, no date; nothing is added until it is right', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoTeam(page);

  await fillRound(page, { answers: '9 ten' });
  await refused(page, '“ten” is not a number from the scale.', 0);
  // What was typed stays, to be corrected.
  await expect(page.getByTestId('enps-answers')).toHaveValue('9 ten');

  await fillRound(page, { scale: 'OneToTen', answers: '0 5 11' });
  await refused(page, 'These answers are outside the 1–10 scale: 0, 11.', 0);
  await fillRound(page, { scale: 'ZeroToTen', answers: '0 5 11' });
  await refused(page, 'These answers are outside the 0–10 scale: 11.', 0);

  await fillRound(page, { answers: '' });
  await refused(page, 'Type at least one answer.', 0);
  await fillRound(page, { answers: '  ,  ' });
  await refused(page, 'Type at least one answer.', 0);

  await fillRound(page, { date: '', answers: '9 10' });
  await refused(page, 'Enter the date of the round.', 0);

  // Put right, on the 1–10 scale: 1 and 5 are detractors, 10 a promoter.
  const today = await todayIso(page);
  await addRound(page, { date: today, scale: 'OneToTen', answers: '1, 5; 10' });
  await expect(rounds(page)).toHaveCount(1);
  await expect(rounds(page).first().locator('th')).toHaveText(`${fmtDate(today)}1–10`);
  await expect.poll(() => cells(rounds(page).first())).toEqual(['3', '1 (33%)', '0 (0%)', '2 (67%)', '-33']);
  await expect(page.getByTestId('enps-score')).toHaveText('-33');
  expect(errors).toEqual([]);
});

// ---- the example workbook --------------------------------------------------------------------

test('the example: three rounds, latest +43 and +10 since the round before; Giulia, Marco and Sara with their due 1:1s', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  await gotoTeam(page);

  // 180 days ago: 2 promoters, 3 detractors of 7 → −14; 90 days ago: 3 and 1 of 6 → +33;
  // 5 days ago: 4 and 1 of 7 → +43, +9.5 since the round before.
  await expect(rounds(page)).toHaveCount(3);
  await expect(page.getByTestId('enps-round-score')).toHaveText(['+43', '+33', '-14']);
  await expect(page.getByTestId('enps-score')).toHaveText('+43');
  await expect(page.getByTestId('enps-change')).toHaveText('+10 since the round before');
  await expect.poll(() => cells(rounds(page).nth(0))).toEqual(['7', '4 (57%)', '2 (29%)', '1 (14%)', '+43']);
  await expect.poll(() => cells(rounds(page).nth(1))).toEqual(['6', '3 (50%)', '2 (33%)', '1 (17%)', '+33']);
  await expect.poll(() => cells(rounds(page).nth(2))).toEqual(['7', '2 (29%)', '2 (29%)', '3 (43%)', '-14']);

  // The example dates its 1:1s in UTC days before it was opened.
  const ago = (d) => [...new Set([utcIso(t0 - d * 864e5), utcIso(t1 - d * 864e5)])];
  await expect(members(page).getByRole('heading', { level: 3 })).toHaveText(['Giulia · Counter', 'Marco · Deliveries', 'Sara · Phone and e-mail']);
  const giulia = member(page, 'Giulia');
  const marco = member(page, 'Marco');
  const sara = member(page, 'Sara');
  await expect(giulia.getByTestId('member-cadence')).toHaveValue('Monthly');
  await expect(marco.getByTestId('member-cadence')).toHaveValue('Monthly');
  await expect(sara.getByTestId('member-cadence')).toHaveValue('Weekly');
  const oneOf = (texts) => new RegExp(`^(${texts.join('|')})$`);
  // Giulia: last 1:1 10 days ago, monthly → next in about 20 days.
  await expect(giulia.getByTestId('member-due')).toHaveText(oneOf(ago(10).map((d) => `Next on ${fmtDate(addMonths(d, 1))}`)));
  // Marco: 45 days ago, monthly → overdue.
  await expect(marco.getByTestId('member-due')).toHaveText(oneOf(ago(45).map((d) => `Due since ${fmtDate(addMonths(d, 1))}`)));
  // Sara: 12 days ago, weekly → overdue since 5 days ago.
  await expect(sara.getByTestId('member-due')).toHaveText(oneOf(ago(12).map((d) => `Due since ${fmtDate(addDays(d, 7))}`)));
  await expect(marco.getByTestId('member-due')).toHaveClass(/band-losing/);
  await expect(giulia.getByTestId('member-due')).toHaveClass(/band-asset/);

  await expect(giulia.locator('summary')).toHaveText('1:1s (2)');
  await openMeetings(giulia);
  const g = await meetingsOf(giulia);
  expect(g.map((m) => m.notes)).toEqual(['Course booked; feels more confident', 'Wants to learn the power-tool range']);
  expect(g.map((m) => m.actions)).toEqual([['Share what she learns at the next meeting'], ["Book the supplier's course"]]);
  expect(errors).toEqual([]);
});

test('the trash: a round and a team member go, and Undo brings them back', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoTeam(page);
  await expect(rounds(page)).toHaveCount(3);

  // The newest round to the trash: the one before becomes the latest. Its change is
  // the difference of the scores as shown: +33 − (−14) = +47.
  await saved(page, () => rounds(page).first().getByTestId('enps-delete').click());
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(rounds(page)).toHaveCount(2);
  await expect(page.getByTestId('enps-round-score')).toHaveText(['+33', '-14']);
  await expect(page.getByTestId('enps-score')).toHaveText('+33');
  await expect(page.getByTestId('enps-change')).toHaveText('+47 since the round before');
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(rounds(page)).toHaveCount(3);
  await expect(page.getByTestId('enps-score')).toHaveText('+43');
  await expect(page.getByTestId('enps-change')).toHaveText('+10 since the round before');

  // Marco to the trash and back, with his 1:1.
  const marcoDue = await member(page, 'Marco').getByTestId('member-due').textContent();
  await saved(page, () => member(page, 'Marco').getByTestId('member-delete').click());
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(members(page).getByRole('heading', { level: 3 })).toHaveText(['Giulia · Counter', 'Sara · Phone and e-mail']);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(members(page)).toHaveCount(3);
  await expect(member(page, 'Marco').getByTestId('member-due')).toHaveText(marcoDue);
  await expect(member(page, 'Marco').locator('summary')).toHaveText('1:1s (1)');

  // Trashed and not undone: gone after a reload.
  await saved(page, () => rounds(page).nth(2).getByTestId('enps-delete').click());
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(page.getByTestId('enps-round-score')).toHaveText(['+43', '+33']);
  await expect(members(page)).toHaveCount(3);
  expect(errors).toEqual([]);
});

// ---- 1:1 meetings ------------------------------------------------------------------------------

for (const title of onDays('1:1s: a new member, a 1:1 40 days ago makes them due, one today sets the next by the cadence; all survives a reload')) test(title, async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const card = page.getByTestId('one-on-ones');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('1:1 meetings');
  await expect(card).toContainText('The notes are private: an anonymised copy leaves them out.');

  await page.getByTestId('member-name').fill('Luca Neri');
  await page.getByTestId('member-role').fill('Warehouse');
  await saved(page, () => page.getByTestId('add-member').click());
  await expect(page.getByTestId('member-name')).toHaveValue('');
  await expect(page.getByTestId('member-role')).toHaveValue('');
  await expect(members(page)).toHaveCount(1);
  const luca = member(page, 'Luca Neri');
  await expect(luca.getByRole('heading', { level: 3 })).toHaveText('Luca Neri · Warehouse');
  await expect(luca.getByTestId('member-due')).toHaveText('No 1:1 yet');
  await expect(luca.getByTestId('member-cadence')).toHaveValue('Monthly');
  await expect(luca.getByTestId('member-cadence').locator('option')).toHaveText(['every week', 'every month', 'every three months']);
  await expect(luca.locator('summary')).toHaveText('1:1s (0)');
  await expect(luca.getByTestId('one-on-one-form')).toBeHidden();

  const today = await todayIso(page);
  const past = addDays(today, -40);
  await openMeetings(luca);
  await expect(luca.getByTestId('one-date')).toHaveValue(today);
  await luca.getByTestId('one-date').fill(past);
  await luca.getByTestId('one-notes').fill('Finds the night deliveries tiring');
  await luca.getByTestId('one-actions').fill('Move him to the morning shift\n\n  Ask the courier for earlier slots  ');
  await saved(page, () => luca.getByTestId('log-one').click());
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  await expect(luca.getByTestId('one-notes')).toHaveValue('');
  await expect(luca.getByTestId('one-actions')).toHaveValue('');
  await expect(luca.locator('summary')).toHaveText('1:1s (1)');
  // Monthly: due a month after the 1:1, which is already past.
  await expect(luca.getByTestId('member-due')).toHaveText(`Due since ${fmtDate(addMonths(past, 1))}`);
  await expect(luca.getByTestId('member-due')).toHaveClass(/band-losing/);

  await luca.getByTestId('one-date').fill(today);
  await luca.getByTestId('one-actions').fill('Check the new rota in a week');
  await saved(page, () => luca.getByTestId('log-one').click());
  await expect(luca.locator('summary')).toHaveText('1:1s (2)');
  await expect(luca.getByTestId('member-due')).toHaveText(`Next on ${fmtDate(addMonths(today, 1))}`);
  await expect(luca.getByTestId('member-due')).toHaveClass(/band-asset/);

  await saved(page, () => luca.getByTestId('member-cadence').selectOption('Weekly'));
  await expect(luca.getByTestId('member-due')).toHaveText(`Next on ${fmtDate(addDays(today, 7))}`);
  await saved(page, () => luca.getByTestId('member-cadence').selectOption('Quarterly'));
  await expect(luca.getByTestId('member-due')).toHaveText(`Next on ${fmtDate(addMonths(today, 3))}`);
  await saved(page, () => luca.getByTestId('member-cadence').selectOption('Weekly'));

  const expected = [
    { date: fmtDate(today), notes: null, actions: ['Check the new rota in a week'] },
    { date: fmtDate(past), notes: 'Finds the night deliveries tiring', actions: ['Move him to the morning shift', 'Ask the courier for earlier slots'] },
  ];
  await expect.poll(() => meetingsOf(luca)).toEqual(expected);

  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(members(page)).toHaveCount(1);
  await expect(luca.getByRole('heading', { level: 3 })).toHaveText('Luca Neri · Warehouse');
  await expect(luca.getByTestId('member-cadence')).toHaveValue('Weekly');
  await expect(luca.getByTestId('member-due')).toHaveText(`Next on ${fmtDate(addDays(today, 7))}`);
  await expect(luca.locator('summary')).toHaveText('1:1s (2)');
  await openMeetings(luca);
  await expect.poll(() => meetingsOf(luca)).toEqual(expected);

  // A member without a role is named alone; an empty name adds nobody.
  await page.getByTestId('member-name').fill('Anna');
  await saved(page, () => page.getByTestId('add-member').click());
  await expect(members(page).getByRole('heading', { level: 3 })).toHaveText(['Anna', 'Luca Neri · Warehouse']);
  const before = await generation(page);
  await page.getByTestId('member-name').fill('   ');
  await page.getByTestId('member-role').fill('Nobody');
  await page.getByTestId('add-member').click();
  await expect(page.getByTestId('member-error')).toHaveText("Enter the member's name.");
  await expect(members(page)).toHaveCount(2);
  expect(await generation(page)).toBe(before);
  // A 1:1 without a date is refused with a message too.
  await openMeetings(luca);
  await luca.getByTestId('one-date').fill('');
  await luca.getByTestId('log-one').click();
  await expect(luca.getByTestId('one-error')).toHaveText('Enter the date of the 1:1.');
  expect(await generation(page)).toBe(before);

  // Luca to the trash and back with Undo, his 1:1s with him.
  await saved(page, () => luca.getByTestId('member-delete').click());
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(members(page).getByRole('heading', { level: 3 })).toHaveText(['Anna']);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(members(page).getByRole('heading', { level: 3 })).toHaveText(['Anna', 'Luca Neri · Warehouse']);
  await expect(luca.locator('summary')).toHaveText('1:1s (2)');
  await expect(luca.getByTestId('member-due')).toHaveText(`Next on ${fmtDate(addDays(today, 7))}`);
  await page.reload();
  await expect(members(page)).toHaveCount(2);
  await expect(luca.getByTestId('member-cadence')).toHaveValue('Weekly');
  expect(errors).toEqual([]);
});

// ---- the anonymised export ---------------------------------------------------------------------

test('the anonymised export of the example leaves out the private 1:1 notes and keeps the actions', async ({ page }) => {
  test.setTimeout(120_000);
  await openExample(page);
  await open(page, '/share');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-anonymised').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}-anonymised\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  JSON.parse(text);
  for (const note of [
    'Wants to learn the power-tool range',
    'Course booked; feels more confident',
    'Delivery van often late back',
    'Too many calls at opening time',
  ]) expect(text, `the private note "${note}"`).not.toContain(note);
  for (const action of [
    "Book the supplier's course",
    'Share what she learns at the next meeting',
    'Plan routes the evening before',
    'Second person on the phone 9–10',
  ]) expect(text, `the action "${action}"`).toContain(action);
  // The eNPS rounds and the members go along.
  expect(text).toContain('Giulia');
  expect(text).toContain('"enps"');

  // The workbook in the browser keeps its notes.
  await gotoTeam(page);
  const giulia = member(page, 'Giulia');
  await openMeetings(giulia);
  await expect(giulia.getByTestId('member-meetings')).toContainText('Wants to learn the power-tool range');
});

// ---- Italian -------------------------------------------------------------------------------------

test('in Italian: the title, the question, the rounds with Italian dates and texts; in Turkish the percent sign goes first', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await gotoTeam(page, 'Ascoltare il team');
  await expect(page).toHaveTitle('Ascoltare il team · Servicebook');
  await expect(page.getByTestId('run-tabs').getByRole('link')).toHaveText(['Procedure', 'Incontri', 'Checklist', 'Team']);
  await expect(page.getByTestId('enps').locator('strong').first()).toHaveText('Quanto è probabile che consigli la nostra azienda ad altri?');
  await expect(page.getByTestId('enps')).toContainText("L'eNPS è la quota di promotori meno la quota di detrattori, da −100 a +100.");

  await fillRound(page, { answers: '9 dieci' });
  await refused(page, '“dieci” non è un numero della scala.', 0);
  await fillRound(page, { scale: 'OneToTen', answers: '0 5 11' });
  await refused(page, 'Queste risposte sono fuori dalla scala 1–10: 0, 11.', 0);

  const today = await todayIso(page);
  const first = addDays(today, -30);
  await addRound(page, { date: first, scale: 'ZeroToTen', answers: '10 9 9 10 9 8 7 7 6 0' });
  await addRound(page, { date: today, answers: '6 5 9' });
  await expect(page.getByTestId('enps-score')).toHaveText('-33');
  await expect(page.getByTestId('enps-latest')).toContainText(`(${fmtDate(today, 'it')}, 3 risposte)`);
  await expect(page.getByTestId('enps-change')).toHaveText('-63 rispetto alla rilevazione precedente');
  await expect(page.getByTestId('enps-rounds').locator('thead th')).toHaveText(['Data', 'Risposte', 'Promotori', 'Passivi', 'Detrattori', 'eNPS', 'Sposta nel cestino']);
  await expect(rounds(page).locator('th')).toHaveText([`${fmtDate(today, 'it')}0–10`, `${fmtDate(first, 'it')}0–10`]);
  await expect.poll(() => cells(rounds(page).nth(1))).toEqual(['10', '5 (50%)', '3 (30%)', '2 (20%)', '+30']);
  await expect.poll(() => cells(rounds(page).nth(0))).toEqual(['3', '1 (33%)', '0 (0%)', '2 (67%)', '-33']);

  await page.getByTestId('member-name').fill('Giorgio');
  await stored(page, () => page.getByTestId('add-member').click());
  const giorgio = member(page, 'Giorgio');
  await expect(giorgio.getByTestId('member-due')).toHaveText('Nessun 1:1 finora');
  await expect(giorgio.getByTestId('member-cadence').locator('option')).toHaveText(['ogni settimana', 'ogni mese', 'ogni tre mesi']);
  await expect(giorgio.locator('summary')).toHaveText('Incontri 1:1 (0)');
  await openMeetings(giorgio);
  const past = addDays(today, -40);
  await giorgio.getByTestId('one-date').fill(past);
  await stored(page, () => giorgio.getByTestId('log-one').click());
  await expect(giorgio.getByTestId('member-due')).toHaveText(`In ritardo (scadenza: ${fmtDate(addMonths(past, 1), 'it')})`);

  // Turkish puts the percent sign first.
  await page.getByLabel('Lingua').selectOption('tr');
  await expect(page.locator('main h1')).toHaveText('Ekibi dinlemek');
  await expect.poll(() => cells(rounds(page).nth(1))).toEqual(['10', '5 (%50)', '3 (%30)', '2 (%20)', '+30']);
  await expect(page.getByTestId('enps-change')).toHaveText('önceki tura göre -63');
  expect(errors).toEqual([]);
});

// ---- accessibility and a phone's width --------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the team page, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the team page with the example, its 1:1s open and an error showing, has no violations', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoTeam(page);
      await expect(rounds(page)).toHaveCount(3);
      await openMeetings(member(page, 'Giulia'));
      await expectNoViolations(page, `/run/team with the example (${colorScheme})`);
      await fillRound(page, { answers: '9 ten' });
      await refused(page, '“ten” is not a number from the scale.', 3);
      await expectNoViolations(page, `/run/team with an error (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the team page with the example does not scroll sideways', async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    await gotoTeam(page);
    await expect(rounds(page)).toHaveCount(3);
    await fits(page, '/run/team');
    for (const name of ['Giulia', 'Marco', 'Sara']) await openMeetings(member(page, name));
    await fillRound(page, { scale: 'OneToTen', answers: '0 5 11' });
    await refused(page, 'These answers are outside the 1–10 scale: 0, 11.', 3);
    await fits(page, '/run/team with the 1:1s open and an error');
  });
});
