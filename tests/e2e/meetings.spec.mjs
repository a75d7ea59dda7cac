// Run → Meetings: notes of meetings with customers (seed 004's template).
// The list at /run/meetings (the note when nothing matches, search over the
// customer, topics, feedback and actions, the "Only follow-ups due" filter,
// the banner counting the follow-ups due, the badges due / on a date /
// followed up, the open actions); the editor at /run/meetings/:id where
// every field saves as it changes (date, how, customer, staff, topics,
// feedback, actions with who/done/remove, the follow-up date and "The
// follow-up took place"), the refusal of an empty date that keeps the date
// saved before, the trash and its Undo; the example workbook; export and
// import carrying the notes; Italian and Turkish; axe in light and dark; a
// phone's width; the keyboard.
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

const TITLE = 'Customer meeting notes';
const NOTE_TITLE = 'Meeting with a customer';
const NONE = 'No meeting notes match. Write one after your next call or visit.';
const DATE_ERROR = 'Enter the date of the meeting; the date saved before is kept.';
const DUE_ONE = '1 follow-up is due: call or meet the customer again.';
const DUE_TWO = '2 follow-ups are due: call or meet the customers again.';

// ---- matching one of several texts (the date helpers are in dates.mjs) ----------------------

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular expression matching exactly one of the texts. */
const oneOf = (texts) => new RegExp(`^(${[...new Set(texts)].map(escape).join('|')})$`);

// ---- locators and helpers ----------------------------------------------------------------

const items = (page) => page.getByTestId('meet-item');
/** A note of the list by the name in its heading. */
const item = (page, name) => items(page).filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
/** The line under a note's heading: date · how · staff · open actions. */
const meta = (row) => row.locator('p.muted.small');
const actions = (page) => page.getByTestId('meet-action');

/** Runs an edit and waits until a new generation is stored (any language). */
async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
}

/** Opens /run/meetings and waits for its heading and search. */
async function gotoMeetings(page, title = TITLE) {
  await open(page, '/run/meetings');
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.getByTestId('meet-search')).toBeVisible();
}

/** "New meeting note" on the list; ends in the editor; returns the note's id. */
async function newNote(page) {
  await stored(page, () => page.getByTestId('new-meeting').click());
  await expect(page).toHaveURL(/\/run\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('meet-customer')).toBeVisible();
  return page.url().split('/').pop();
}

/** Types into a text field of the editor and commits it (the app saves on `change`). */
async function type(page, locator, value) {
  await saved(page, async () => {
    await locator.fill(value);
    await locator.press('Tab');
  });
  await expect(locator).toHaveValue(value);
}

/** Sets a date field (fill dispatches input and change) and waits for the save. */
async function setDate(page, locator, iso) {
  await saved(page, () => locator.fill(iso));
  await expect(locator).toHaveValue(iso);
}

/** Adds an action in the editor and fills it in. */
async function addAction(page, text, who = '') {
  const n = await actions(page).count();
  await saved(page, () => page.getByTestId('add-action').click());
  await expect(actions(page)).toHaveCount(n + 1);
  const row = actions(page).nth(n);
  await expect(row.getByTestId('action-text')).toHaveValue('');
  await type(page, row.getByTestId('action-text'), text);
  if (who) await type(page, row.getByTestId('action-who'), who);
  return row;
}

/** The actions of the editor as shown: text, who, done. */
const actionsShown = (page) => actions(page).evaluateAll((rows) => rows.map((r) => ({
  text: r.querySelector('[data-testid="action-text"]').value,
  who: r.querySelector('[data-testid="action-who"]').value,
  done: r.querySelector('[data-testid="action-done"]').checked,
})));

/** A phone-width check: the page does not scroll sideways. */
async function fits(page, label) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(360);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
}

