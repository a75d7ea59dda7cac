// Draft (seed 001 part 2, step 12): the policy document. The vision, goals,
// policy points, staff guidelines, support hours and channels and the
// training plan as one document, in the interface's language or another one
// chosen for the document alone; what the user typed shown as text (never as
// HTML or Markdown); the Markdown download; printing (only the document is
// printed, on A4 pages); a plan shared from another browser and merged; an
// older (schema 3) file; axe in light and dark; a phone's width.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  expectNoViolations, generation, open, openExample, pickFile, saved, todayIso, waitSaved, watchErrors,
 pinForTest, pinnedAt,
} from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));
import { MONTHS, fmtDate, isoDay } from './dates.mjs';

/** The repository's schema-3 file (Kırtasiye Yıldız: a vision, a goal, a policy point; no plan). */
const FIXTURE_V3 = readFileSync(new URL('../fixtures/workbook-v3.json', import.meta.url), 'utf8');

const PAGE_TITLE = 'The policy document';
const DOC_TITLE = 'Customer service policy';
const SECTION_IDS = ['vision', 'goals', 'policy', 'guidelines', 'support', 'training'];
const HEADINGS = {
  en: ['Our vision', 'Service goals', 'Our policy', "Solving a customer's problem", 'When and how to reach us', 'Training'],
  it: ['La nostra visione', 'Obiettivi di servizio', 'La nostra politica', 'Risolvere il problema di un cliente', 'Quando e come contattarci', 'Formazione'],
  tr: ['Vizyonumuz', 'Hizmet hedefleri', 'Politikamız', 'Müşterinin sorununu çözmek', 'Bize ne zaman ve nasıl ulaşılır', 'Eğitim'],
};
const STEP_TITLES = ['1. Understand the problem', '2. Determine the cause', '3. Suggest solutions', '4. Resolve the problem'];
const SEED_UNDERSTAND = 'Let the customer finish without interrupting, write down the important facts and repeat them back to make sure you understood.';
const SEED_UNDERSTAND_EXAMPLE = '“Just to confirm: you would like a new unit and your money back, is that right?”';
const NO_VISION = 'No vision has been chosen yet.';
const NO_GOALS = 'No service goals have been set yet.';
const NO_POLICY = 'No policy point has been written yet.';
const NO_TRAINING = 'No training has been planned yet.';
const GUIDELINES_LEAD = 'General guidelines for every member of staff, not rigid rules.';
const HOURS_NOT_CONFIRMED = 'The support hours have not been confirmed yet.';
const OFFICE_HOURS = [
  ['Monday', '09:00–18:00'],
  ['Tuesday', '09:00–18:00'],
  ['Wednesday', '09:00–18:00'],
  ['Thursday', '09:00–18:00'],
  ['Friday', '09:00–18:00'],
  ['Saturday', 'Closed'],
  ['Sunday', 'Closed'],
];
const EXAMPLE_VISION = 'Advise honestly, deliver on time, solve it today.';
const EXAMPLE_SPEED = 'The phone is answered within two minutes in opening hours; nobody waits more than five minutes at the counter.';
const EXAMPLE_COMMUNICATION = 'Returns, delivery costs and payment methods on the first page of the website and at the till.';
const EXAMPLE_COMPLAINTS = 'Staff may replace an item or refund up to 100 on the spot; above that the owner decides the same day.';
const KICK_OFF = 'Kick-off meeting (mandatory)';
const REVIEW_NEVER = 'The plan has not been reviewed yet. Record a review when you have gone through it, and set the next date.';

// ---- dates (the shared ones are in dates.mjs) --------------------------------------------

/** "24 November 2026" back to a sortable number (English only). */
function parseLongDate(text) {
  const [d, month, y] = text.split(' ');
  const m = MONTHS.en.indexOf(month);
  expect(m, `"${text}" is an English date`).toBeGreaterThanOrEqual(0);
  return Date.UTC(Number(y), m, Number(d));
}

// ---- the page -------------------------------------------------------------------------------

const doc = (page) => page.getByTestId('policy-document');
const section = (page, id) => page.getByTestId(`doc-${id}`);

/** Opens /draft/document and waits for the document. */
async function gotoDocument(page, h1 = PAGE_TITLE) {
  await open(page, '/draft/document');
  await expect(page.locator('main h1')).toHaveText(h1);
  await expect(doc(page)).toBeVisible();
}

/** The rows of a table, as arrays of cell texts. */
function rowsOf(table) {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
}

/** The children of a document section as [tag, class, text], to check their order. */
function blocksOf(sectionLocator) {
  return sectionLocator.evaluate((s) => [...s.children].map((c) => [c.tagName.toLowerCase(), c.className, c.innerText.trim()]));
}

/** The testids of the document's sections, in order. */
function sectionOrder(page) {
  return doc(page).locator('section.doc-section').evaluateAll((ss) => ss.map((s) => s.dataset.testid));
}

/** Clicks "Download as Markdown" and returns the file's name and text. */
async function downloadMarkdown(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Confirms the suggested support hours on the plan page, as they are. */
async function confirmHours(page) {
  await open(page, '/draft/plan');
  await expect(page.getByTestId('hours-suggested')).toContainText('These hours are only a suggestion.');
  await saved(page, () => page.getByTestId('hours-confirm').click());
  await expect(page.getByTestId('hours-suggested')).toHaveCount(0);
}

/** Replaces the answer of a policy point on /draft/policy and waits for the save. */
async function writeAnswer(page, id, text) {
  await open(page, '/draft/policy');
  await expect(page.locator('main h1')).toHaveText('The policy');
  await saved(page, () => page.getByTestId(`point-${id}`).getByTestId('point-answer').fill(text));
  await waitSaved(page);
}

/** Exports from /share and returns the file's name, text and parsed contents. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** A browser context of its own (a clean localStorage), like the test's page, its
 * clock pinned to the same moment. */
async function newContext(browser, baseURL, extra = {}) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...extra,
  });
  await context.clock.install({ time: pinnedAt() });
  return context;
}

