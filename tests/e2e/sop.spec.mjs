// Run: standard operating procedures (seed 004). The library at /run (the
// note when nothing matches, the three templates, search, the department
// filter, the trash and its Undo); the editor at /run/sop/:id (title,
// department, purpose, terms, steps, decisions whose answers lead to other
// steps, the problems list, reordering, removing) and the flowchart the app
// draws beside it; the print document and a PDF; the example workbook;
// Italian; axe in light and dark; a phone's width; a step text that looks
// like HTML.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect as baseExpect } from '@playwright/test';
import { expectNoViolations, generation, open, openExample, saved, todayIso, watchErrors, pinForTest, pinnedAt, pageNow } from './helpers.mjs';
import { gotoLibrary, typeCommitted } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));
import { fmtDate, utcIso } from './dates.mjs';

// The machine running these may be slow: wait longer than the default.
const expect = baseExpect.configure({ timeout: 20_000 });

const NONE = 'No procedure matches. Start a new one, or copy one of the templates below.';
const LIBRARY_TITLE = 'Standard operating procedures';

const CALL = {
  title: 'Handling a complaint call',
  department: 'Customer service',
  purpose: 'Every customer who calls with a complaint is treated the same way, heard out and helped at once.',
  term: 'Complaint log',
  meaning: "Where every complaint is written down, in Servicebook's Listen section.",
  steps: [
    "Answer within three rings with the shop's name and yours",
    'Let the customer finish; write down the facts and repeat them back',
    'Log the complaint while the customer is on the line',
    'Can you solve it yourself?',
    'Agree the solution, carry it out and ask if the customer is satisfied',
    'Escalate to a manager (see “Escalating to a manager”) and set the follow-up date',
  ],
};
const ESCALATION = 'Escalating to a manager';
const REFUND = 'A refund or replacement request';

// ---- locators and helpers ----------------------------------------------------------------

const items = (page) => page.getByTestId('sop-item');
const steps = (page) => page.getByTestId('sop-step');
const stepText = (page, i) => steps(page).nth(i).getByTestId('step-text');
/** The flowchart beside the steps (the print document holds a second one, hidden on screen). */
const chart = (page, name = 'Flowchart') => page.getByRole('region', { name }).getByTestId('flowchart');
/** The text of each box of a flowchart, top to bottom, its wrapped lines joined by spaces. */
const boxTexts = (svg) =>
  svg.locator('g[data-testid="flow-step"], g[data-testid="flow-decision"], g[data-testid="flow-terminal"]')
    .evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
const edgeLabels = (svg) => svg.getByTestId('flow-edge').locator('text');

/** Opens a procedure of the library by its title. */
async function openSop(page, title) {
  await page.getByTestId('sop-list').getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(/\/run\/sop\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('sop-title')).toHaveValue(title);
}

