// Run → Checklist (/run/checklist): seed 004's service checklist. Ticking it
// for a shift or an agent (the date, who — required —, the points, the
// running "n of total ticked", a note, Save the round); "Over time" (the
// filter by who, how often each point was kept as "n of total (pct)" with
// its bar, the rounds with their missed points, the trash and its Undo);
// "The checklist's points" (change, remove — never the last one —, add, go
// back to the original points with an Undo), rounds already saved keeping
// their points; the example workbook; export and import carrying the rounds
// and the points; Italian and Turkish; axe in light and dark; a phone's
// width; the keyboard.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect as baseExpect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoViolations, generation, open, openExample, saved, todayIso, watchErrors, onDays, pageNow, pinForTest, pinnedAt } from './helpers.mjs';
import { addDays, fmtDate, utcIso } from './dates.mjs';

// Today is pinned (helpers.mjs): DEFAULT_DAY, or the day a test's title names;
// the tests most bound to the calendar run on PINNED_DAYS too (onDays).
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

// The machine running these may be slow: wait longer than the default.
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLE = 'Service checklist';
const NONE = 'No round yet: tick the checklist above after a shift.';
const NO_WHO = 'Enter the shift or the agent the round is for.';
const NO_DATE = 'Enter the date of the round.';
const EVERYONE = 'Every shift and agent';
const RESET_NOTICE = 'The checklist is back to the original points.';

/** The source's six points, in English, Italian and Turkish. */
const POINTS = [
  'Keep a positive and polite attitude',
  'Never blame the customer for the problem, even when they are unhappy or angry',
  'Keep a positive, optimistic tone throughout the conversation',
  'Do not get carried away by emotions when handling a complaint',
  'Stay calm: breathe, take a short walk or a sip of water',
  'Follow the complaint-handling procedure',
];
const POINTS_IT = [
  'Mantieni un atteggiamento positivo ed educato',
  'Non incolpare mai il cliente per il problema, anche se è insoddisfatto o arrabbiato',
  'Mantieni un tono positivo e ottimista per tutta la conversazione',
  'Non farti prendere dalle emozioni quando gestisci un reclamo',
  "Mantieni la calma: respira, fai una breve passeggiata o bevi un sorso d'acqua",
  'Segui la procedura di gestione dei reclami',
];

// ---- matching one of several texts (the date helpers are in dates.mjs) ----------------------

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular expression matching exactly one of the texts. */
const oneOf = (texts) => new RegExp(`^(${[...new Set(texts)].map(escape).join('|')})$`);

// ---- locators and helpers ----------------------------------------------------------------

const form = (page) => page.getByTestId('check-form');
const boxes = (page) => form(page).getByTestId('check-item');
const count = (page) => page.getByTestId('check-count');
const rounds = (page) => page.getByTestId('check-round');
const pointInputs = (page) => page.getByTestId('point-text');

/** The points of the form as shown: [text, ticked]. */
const formPoints = (page) => boxes(page).evaluateAll((labels) => labels.map((l) => [l.textContent.trim(), l.querySelector('input').checked]));
/** How often each point was kept: [point, "n of total (pct)", bar width]. */
const rates = (page) => page.getByTestId('check-rate').evaluateAll((lis) => lis.map((li) => [
  li.querySelector('.rate-text').textContent,
  li.querySelector('[data-testid="check-rate-figure"]').textContent,
  li.querySelector('.bar').style.width,
]));
/** The rounds as listed: heading, ticked, missed points (or null), note (or null). */
const roundsShown = (page) => rounds(page).evaluateAll((lis) => lis.map((li) => ({
  head: li.querySelector('strong').textContent,
  ticked: li.querySelector('.goal-head .nowrap').textContent,
  missed: li.querySelector('p.muted')?.textContent ?? null,
  note: li.querySelector('p.prewrap')?.textContent ?? null,
})));
/** The editable points' texts. */
const pointTexts = (page) => pointInputs(page).evaluateAll((inputs) => inputs.map((i) => i.value));

/** Runs an edit and waits until a new generation is stored (any language). */
async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
}

/** Opens /run/checklist and waits for its three cards. */
async function gotoChecklist(page, title = TITLE) {
  await open(page, '/run/checklist');
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(form(page)).toBeVisible();
  await expect(page.getByTestId('check-history')).toBeVisible();
  await expect(page.getByTestId('check-points')).toBeVisible();
}