/** The row of the hours table on /draft/plan for a day named `name`. */
const dayRow = (page, name) => page.getByTestId('hours-day').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Adds a training session from the form on /draft/staff, saved. */
async function addTraining(page, { kind, date, topic, attendees }) {
  if (kind) await page.getByTestId('training-kind').selectOption(kind);
  if (date !== undefined) await page.getByTestId('training-date').fill(date);
  if (topic !== undefined) await page.getByTestId('training-topic').fill(topic);
  if (attendees !== undefined) await page.getByTestId('training-attendees').fill(attendees);
  await saved(page, () => page.getByTestId('add-training').click());
  await expect(page.getByTestId('notice')).toContainText('Saved.');
}

// ---- an empty workbook ----------------------------------------------------------------------

test('with an empty workbook the document has its title, today\'s date, notes for what is missing (the suggested hours too) and the four steps', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft');
  const tabs = page.getByTestId('draft-tabs');
  await tabs.getByRole('link', { name: 'Document' }).click();
  await expect(page).toHaveURL(/\/draft\/document$/);
  await expect(page.locator('main h1')).toHaveText(PAGE_TITLE);
  await expect(tabs.getByRole('link', { name: 'Document' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('doc-lang')).toHaveValue('en');
  await expect(page.getByTestId('doc-lang').locator('option')).toHaveText(['English', 'Italiano', 'Türkçe']);
  await expect(page.getByLabel('Language of the document')).toHaveAttribute('data-testid', 'doc-lang');
  await expect(page.getByTestId('print-doc')).toHaveText('Print');
  await expect(page.getByTestId('download-md')).toHaveText('Download as Markdown');

  const today = fmtDate(await isoDay(page));
  await expect(doc(page).locator('.doc-title')).toHaveText(DOC_TITLE);
  // No business name, no review: only the date.
  await expect(doc(page).locator('.doc-meta')).toHaveText([`Prepared on ${today}`]);
  expect(await sectionOrder(page)).toEqual(SECTION_IDS.map((id) => `doc-${id}`));
  await expect(doc(page).locator('section.doc-section > h3')).toHaveText(HEADINGS.en);

  await expect(section(page, 'vision').locator('.doc-note')).toHaveText(NO_VISION);
  await expect(section(page, 'vision').locator('blockquote')).toHaveCount(0);
  await expect(section(page, 'goals').locator('.doc-note')).toHaveText(NO_GOALS);
  await expect(section(page, 'goals').locator('table')).toHaveCount(0);
  await expect(section(page, 'policy').locator('.doc-note')).toHaveText(NO_POLICY);
  await expect(section(page, 'policy').locator('h4')).toHaveCount(0);
  await expect(section(page, 'training').locator('.doc-note')).toHaveText(NO_TRAINING);
  await expect(section(page, 'training').locator('table')).toHaveCount(0);

  // The guidelines are the seed's four steps, each with what to do and an example.
  const guidelines = section(page, 'guidelines');
  await expect(guidelines.locator('.doc-note')).toHaveText(GUIDELINES_LEAD);
  await expect(guidelines.locator('h4')).toHaveText(STEP_TITLES);
  await expect(guidelines.locator('.doc-text')).toHaveCount(4);
  await expect(guidelines.locator('blockquote')).toHaveCount(4);
  await expect(guidelines.locator('.doc-text').first()).toHaveText(SEED_UNDERSTAND);
  await expect(guidelines.locator('blockquote').first()).toHaveText(SEED_UNDERSTAND_EXAMPLE);
  await expect(guidelines.locator('.doc-text').nth(3)).toContainText('Take corrective action and ask the customer whether they are satisfied');

  // Support: the suggested office hours are not the user's, so the document
  // does not state them (issue 17); no channels, no education.
  const support = section(page, 'support');
  await expect(support.locator('.doc-note')).toHaveText(HOURS_NOT_CONFIRMED);
  await expect(support.locator('table')).toHaveCount(0);
  await expect(support.locator('h4')).toHaveCount(0);
  await expect(support.locator('ul')).toHaveCount(0);

  // Looking at the document stores nothing.
  expect(await generation(page)).toBe(0);
  expect(errors).toEqual([]);
});

test('suggested hours reach the document only once the user confirms or changes them, and stay confirmed after a reload (issue 17)', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoDocument(page);
  await expect(section(page, 'support').locator('.doc-note')).toHaveText(HOURS_NOT_CONFIRMED);
  // Changing one day is entering the hours: the banner goes, the table comes.
  await open(page, '/draft/plan');
  await expect(page.getByTestId('hours-suggested')).toBeVisible();
  await saved(page, () => page.getByTestId('day-to').nth(4).fill('17:00'));
  await expect(page.getByTestId('hours-suggested')).toHaveCount(0);
  await gotoDocument(page);
  const expected = OFFICE_HOURS.map((r) => [...r]);
  expected[4][1] = '09:00–17:00';
  expect(await rowsOf(section(page, 'support').locator('table'))).toEqual(expected);
  // Back to the suggestion, the hours stay the user's: they were entered.
  await open(page, '/draft/plan');
  await saved(page, () => page.getByTestId('day-to').nth(4).fill('18:00'));
  await page.reload();
  await expect(page.getByTestId('hours-summary')).toHaveText('45 hours a week: Monday–Friday 09:00–18:00');
  await expect(page.getByTestId('hours-suggested')).toHaveCount(0);
  await gotoDocument(page);
  expect(await rowsOf(section(page, 'support').locator('table'))).toEqual(OFFICE_HOURS);
  expect(errors).toEqual([]);
});