/** A phone-width check: the page does not scroll sideways. */
async function fits(page, label) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${label}: ${scroll} px wide in ${client} px`).toBeLessThanOrEqual(client);
}

// ---- an empty workbook and a template ------------------------------------------------------

test('an empty library offers the three templates; a copy of the complaint call has its parts, a decision and a flowchart', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(page).toHaveURL(/\/run$/);
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  await expect(page).toHaveTitle(`${LIBRARY_TITLE} · Servicebook`);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await expect(page.getByTestId('sop-list')).toHaveCount(0);
  const starters = page.getByTestId('starters');
  await expect(starters.getByRole('heading', { level: 2 })).toHaveText('Templates to copy and adapt');
  await expect(starters.locator('li span')).toHaveText([CALL.title, ESCALATION, REFUND]);
  for (const key of ['complaint-call', 'escalation', 'refund']) {
    await expect(starters.getByTestId(`copy-starter-${key}`)).toHaveText('Copy');
  }

  await saved(page, () => page.getByTestId('copy-starter-complaint-call').click());
  await expect(page).toHaveURL(/\/run\/sop\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  const today = fmtDate(await todayIso(page));
  const check = async () => {
    await expect(page.locator('main h1')).toHaveText(CALL.title);
    await expect(page.getByTestId('sop-title')).toHaveValue(CALL.title);
    await expect(page.getByTestId('sop-department')).toHaveValue(CALL.department);
    await expect(page.getByTestId('sop-purpose')).toHaveValue(CALL.purpose);
    await expect(page.getByTestId('sop-version')).toHaveText(`version of ${today}`);
    await expect(page.getByTestId('sop-term')).toHaveCount(1);
    await expect(page.getByTestId('term-term')).toHaveValue(CALL.term);
    await expect(page.getByTestId('term-meaning')).toHaveValue(CALL.meaning);
    await expect(steps(page)).toHaveCount(6);
    for (const [i, text] of CALL.steps.entries()) {
      await expect(page.getByLabel(`Step ${i + 1}`, { exact: true })).toHaveValue(text);
    }
    // Step 4 is the decision, with two answers leading to steps 5 and 6.
    for (let i = 0; i < 6; i += 1) {
      const box = steps(page).nth(i).getByTestId('step-decision');
      if (i === 3) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    const decision = steps(page).nth(3);
    await expect(decision.getByTestId('answer-label')).toHaveCount(2);
    await expect(decision.getByTestId('answer-label').nth(0)).toHaveValue('yes');
    await expect(decision.getByTestId('answer-label').nth(1)).toHaveValue('no');
    await expect(decision.getByTestId('answer-goto').nth(0).locator('option:checked')).toHaveText(`5. ${CALL.steps[4]}`);
    await expect(decision.getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(`6. ${CALL.steps[5]}`);
    // Steps 5 and 6 end the procedure.
    await expect(steps(page).nth(4).getByTestId('step-ends')).toBeChecked();
    await expect(steps(page).nth(5).getByTestId('step-ends')).toBeChecked();
    await expect(steps(page).nth(2).getByTestId('step-ends')).not.toBeChecked();
    // A well-formed template: nothing to fix.
    await expect(page.getByTestId('sop-problems')).toHaveCount(0);

    // The flowchart: start, five boxes and a decision, end.
    const svg = chart(page);
    await expect(svg).toBeVisible();
    await expect(svg.getByTestId('flow-step')).toHaveCount(5);
    await expect(svg.getByTestId('flow-decision')).toHaveCount(1);
    await expect(svg.getByTestId('flow-terminal')).toHaveCount(2);
    await expect.poll(() => boxTexts(svg)).toEqual(['Start', ...CALL.steps.map((s, i) => `${i + 1}. ${s}`), 'End']);
    // start→1→2→3→4, 4 yes→5, 4 no→6, 5→end, 6→end.
    await expect(svg.getByTestId('flow-edge')).toHaveCount(8);
    await expect(edgeLabels(svg)).toHaveText(['yes', 'no']);
  };
  await check();
  await page.reload();
  await check();

  // Back in the library it is listed with its steps and version date.
  await page.getByRole('link', { name: '← All procedures' }).click();
  await expect(page).toHaveURL(/\/run$/);
  await expect(page.getByTestId('sop-none')).toHaveCount(0);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(CALL.title);
  await expect(items(page).locator('p.muted')).toHaveText(`${CALL.department} · 6 steps · version of ${today}`);
  await expect(page.getByTestId('sop-item-problems')).toHaveCount(0);
  // The template stays on offer.
  await expect(page.getByTestId('copy-starter-complaint-call')).toBeVisible();
  expect(errors).toEqual([]);
});

// ---- a procedure from scratch --------------------------------------------------------------

test('a procedure from scratch: steps, a decision looping back, problems until fixed, reordering, removing; all survives a reload', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const A = 'Greet the customer and take their name';
  const B = 'Is the order number on the receipt?';
  const C = 'Look the order up and confirm the delivery date';
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('new-sop').click());
  await expect(page).toHaveURL(/\/run\/sop\/[0-9a-f-]{36}$/);
  const url = page.url();
  await expect(page.locator('main h1')).toHaveText('Untitled procedure');
  const today = fmtDate(await todayIso(page));
  await expect(page.getByTestId('sop-version')).toHaveText(`version of ${today}`);
  await expect(steps(page)).toHaveCount(0);
  // An empty procedure goes from start to end.
  await expect(chart(page).getByTestId('flow-terminal')).toHaveCount(2);
  await expect(chart(page).getByTestId('flow-edge')).toHaveCount(1);

  await typeCommitted(page, page.getByTestId('sop-title'), 'Order status call');
  await expect(page.locator('main h1')).toHaveText('Order status call');
  await typeCommitted(page, page.getByTestId('sop-department'), 'Sales');
  await typeCommitted(page, page.getByTestId('sop-purpose'), 'Customers asking where their order is get an answer in one call.');

  // Three steps; each empty one is named in the problems until it is filled.
  const problems = page.getByTestId('sop-problems').getByRole('listitem');
  for (const [i, text] of [A, B, C].entries()) {
    await saved(page, () => page.getByTestId('add-step').click());
    await expect(steps(page)).toHaveCount(i + 1);
    await expect(page.getByLabel(`Step ${i + 1}`, { exact: true })).toHaveValue('');
    await expect(problems).toHaveText([`Step ${i + 1} has no text.`]);
    await typeCommitted(page, stepText(page, i), text);
    await expect(page.getByTestId('sop-problems')).toHaveCount(0);
  }
  const svg = chart(page);
  await expect(svg.getByTestId('flow-step')).toHaveCount(3);
  await expect(svg.getByTestId('flow-decision')).toHaveCount(0);
  await expect(svg.getByTestId('flow-edge')).toHaveCount(4);
  await expect.poll(() => boxTexts(svg)).toEqual(['Start', `1. ${A}`, `2. ${B}`, `3. ${C}`, 'End']);

  // Step 2 becomes a decision: answers "yes" and "no", both to the end at first.
  const two = steps(page).nth(1);
  await saved(page, () => two.getByTestId('step-decision').check());
  await expect(two.getByTestId('answer-label')).toHaveCount(2);
  await expect(two.getByTestId('answer-label').nth(0)).toHaveValue('yes');
  await expect(two.getByTestId('answer-label').nth(1)).toHaveValue('no');
  await expect(two.getByTestId('answer-goto').nth(0)).toHaveValue('end');
  await expect(two.getByTestId('answer-goto').nth(1)).toHaveValue('end');
  await expect(two.getByTestId('step-ends')).toHaveCount(0);
  // The targets offered: the end and the other steps.
  await expect(two.getByTestId('answer-goto').nth(0).locator('option')).toHaveText(['End', `1. ${A}`, `3. ${C}`]);
  await expect(svg.getByTestId('flow-decision')).toHaveCount(1);
  await expect(svg.getByTestId('flow-step')).toHaveCount(2);
  await expect(svg.getByTestId('flow-edge')).toHaveCount(5);
  await expect(problems).toHaveText(['Nothing leads to step 3.']);

  // "yes" goes on to step 3, "no" loops back to step 1.
  await saved(page, () => two.getByTestId('answer-goto').nth(0).selectOption({ label: `3. ${C}` }));
  await saved(page, () => two.getByTestId('answer-goto').nth(1).selectOption({ label: `1. ${A}` }));
  await expect(page.getByTestId('sop-problems')).toHaveCount(0);
  await expect(svg.getByTestId('flow-edge')).toHaveCount(5);
  await expect(edgeLabels(svg)).toHaveText(['yes', 'no']);
  // The loop back is drawn as such, labelled "no".
  await expect(svg.getByTestId('flow-edge').filter({ has: page.locator('polyline.back') })).toHaveCount(1);
  await expect(svg.getByTestId('flow-edge').filter({ has: page.locator('polyline.back') }).locator('text')).toHaveText('no');

  // Reordering: step 3 up, then down again; the numbers follow in the flowchart.
  await saved(page, () => page.getByRole('button', { name: 'Move step 3 up' }).click());
  await expect(page.getByLabel('Step 2', { exact: true })).toHaveValue(C);
  await expect(page.getByLabel('Step 3', { exact: true })).toHaveValue(B);
  await expect.poll(() => boxTexts(svg)).toEqual(['Start', `1. ${A}`, `2. ${C}`, `3. ${B}`, 'End']);
  // The answers still lead to the same steps, under their new numbers.
  const decisionNow = steps(page).nth(2);
  await expect(decisionNow.getByTestId('answer-goto').nth(0).locator('option:checked')).toHaveText(`2. ${C}`);
  await expect(decisionNow.getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(`1. ${A}`);
  // Now step 2 only follows from a "yes" of step 3, which is after it: still reached.
  await expect(page.getByTestId('sop-problems')).toHaveCount(0);
  await saved(page, () => page.getByRole('button', { name: 'Move step 2 down' }).click());
  await expect(page.getByLabel('Step 2', { exact: true })).toHaveValue(B);
  await expect(page.getByLabel('Step 3', { exact: true })).toHaveValue(C);
  await expect.poll(() => boxTexts(svg)).toEqual(['Start', `1. ${A}`, `2. ${B}`, `3. ${C}`, 'End']);

  const check = async () => {
    await expect(page.getByTestId('sop-title')).toHaveValue('Order status call');
    await expect(page.getByTestId('sop-department')).toHaveValue('Sales');
    await expect(page.getByTestId('sop-purpose')).toHaveValue('Customers asking where their order is get an answer in one call.');
    await expect(page.getByTestId('sop-version')).toHaveText(`version of ${today}`);
    await expect(steps(page)).toHaveCount(3);
    await expect(page.getByLabel('Step 1', { exact: true })).toHaveValue(A);
    await expect(page.getByLabel('Step 2', { exact: true })).toHaveValue(B);
    await expect(page.getByLabel('Step 3', { exact: true })).toHaveValue(C);
    await expect(steps(page).nth(1).getByTestId('step-decision')).toBeChecked();
    await expect(steps(page).nth(1).getByTestId('answer-goto').nth(0).locator('option:checked')).toHaveText(`3. ${C}`);
    await expect(steps(page).nth(1).getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(`1. ${A}`);
    await expect(chart(page).getByTestId('flow-decision')).toHaveCount(1);
    await expect(chart(page).getByTestId('flow-edge')).toHaveCount(5);
    await expect.poll(() => boxTexts(chart(page))).toEqual(['Start', `1. ${A}`, `2. ${B}`, `3. ${C}`, 'End']);
  };
  await check();
  await page.reload();
  await expect(page).toHaveURL(url);
  await check();

  // Removing step 3: the "yes" that led to it now leads to the end.
  await saved(page, () => steps(page).nth(2).getByTestId('step-remove').click());
  await expect(steps(page)).toHaveCount(2);
  const decision = steps(page).nth(1);
  await expect(decision.getByTestId('answer-goto').nth(0)).toHaveValue('end');
  await expect(decision.getByTestId('answer-goto').nth(0).locator('option:checked')).toHaveText('End');
  await expect(decision.getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(`1. ${A}`);
  await expect(decision.getByTestId('answer-goto').nth(0).locator('option')).toHaveText(['End', `1. ${A}`]);
  await expect(page.getByTestId('sop-problems')).toHaveCount(0);
  await expect(chart(page).getByTestId('flow-edge')).toHaveCount(4);
  await expect.poll(() => boxTexts(chart(page))).toEqual(['Start', `1. ${A}`, `2. ${B}`, 'End']);
  await page.reload();
  await expect(steps(page)).toHaveCount(2);
  await expect(steps(page).nth(1).getByTestId('answer-goto').nth(0)).toHaveValue('end');
  await expect(steps(page).nth(1).getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(`1. ${A}`);

  // In the library: two steps, today's version.
  await gotoLibrary(page);
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).locator('p.muted')).toHaveText(`Sales · 2 steps · version of ${today}`);
  expect(errors).toEqual([]);
});

// ---- the example and the library -------------------------------------------------------------

test('the example lists the three templates; search looks in steps and terms, the department filter filters, and a trashed procedure comes back with Undo', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchErrors(page);
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  // The example dates its procedures 30 days before it was opened (UTC days).
  const versions = [...new Set([utcIso(t0 - 30 * 864e5), utcIso(t1 - 30 * 864e5)])].map((d) => `version of ${fmtDate(d)}`);

  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  await expect(items(page)).toHaveCount(3);
  const titles = [REFUND, ESCALATION, CALL.title]; // sorted by title
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(titles);
  const lines = await items(page).locator('p.muted').allInnerTexts();
  const stepsN = [6, 5, 6];
  for (const [i, line] of lines.entries()) {
    const [dep, n, version] = line.split(' · ');
    expect(dep).toBe('Customer service');
    expect(n).toBe(`${stepsN[i]} steps`);
    expect(versions).toContain(version);
  }
  await expect(page.getByTestId('sop-item-problems')).toHaveCount(0);

  // A procedure of another department, with a term.
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-title'), 'Receiving deliveries');
  await typeCommitted(page, page.getByTestId('sop-department'), 'Warehouse');
  await saved(page, () => page.getByTestId('add-term').click());
  await typeCommitted(page, page.getByTestId('term-term'), 'GRN');
  await typeCommitted(page, page.getByTestId('term-meaning'), 'Goods received note, signed for the courier');
  await saved(page, () => page.getByTestId('add-step').click());
  await typeCommitted(page, stepText(page, 0), 'Count the pallets against the delivery note');
  await gotoLibrary(page);
  await expect(items(page)).toHaveCount(4);

  // The department filter lists each department once.
  const filter = page.getByTestId('sop-department-filter');
  await expect(filter.locator('option')).toHaveText(['All departments', 'Customer service', 'Warehouse']);
  await filter.selectOption('Warehouse');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Receiving deliveries']);
  await expect(items(page).locator('p.muted')).toContainText(/^Warehouse · /);
  await filter.selectOption('Customer service');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(titles);
  await filter.selectOption({ label: 'All departments' });
  await expect(items(page)).toHaveCount(4);

  // Search: a word of a step, of a term, of a term's meaning; case does not matter.
  const search = page.getByTestId('sop-search');
  await expect(page.getByRole('search').getByLabel('Search the procedures')).toBeVisible();
  await search.fill('pallets');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Receiving deliveries']);
  await search.fill('THREE RINGS');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([CALL.title]);
  await search.fill('receipt'); // a term of the refund template only
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([REFUND]);
  await search.fill('goods received');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Receiving deliveries']);
  // Search and filter together: nothing matches, and the note says so.
  await filter.selectOption('Customer service');
  await expect(items(page)).toHaveCount(0);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await search.fill('manager');
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([ESCALATION, CALL.title]);
  await search.fill('');
  await filter.selectOption({ label: 'All departments' });
  await expect(items(page)).toHaveCount(4);

  // To the trash from the editor, and back with Undo.
  await openSop(page, ESCALATION);
  await saved(page, () => page.getByTestId('delete-sop').click());
  await expect(page).toHaveURL(/\/run$/);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Moved to the trash.');
  await expect(items(page)).toHaveCount(3);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([REFUND, CALL.title, 'Receiving deliveries']);
  await saved(page, () => notice.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(items(page)).toHaveCount(4);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([REFUND, ESCALATION, CALL.title, 'Receiving deliveries']);
  await page.reload();
  await expect(items(page)).toHaveCount(4);
  await openSop(page, ESCALATION);
  await expect(steps(page)).toHaveCount(5);

  // Trashed and not undone: gone after a reload too, and its address finds nothing.
  const url = page.url();
  await saved(page, () => page.getByTestId('delete-sop').click());
  await expect(items(page)).toHaveCount(3);
  await page.reload();
  await expect(items(page)).toHaveCount(3);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText([REFUND, CALL.title, 'Receiving deliveries']);
  await page.goto(url);
  await expect(page.locator('main h1')).toHaveText('Page not found');
  expect(errors).toEqual([]);
});

// ---- print ----------------------------------------------------------------------------------

test('printing shows only the procedure as a document: title, purpose, terms, numbered steps with their answers and the flowchart; a PDF can be made', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openExample(page);
  await gotoLibrary(page);
  await openSop(page, CALL.title);
  const doc = page.getByTestId('sop-print');
  await expect(doc).toBeHidden();
  await expect(page.getByTestId('print-sop')).toHaveText('Print');

  await page.emulateMedia({ media: 'print' });
  await expect(doc).toBeVisible();
  await expect(doc.locator('h2')).toHaveText(CALL.title);
  await expect(doc.locator('.doc-meta')).toContainText(/^Customer service · version of \d{1,2} [A-Z][a-z]+ \d{4}$/);
  await expect(doc.locator('h3')).toHaveText(['Purpose', 'Terms', 'Instructions', 'Flowchart']);
  await expect(doc.locator('h3 + p').first()).toHaveText(CALL.purpose);
  await expect(doc.locator('dt')).toHaveText([CALL.term]);
  await expect(doc.locator('dd')).toHaveText([CALL.meaning]);
  const li = doc.locator('ol > li');
  await expect(li).toHaveCount(6);
  for (const [i, text] of CALL.steps.entries()) await expect(li.nth(i)).toContainText(text);
  await expect(li.nth(3)).toContainText('yes → step 5; no → step 6');
  await expect(li.nth(0).locator('.doc-note')).toHaveCount(0);
  const printed = doc.getByTestId('flowchart');
  await expect(printed).toBeVisible();
  await expect(printed.getByTestId('flow-decision')).toHaveCount(1);
  await expect(printed.getByTestId('flow-step')).toHaveCount(5);
  await expect(edgeLabels(printed)).toHaveText(['yes', 'no']);

  // Nothing of the editor or the app around it is printed.
  for (const id of ['sop-title', 'sop-department', 'sop-purpose', 'sop-steps', 'sop-terms', 'print-sop', 'delete-sop', 'main-nav']) {
    await expect(page.getByTestId(id)).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeHidden();
  await expect(page.getByTestId('step-text').first()).toBeHidden();
  await expect(page.getByRole('link', { name: '← All procedures' })).toBeHidden();
  await expect(page.locator('.flow-card')).toBeHidden();

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(1000);

  await page.emulateMedia({ media: 'screen' });
  await expect(doc).toBeHidden();
  await expect(page.getByTestId('sop-title')).toBeVisible();
  expect(errors).toEqual([]);
});

// ---- Italian --------------------------------------------------------------------------------

test('in Italian a copied template is an Italian procedure, and the flowchart says Inizio and Fine', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  // (Reached by its address: the nav label of this section is still being worded.)
  await open(page, '/run');
  await expect(page.locator('main h1')).toHaveText('Procedure operative standard');
  await expect(page.getByTestId('sop-none')).toHaveText('Nessuna procedura corrisponde. Creane una nuova o copia uno dei modelli qui sotto.');
  await expect(page.getByTestId('starters').locator('li span')).toHaveText([
    'Gestire una chiamata di reclamo', 'Passare a un responsabile', 'Una richiesta di rimborso o sostituzione',
  ]);
  await expect(page.getByTestId('copy-starter-complaint-call')).toHaveText('Copia');

  await page.getByTestId('copy-starter-complaint-call').click();
  await expect(page).toHaveURL(/\/run\/sop\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('sop-title')).toHaveValue('Gestire una chiamata di reclamo');
  await expect(page.getByTestId('sop-department')).toHaveValue('Servizio clienti');
  await expect(page.getByTestId('term-term')).toHaveValue('Registro reclami');
  await expect(page.getByLabel('Passo 4', { exact: true })).toHaveValue('Puoi risolverlo da solo?');
  const decision = steps(page).nth(3);
  await expect(decision.getByTestId('answer-label').nth(0)).toHaveValue('sì');
  await expect(decision.getByTestId('answer-label').nth(1)).toHaveValue('no');
  await expect(decision.getByTestId('answer-goto').nth(1).locator('option:checked')).toHaveText(/^6\. Passa a un responsabile/);
  await expect(page.getByTestId('sop-version')).toHaveText(/^versione: \d{1,2} [a-z]+ \d{4}$/);
  const svg = chart(page, 'Diagramma di flusso');
  await expect(svg.getByTestId('flow-terminal')).toHaveText(['Inizio', 'Fine']);
  await expect(edgeLabels(svg)).toHaveText(['sì', 'no']);
  await expect(svg).toHaveAttribute('aria-label', 'Diagramma di flusso');

  // A new decision gets Italian answers too.
  const before = await generation(page);
  await steps(page).nth(0).getByTestId('step-decision').check();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
  await expect(steps(page).nth(0).getByTestId('answer-label').nth(0)).toHaveValue('sì');
  await expect(steps(page).nth(0).getByTestId('answer-label').nth(1)).toHaveValue('no');

  await page.getByRole('link', { name: '← Tutte le procedure' }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).locator('p.muted')).toContainText('Servizio clienti · 6 passi · versione: ');
  // Step 1 now leads only to the end: nothing leads to step 2 any more.
  await expect(page.getByTestId('sop-item-problems')).toBeVisible();
  expect(errors).toEqual([]);
});

// ---- accessibility and a phone's width --------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the procedures, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the library and an editor with the example have no violations', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoLibrary(page);
      await expect(items(page)).toHaveCount(3);
      await expectNoViolations(page, `/run with the example (${colorScheme})`);
      await openSop(page, CALL.title);
      await expect(chart(page).getByTestId('flow-decision')).toHaveCount(1);
      await expectNoViolations(page, `/run/sop/… with the example (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the library and an editor with the example do not scroll sideways', async ({ page }) => {
    test.setTimeout(120_000);
    await openExample(page);
    await gotoLibrary(page);
    await expect(items(page)).toHaveCount(3);
    await fits(page, '/run');
    await openSop(page, REFUND);
    await expect(chart(page).getByTestId('flow-decision')).toHaveCount(2);
    await fits(page, '/run/sop/… (refund)');
    await page.getByRole('link', { name: '← All procedures' }).click();
    await openSop(page, CALL.title);
    await expect(chart(page).getByTestId('flow-decision')).toHaveCount(1);
    await fits(page, '/run/sop/… (complaint call)');
  });
});