/** Ticks the points at the given indexes (0-based) in the form. */
async function tick(page, indexes) {
  for (const i of indexes) {
    await boxes(page).nth(i).locator('input').check();
  }
}

/** Fills and saves a round; waits for its save; the ticks and note are emptied. */
async function saveRound(page, { date, who, ticks = [], note = '' }) {
  if (date !== undefined) await page.getByTestId('check-date').fill(date);
  await page.getByTestId('check-who').fill(who);
  await tick(page, ticks);
  if (note) await page.getByTestId('check-note').fill(note);
  await stored(page, () => page.getByTestId('save-round').click());
  await expect(page.getByTestId('check-error')).toHaveCount(0);
  await expect(page.getByTestId('check-note')).toHaveValue('');
  await expect.poll(() => formPoints(page).then((p) => p.filter(([, on]) => on).length), { message: 'the ticks are emptied' }).toBe(0);
}

/** Saving refused with `message`: nothing stored, the rounds as before. */
async function refused(page, message, roundsBefore) {
  const before = await generation(page);
  await page.getByTestId('save-round').click();
  await expect(page.getByTestId('check-error')).toHaveText(message);
  await expect(page.getByTestId('check-error')).toHaveAttribute('role', 'alert');
  await expect(rounds(page)).toHaveCount(roundsBefore);
  await page.waitForTimeout(500);
  expect(await generation(page), 'a refused round is not saved').toBe(before);
}

/** Commits a new text for point `i` (the app saves on `change`). */
async function editPoint(page, i, text) {
  await saved(page, async () => {
    await pointInputs(page).nth(i).fill(text);
    await pointInputs(page).nth(i).press('Tab');
  });
}

/** Adds a point with the "A new point" field. */
async function addPoint(page, text) {
  await page.getByLabel('A new point').fill(text);
  await saved(page, () => page.getByTestId('add-point').click());
  await expect(page.getByLabel('A new point')).toHaveValue('');
}

/** A phone-width check: the page does not scroll sideways. */
async function fits(page, label) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(360);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
}

// ---- an empty workbook ---------------------------------------------------------------------