// ---- the example ------------------------------------------------------------------------------

test('with the example every section is there in order: the chosen vision, only the written points with their stage, the plan, training by date', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Draft' }).click();
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Document' }).click();
  await expect(page.locator('main h1')).toHaveText(PAGE_TITLE);
  await expect(doc(page)).toBeVisible();

  const today = fmtDate(await isoDay(page));
  await expect(doc(page).locator('.doc-title')).toHaveText(DOC_TITLE);
  const meta = doc(page).locator('.doc-meta');
  await expect(meta).toHaveCount(3);
  await expect(meta.nth(0)).toHaveText('Corner Hardware (example)');
  await expect(meta.nth(1)).toHaveText(`Prepared on ${today}`);
  await expect(meta.nth(2)).toHaveText(/^Last reviewed on \d{1,2} [A-Z][a-z]+ \d{4}; next review on \d{1,2} [A-Z][a-z]+ \d{4}$/);

  expect(await sectionOrder(page)).toEqual(SECTION_IDS.map((id) => `doc-${id}`));
  await expect(doc(page).locator('section.doc-section > h3')).toHaveText(HEADINGS.en);

  // The vision is the chosen statement (the later draft), quoted; not the other draft.
  await expect(section(page, 'vision').locator('blockquote')).toHaveText(EXAMPLE_VISION);
  await expect(section(page, 'vision')).not.toContainText('Help, fix, smile.');
  await expect(section(page, 'vision').locator('.doc-note')).toHaveCount(0);

  // Goals: the seed's four and the shop's own, with target, period and where they stand.
  const goals = section(page, 'goals');
  await expect(goals.locator('thead th')).toHaveText(['Goal', 'Target', 'Measured over', 'Now']);
  const goalRows = await rowsOf(goals.locator('table'));
  expect(goalRows.map((r) => r[0])).toEqual([
    'Every call answered within',
    'Products returned',
    'Complaining customers satisfied with the handling',
    'Complaining customers who buy again',
    'Customers called a month after a big purchase',
  ]);
  expect(goalRows[1][1]).toBe('≤ 2%');
  expect(goalRows[4].slice(1)).toEqual(['≥ 90%', 'the last month', '72% · Not met']);

  // Policy: only the three written points, in the seed's order; the two not adopted say so.
  expect(await blocksOf(section(page, 'policy'))).toEqual([
    ['h3', '', 'Our policy'],
    ['h4', '', 'Speed'],
    ['div', 'doc-text', EXAMPLE_SPEED],
    ['h4', '', 'Communication'],
    ['div', 'doc-text', EXAMPLE_COMMUNICATION],
    ['p', 'doc-note', 'Not yet adopted (Draft).'],
    ['h4', '', 'Complaints and disputes'],
    ['div', 'doc-text', EXAMPLE_COMPLAINTS],
    ['p', 'doc-note', 'Not yet adopted (Proposed to staff).'],
  ]);

  // Guidelines: the example's own last step, the seed's first.
  const guidelines = section(page, 'guidelines');
  await expect(guidelines.locator('h4')).toHaveText(STEP_TITLES);
  await expect(guidelines.locator('.doc-text').nth(0)).toHaveText(SEED_UNDERSTAND);
  await expect(guidelines.locator('.doc-text').nth(3)).toHaveText(/^Put it right, then ask whether the customer is happy/);
  await expect(guidelines.locator('blockquote').nth(3)).toContainText('here is a voucher of 10 for your next visit');

  // Support: Saturday morning, three channels, self-help and how to get help.
  const support = section(page, 'support');
  expect(await rowsOf(support.locator('table'))).toEqual([...OFFICE_HOURS.slice(0, 5), ['Saturday', '09:00–13:00'], ['Sunday', 'Closed']]);
  await expect(support.locator('h4')).toHaveText(['Channels', 'Self-help', 'How to get help']);
  await expect(support.locator('ul li')).toHaveText([
    'In the shop: in real time, during the hours',
    'Phone (+39 051 010 0000): in real time, during the hours',
    'E-mail (help@example.invalid): outside the hours, answered later',
  ]);
  await expect(support.locator('.doc-text')).toHaveText([
    'Care and fitting guides on the website and by the till.',
    'Call or come to the shop in opening hours; otherwise e-mail with a photo of the receipt and we answer the next working day.',
  ]);

  // Training: a table in date order.
  const training = section(page, 'training');
  await expect(training.locator('thead th')).toHaveText(['Date', 'Kind', 'Topic', 'Who attends']);
  let rows = await rowsOf(training.locator('table'));
  expect(rows.map((r) => r.slice(1))).toEqual([
    [KICK_OFF, 'The new service plan and why', 'All staff'],
    ['Regular meeting', "Last month's complaints", 'Counter staff'],
    ['Workshop', 'Resolving complaints: the four steps', 'Giulia, Marco'],
  ]);
  const dates = rows.map((r) => parseLongDate(r[0]));
  expect([...dates].sort((a, b) => a - b)).toEqual(dates);

  // Sessions added later, one dated before all the others and one without a date,
  // take their places by date (the undated last), not by when they were added.
  const early = await isoDay(page, -40);
  await open(page, '/draft/staff');
  await addTraining(page, { kind: 'Workshop', date: early, topic: 'Product knowledge refresher', attendees: 'Counter staff' });
  await addTraining(page, { kind: 'Meeting', topic: 'Date to be agreed', attendees: 'Everyone' });
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Document' }).click();
  await expect(doc(page)).toBeVisible();
  await expect(section(page, 'training').locator('tbody tr')).toHaveCount(5);
  rows = await rowsOf(section(page, 'training').locator('table'));
  expect(rows.map((r) => r[2])).toEqual([
    'Product knowledge refresher',
    'The new service plan and why',
    "Last month's complaints",
    'Resolving complaints: the four steps',
    'Date to be agreed',
  ]);
  expect(rows[0]).toEqual([fmtDate(early), 'Workshop', 'Product knowledge refresher', 'Counter staff']);
  expect(rows[4]).toEqual(['—', 'Regular meeting', 'Date to be agreed', 'Everyone']);
  expect(errors).toEqual([]);
});