/** Exports from /share and returns the file's path and text. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

// ---- an empty workbook ---------------------------------------------------------------------

test('the Meetings tab on an empty workbook: no notes; a new note opens dated today, by phone, empty, and is listed unnamed', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(page).toHaveURL(/\/run$/);
  const tabs = page.getByTestId('run-tabs');
  await expect(tabs.getByRole('link')).toHaveText(['Procedures', 'Meetings', 'Checklist', 'Team']);
  await tabs.getByRole('link', { name: 'Meetings' }).click();
  await expect(page).toHaveURL(/\/run\/meetings$/);
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Servicebook`);
  await expect(tabs.getByRole('link', { name: 'Meetings' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('main .lead')).toContainText('Write down every meeting with a customer, by phone or in person, on the same template');
  await expect(page.getByTestId('meet-none')).toHaveText(NONE);
  await expect(page.getByTestId('meet-list')).toHaveCount(0);
  await expect(page.getByTestId('meet-due-banner')).toHaveCount(0);
  await expect(page.getByLabel('Search the notes')).toHaveValue('');
  await expect(page.getByLabel('Only follow-ups due')).not.toBeChecked();
  await expect(page.getByTestId('new-meeting')).toHaveText('New meeting note');

  const today = await todayIso(page);
  await newNote(page);
  await expect(page.locator('main h1')).toHaveText(NOTE_TITLE);
  await expect(page).toHaveTitle(`${NOTE_TITLE} · Servicebook`);
  await expect(page.getByLabel('When')).toHaveValue(today);
  await expect(page.getByLabel('How')).toHaveValue('Phone');
  await expect(page.getByLabel('How').locator('option')).toHaveText(['By phone', 'In person']);
  await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Who met them (your side)')).toHaveValue('');
  await expect(page.getByLabel('Topics')).toHaveValue('');
  await expect(page.getByLabel("The customer's feedback")).toHaveValue('');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Action items', 'Follow-up']);
  await expect(actions(page)).toHaveCount(0);
  await expect(page.getByLabel('Follow-up date')).toHaveValue('');
  await expect(page.getByLabel('The follow-up took place')).not.toBeChecked();
  await expect(page.getByTestId('meet-page-badge')).toHaveCount(0);
  await expect(page.getByTestId('meet-date-error')).toHaveCount(0);

  await page.getByRole('link', { name: '← All meeting notes' }).click();
  await expect(page).toHaveURL(/\/run\/meetings$/);
  await expect(items(page)).toHaveCount(1);
  const row = item(page, 'Customer not named');
  await expect(row).toHaveCount(1);
  await expect(meta(row)).toHaveText(`${fmtDate(today)} · By phone`);
  await expect(row.getByTestId('meet-badge')).toHaveCount(0);
  await expect(page.getByTestId('meet-none')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('every field of a note saves as it changes and survives a reload; the list shows it', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoMeetings(page);
  const id = await newNote(page);
  const today = await todayIso(page);
  const when = addDays(today, -3);
  const follow = addDays(today, 10);

  await setDate(page, page.getByLabel('When'), when);
  await saved(page, () => page.getByLabel('How').selectOption('InPerson'));
  await type(page, page.getByLabel('Customer', { exact: true }), 'Bottega Rossi');
  await type(page, page.getByLabel('Who met them (your side)'), 'Paola');
  await type(page, page.getByLabel('Topics'), 'Bulk order of paint\nColour samples');
  await type(page, page.getByLabel("The customer's feedback"), 'Wants samples before ordering');
  await addAction(page, 'Send the colour card', 'Paola');
  await addAction(page, 'Quote for 40 tins', 'Marco');
  await saved(page, () => actions(page).nth(0).getByTestId('action-done').check());
  await setDate(page, page.getByLabel('Follow-up date'), follow);
  const badge = page.getByTestId('meet-page-badge');
  await expect(badge).toHaveText(`Follow-up on ${fmtDate(follow)}`);
  await expect(badge).toHaveClass(/band-good/);

  const check = async () => {
    await expect(page.getByLabel('When')).toHaveValue(when);
    await expect(page.getByLabel('How')).toHaveValue('InPerson');
    await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Bottega Rossi');
    await expect(page.getByLabel('Who met them (your side)')).toHaveValue('Paola');
    await expect(page.getByLabel('Topics')).toHaveValue('Bulk order of paint\nColour samples');
    await expect(page.getByLabel("The customer's feedback")).toHaveValue('Wants samples before ordering');
    await expect.poll(() => actionsShown(page)).toEqual([
      { text: 'Send the colour card', who: 'Paola', done: true },
      { text: 'Quote for 40 tins', who: 'Marco', done: false },
    ]);
    await expect(page.getByLabel('Follow-up date')).toHaveValue(follow);
    await expect(page.getByLabel('The follow-up took place')).not.toBeChecked();
    await expect(page.getByTestId('meet-page-badge')).toHaveText(`Follow-up on ${fmtDate(follow)}`);
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(NOTE_TITLE);
  await check();

  // The list: the customer links to the note; date, how, staff and the open action; the topics; the badge.
  await gotoMeetings(page);
  const row = item(page, 'Bottega Rossi');
  await expect(row).toHaveCount(1);
  await expect(meta(row)).toHaveText(`${fmtDate(when)} · In person · Paola · 1 open action`);
  await expect(row.locator('p.prewrap')).toHaveText('Bulk order of paint\nColour samples');
  await expect(row.getByTestId('meet-badge')).toHaveText(`Follow-up on ${fmtDate(follow)}`);
  await expect(row.getByTestId('meet-badge')).toHaveClass(/band-good/);
  await expect(page.getByTestId('meet-due-banner')).toHaveCount(0);
  await row.getByRole('link', { name: 'Bottega Rossi' }).click();
  await expect(page).toHaveURL(new RegExp(`/run/meetings/${id}$`));
  await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Bottega Rossi');
  expect(errors).toEqual([]);
});

test('actions: three added, the middle one removed, one marked done; the list counts the open ones', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoMeetings(page);
  await newNote(page);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Ferramenta Bianchi');
  await addAction(page, 'First', 'Anna');
  await addAction(page, 'Second', 'Bruno');
  await addAction(page, 'Third', 'Carla');
  await expect(actions(page).getByLabel('Action', { exact: true })).toHaveCount(3);
  await expect(actions(page).getByRole('button', { name: 'Remove' })).toHaveCount(3);

  // The middle one goes; the third moves up with its own who and done.
  await saved(page, () => actions(page).nth(2).getByTestId('action-done').check());
  await saved(page, () => actions(page).nth(1).getByTestId('action-remove').click());
  await expect(actions(page)).toHaveCount(2);
  await expect.poll(() => actionsShown(page)).toEqual([
    { text: 'First', who: 'Anna', done: false },
    { text: 'Third', who: 'Carla', done: true },
  ]);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(NOTE_TITLE);
  await expect.poll(() => actionsShown(page)).toEqual([
    { text: 'First', who: 'Anna', done: false },
    { text: 'Third', who: 'Carla', done: true },
  ]);

  await gotoMeetings(page);
  const row = item(page, 'Ferramenta Bianchi');
  await expect(meta(row)).toHaveText(/ · By phone · 1 open action$/);
  await row.getByRole('link').click();
  // Two open: "2 open actions".
  await saved(page, () => actions(page).nth(1).getByTestId('action-done').uncheck());
  await gotoMeetings(page);
  await expect(meta(row)).toHaveText(/ · By phone · 2 open actions$/);
  await row.getByRole('link').click();
  // None open: the count goes.
  await saved(page, () => actions(page).nth(0).getByTestId('action-done').check());
  await saved(page, () => actions(page).nth(1).getByTestId('action-done').check());
  await gotoMeetings(page);
  await expect(meta(row)).toHaveText(/^\d+ \S+ \d{4} · By phone$/);
  await row.getByRole('link').click();
  // All removed.
  await saved(page, () => actions(page).nth(0).getByTestId('action-remove').click());
  await saved(page, () => actions(page).nth(0).getByTestId('action-remove').click());
  await expect(actions(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('meet-customer')).toHaveValue('Ferramenta Bianchi');
  await expect(actions(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const title of onDays('the follow-up: on a later date, due from today and before (banner and filter), followed up, and no date at all')) test(title, async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoMeetings(page);
  await newNote(page);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Anna Verdi');
  const today = await todayIso(page);
  const badge = page.getByTestId('meet-page-badge');
  const follow = page.getByLabel('Follow-up date');
  const tookPlace = page.getByLabel('The follow-up took place');

  // Tomorrow: not yet due.
  await setDate(page, follow, addDays(today, 1));
  await expect(badge).toHaveText(`Follow-up on ${fmtDate(addDays(today, 1))}`);
  await expect(badge).toHaveClass(/band-good/);
  await gotoMeetings(page);
  await expect(page.getByTestId('meet-due-banner')).toHaveCount(0);
  await page.getByLabel('Only follow-ups due').check();
  await expect(page.getByTestId('meet-none')).toHaveText(NONE);
  await page.getByLabel('Only follow-ups due').uncheck();
  await item(page, 'Anna Verdi').getByRole('link').click();

  // Today: due ("on or before today").
  await setDate(page, follow, today);
  await expect(badge).toHaveText(`Follow-up due since ${fmtDate(today)}`);
  await expect(badge).toHaveClass(/band-losing/);
  // Five days ago: due, even with no open action.
  const past = addDays(today, -5);
  await setDate(page, follow, past);
  await expect(badge).toHaveText(`Follow-up due since ${fmtDate(past)}`);
  await gotoMeetings(page);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  await expect(item(page, 'Anna Verdi').getByTestId('meet-badge')).toHaveText(`Follow-up due since ${fmtDate(past)}`);
  await expect(item(page, 'Anna Verdi').getByTestId('meet-badge')).toHaveClass(/band-losing/);
  // A second note, due too: the banner counts two; the filter shows only those due.
  await newNote(page);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Luca Neri');
  await setDate(page, follow, addDays(today, -1));
  await gotoMeetings(page);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_TWO);
  await newNote(page);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Sara Blu');
  await gotoMeetings(page);
  await expect(items(page)).toHaveCount(3);
  await page.getByLabel('Only follow-ups due').check();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Anna Verdi', 'Luca Neri']);

  // Anna's follow-up took place: no longer due, the badge says so, the banner counts one.
  await page.getByLabel('Only follow-ups due').uncheck();
  await item(page, 'Anna Verdi').getByRole('link').click();
  await saved(page, () => tookPlace.check());
  await expect(badge).toHaveText(`Followed up (${fmtDate(past)})`);
  await expect(badge).toHaveClass(/band-asset/);
  await page.reload();
  await expect(tookPlace).toBeChecked();
  await expect(badge).toHaveText(`Followed up (${fmtDate(past)})`);
  await gotoMeetings(page);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  await expect(item(page, 'Anna Verdi').getByTestId('meet-badge')).toHaveText(`Followed up (${fmtDate(past)})`);
  await page.getByLabel('Only follow-ups due').check();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Luca Neri']);

  // Unticked: due again. The date cleared: no badge, nothing due.
  await gotoMeetings(page);
  await item(page, 'Anna Verdi').getByRole('link').click();
  await saved(page, () => tookPlace.uncheck());
  await expect(badge).toHaveText(`Follow-up due since ${fmtDate(past)}`);
  await setDate(page, follow, '');
  await expect(badge).toHaveCount(0);
  await gotoMeetings(page);
  await expect(item(page, 'Anna Verdi').getByTestId('meet-badge')).toHaveCount(0);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  expect(errors).toEqual([]);
});

test('an empty date is refused with a message and the date saved before is kept, on the page and after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoMeetings(page);
  await newNote(page);
  const today = await todayIso(page);
  const when = addDays(today, -12);
  const date = page.getByLabel('When');
  await expect(date).toHaveAttribute('required', '');
  await setDate(page, date, when);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Negozio Gialli');

  const before = await generation(page);
  await date.fill('');
  const error = page.getByTestId('meet-date-error');
  await expect(error).toHaveText(DATE_ERROR);
  await expect(error).toHaveAttribute('role', 'alert');
  // Nothing is saved; after a reload the saved date is back and the message gone.
  await page.waitForTimeout(600);
  expect(await generation(page), 'an empty date is not saved').toBe(before);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(NOTE_TITLE);
  await expect(date).toHaveValue(when);
  await expect(error).toHaveCount(0);

  // Cleared again from the keyboard (a segment deleted leaves no date): no
  // message while the field is being typed in; on leaving it, the message,
  // and the saved date shows again. Then put right.
  await date.focus();
  await page.keyboard.press('Backspace');
  await expect(date).toHaveValue('');
  await expect(error).toHaveCount(0);
  await page.getByLabel('Customer', { exact: true }).focus();
  await expect(error).toHaveText(DATE_ERROR);
  await expect(date).toHaveValue(when);
  await page.waitForTimeout(600);
  expect(await generation(page), 'a half-typed date is not saved').toBe(before);
  const fixed = addDays(today, -1);
  await setDate(page, date, fixed);
  await expect(error).toHaveCount(0);
  await gotoMeetings(page);
  await expect(meta(item(page, 'Negozio Gialli'))).toHaveText(`${fmtDate(fixed)} · By phone`);
  expect(errors).toEqual([]);
});

// ---- the example workbook --------------------------------------------------------------------

test('the example: Luca Neri by phone then Anna Verdi in person, her follow-up due with one open action', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  // The example dates its notes in UTC days before it was opened.
  const ago = (d, lang = 'en') => [t0, t1].map((t) => fmtDate(utcIso(t - d * 864e5), lang));
  await gotoMeetings(page);

  // Newest first.
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Luca Neri', 'Anna Verdi']);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  const anna = item(page, 'Anna Verdi');
  const luca = item(page, 'Luca Neri');
  await expect(meta(anna)).toHaveText(oneOf(ago(9).map((d) => `${d} · In person · Marco · 1 open action`)));
  await expect(anna.locator('p.prewrap')).toHaveText('Delivery of a large order');
  await expect(anna.getByTestId('meet-badge')).toHaveText(oneOf(ago(2).map((d) => `Follow-up due since ${d}`)));
  await expect(anna.getByTestId('meet-badge')).toHaveClass(/band-losing/);
  await expect(meta(luca)).toHaveText(oneOf(ago(4).map((d) => `${d} · By phone · Giulia`)));
  await expect(luca.locator('p.prewrap')).toHaveText('A drill that stopped working');
  await expect(luca.getByTestId('meet-badge')).toHaveText(oneOf(ago(-26).map((d) => `Follow-up on ${d}`)));
  await expect(luca.getByTestId('meet-badge')).toHaveClass(/band-good/);

  // Anna's note in the editor.
  await anna.getByRole('link', { name: 'Anna Verdi' }).click();
  await expect(page).toHaveURL(/\/run\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel('When')).toHaveValue(oneOf([t0, t1].map((t) => utcIso(t - 9 * 864e5))));
  await expect(page.getByLabel('How')).toHaveValue('InPerson');
  await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Anna Verdi');
  await expect(page.getByLabel('Who met them (your side)')).toHaveValue('Marco');
  await expect(page.getByLabel('Topics')).toHaveValue('Delivery of a large order');
  await expect(page.getByLabel("The customer's feedback")).toHaveValue('Would like deliveries on Saturday mornings');
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Ask the courier about Saturdays', who: 'Marco', done: false }]);
  await expect(page.getByLabel('Follow-up date')).toHaveValue(oneOf([t0, t1].map((t) => utcIso(t - 2 * 864e5))));
  await expect(page.getByLabel('The follow-up took place')).not.toBeChecked();
  await expect(page.getByTestId('meet-page-badge')).toHaveText(oneOf(ago(2).map((d) => `Follow-up due since ${d}`)));

  // Luca's: the action done, the follow-up in 26 days.
  await page.getByRole('link', { name: '← All meeting notes' }).click();
  await luca.getByRole('link', { name: 'Luca Neri' }).click();
  await expect(page.getByLabel('How')).toHaveValue('Phone');
  await expect(page.getByLabel("The customer's feedback")).toHaveValue('Happy with the quick replacement');
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Call back in a month', who: 'Giulia', done: true }]);
  expect(errors).toEqual([]);
});

test('search finds notes by customer, topics, feedback, action text and who, in any case; with the filter only those due', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoMeetings(page);
  const search = page.getByLabel('Search the notes');
  const names = items(page).getByRole('heading', { level: 2 });
  await expect(page.getByRole('search')).toBeVisible();
  await expect(names).toHaveText(['Luca Neri', 'Anna Verdi']);

  for (const [q, expected] of [
    ['verdi', ['Anna Verdi']], // the customer
    ['LUCA', ['Luca Neri']], // the customer, in capitals
    ['drill', ['Luca Neri']], // the topics
    ['saturday mornings', ['Anna Verdi']], // the feedback
    ['courier', ['Anna Verdi']], // an action's text
    ['Call back', ['Luca Neri']], // an action's text
    ['giulia', ['Luca Neri']], // an action's who (and the staff)
    ['  marco  ', ['Anna Verdi']], // spaces around are ignored
    ['a', ['Luca Neri', 'Anna Verdi']],
  ]) {
    await search.fill(q);
    await expect(names, `searching "${q}"`).toHaveText(expected);
    await expect(page.getByTestId('meet-none')).toHaveCount(0);
  }
  await search.fill('refund');
  await expect(page.getByTestId('meet-none')).toHaveText(NONE);
  await expect(items(page)).toHaveCount(0);
  // The banner counts every note due, whatever the search.
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);

  // The filter with and without a search.
  await search.fill('');
  await page.getByLabel('Only follow-ups due').check();
  await expect(names).toHaveText(['Anna Verdi']);
  await search.fill('drill');
  await expect(page.getByTestId('meet-none')).toHaveText(NONE);
  await search.fill('delivery');
  await expect(names).toHaveText(['Anna Verdi']);
  await page.getByLabel('Only follow-ups due').uncheck();
  await search.fill('');
  await expect(names).toHaveText(['Luca Neri', 'Anna Verdi']);

  // A new action is found as soon as it is saved.
  await item(page, 'Luca Neri').getByRole('link').click();
  await addAction(page, 'Order a spare battery', 'Sara');
  await gotoMeetings(page);
  await search.fill('spare BATTERY');
  await expect(names).toHaveText(['Luca Neri']);
  await search.fill('sara');
  await expect(names).toHaveText(['Luca Neri']);
  expect(errors).toEqual([]);
});

test('the trash: a note goes from its page, Undo brings it back; trashed and not undone, it is gone after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoMeetings(page);
  await item(page, 'Anna Verdi').getByRole('link').click();
  const url = page.url();
  await expect(page.getByTestId('delete-meeting')).toHaveText('Move to the trash');
  await saved(page, () => page.getByTestId('delete-meeting').click());
  await expect(page).toHaveURL(/\/run\/meetings$/);
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Luca Neri']);
  await expect(page.getByTestId('meet-due-banner')).toHaveCount(0);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Luca Neri', 'Anna Verdi']);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  await expect(meta(item(page, 'Anna Verdi'))).toHaveText(/ · In person · Marco · 1 open action$/);

  // Trashed for good: gone after a reload, and its old address finds nothing.
  await item(page, 'Anna Verdi').getByRole('link').click();
  await saved(page, () => page.getByTestId('delete-meeting').click());
  await page.reload();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Luca Neri']);
  await expect(page.getByTestId('meet-due-banner')).toHaveCount(0);
  await page.goto(url);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  await expect(page.getByTestId('meet-customer')).toHaveCount(0);
  // The Share page's trash names it by its date and topics, and can restore it.
  await open(page, '/share');
  const trash = page.getByTestId('trash');
  await expect(trash).toContainText('Customer meeting notes — ');
  await expect(trash).toContainText('Delivery of a large order');
  await saved(page, () => trash.getByRole('button', { name: 'Restore' }).first().click());
  await gotoMeetings(page);
  await expect(items(page)).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('export and import: the notes with their actions and follow-ups come back into an empty browser', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoMeetings(page);
  await newNote(page);
  const today = await todayIso(page);
  await type(page, page.getByLabel('Customer', { exact: true }), 'Export Test Srl');
  await addAction(page, 'Send the catalogue', 'Paola');
  await setDate(page, page.getByLabel('Follow-up date'), addDays(today, -1));
  await saved(page, () => page.getByLabel('The follow-up took place').check());

  const file = await exportWorkbook(page);
  expect(file.name).toBe(`servicebook-${today}.json`);
  expect(file.text).toContain('Export Test Srl');
  expect(file.text).toContain('"followed_up": true');

  await page.evaluate(() => localStorage.clear());
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await gotoMeetings(page);
  await expect(page.getByTestId('meet-none')).toHaveText(NONE);

  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(file.path);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-meetings').locator('th, td')).toHaveText(['Customer meeting notes', '3', '3', '0', '0']);
  await saved(page, () => page.getByTestId('replace').click());

  await gotoMeetings(page);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Export Test Srl', 'Luca Neri', 'Anna Verdi']);
  await expect(page.getByTestId('meet-due-banner')).toHaveText(DUE_ONE);
  await expect(item(page, 'Export Test Srl').getByTestId('meet-badge')).toHaveText(`Followed up (${fmtDate(addDays(today, -1))})`);
  await item(page, 'Export Test Srl').getByRole('link').click();
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Send the catalogue', who: 'Paola', done: false }]);
  await expect(page.getByLabel('The follow-up took place')).toBeChecked();
  await page.reload();
  await expect(page.getByLabel('Customer', { exact: true })).toHaveValue('Export Test Srl');
  expect(errors).toEqual([]);
});

// ---- the keyboard ------------------------------------------------------------------------------

test('from the keyboard: search, the filter, a new note, its fields and an action, all without the mouse', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoMeetings(page);
  const search = page.getByTestId('meet-search');
  await search.focus();
  await page.keyboard.type('courier');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Anna Verdi']);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(items(page)).toHaveCount(2);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('meet-only-due')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('meet-only-due')).toBeChecked();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Anna Verdi']);
  await page.keyboard.press('Space');
  await expect(items(page)).toHaveCount(2);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('new-meeting')).toBeFocused();
  await stored(page, () => page.keyboard.press('Enter'));
  await expect(page).toHaveURL(/\/run\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText(NOTE_TITLE);

  // The fields in order, each committed by Tab.
  const customer = page.getByTestId('meet-customer');
  await customer.focus();
  await saved(page, async () => {
    await page.keyboard.type('Keyboard Customer');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('meet-staff')).toBeFocused();
  await saved(page, async () => {
    await page.keyboard.type('Giulia');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('meet-topics')).toBeFocused();
  await saved(page, async () => {
    await page.keyboard.type('Opening hours');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('meet-feedback')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('add-action')).toBeFocused();
  await saved(page, () => page.keyboard.press('Enter'));
  await expect(actions(page)).toHaveCount(1);
  // Back into the new row: Remove, Done, Who, Action.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('action-text')).toBeFocused();
  await saved(page, async () => {
    await page.keyboard.type('Send the summer hours');
    await page.keyboard.press('Tab');
  });

  await page.reload();
  await expect(customer).toHaveValue('Keyboard Customer');
  await expect(page.getByTestId('meet-staff')).toHaveValue('Giulia');
  await expect(page.getByTestId('meet-topics')).toHaveValue('Opening hours');
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Send the summer hours', who: '', done: false }]);
  // The done box from the keyboard.
  await page.getByTestId('action-done').focus();
  await saved(page, () => page.keyboard.press('Space'));
  await expect(page.getByTestId('action-done')).toBeChecked();
  await page.reload();
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Send the summer hours', who: '', done: true }]);
  expect(errors).toEqual([]);
});

// App bug: saving an action's field replaces the action's row, so the field
// that has just received the focus is gone: after typing an action's text
// and pressing Tab (or clicking its "Who"), the focus falls to <body> and
// what is typed next is lost. The note's other fields keep the focus.
// Probably because MeetingPage's `move || match note.with(Option::is_some)`
// re-runs on every change of the note and rebuilds ActionsCard's <For>.
// Take the fixme off when the rows stay put.
test("an action's Who field keeps the focus after its text is saved with Tab, and what is typed there is kept", async ({ page }) => {
  await gotoMeetings(page);
  await newNote(page);
  await saved(page, () => page.getByTestId('add-action').click());
  const text = page.getByTestId('action-text');
  await text.focus();
  await saved(page, async () => {
    await page.keyboard.type('Call the supplier');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('action-who')).toBeFocused();
  await saved(page, async () => {
    await page.keyboard.type('Sara');
    await page.keyboard.press('Tab');
  });
  await expect(page.getByTestId('action-done')).toBeFocused();
  await expect.poll(() => actionsShown(page)).toEqual([{ text: 'Call the supplier', who: 'Sara', done: false }]);
});

// ---- Italian and Turkish ------------------------------------------------------------------------

test('in Italian and Turkish: the titles, the kinds, the badge with the date in words, the banner and the date message', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await gotoMeetings(page, 'Note degli incontri con i clienti');
  await expect(page).toHaveTitle('Note degli incontri con i clienti · Servicebook');
  await expect(page.getByTestId('run-tabs').getByRole('link')).toHaveText(['Procedure', 'Incontri', 'Checklist', 'Team']);
  await expect(page.getByTestId('meet-none')).toHaveText('Nessuna nota corrisponde. Scrivine una dopo la prossima telefonata o visita.');
  await expect(page.getByLabel('Solo i ricontatti in scadenza')).not.toBeChecked();
  await expect(page.getByTestId('new-meeting')).toHaveText('Nuova nota di incontro');

  await newNote(page);
  await expect(page.locator('main h1')).toHaveText('Incontro con un cliente');
  await expect(page).toHaveTitle('Incontro con un cliente · Servicebook');
  await expect(page.getByLabel('Come').locator('option')).toHaveText(['Al telefono', 'Di persona']);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Azioni da fare', 'Ricontatto']);
  const today = await todayIso(page);
  const past = addDays(today, -3);
  await stored(page, async () => {
    await page.getByLabel('Cliente', { exact: true }).fill('Cliente Italiano');
    await page.getByLabel('Cliente', { exact: true }).press('Tab');
  });
  await stored(page, () => page.getByLabel('Data del ricontatto').fill(past));
  await expect(page.getByTestId('meet-page-badge')).toHaveText(`Ricontatto in ritardo (scadenza: ${fmtDate(past, 'it')})`);
  await page.getByLabel('Quando').fill('');
  await expect(page.getByTestId('meet-date-error')).toHaveText("Inserisci la data dell'incontro; resta quella salvata prima.");

  await page.getByRole('link', { name: '← Tutte le note' }).click();
  await expect(page.locator('main h1')).toHaveText('Note degli incontri con i clienti');
  await expect(page.getByTestId('meet-due-banner')).toHaveText('1 ricontatto è in scadenza: richiama o incontra di nuovo il cliente.');
  await expect(meta(item(page, 'Cliente Italiano'))).toHaveText(`${fmtDate(today, 'it')} · Al telefono`);

  await page.getByLabel('Lingua').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await expect(page.locator('main h1')).toHaveText('Müşteri görüşme notları');
  await expect(page).toHaveTitle('Müşteri görüşme notları · Servicebook');
  await expect(page.getByTestId('run-tabs').getByRole('link')).toHaveText(['Prosedürler', 'Görüşmeler', 'Kontrol listesi', 'Ekip']);
  await expect(page.getByTestId('meet-due-banner')).toHaveText('1 takibin zamanı geldi: müşteriyi yeniden arayın ya da onunla görüşün.');
  const row = item(page, 'Cliente Italiano');
  await expect(row.getByTestId('meet-badge')).toHaveText(`Takip ${fmtDate(past, 'tr')} tarihinden beri bekliyor`);
  await expect(meta(row)).toHaveText(`${fmtDate(today, 'tr')} · Telefonda`);
  await row.getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Müşteriyle görüşme');
  await page.getByLabel('Ne zaman').fill('');
  await expect(page.getByTestId('meet-date-error')).toHaveText('Görüşmenin tarihini girin; önceden kaydedilen tarih korunur.');
  expect(errors).toEqual([]);
});

// ---- accessibility and a phone's width --------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the meetings pages, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the list with the example and a note with actions, badge and the date message have no violations', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoMeetings(page);
      await expect(items(page)).toHaveCount(2);
      await expect(page.getByTestId('meet-due-banner')).toBeVisible();
      await expectNoViolations(page, `/run/meetings with the example (${colorScheme})`);
      await page.getByLabel('Only follow-ups due').check();
      await page.getByLabel('Search the notes').fill('nothing like this');
      await expect(page.getByTestId('meet-none')).toBeVisible();
      await expectNoViolations(page, `/run/meetings with nothing found (${colorScheme})`);

      await page.getByLabel('Search the notes').fill('');
      await item(page, 'Anna Verdi').getByRole('link').click();
      await expect(page.getByTestId('meet-page-badge')).toBeVisible();
      await expect(actions(page)).toHaveCount(1);
      await expectNoViolations(page, `/run/meetings/:id (${colorScheme})`);
      await page.getByLabel('When').fill('');
      await expect(page.getByTestId('meet-date-error')).toBeVisible();
      await saved(page, () => page.getByLabel('The follow-up took place').check());
      await expect(page.getByTestId('meet-page-badge')).toHaveClass(/band-asset/);
      await expectNoViolations(page, `/run/meetings/:id with the date message (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the list and a note with actions and the date message do not scroll sideways at 360 px', async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    await gotoMeetings(page);
    await expect(items(page)).toHaveCount(2);
    await fits(page, '/run/meetings');
    await item(page, 'Anna Verdi').getByRole('link').click();
    await addAction(page, 'A rather long action text to see whether the row wraps on a phone', 'Somebody with a long name');
    await page.getByLabel('When').fill('');
    await expect(page.getByTestId('meet-date-error')).toBeVisible();
    await fits(page, '/run/meetings/:id');
    const box = await page.getByTestId('action-remove').last().boundingBox();
    expect(box.x + box.width, 'the Remove button is within the screen').toBeLessThanOrEqual(360);
  });
});

test('erasing a customer from a meeting note: every note and complaint naming them is offered, the confirmed ones are blanked', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoMeetings(page);
  const first = await newNote(page);
  await type(page, page.getByTestId('meet-customer'), 'Giulia Bianchi, 333 123 4567');
  await type(page, page.getByTestId('meet-topics'), 'Returned a kettle');
  await gotoMeetings(page);
  await newNote(page);
  await type(page, page.getByTestId('meet-customer'), 'giulia  BIANCHI <giulia@example.it>');
  await gotoMeetings(page);
  await newNote(page);
  await type(page, page.getByTestId('meet-customer'), 'Giulia Bianchini');

  await open(page, `/run/meetings/${first}`);
  await page.getByTestId('erase').click();
  const matches = page.getByTestId('erase-match');
  await expect(matches).toHaveCount(2);
  await expect(matches.first()).toContainText('This meeting note');
  await expect(matches.first()).toContainText('Returned a kettle');
  await expect(matches.nth(1)).toContainText('Meeting note');
  await expect(matches.nth(1)).toContainText('(same name)');
  await expect(page.getByTestId('erase-confirm')).toHaveText('Erase personal data in 2 records');
  await stored(page, () => page.getByTestId('erase-confirm').click());
  await expect(page.getByTestId('erase-done')).toContainText('Personal data erased in 2 records');
  await expect(page.getByTestId('meet-customer')).toHaveValue('');
  await expect(page.getByTestId('erase')).toHaveCount(0);

  // After a reload: two notes without a customer, the other Giulia kept.
  await gotoMeetings(page);
  await page.reload();
  await expect(items(page)).toHaveCount(3);
  await expect(item(page, 'Giulia Bianchini')).toHaveCount(1);
  await expect(items(page).filter({ hasText: 'Giulia Bianchi,' })).toHaveCount(0);
  await expect(items(page).filter({ hasText: 'giulia@example.it' })).toHaveCount(0);
  const file = await exportWorkbook(page);
  expect(file.text).not.toContain('333 123 4567');
  expect(file.text).not.toContain('giulia@example.it');
  expect(file.text).toContain('Giulia Bianchini');
  expect(errors).toEqual([]);
});

// ---- the filter in the address (issue 17) ------------------------------

test('Home\'s "Customer follow-ups due" opens the list filtered to them; the filter is in the address, so reload and Back keep it', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await open(page, '/');
  const figure = page.getByTestId('home-follow-ups').getByRole('link');
  await expect(figure).toHaveText('1');
  await expect(figure).toHaveAccessibleName('Customer follow-ups due: 1');
  await figure.click();
  await expect(page).toHaveURL(/\/run\/meetings\?due=1$/);
  await expect(page.getByLabel('Only follow-ups due')).toBeChecked();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Anna Verdi']);
  await page.reload();
  await expect(page.getByLabel('Only follow-ups due')).toBeChecked();
  await expect(items(page)).toHaveCount(1);
  // Unticking replaces the address (no extra step in the history).
  await page.getByLabel('Only follow-ups due').uncheck();
  await expect(page).toHaveURL(/\/run\/meetings$/);
  await expect(items(page)).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('home-follow-ups')).toHaveText('1');
  expect(errors).toEqual([]);
});