test('the Checklist tab on an empty workbook: the six points of the source, nothing ticked, no round yet', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  const tabs = page.getByTestId('run-tabs');
  await tabs.getByRole('link', { name: 'Checklist' }).click();
  await expect(page).toHaveURL(/\/run\/checklist$/);
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Servicebook`);
  await expect(tabs.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main .lead')).toHaveText('The points to keep in every conversation with a customer. Tick them for a shift or an agent: every round is kept, and you see which points slip.');
  await expect(page.locator('main h2')).toHaveText(['Tick the checklist for a shift or an agent', 'Over time', "The checklist's points"]);

  const today = await todayIso(page);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(today);
  await expect(page.getByLabel('Shift or agent')).toHaveValue('');
  await expect(form(page).locator('legend')).toHaveText('Points kept');
  await expect.poll(() => formPoints(page)).toEqual(POINTS.map((p) => [p, false]));
  await expect(count(page)).toHaveText('0 of 6 ticked');
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('save-round')).toHaveText('Save the round');
  await expect(page.getByTestId('check-none')).toHaveText(NONE);
  await expect(page.getByTestId('check-filter')).toHaveCount(0);
  await expect(page.getByTestId('check-rates')).toHaveCount(0);

  // The points card: the source's, editable; no "go back" while they are the source's.
  await expect.poll(() => pointTexts(page)).toEqual(POINTS);
  await expect(page.getByLabel('Point 1', { exact: true })).toHaveValue(POINTS[0]);
  await expect(page.getByLabel('Point 6', { exact: true })).toHaveValue(POINTS[5]);
  await expect(page.getByTestId('point-remove')).toHaveCount(6);
  for (const b of await page.getByTestId('point-remove').all()) await expect(b).toBeEnabled();
  await expect(page.getByTestId('points-reset')).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const title of onDays('a round: the count follows the ticks, Save keeps who and date and empties the rest; it is listed with its missed points and survives a reload')) test(title, async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  const today = await todayIso(page);
  const day = addDays(today, -2);
  await page.getByLabel('Date', { exact: true }).fill(day);
  await page.getByLabel('Shift or agent').fill('Morning shift');
  for (const [i, n] of [[0, 1], [1, 2], [3, 3], [5, 4]]) {
    await page.getByLabel(POINTS[i], { exact: true }).check();
    await expect(count(page)).toHaveText(`${n} of 6 ticked`);
  }
  await page.getByLabel(POINTS[1], { exact: true }).uncheck();
  await expect(count(page)).toHaveText('3 of 6 ticked');
  await page.getByLabel(POINTS[1], { exact: true }).check();
  await expect(count(page)).toHaveText('4 of 6 ticked');
  await page.getByLabel('Note', { exact: true }).fill('Busy Saturday\nTwo complaints');
  await saved(page, () => page.getByTestId('save-round').click());
  await expect(page.getByTestId('notice')).toContainText('Saved.');

  // The form: who and date stay for the next round; ticks and note go.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(day);
  await expect(page.getByLabel('Shift or agent')).toHaveValue('Morning shift');
  await expect(count(page)).toHaveText('0 of 6 ticked');
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('');
  await expect.poll(() => formPoints(page)).toEqual(POINTS.map((p) => [p, false]));

  const check = async () => {
    await expect(page.getByTestId('check-none')).toHaveCount(0);
    await expect(page.getByTestId('check-history').locator('h3')).toHaveText(['How often each point was kept', 'Rounds']);
    await expect.poll(() => roundsShown(page)).toEqual([{
      head: `${fmtDate(day)} · Morning shift`,
      ticked: '4 of 6 ticked',
      missed: `Missed: ${POINTS[2]}; ${POINTS[4]}`,
      note: 'Busy Saturday\nTwo complaints',
    }]);
    await expect.poll(() => rates(page)).toEqual(POINTS.map((p, i) => ([2, 4].includes(i) ? [p, '0 of 1 (0%)', '0%'] : [p, '1 of 1 (100%)', '100%'])));
    await expect(page.getByTestId('check-filter').locator('option')).toHaveText([EVERYONE, 'Morning shift']);
    await expect(page.getByLabel('Show')).toHaveValue('');
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await check();
  // The form starts again on today, nobody, nothing ticked.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(today);
  await expect(page.getByLabel('Shift or agent')).toHaveValue('');

  // A round with everything ticked lists no missed points.
  await saveRound(page, { who: 'Evening shift', ticks: [0, 1, 2, 3, 4, 5] });
  await expect.poll(() => roundsShown(page).then((r) => r[0])).toEqual({
    head: `${fmtDate(today)} · Evening shift`, ticked: '6 of 6 ticked', missed: null, note: null,
  });
  expect(errors).toEqual([]);
});

test('refusals: no shift or agent (or only spaces), no date; nothing is saved until it is right and the ticks wait', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  await expect(page.getByLabel('Shift or agent')).toHaveAttribute('required', '');
  await tick(page, [0, 2]);
  await refused(page, NO_WHO, 0);
  await expect(page.getByTestId('check-none')).toHaveText(NONE);
  await page.getByLabel('Shift or agent').fill('   ');
  await refused(page, NO_WHO, 0);
  // The ticks wait to be saved.
  await expect(count(page)).toHaveText('2 of 6 ticked');

  await page.getByLabel('Shift or agent').fill('Giulia');
  await page.getByLabel('Date', { exact: true }).fill('');
  await refused(page, NO_DATE, 0);
  // Put right: saved, the message goes; the who is saved trimmed.
  const today = await todayIso(page);
  await page.getByLabel('Shift or agent').fill('  Giulia  ');
  await page.getByLabel('Date', { exact: true }).fill(today);
  await stored(page, () => page.getByTestId('save-round').click());
  await expect(page.getByTestId('check-error')).toHaveCount(0);
  await expect.poll(() => roundsShown(page)).toEqual([{
    head: `${fmtDate(today)} · Giulia`, ticked: '2 of 6 ticked', missed: `Missed: ${[1, 3, 4, 5].map((i) => POINTS[i]).join('; ')}`, note: null,
  }]);
  await expect(page.getByTestId('check-filter').locator('option')).toHaveText([EVERYONE, 'Giulia']);
  expect(errors).toEqual([]);
});

test('how often each point was kept: four rounds of your own, over everyone and per shift or agent (names in any case)', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  const today = await todayIso(page);
  // Points ticked per round:     1 2 3 4 5 6
  await saveRound(page, { date: addDays(today, -3), who: 'Anna', ticks: [0, 1, 2, 3, 4, 5] });
  await saveRound(page, { date: addDays(today, -2), who: 'Bruno', ticks: [0, 1, 2] });
  await saveRound(page, { date: addDays(today, -1), who: 'anna', ticks: [0, 1] });
  await saveRound(page, { date: today, who: 'Anna ', ticks: [0] });
  // Everyone: point 1 in 4 of 4, point 2 in 3, point 3 in 2, points 4–6 in 1.
  await expect.poll(() => rates(page)).toEqual([
    [POINTS[0], '4 of 4 (100%)', '100%'],
    [POINTS[1], '3 of 4 (75%)', '75%'],
    [POINTS[2], '2 of 4 (50%)', '50%'],
    [POINTS[3], '1 of 4 (25%)', '25%'],
    [POINTS[4], '1 of 4 (25%)', '25%'],
    [POINTS[5], '1 of 4 (25%)', '25%'],
  ]);
  // Newest first.
  await expect.poll(() => roundsShown(page).then((r) => r.map((x) => [x.head, x.ticked]))).toEqual([
    [`${fmtDate(today)} · Anna `.trimEnd(), '1 of 6 ticked'],
    [`${fmtDate(addDays(today, -1))} · anna`, '2 of 6 ticked'],
    [`${fmtDate(addDays(today, -2))} · Bruno`, '3 of 6 ticked'],
    [`${fmtDate(addDays(today, -3))} · Anna`, '6 of 6 ticked'],
  ]);

  // "Anna" and "anna" are one agent in the filter.
  const filter = page.getByLabel('Show');
  await expect(filter.locator('option')).toHaveText([EVERYONE, 'Anna', 'Bruno']);
  await filter.selectOption('Anna');
  await expect(rounds(page)).toHaveCount(3);
  // Anna: point 1 in 3 of 3, point 2 in 2 (67%), points 3–6 in 1 (33%).
  await expect.poll(() => rates(page)).toEqual([
    [POINTS[0], '3 of 3 (100%)', '100%'],
    [POINTS[1], '2 of 3 (67%)', '67%'],
    [POINTS[2], '1 of 3 (33%)', '33%'],
    [POINTS[3], '1 of 3 (33%)', '33%'],
    [POINTS[4], '1 of 3 (33%)', '33%'],
    [POINTS[5], '1 of 3 (33%)', '33%'],
  ]);
  await filter.selectOption('Bruno');
  await expect(rounds(page)).toHaveCount(1);
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(
    ['1 of 1 (100%)', '1 of 1 (100%)', '1 of 1 (100%)', '0 of 1 (0%)', '0 of 1 (0%)', '0 of 1 (0%)'],
  );
  await filter.selectOption('');
  await expect(rounds(page)).toHaveCount(4);
  expect(errors).toEqual([]);
});

// ---- the example workbook --------------------------------------------------------------------

test('the example: Giulia, Marco, Giulia 14, 9 and 4 days ago, their missed points and how often each point was kept', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  const ago = (d) => [t0, t1].map((t) => fmtDate(utcIso(t - d * 864e5)));
  await gotoChecklist(page);

  await expect(rounds(page)).toHaveCount(3);
  const shown = await roundsShown(page);
  expect(shown[0].head).toMatch(oneOf(ago(4).map((d) => `${d} · Giulia`)));
  expect(shown[1].head).toMatch(oneOf(ago(9).map((d) => `${d} · Marco`)));
  expect(shown[2].head).toMatch(oneOf(ago(14).map((d) => `${d} · Giulia`)));
  expect(shown.map(({ ticked, missed, note }) => ({ ticked, missed, note }))).toEqual([
    { ticked: '6 of 6 ticked', missed: null, note: null },
    { ticked: '5 of 6 ticked', missed: `Missed: ${POINTS[2]}`, note: null },
    { ticked: '5 of 6 ticked', missed: `Missed: ${POINTS[3]}`, note: null },
  ]);
  await expect.poll(() => rates(page)).toEqual(POINTS.map((p, i) => ([2, 3].includes(i) ? [p, '2 of 3 (67%)', '67%'] : [p, '3 of 3 (100%)', '100%'])));

  const filter = page.getByLabel('Show');
  await expect(filter.locator('option')).toHaveText([EVERYONE, 'Giulia', 'Marco']);
  await filter.selectOption('Giulia');
  await expect(rounds(page)).toHaveCount(2);
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(
    ['2 of 2 (100%)', '2 of 2 (100%)', '2 of 2 (100%)', '1 of 2 (50%)', '2 of 2 (100%)', '2 of 2 (100%)'],
  );
  await filter.selectOption('Marco');
  await expect(rounds(page)).toHaveCount(1);
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(
    ['1 of 1 (100%)', '1 of 1 (100%)', '0 of 1 (0%)', '1 of 1 (100%)', '1 of 1 (100%)', '1 of 1 (100%)'],
  );
  // The who field offers the names already used.
  await expect(page.locator('#check-whos option')).toHaveCount(2);
  await expect(page.getByLabel('Shift or agent')).toHaveAttribute('list', 'check-whos');
  // The example keeps the source's points.
  await expect.poll(() => pointTexts(page)).toEqual(POINTS);
  await expect(page.getByTestId('points-reset')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the trash: a round goes, the figures follow, Undo brings it back; trashed and not undone, it is gone after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoChecklist(page);
  await expect(rounds(page)).toHaveCount(3);
  const marco = rounds(page).nth(1);
  await expect(marco.locator('strong')).toContainText('Marco');
  await expect(marco.getByTestId('round-delete')).toHaveText('Move to the trash');
  await saved(page, () => marco.getByTestId('round-delete').click());
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(rounds(page)).toHaveCount(2);
  await expect(page.getByLabel('Show').locator('option')).toHaveText([EVERYONE, 'Giulia']);
  // Without Marco's round, point 3 was kept in both rounds left, point 4 in one.
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(
    ['2 of 2 (100%)', '2 of 2 (100%)', '2 of 2 (100%)', '1 of 2 (50%)', '2 of 2 (100%)', '2 of 2 (100%)'],
  );
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(rounds(page)).toHaveCount(3);
  await expect(rounds(page).nth(1).locator('strong')).toContainText('Marco');
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(
    ['3 of 3 (100%)', '3 of 3 (100%)', '2 of 3 (67%)', '2 of 3 (67%)', '3 of 3 (100%)', '3 of 3 (100%)'],
  );

  // Every round to the trash: no round yet; after a reload still none.
  for (let i = 0; i < 3; i += 1) await saved(page, () => rounds(page).first().getByTestId('round-delete').click());
  await expect(page.getByTestId('check-none')).toHaveText(NONE);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(page.getByTestId('check-none')).toHaveText(NONE);
  await expect(rounds(page)).toHaveCount(0);
  // The Share page's trash names a round by its date and who.
  await open(page, '/share');
  await expect(page.getByTestId('trash')).toContainText('Checklist rounds — ');
  await expect(page.getByTestId('trash')).toContainText('Marco');
  expect(errors).toEqual([]);
});

// ---- the points ----------------------------------------------------------------------------------

test('points edited, removed and added: the form ticks the new ones, old rounds keep theirs, and the figures follow each text', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoChecklist(page);

  await editPoint(page, 0, 'Greet the customer by name');
  await saved(page, () => page.getByTestId('point-remove').nth(5).click());
  await addPoint(page, 'Offer a follow-up call');
  const mine = ['Greet the customer by name', ...POINTS.slice(1, 5), 'Offer a follow-up call'];
  await expect.poll(() => pointTexts(page)).toEqual(mine);
  await expect(page.getByTestId('points-reset')).toHaveText('Go back to the original points');
  // The form follows at once.
  await expect.poll(() => formPoints(page)).toEqual(mine.map((p) => [p, false]));
  await expect(count(page)).toHaveText('0 of 6 ticked');
  // Saved rounds keep their points.
  await expect(rounds(page).first().locator('.goal-head .nowrap')).toHaveText('6 of 6 ticked');

  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect.poll(() => pointTexts(page)).toEqual(mine);
  await expect.poll(() => formPoints(page)).toEqual(mine.map((p) => [p, false]));

  // A round on the new points: ticked the new first and last, missed four.
  const today = await todayIso(page);
  await page.getByLabel('Greet the customer by name').check();
  await page.getByLabel('Offer a follow-up call').check();
  await expect(count(page)).toHaveText('2 of 6 ticked');
  await saveRound(page, { date: today, who: 'Sara' });
  await expect.poll(() => roundsShown(page).then((r) => r[0])).toEqual({
    head: `${fmtDate(today)} · Sara`, ticked: '2 of 6 ticked', missed: `Missed: ${POINTS.slice(1, 5).join('; ')}`, note: null,
  });
  await expect(roundsShown(page).then((r) => r[1].missed)).resolves.toBeNull();
  // Figures by text, in the order points first appear (newest round first):
  // the new points once; the points shared with the example over four rounds;
  // the old first and sixth points only in the example's three.
  await expect.poll(() => rates(page)).toEqual([
    ['Greet the customer by name', '1 of 1 (100%)', '100%'],
    [POINTS[1], '3 of 4 (75%)', '75%'],
    [POINTS[2], '2 of 4 (50%)', '50%'],
    [POINTS[3], '2 of 4 (50%)', '50%'],
    [POINTS[4], '3 of 4 (75%)', '75%'],
    ['Offer a follow-up call', '1 of 1 (100%)', '100%'],
    [POINTS[0], '3 of 3 (100%)', '100%'],
    [POINTS[5], '3 of 3 (100%)', '100%'],
  ]);
  expect(errors).toEqual([]);
});

test('never fewer than one point: Remove is disabled on the last, an emptied point goes, a blank new point is not added', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  // Emptying a point's text removes it.
  await editPoint(page, 2, '   ');
  await expect.poll(() => pointTexts(page)).toEqual([0, 1, 3, 4, 5].map((i) => POINTS[i]));
  while ((await pointInputs(page).count()) > 1) {
    const n = await pointInputs(page).count();
    await saved(page, () => page.getByTestId('point-remove').first().click());
    await expect(pointInputs(page)).toHaveCount(n - 1);
  }
  await expect.poll(() => pointTexts(page)).toEqual([POINTS[5]]);
  await expect(page.getByTestId('point-remove')).toBeDisabled();
  await expect.poll(() => formPoints(page)).toEqual([[POINTS[5], false]]);
  await expect(count(page)).toHaveText('0 of 1 ticked');

  // The last point cannot be emptied away: nothing is saved, it stays.
  const before = await generation(page);
  await pointInputs(page).first().fill('');
  await pointInputs(page).first().press('Tab');
  await page.waitForTimeout(600);
  expect(await generation(page), 'an empty list is not saved').toBe(before);
  await page.reload();
  await expect.poll(() => pointTexts(page)).toEqual([POINTS[5]]);
  // A blank new point is not added.
  await page.getByLabel('A new point').fill('   ');
  await page.getByTestId('add-point').click();
  await page.waitForTimeout(600);
  expect(await generation(page)).toBe(before);
  await expect(pointInputs(page)).toHaveCount(1);
  // A second point enables Remove again.
  await page.getByLabel('A new point').fill('Smile');
  await saved(page, () => page.getByLabel('A new point').press('Enter'));
  await expect.poll(() => pointTexts(page)).toEqual([POINTS[5], 'Smile']);
  for (const b of await page.getByTestId('point-remove').all()) await expect(b).toBeEnabled();
  expect(errors).toEqual([]);
});

test('going back to the original points, with Undo; after a reload the source points return and "go back" is hidden', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  await addPoint(page, 'Say goodbye by name');
  await editPoint(page, 1, 'Never blame the customer');
  const mine = [POINTS[0], 'Never blame the customer', ...POINTS.slice(2), 'Say goodbye by name'];
  await expect.poll(() => pointTexts(page)).toEqual(mine);
  await expect(count(page)).toHaveText('0 of 7 ticked');

  await saved(page, () => page.getByTestId('points-reset').click());
  await expect(page.getByTestId('notice')).toContainText(RESET_NOTICE);
  await expect(page.getByTestId('undo-delete')).toHaveText('Undo');
  await expect.poll(() => pointTexts(page)).toEqual(POINTS);
  await expect(count(page)).toHaveText('0 of 6 ticked');
  await expect(page.getByTestId('points-reset')).toHaveCount(0);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect.poll(() => pointTexts(page)).toEqual(mine);
  await expect.poll(() => formPoints(page).then((p) => p.map(([t]) => t))).toEqual(mine);

  await saved(page, () => page.getByTestId('points-reset').click());
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect.poll(() => pointTexts(page)).toEqual(POINTS);
  await expect(page.getByTestId('points-reset')).toHaveCount(0);
  expect(errors).toEqual([]);
});

// ---- export and import ---------------------------------------------------------------------------

test('export and import: the rounds and your own points come back into an empty browser', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoChecklist(page);
  await addPoint(page, 'Thank the customer');
  const today = await todayIso(page);
  await saveRound(page, { date: today, who: 'Export shift', ticks: [0, 6], note: 'Exported round' });

  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(download.suggestedFilename()).toBe(`servicebook-${today}.json`);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text).toContain('Export shift');
  expect(text).toContain('Thank the customer');

  await page.evaluate(() => localStorage.clear());
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await gotoChecklist(page);
  await expect(page.getByTestId('check-none')).toHaveText(NONE);
  await expect.poll(() => pointTexts(page)).toEqual(POINTS);

  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(path);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-check_rounds').locator('th, td')).toHaveText(['Checklist rounds', '4', '4', '0', '0']);
  await saved(page, () => page.getByTestId('replace').click());

  await gotoChecklist(page);
  await expect(rounds(page)).toHaveCount(4);
  await expect.poll(() => roundsShown(page).then((r) => r[0])).toEqual({
    head: `${fmtDate(today)} · Export shift`, ticked: '2 of 7 ticked', missed: `Missed: ${POINTS.slice(1).join('; ')}`, note: 'Exported round',
  });
  await expect.poll(() => pointTexts(page)).toEqual([...POINTS, 'Thank the customer']);
  await expect(page.getByLabel('Show').locator('option')).toHaveText([EVERYONE, 'Export shift', 'Giulia', 'Marco']);
  await page.reload();
  await expect(rounds(page)).toHaveCount(4);
  expect(errors).toEqual([]);
});

// ---- the keyboard ------------------------------------------------------------------------------

test('from the keyboard: who, ticks with Space, a note, Save with Enter; then a new point with Enter', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoChecklist(page);
  const who = page.getByTestId('check-who');
  await who.focus();
  await page.keyboard.type('Night shift');
  await page.keyboard.press('Tab');
  const cb = (i) => boxes(page).nth(i).locator('input');
  await expect(cb(0)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(cb(2)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('2 of 6 ticked');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await expect(page.getByTestId('check-note')).toBeFocused();
  await page.keyboard.type('All calm');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('save-round')).toBeFocused();
  await saved(page, () => page.keyboard.press('Enter'));
  const today = await todayIso(page);
  await expect.poll(() => roundsShown(page)).toEqual([{
    head: `${fmtDate(today)} · Night shift`, ticked: '2 of 6 ticked', missed: `Missed: ${[1, 3, 4, 5].map((i) => POINTS[i]).join('; ')}`, note: 'All calm',
  }]);
  // Enter in the who field saves nothing (a half-filled round is never
  // submitted by a stray Enter); the Save button does.
  await cb(0).focus();
  await page.keyboard.press('Space');
  await expect(cb(0)).toBeChecked();
  await who.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  // A save would have emptied the ticks: they stay, and no round was added.
  await expect(cb(0)).toBeChecked();
  await expect(rounds(page)).toHaveCount(1);
  await expect(who).toBeFocused();
  await saved(page, () => page.getByTestId('save-round').click());
  await expect(rounds(page)).toHaveCount(2);

  const fresh = page.getByTestId('new-point');
  await fresh.focus();
  await page.keyboard.type('Use the customer name');
  await saved(page, () => page.keyboard.press('Enter'));
  await expect.poll(() => pointTexts(page)).toEqual([...POINTS, 'Use the customer name']);
  await expect(fresh).toHaveValue('');
  // Edit a point from the keyboard: the change is saved on Tab.
  await page.getByLabel('Point 7', { exact: true }).focus();
  await page.keyboard.press('End');
  await saved(page, async () => {
    await page.keyboard.type(' at least once');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('point-remove').nth(6)).toBeFocused();
  await expect.poll(() => pointTexts(page)).toEqual([...POINTS, 'Use the customer name at least once']);
  await expect.poll(() => formPoints(page).then((p) => p.at(-1)[0])).toBe('Use the customer name at least once');
  expect(errors).toEqual([]);
});

// ---- Italian and Turkish ------------------------------------------------------------------------

test('in Italian and Turkish: the titles, the source points, the count, the figures and a message', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await gotoChecklist(page, 'Checklist del servizio');
  await expect(page).toHaveTitle('Checklist del servizio · Servicebook');
  await expect(page.locator('main h2')).toHaveText(['Spunta la checklist per un turno o un addetto', 'Nel tempo', 'I punti della checklist']);
  await expect.poll(() => formPoints(page)).toEqual(POINTS_IT.map((p) => [p, false]));
  await expect.poll(() => pointTexts(page)).toEqual(POINTS_IT);
  await expect(count(page)).toHaveText('0 su 6 spuntati');
  await expect(page.getByTestId('check-none')).toHaveText('Ancora nessuna verifica: spunta la checklist qui sopra dopo un turno.');
  await refused(page, "Inserisci il turno o l'addetto a cui si riferisce la verifica.", 0);
  await page.getByLabel('Turno o addetto').fill('Mattina');
  await page.getByLabel('Data', { exact: true }).fill('');
  await refused(page, 'Inserisci la data della verifica.', 0);

  const today = await todayIso(page);
  await saveRound(page, { date: today, who: 'Mattina', ticks: [0, 1, 2] });
  await expect.poll(() => roundsShown(page)).toEqual([{
    head: `${fmtDate(today, 'it')} · Mattina`, ticked: '3 su 6 spuntati', missed: `Non rispettati: ${POINTS_IT.slice(3).join('; ')}`, note: null,
  }]);
  await expect.poll(() => rates(page).then((r) => r.map(([, f]) => f))).toEqual(['1 su 1 (100%)', '1 su 1 (100%)', '1 su 1 (100%)', '0 su 1 (0%)', '0 su 1 (0%)', '0 su 1 (0%)']);
  await expect(page.getByLabel('Mostra').locator('option')).toHaveText(['Tutti i turni e gli addetti', 'Mattina']);

  // Turkish: the title, the count, the percent sign first; a saved round keeps its Italian points.
  await page.getByLabel('Lingua').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.locator('main h1')).toHaveText('Hizmet kontrol listesi');
  await expect(page).toHaveTitle('Hizmet kontrol listesi · Servicebook');
  await expect(count(page)).toHaveText('6 maddeden 0 işaretli');
  await expect(page.getByTestId('check-rate-figure').first()).toHaveText('1 turda 1 (%100)');
  await expect(rounds(page).first().locator('.goal-head .nowrap')).toHaveText('6 maddeden 3 işaretli');
  await expect(rounds(page).first().locator('p.muted')).toHaveText(`Atlanan: ${POINTS_IT.slice(3).join('; ')}`);
  await expect(boxes(page).first()).toHaveText('Olumlu ve kibar bir tutum sürdürün');
  await page.getByLabel('Vardiya ya da çalışan', { exact: true }).fill('');
  await refused(page, 'Turun hangi vardiya ya da çalışan için olduğunu girin.', 1);
  expect(errors).toEqual([]);
});

// ---- accessibility and a phone's width --------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the checklist page, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the checklist with the example, ticks, an error and the reset notice has no violations', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoChecklist(page);
      await expect(rounds(page)).toHaveCount(3);
      await tick(page, [0, 3]);
      await expectNoViolations(page, `/run/checklist with the example (${colorScheme})`);
      await refused(page, NO_WHO, 3);
      await addPoint(page, 'Smile');
      await saved(page, () => page.getByTestId('points-reset').click());
      await expect(page.getByTestId('notice')).toContainText(RESET_NOTICE);
      await expectNoViolations(page, `/run/checklist with an error and a notice (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the checklist with the example, a long point and an error does not scroll sideways at 360 px', async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    await gotoChecklist(page);
    await expect(rounds(page)).toHaveCount(3);
    await fits(page, '/run/checklist');
    await addPoint(page, 'Write down what the customer asked, what you promised, and by when, before the end of the call');
    await refused(page, NO_WHO, 3);
    await saveRound(page, { who: 'A rather long name for an evening shift', ticks: [0] });
    await fits(page, '/run/checklist with a long point, a long name and an error');
    for (const b of await page.getByTestId('point-remove').all()) {
      const box = await b.boundingBox();
      expect(box.x + box.width, 'a Remove button is within the screen').toBeLessThanOrEqual(360);
    }
  });
});