// ---- the user's text --------------------------------------------------------------------------

test('what the user typed shows in the document as text: HTML and Markdown stay literal, paragraphs stay paragraphs', async ({ page }) => {
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const FIRST = 'Prices on **bold** labels <img src=x onerror=alert(1)> and _never_ hidden.';
  const SECOND = 'Ask at the till: <script>alert(2)</script> [link](javascript:alert(3))';
  const STEP = 'Ask <b>why</b> twice, # then listen.';
  await writeAnswer(page, 'overview', `${FIRST}\n\n${SECOND}`);
  await open(page, '/draft/staff');
  await saved(page, () => page.getByTestId('guide-cause').getByTestId('guide-text').fill(STEP));
  await waitSaved(page);

  const check = async () => {
    const policy = section(page, 'policy');
    await expect(policy.locator('h4')).toHaveText(['Product or service overview']);
    // Two paragraphs, each exactly as typed.
    await expect(policy.locator('.doc-text p')).toHaveText([FIRST, SECOND]);
    await expect(policy.locator('.doc-note')).toHaveText('Not yet adopted (Draft).');
    await expect(section(page, 'guidelines').locator('.doc-text').nth(1)).toHaveText(STEP);
    // Nothing the user typed became an element.
    await expect(doc(page).locator('img, script, b, strong, em, a')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  };
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Document' }).click();
  await expect(doc(page)).toBeVisible();
  await check();
  await page.reload();
  await expect(doc(page)).toBeVisible();
  await check();
  expect(errors).toEqual([]);
});

// ---- languages ----------------------------------------------------------------------------------

test('the document\'s language is chosen apart from the interface: an Italian document under an English page', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await gotoDocument(page);
  const iso = await isoDay(page);
  const wrapper = doc(page).locator('xpath=..');
  await expect(wrapper).toHaveAttribute('lang', 'en');

  await page.getByTestId('doc-lang').selectOption('it');
  await expect(doc(page).locator('.doc-title')).toHaveText('Politica del servizio clienti');
  await expect(wrapper).toHaveAttribute('lang', 'it');
  await expect(doc(page).locator('.doc-meta').nth(1)).toHaveText(`Data di redazione: ${fmtDate(iso, 'it')}`);
  await expect(doc(page).locator('.doc-meta').nth(2)).toHaveText(/^Ultima revisione: \d{1,2} [a-z]+ \d{4}; prossima: \d{1,2} [a-z]+ \d{4}$/);
  await expect(doc(page).locator('section.doc-section > h3')).toHaveText(HEADINGS.it);
  const support = section(page, 'support');
  await expect(support.locator('thead th')).toHaveText(['Giorno', 'Orario']);
  const hours = await rowsOf(support.locator('table'));
  expect(hours[0]).toEqual(['lunedì', '09:00–18:00']);
  expect(hours.map((r) => r[0])).toEqual(['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica']);
  expect(hours[6]).toEqual(['domenica', 'Chiuso']);
  await expect(support.locator('ul li').nth(1)).toHaveText('Telefono (+39 051 010 0000): in tempo reale, in orario di servizio');
  await expect(section(page, 'policy').locator('.doc-note')).toHaveText(['Non ancora adottato (Bozza).', 'Non ancora adottato (Proposta al personale).']);
  await expect(section(page, 'policy').locator('h4')).toHaveText(['Velocità', 'Comunicazione', 'Reclami e contestazioni']);
  await expect(section(page, 'guidelines').locator('h4').first()).toHaveText('1. Capire il problema');
  await expect(section(page, 'training').locator('thead th')).toHaveText(['Data', 'Tipo', 'Argomento', 'Chi partecipa']);
  // Goals: Italian units, periods and standings, with the decimal comma.
  const goals = await rowsOf(section(page, 'goals').locator('table'));
  expect(goals[0].slice(0, 3)).toEqual(['Risposta a ogni chiamata entro', '≤ 2 minuti', "l'ultimo anno"]);
  expect(goals[0][3]).toMatch(/^\d+(,\d)? minuti · (Raggiunto|Non raggiunto)$/);
  expect(goals[4]).toEqual(['Customers called a month after a big purchase', '≥ 90%', "l'ultimo mese", '72% · Non raggiunto']);
  // What the shop wrote stays in its words (the example was opened in English).
  await expect(section(page, 'policy').locator('.doc-text').first()).toHaveText(EXAMPLE_SPEED);

  // The page around it stays English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText(PAGE_TITLE);
  await expect(page.getByTestId('main-nav').getByRole('link')).toHaveText(['Home', 'Self-test', 'Listen', 'Draft', 'Run', 'Share & backup']);
  await expect(page.getByTestId('draft-tabs').getByRole('link')).toHaveText(['Vision', 'Goals', 'Policy', 'Staff', 'Plan', 'Document']);
  await expect(page.getByTestId('download-md')).toHaveText('Download as Markdown');
  await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
  await expect(page.getByTestId('doc-lang')).toHaveValue('it');

  // And back to English.
  await page.getByTestId('doc-lang').selectOption('en');
  await expect(doc(page).locator('.doc-title')).toHaveText(DOC_TITLE);
  await expect(doc(page).locator('section.doc-section > h3')).toHaveText(HEADINGS.en);
  expect((await rowsOf(section(page, 'support').locator('table')))[0]).toEqual(['Monday', '09:00–18:00']);
  expect(errors).toEqual([]);
});