// ---- counts of one -------------------------------------------------------------------------

// App bug: the library writes "1 steps" and "1 things to fix in the steps"
// for a count of one (K::SopStepsN and K::SopProblemsN have no singular;
// elsewhere the app says "1 complaint in 12 months"). Unmark when fixed.
test('a procedure with one step and one problem is listed with "1 step" and "1 thing to fix"', async ({ page }) => {
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-title'), 'Opening the shop');
  await saved(page, () => page.getByTestId('add-step').click());
  await expect(page.getByTestId('sop-problems').getByRole('listitem')).toHaveText(['Step 1 has no text.']);
  await gotoLibrary(page);
  await expect(items(page).locator('p.muted')).toHaveText(/^— · 1 step · version of /);
  await expect(page.getByTestId('sop-item-problems')).toHaveText('1 thing to fix in the steps');
});

// ---- a step text that looks like HTML -----------------------------------------------------------

test('a step text with HTML in it is shown as text in the steps, the flowchart and the print document', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const EVIL = '<img src=x onerror=alert(1)>';
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-title'), '<b>bold</b> title');
  await saved(page, () => page.getByTestId('add-step').click());
  await typeCommitted(page, stepText(page, 0), EVIL);
  await expect(page.locator('main h1')).toHaveText('<b>bold</b> title');
  await expect(page.getByLabel('Step 1', { exact: true })).toHaveValue(EVIL);
  await expect.poll(() => boxTexts(chart(page))).toEqual(['Start', `1. ${EVIL}`, 'End']);
  await expect(page.getByTestId('sop-print').locator('ol > li')).toHaveText([EVIL]);
  await page.reload();
  await expect(page.getByLabel('Step 1', { exact: true })).toHaveValue(EVIL);
  await expect.poll(() => boxTexts(chart(page))).toEqual(['Start', `1. ${EVIL}`, 'End']);
  await gotoLibrary(page);
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['<b>bold</b> title']);
  await expect(page.locator('main img, main b')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByLabel('Step 1', { exact: true })).toHaveValue(EVIL);
  await expect(page.locator('main img, main b, svg foreignObject')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