test('with the interface in Turkish the document is Turkish, also after a reload and for a Turkish browser', async ({ page, browser, baseURL }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('tr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  const iso = await isoDay(page);

  const check = async (p) => {
    await expect(p.locator('main h1')).toHaveText('Politika belgesi');
    await expect(p.getByTestId('doc-lang')).toHaveValue('tr');
    await expect(p.getByTestId('policy-document').locator('.doc-title')).toHaveText('Müşteri hizmetleri politikası');
    await expect(p.getByTestId('policy-document').locator('.doc-meta')).toHaveText([`Hazırlanma tarihi: ${fmtDate(iso, 'tr')}`]);
    await expect(p.getByTestId('policy-document').locator('section.doc-section > h3')).toHaveText(HEADINGS.tr);
    await expect(p.getByTestId('doc-vision').locator('.doc-note')).toHaveText('Henüz bir vizyon seçilmedi.');
    await expect(p.getByTestId('doc-support').locator('.doc-note')).toHaveText('Destek saatleri henüz onaylanmadı.');
    await expect(p.getByTestId('doc-support').locator('table')).toHaveCount(0);
    await expect(p.getByTestId('doc-guidelines').locator('h4').first()).toHaveText('1. Sorunu anlayın');
    await expect(p.getByTestId('download-md')).toHaveText('Markdown olarak indir');
  };
  await gotoDocument(page, 'Politika belgesi');
  await check(page);
  await page.reload();
  await check(page);

  // The document may still be made in another language.
  await page.getByTestId('doc-lang').selectOption('en');
  await expect(doc(page).locator('.doc-title')).toHaveText(DOC_TITLE);
  await expect(page.locator('main h1')).toHaveText('Politika belgesi');

  // A browser that asks for Turkish gets a Turkish document without choosing anything.
  const other = await newContext(browser, baseURL, { locale: 'tr-TR' });
  try {
    const page2 = await other.newPage();
    await open(page2, '/draft/document');
    await check(page2);
  } finally {
    await other.close();
  }
  expect(errors).toEqual([]);
});

test('the document page names itself in the browser tab, in the interface\'s language', async ({ page }) => {
  await gotoDocument(page);
  await expect(page).toHaveTitle(`${PAGE_TITLE} · Servicebook`);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('it');
  await expect(page.locator('main h1')).toHaveText('Il documento della politica');
  await expect(page).toHaveTitle('Il documento della politica · Servicebook');
});

// ---- Markdown ---------------------------------------------------------------------------------------

test('"Download as Markdown" gives today\'s document with its headings and hours table, the user\'s markup escaped; Italian in Italian', async ({ page }) => {
  const errors = watchErrors(page);
  const ANSWER = 'Prices on **bold** labels <img src=x onerror=alert(1)> | no _hidden_ costs.';
  const ESCAPED = 'Prices on \\*\\*bold\\*\\* labels \\<img src=x onerror=alert(1)\\> \\| no \\_hidden\\_ costs.';
  await writeAnswer(page, 'speed', ANSWER);
  await confirmHours(page);
  await gotoDocument(page);
  const date = await todayIso(page);
  const iso = await isoDay(page);

  const en = await downloadMarkdown(page);
  expect(en.name).toBe(`servicebook-policy-en-${date}.md`);
  expect(en.name).toMatch(/^servicebook-policy-en-\d{4}-\d{2}-\d{2}\.md$/);
  expect(en.text.startsWith('# Customer service policy\n')).toBe(true);
  expect(en.text).toContain(`\nPrepared on ${fmtDate(iso)}  \n`);
  // The sections, in the document's order.
  const at = HEADINGS.en.map((h) => en.text.indexOf(`\n## ${h}\n`));
  for (const i of at) expect(i).toBeGreaterThan(0);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(en.text).toContain('\n## Our vision\n\n*No vision has been chosen yet.*\n');
  expect(en.text).toContain('| Day | Hours |\n|---|---|\n| Monday | 09:00–18:00 |\n');
  expect(en.text).toContain('| Friday | 09:00–18:00 |\n| Saturday | Closed |\n| Sunday | Closed |');
  expect(en.text).toContain('\n### 1\\. Understand the problem\n');
  // The user's text, escaped so it reads as typed.
  expect(en.text).toContain(`\n### Speed\n\n${ESCAPED}\n\n*Not yet adopted (Draft).*\n`);
  expect(en.text).not.toMatch(/(?<!\\)<img/);
  expect(en.text).not.toContain('**bold**');
  // Every table row has as many cells as its head.
  for (const line of en.text.split('\n').filter((l) => l.startsWith('| '))) {
    expect(line.split(' | ').length, line).toBe(2);
  }

  // The page did not change by downloading.
  await expect(page.locator('main h1')).toHaveText(PAGE_TITLE);

  await page.getByTestId('doc-lang').selectOption('it');
  await expect(doc(page).locator('.doc-title')).toHaveText('Politica del servizio clienti');
  const it = await downloadMarkdown(page);
  expect(it.name).toBe(`servicebook-policy-it-${date}.md`);
  expect(it.text.startsWith('# Politica del servizio clienti\n')).toBe(true);
  expect(it.text).toContain(`\nData di redazione: ${fmtDate(iso, 'it')}  \n`);
  expect(it.text).toContain('\n## La nostra visione\n\n*Non è stata ancora scelta una visione.*\n');
  expect(it.text).toContain('| Giorno | Orario |\n|---|---|\n| lunedì | 09:00–18:00 |\n');
  expect(it.text).toContain('| domenica | Chiuso |');
  expect(it.text).toContain(`\n### Velocità\n\n${ESCAPED}\n\n*Non ancora adottato (Bozza).*\n`);
  expect(it.text).toContain('\n## Formazione\n\n*Non è stata ancora pianificata alcuna formazione.*\n');
  expect(it.text).not.toContain('Customer service policy');
  expect(it.text).not.toContain('Monday');
  expect(errors).toEqual([]);
});

test('the example\'s Markdown holds every part of the plan: the quoted vision, goals, stages, channels and training by date', async ({ page }) => {
  await openExample(page);
  await gotoDocument(page);
  const { name, text } = await downloadMarkdown(page);
  expect(name).toBe(`servicebook-policy-en-${await todayIso(page)}.md`);
  expect(text).toMatch(/^# Customer service policy\n\nCorner Hardware \(example\) {2}\nPrepared on .+ {2}\nLast reviewed on .+; next review on .+ {2}\n/);
  expect(text).toContain(`\n## Our vision\n\n> ${EXAMPLE_VISION}\n`);
  expect(text).toContain('| Goal | Target | Measured over | Now |\n|---|---|---|---|\n| Every call answered within | ≤ 2 minutes |');
  expect(text).toContain('| Customers called a month after a big purchase | ≥ 90% | the last month | 72% · Not met |');
  expect(text).toContain(`\n### Speed\n\n${EXAMPLE_SPEED}\n\n### Communication\n`);
  expect(text).toContain(`\n### Complaints and disputes\n\n${EXAMPLE_COMPLAINTS}\n\n*Not yet adopted (Proposed to staff).*\n`);
  expect(text).toContain('| Saturday | 09:00–13:00 |\n| Sunday | Closed |');
  expect(text).toContain('\n### Channels\n\n- In the shop: in real time, during the hours\n- Phone (+39 051 010 0000): in real time, during the hours\n- E-mail (help@example.invalid): outside the hours, answered later\n');
  expect(text).toContain('\n## Training\n\n| Date | Kind | Topic | Who attends |\n|---|---|---|---|\n');
  const training = text.slice(text.indexOf('\n## Training\n'));
  const rows = training.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Date'));
  expect(rows.map((r) => r.split(' | ')[1])).toEqual([KICK_OFF, 'Regular meeting', 'Workshop']);
  const dates = rows.map((r) => parseLongDate(r.slice(2).split(' | ')[0]));
  expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  for (const line of text.split('\n').filter((l) => l.startsWith('| '))) {
    const cells = line.split(' | ').length;
    expect([2, 4], line).toContain(cells);
  }
});

test('the Markdown also escapes ")" list markers, indented list markers and HTML entities the user typed', async ({ page }) => {
  await writeAnswer(page, 'speed', 'Steps:\n1) Listen\n2) Fix it\n  - quickly\nAT&amp;T &copy; 2026');
  await gotoDocument(page);
  // The page shows it as typed.
  await expect(section(page, 'policy').locator('.doc-text')).toHaveText('Steps:\n1) Listen\n2) Fix it\n  - quickly\nAT&amp;T &copy; 2026');
  const { text } = await downloadMarkdown(page);
  const policy = text.slice(text.indexOf('\n### Speed\n'), text.indexOf('\n## Solving'));
  expect(policy).not.toMatch(/^ {0,3}\d+\) /m);
  expect(policy).not.toMatch(/^ {0,3}[-+*] /m);
  expect(policy).not.toMatch(/(?<!\\)&[a-z]+;/);
});

// ---- printing -----------------------------------------------------------------------------------------

test('printing shows only the document: no navigation, tabs, toolbar or footer; the example fills at least two A4 pages', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoDocument(page);

  // The Print button asks the browser to print.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await page.getByTestId('print-doc').click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(1);

  const chrome = {
    'top navigation': page.getByTestId('main-nav'),
    header: page.locator('header.top'),
    'draft tabs': page.getByTestId('draft-tabs'),
    toolbar: page.locator('.document-page .toolbar'),
    'document language': page.getByTestId('doc-lang'),
    'print button': page.getByTestId('print-doc'),
    'download button': page.getByTestId('download-md'),
    'page heading': page.locator('main h1'),
    footer: page.locator('footer.foot'),
    'save status': page.getByTestId('save-status'),
  };
  for (const [what, l] of Object.entries(chrome)) await expect(l, `${what} on screen`).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const [what, l] of Object.entries(chrome)) await expect(l, `${what} when printing`).toBeHidden();
  await expect(doc(page)).toBeVisible();
  await expect(doc(page).locator('.doc-title')).toHaveText(DOC_TITLE);
  for (const id of SECTION_IDS) await expect(section(page, id), `doc-${id} when printing`).toBeVisible();
  await expect(section(page, 'training').locator('tbody tr')).toHaveCount(3);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  expect(pages, 'A4 pages of the example\'s document').toBeGreaterThanOrEqual(2);
  const dir = test.info().project.outputDir;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'policy-example.pdf'), pdf);
  await test.info().attach('policy-example.pdf', { body: pdf, contentType: 'application/pdf' });

  // Back on screen, everything is there again.
  await page.emulateMedia({ media: 'screen' });
  for (const [what, l] of Object.entries(chrome)) await expect(l, `${what} back on screen`).toBeVisible();
  expect(errors).toEqual([]);
});

// ---- share and merge ------------------------------------------------------------------------------------

test('a plan filled in one browser and merged into another with its own policy answer: both are kept, on the plan pages and in the document', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const PHONE = '055 123 456';
  const CHANGED = 'Saturday mornings added.';
  const CAUSE = 'Ask what happened and check the receipt together.';
  const RULE = 'Refunds only with the original box';
  const SPEED = 'Phone answered within 3 rings.';
  const RETENTION = 'We call every customer a month after a big purchase.';
  let file;
  let reviewOn;
  let reviewNext;
  let trainingDate;

  // A colleague's browser: the plan.
  const other = await newContext(browser, baseURL);
  try {
    const a = await other.newPage();
    await writeAnswer(a, 'speed', SPEED);
    await a.getByTestId('rule-text').fill(RULE);
    await saved(a, () => a.getByTestId('add-rule-text').click());
    await expect(a.getByTestId('rule')).toHaveCount(1);

    await open(a, '/draft/plan');
    await expect(a.getByTestId('hours-day')).toHaveCount(7);
    await saved(a, () => dayRow(a, 'Saturday').getByTestId('day-open').click());
    await saved(a, () => dayRow(a, 'Saturday').getByTestId('day-to').fill('13:00'));
    await expect(a.getByTestId('hours-summary')).toHaveText('49 hours a week: Monday–Friday 09:00–18:00; Saturday 09:00–13:00');
    await saved(a, () => a.getByTestId('add-channel').click());
    await a.getByTestId('channel-detail').fill(PHONE);
    await saved(a, () => a.getByTestId('channel-detail').press('Tab'));
    reviewOn = await isoDay(a, -10);
    reviewNext = await isoDay(a, 90);
    await a.getByTestId('review-on').fill(reviewOn);
    await a.getByTestId('review-next').fill(reviewNext);
    await a.getByTestId('review-changed').fill(CHANGED);
    await saved(a, () => a.getByTestId('add-review').click());
    await expect(a.getByTestId('review')).toHaveCount(1);

    await open(a, '/draft/staff');
    trainingDate = await isoDay(a, 14);
    await addTraining(a, { date: trainingDate, topic: 'The new service plan', attendees: 'All staff' });
    await saved(a, () => a.getByTestId('guide-cause').getByTestId('guide-text').fill(CAUSE));
    await waitSaved(a);

    file = await exportWorkbook(a);
  } finally {
    await other.close();
  }
  expect(file.name).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.json).toMatchObject({ format: 'servicebook' });
  expect(file.json.version).toBeGreaterThanOrEqual(4);
  const wbA = file.json.workbook;
  expect(wbA.support.data.channels).toHaveLength(1);
  expect(wbA.training).toHaveLength(1);
  expect(wbA.reviews).toHaveLength(1);
  expect(wbA.rules).toHaveLength(1);
  expect(wbA.guidelines).toHaveLength(1);

  // This browser: its own Retention answer, then the colleague's file merged.
  await writeAnswer(page, 'retention', RETENTION);
  await open(page, '/share');
  await pickFile(page, file.name, file.text);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  for (const part of ['policy', 'rules', 'guidelines', 'training', 'reviews']) {
    // In the file, new, updated from the file, unchanged.
    await expect(preview.getByTestId(`preview-${part}`).locator('td'), part).toHaveText(['1', '1', '0', '0']);
  }
  await saved(page, () => page.getByTestId('merge').click());
  await expect(page.getByTestId('notice')).toContainText('The file was merged');

  const checkPages = async () => {
    await open(page, '/draft/plan');
    await expect(page.getByTestId('hours-summary')).toHaveText('49 hours a week: Monday–Friday 09:00–18:00; Saturday 09:00–13:00');
    await expect(page.getByTestId('channel')).toHaveCount(1);
    await expect(page.getByTestId('channel-kind')).toHaveValue('Phone');
    await expect(page.getByTestId('channel-detail')).toHaveValue(PHONE);
    await expect(page.getByTestId('review-status')).toHaveText(`Last reviewed on ${fmtDate(reviewOn)}; next review on ${fmtDate(reviewNext)}.`);
    await expect(page.getByTestId('review').locator('p')).toHaveText(CHANGED);

    await open(page, '/draft/staff');
    await expect(page.getByTestId('training-item')).toHaveCount(1);
    await expect(page.getByTestId('training-item').getByRole('heading', { level: 3 })).toHaveText(`${KICK_OFF} · ${fmtDate(trainingDate)}`);
    await expect(page.getByTestId('training-item-topic')).toHaveValue('The new service plan');
    await expect(page.getByTestId('guide-cause').getByTestId('guide-text')).toHaveValue(CAUSE);
    await expect(page.getByTestId('no-kick-off')).toHaveCount(0);

    await open(page, '/draft/policy');
    await expect(page.getByTestId('point-speed').getByTestId('point-answer')).toHaveValue(SPEED);
    await expect(page.getByTestId('point-retention').getByTestId('point-answer')).toHaveValue(RETENTION);
    await expect(page.getByTestId('rule-edit')).toHaveValue(RULE);

    await page.getByTestId('draft-tabs').getByRole('link', { name: 'Document' }).click();
    await expect(doc(page)).toBeVisible();
    await expect(doc(page).locator('.doc-meta').nth(1)).toHaveText(`Last reviewed on ${fmtDate(reviewOn)}; next review on ${fmtDate(reviewNext)}`);
    expect(await blocksOf(section(page, 'policy'))).toEqual([
      ['h3', '', 'Our policy'],
      ['h4', '', 'Speed'],
      ['div', 'doc-text', SPEED],
      ['p', 'doc-note', 'Not yet adopted (Draft).'],
      ['h4', '', 'Retention'],
      ['div', 'doc-text', RETENTION],
      ['p', 'doc-note', 'Not yet adopted (Draft).'],
    ]);
    await expect(section(page, 'guidelines').locator('.doc-text').nth(1)).toHaveText(CAUSE);
    const hours = await rowsOf(section(page, 'support').locator('table'));
    expect(hours[5]).toEqual(['Saturday', '09:00–13:00']);
    await expect(section(page, 'support').locator('ul li')).toHaveText([`Phone (${PHONE}): in real time, during the hours`]);
    expect(await rowsOf(section(page, 'training').locator('table'))).toEqual([
      [fmtDate(trainingDate), KICK_OFF, 'The new service plan', 'All staff'],
    ]);
  };
  await checkPages();
  await page.reload();
  await expect(doc(page)).toBeVisible();
  await checkPages();
  expect(errors).toEqual([]);
});

test('the version-3 fixture imports: its vision, goal and policy point show in the document; the plan parts show their defaults', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/share');
  await pickFile(page, 'workbook-v3.json', FIXTURE_V3);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Business: Kırtasiye Yıldız');
  await saved(page, () => page.getByTestId('replace').click());
  await expect(page.getByTestId('notice')).toContainText('Your workbook was replaced by the file.');

  const checkDocument = async () => {
    await gotoDocument(page);
    await expect(doc(page).locator('.doc-meta')).toHaveText(['Kırtasiye Yıldız', `Prepared on ${fmtDate(await isoDay(page))}`]);
    expect(await sectionOrder(page)).toEqual(SECTION_IDS.map((id) => `doc-${id}`));
    await expect(section(page, 'vision').locator('blockquote')).toHaveText('Aradığınızı bulur, güler yüzle karşılanırsınız.');
    const goals = await rowsOf(section(page, 'goals').locator('table'));
    expect(goals.map((r) => r.slice(0, 3))).toEqual([['Products returned', '≤ 2%', 'the last month']]);
    expect(await blocksOf(section(page, 'policy'))).toEqual([
      ['h3', '', 'Our policy'],
      ['h4', '', 'Speed'],
      ['div', 'doc-text', 'Telefonda en fazla 3 çalma.'],
      ['p', 'doc-note', 'Not yet adopted (Proposed to staff).'],
    ]);
    // The parts schema 3 did not have: the four steps, hours not confirmed, no training.
    await expect(section(page, 'guidelines').locator('h4')).toHaveText(STEP_TITLES);
    await expect(section(page, 'guidelines').locator('.doc-text').first()).toHaveText(SEED_UNDERSTAND);
    await expect(section(page, 'support').locator('.doc-note')).toHaveText(HOURS_NOT_CONFIRMED);
    await expect(section(page, 'support').locator('table')).toHaveCount(0);
    await expect(section(page, 'support').locator('h4')).toHaveCount(0);
    await expect(section(page, 'training').locator('.doc-note')).toHaveText(NO_TRAINING);
  };
  await checkDocument();

  await open(page, '/draft/plan');
  await expect(page.getByTestId('hours-summary')).toHaveText('45 hours a week: Monday–Friday 09:00–18:00');
  await expect(page.getByTestId('channel')).toHaveCount(0);
  await expect(page.getByTestId('review-status')).toHaveText(REVIEW_NEVER);
  await expect(page.getByTestId('cust-location')).toHaveValue('');
  await open(page, '/draft/staff');
  await expect(page.getByTestId('training-item')).toHaveCount(0);
  await expect(page.getByTestId('no-kick-off')).toBeVisible();
  await expect(page.getByTestId('guide-reset')).toHaveCount(0);

  await page.reload();
  await checkDocument();
  expect(errors).toEqual([]);
});

// ---- accessibility ---------------------------------------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the document, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the document with the example, in English and Italian, and empty, has no violations', async ({ page, browser, baseURL }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoDocument(page);
      await expect(section(page, 'training').locator('tbody tr')).toHaveCount(3);
      await expectNoViolations(page, `/draft/document with the example (${colorScheme})`);
      await page.getByTestId('doc-lang').selectOption('it');
      await expect(doc(page).locator('.doc-title')).toHaveText('Politica del servizio clienti');
      await expectNoViolations(page, `/draft/document with the example in Italian (${colorScheme})`);

      const other = await newContext(browser, baseURL, { colorScheme });
      try {
        const page2 = await other.newPage();
        await gotoDocument(page2);
        await expect(page2.getByTestId('doc-policy').locator('.doc-note')).toHaveText(NO_POLICY);
        await expectNoViolations(page2, `/draft/document empty (${colorScheme})`);
      } finally {
        await other.close();
      }
    });
  });
}

// ---- phone width -------------------------------------------------------------------------------------------

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the document page does not scroll sideways: the example, Italian, and a long address typed by the user', async ({ page }) => {
    test.setTimeout(120_000);
    const fits = async (label) => {
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
    };
    await gotoDocument(page);
    await fits('empty');

    await openExample(page);
    await gotoDocument(page);
    await expect(section(page, 'training').locator('tbody tr')).toHaveCount(3);
    await fits('with the example');
    await page.getByTestId('doc-lang').selectOption('it');
    await expect(doc(page).locator('.doc-title')).toHaveText('Politica del servizio clienti');
    await fits('with the example in Italian');

    await writeAnswer(page, 'overview', 'Full catalogue at https://www.example.com/catalogue/power-tools/cordless-drills-and-impact-drivers-with-batteries');
    await gotoDocument(page);
    await expect(section(page, 'policy').locator('h4').first()).toHaveText('Product or service overview');
    await fits('with a long address in the policy');
  });
});
