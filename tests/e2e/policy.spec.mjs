// Draft (seed 001 part 2, steps 8 and 9): the policy. The seven policy points
// in the seed's order with their guiding questions, the answer saved as it is
// typed, the stages (Draft, Proposed to staff, Adopted) and the rule that a
// point is adopted only with an answer and at least one piece of staff
// feedback, the self-test's weakest areas pointing at the points that address
// them, two copies merged point by point, the example workbook, Italian,
// hostile text, axe in light and dark, and a phone's width.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  RATINGS_20_67, answer, expectNoViolations, generation, open, openExample, pickFile, ratings, saved, startTest, takeTest, waitSaved, watchErrors,
 pinForTest, pinnedAt, pageNow, chooseLanguage } from './helpers.mjs';

// Today is pinned (helpers.pinForTest), so the spec reads the same dates on any day it runs.
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

/** The seed's seven points, in its order, with their English guiding questions. */
const POINTS = [
  {
    id: 'overview',
    title: 'Product or service overview',
    questions: ['Do you have a policy that makes it as easy as possible for customers to get information about what you sell?'],
  },
  {
    id: 'speed',
    title: 'Speed',
    questions: [
      'Can your customers order quickly and easily?',
      'Are knowledgeable customer service representatives available?',
      'What is the maximum waiting time by phone and in the shop, and what does it take to meet it?',
    ],
  },
  {
    id: 'communication',
    title: 'Communication',
    questions: [
      'Do you tell customers everything they need to know to buy from you?',
      'Are the returns and shipping policy easy to find?',
      'Are the accepted payment methods clearly stated?',
      'Are extra services and guarantees explained without pressing the customer to buy?',
    ],
  },
  {
    id: 'followup',
    title: 'Follow-up',
    questions: [
      'Do customers get the name, phone number and e-mail of a person to contact for help after a purchase?',
      'Do you show them a timeline for the service or the delivery?',
      'Do they know how to ask for technical support or other help?',
      'Can they easily make a complaint if they feel they need to?',
    ],
  },
  {
    id: 'complaints',
    title: 'Complaints and disputes',
    questions: [
      'Are complaints handled at once?',
      'Are employees free to solve problems to reach the best solution?',
      'Is senior management involved quickly?',
      'How are customers compensated for different problems?',
      'Is there a follow-up to make sure the customer is satisfied?',
    ],
  },
  {
    id: 'retention',
    title: 'Retention',
    questions: [
      'Do you build long-term relationships with your customers?',
      'Do you contact them a month after the purchase to make sure they are satisfied?',
      'Would a newsletter or coupons suit your customers?',
      'Could a customer forum on your website help?',
    ],
  },
  {
    id: 'supervision',
    title: 'Supervising employees',
    questions: [
      'Do you encourage your employees to give good customer service?',
      "Do you share customers' feedback with them, and address it when standards are missed?",
      'Do you recognise and reward them when they give good service?',
    ],
  },
];

const NO_ANSWER = 'Write the policy before adopting it.';
const NO_FEEDBACK = 'Check with your employees first: record at least one piece of staff feedback on this point.';
const WEAK_TITLE = 'Start where the self-test is weakest';

const point = (page, id) => page.getByTestId(`point-${id}`);
const answerOf = (card) => card.getByTestId('point-answer');
const stageOf = (card) => card.getByTestId('point-stage');
const badgeOf = (card) => card.getByTestId('stage-badge');
const detailsOf = (card) => card.locator('details.feedback');
const summaryOf = (card) => detailsOf(card).locator('summary');
const feedbackItems = (card) => card.getByTestId('feedback-list').getByRole('listitem');

/** Opens /draft/policy and waits for its heading and its seven cards. */
async function gotoPolicy(page) {
  await open(page, '/draft/policy');
  await expect(page.locator('main h1')).toHaveText('The policy');
  await expect(page.locator('article.policy-point')).toHaveCount(7);
}

/** Replaces the answer of a point and waits for the save. */
async function writeAnswer(page, id, text) {
  await saved(page, () => answerOf(point(page, id)).fill(text));
}

/** Opens the "Staff feedback" details of a card if they are closed. */
async function openFeedback(card) {
  if (!(await detailsOf(card).evaluate((d) => d.open))) await summaryOf(card).click();
  await expect(detailsOf(card)).toHaveJSProperty('open', true);
}

/** Adds a piece of staff feedback to a point and waits for the save. */
async function addFeedback(page, id, by, text) {
  const card = point(page, id);
  await openFeedback(card);
  await card.getByTestId('feedback-by').fill(by);
  await card.getByTestId('feedback-text').fill(text);
  await saved(page, () => card.getByTestId('add-feedback').click());
  await expect(card.getByTestId('feedback-text')).toHaveValue('');
}

/** Today's date as the feedback list shows it ("24 November 2026", the one style of dates). */
async function today(page) {
  return page.evaluate(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
}

/** Exports from /share and returns the downloaded file's path and parsed contents. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Picks an exported file on /share and checks the merge preview's row for the policy. */
async function previewImport(page, file, policyRow) {
  await open(page, '/share');
  await pickFile(page, file.name, file.text);
  await expect(page.getByTestId('preview')).toBeVisible();
  await expect(page.getByTestId('preview-policy').locator('th, td')).toHaveText(policyRow);
}

/** A browser context of its own (a clean localStorage), like the test's page, its
 * clock pinned to the same moment. */
async function newContext(browser, baseURL, extra = {}) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 900 },
    ...extra,
  });
  await context.clock.install({ time: pinnedAt() });
  return context;
}

// ---- the seven points --------------------------------------------------------------

test('the Policy tab lists the seed\'s seven points in order, each with its questions, an empty answer and "Draft"', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft');
  const tabs = page.getByTestId('draft-tabs');
  await expect(tabs.getByRole('link')).toHaveText(['Vision', 'Goals', 'Policy', 'Staff', 'Plan', 'Document']);
  await tabs.getByRole('link', { name: 'Policy' }).click();
  await expect(page).toHaveURL(/\/draft\/policy$/);
  await expect(page.locator('main h1')).toHaveText('The policy');
  await expect(tabs.getByRole('link', { name: 'Policy' })).toHaveAttribute('aria-current', 'page');
  await expect(page).toHaveTitle(/The policy/);
  await expect(page.locator('main .lead')).toContainText('Check with your employees before a point is adopted');

  // No finished self-test: nothing to point at.
  await expect(page.getByTestId('weak-areas')).toHaveCount(0);
  await expect(page.getByText(WEAK_TITLE)).toHaveCount(0);

  const cards = page.locator('article.policy-point');
  await expect(cards).toHaveCount(7);
  expect(await cards.evaluateAll((as) => as.map((a) => a.dataset.testid))).toEqual(POINTS.map((p) => `point-${p.id}`));
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(POINTS.map((p) => p.title));

  for (const p of POINTS) {
    const card = point(page, p.id);
    // The article is named by its heading.
    await expect(page.getByRole('article', { name: p.title, exact: true })).toHaveCount(1);
    await expect(card.locator('ul.questions li')).toHaveText(p.questions);
    await expect(badgeOf(card)).toHaveText('Draft');
    await expect(card.getByLabel('Your policy')).toHaveValue('');
    await expect(stageOf(card)).toHaveValue('Draft');
    await expect(stageOf(card).locator('option')).toHaveText(['Draft', 'Proposed to staff', 'Adopted']);
    await expect(card.getByLabel('Stage')).toHaveCount(1);
    await expect(summaryOf(card)).toHaveText('Staff feedback (0)');
    // A point in draft keeps its feedback folded away.
    await expect(detailsOf(card)).toHaveJSProperty('open', false);
    await expect(card.getByTestId('adopt-refused')).toHaveCount(0);
  }
  // Speed asks about the maximum waiting time by phone and in the shop.
  await expect(point(page, 'speed')).toContainText('maximum waiting time by phone and in the shop');

  // Only looking stores nothing.
  expect(await generation(page)).toBe(0);
  expect(errors).toEqual([]);
});

test('an answer is saved exactly as typed, edits in the middle keep their place, and it survives a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoPolicy(page);
  const speed = point(page, 'speed');
  const box = answerOf(speed);

  await box.click();
  await saved(page, async () => {
    await page.keyboard.type('  Phone answered within 3 rings.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Nobody waits more than 5 minutes in the shop.  ');
  });
  await waitSaved(page);
  const typed = '  Phone answered within 3 rings.\nNobody waits more than 5 minutes in the shop.  ';
  await expect(box).toHaveValue(typed);

  // Typing in the middle (the caret must not jump to the end).
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  for (let i = 0; i < ' rings.'.length; i += 1) await page.keyboard.press('ArrowLeft');
  await saved(page, () => page.keyboard.type(' or 4'));
  await waitSaved(page);
  const edited = '  Phone answered within 3 or 4 rings.\nNobody waits more than 5 minutes in the shop.  ';
  await expect(box).toHaveValue(edited);

  // Typing an answer does not move the point on.
  await expect(badgeOf(speed)).toHaveText('Draft');

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('The policy');
  await expect(answerOf(point(page, 'speed'))).toHaveValue(edited);
  await expect(badgeOf(point(page, 'speed'))).toHaveText('Draft');
  // The other points are untouched.
  for (const p of POINTS.filter((q) => q.id !== 'speed')) await expect(answerOf(point(page, p.id))).toHaveValue('');

  // Emptying the answer is saved too.
  await writeAnswer(page, 'speed', '');
  await page.reload();
  await expect(answerOf(point(page, 'speed'))).toHaveValue('');
  expect(errors).toEqual([]);
});

// ---- stages --------------------------------------------------------------------

test('adopting is refused without an answer, then without staff feedback; with both the point is adopted and stays so', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoPolicy(page);
  const card = point(page, 'complaints');
  const refused = card.getByTestId('adopt-refused');

  // 1. No answer.
  await stageOf(card).selectOption('Adopted');
  await expect(refused).toHaveText(NO_ANSWER);
  await expect(refused).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('adopt-refused')).toHaveCount(1); // only on this point
  await expect(stageOf(card)).toHaveValue('Draft');
  await expect(badgeOf(card)).toHaveText('Draft');
  expect(await generation(page)).toBe(0);

  // 2. An answer, proposed to the staff, but no feedback yet.
  await writeAnswer(page, 'complaints', 'Staff may refund up to 100 on the spot.');
  await saved(page, () => stageOf(card).selectOption('Proposed'));
  await expect(refused).toHaveCount(0);
  await expect(badgeOf(card)).toHaveText('Proposed to staff');
  const before = await generation(page);
  await stageOf(card).selectOption('Adopted');
  await expect(refused).toHaveText(NO_FEEDBACK);
  await expect(stageOf(card)).toHaveValue('Proposed');
  await expect(badgeOf(card)).toHaveText('Proposed to staff');
  await expect(summaryOf(card)).toHaveText('Staff feedback (0)');
  expect(await generation(page)).toBe(before);

  // A refusal is not stored: a reload finds the point where it was.
  await page.reload();
  await expect(badgeOf(point(page, 'complaints'))).toHaveText('Proposed to staff');
  await expect(stageOf(point(page, 'complaints'))).toHaveValue('Proposed');
  await expect(page.getByTestId('adopt-refused')).toHaveCount(0);
  await stageOf(card).selectOption('Adopted');
  await expect(refused).toHaveText(NO_FEEDBACK);

  // 3. Staff feedback: the count, who, today's date and what they said.
  await addFeedback(page, 'complaints', 'Giulia', '100 is too low for power tools.');
  await expect(refused).toHaveCount(0);
  await expect(summaryOf(card)).toHaveText('Staff feedback (1)');
  const date = await today(page);
  await expect(feedbackItems(card)).toHaveCount(1);
  await expect(feedbackItems(card).first().locator('strong')).toHaveText('Giulia');
  await expect(feedbackItems(card).first()).toHaveText(`Giulia · ${date}100 is too low for power tools.`);
  await expect(card.getByTestId('feedback-by')).toHaveValue('Giulia');

  await saved(page, () => stageOf(card).selectOption('Adopted'));
  await expect(badgeOf(card)).toHaveText('Adopted');
  await expect(stageOf(card)).toHaveValue('Adopted');
  await expect(refused).toHaveCount(0);

  const check = async () => {
    const c = point(page, 'complaints');
    await expect(badgeOf(c)).toHaveText('Adopted');
    await expect(stageOf(c)).toHaveValue('Adopted');
    await expect(answerOf(c)).toHaveValue('Staff may refund up to 100 on the spot.');
    await expect(summaryOf(c)).toHaveText('Staff feedback (1)');
    await openFeedback(c);
    await expect(feedbackItems(c)).toHaveText([`Giulia · ${date}100 is too low for power tools.`]);
    // The other six are still drafts.
    for (const p of POINTS.filter((q) => q.id !== 'complaints')) await expect(badgeOf(point(page, p.id))).toHaveText('Draft');
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('The policy');
  await check();
  expect(errors).toEqual([]);
});

test('"Proposed to staff" opens the staff feedback; empty feedback is not added and a nameless one reads "—"', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoPolicy(page);
  const card = point(page, 'retention');
  await expect(detailsOf(card)).toHaveJSProperty('open', false);
  await expect(card.getByTestId('feedback-text')).toBeHidden();

  await saved(page, () => stageOf(card).selectOption('Proposed'));
  await expect(badgeOf(card)).toHaveText('Proposed to staff');
  await expect(detailsOf(card)).toHaveJSProperty('open', true);
  await expect(card.getByLabel('Who')).toBeVisible();
  await expect(card.getByLabel('What they said')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Add the feedback' })).toBeVisible();
  // Only this point's feedback opens.
  await expect(detailsOf(point(page, 'speed'))).toHaveJSProperty('open', false);

  // Nothing said: nothing added.
  await card.getByTestId('feedback-by').fill('Marco');
  await card.getByTestId('feedback-text').fill('   ');
  const before = await generation(page);
  await card.getByTestId('add-feedback').click();
  await expect(summaryOf(card)).toHaveText('Staff feedback (0)');
  await expect(feedbackItems(card)).toHaveCount(0);
  expect(await generation(page)).toBe(before);

  // Said without a name, submitted with Enter.
  await card.getByTestId('feedback-by').fill('');
  await card.getByTestId('feedback-text').fill('  Customers like a call after a month.  ');
  await saved(page, () => card.getByTestId('feedback-text').press('Enter'));
  await expect(summaryOf(card)).toHaveText('Staff feedback (1)');
  const date = await today(page);
  await expect(feedbackItems(card)).toHaveText([`— · ${date}Customers like a call after a month.`]);

  // Proposed, after a reload: still open, with its feedback.
  await page.reload();
  await expect(badgeOf(point(page, 'retention'))).toHaveText('Proposed to staff');
  await expect(detailsOf(point(page, 'retention'))).toHaveJSProperty('open', true);
  await expect(feedbackItems(point(page, 'retention'))).toHaveText([`— · ${date}Customers like a call after a month.`]);

  // Back to draft: allowed, and the feedback folds away again (still counted).
  await saved(page, () => stageOf(point(page, 'retention')).selectOption('Draft'));
  await expect(badgeOf(point(page, 'retention'))).toHaveText('Draft');
  await expect(detailsOf(point(page, 'retention'))).toHaveJSProperty('open', false);
  await expect(summaryOf(point(page, 'retention'))).toHaveText('Staff feedback (1)');
  expect(errors).toEqual([]);
});

// ---- the self-test's weak areas ------------------------------------------------------

test('after a finished self-test the page starts from its two weakest areas and the points that address them', async ({ page }) => {
  test.setTimeout(120_000); // two self-tests taken by clicking
  // A self-test begun but not finished points nowhere.
  await startTest(page);
  await page.getByRole('list', { name: 'Areas' }).getByRole('button', { name: /Improving products/ }).click();
  for (const id of ['improvement.1', 'improvement.2', 'improvement.3']) await answer(page, id, 1);
  await waitSaved(page);
  await gotoPolicy(page);
  await expect(page.getByTestId('weak-areas')).toHaveCount(0);
  // Start afresh (the half-done test would be resumed, not started).
  await page.evaluate(() => localStorage.clear());

  // Knowing your customers 3.33, Ease of contact 3.67, all else 4.
  await takeTest(page, ratings(4, { 'knowledge.3': 2, 'contact.1': 3 }));
  await page.getByTestId('main-nav').getByRole('link', { name: 'Draft' }).click();
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Policy' }).click();
  await expect(page.locator('main h1')).toHaveText('The policy');
  const box = page.getByTestId('weak-areas');
  await expect(box.getByRole('heading', { level: 2 })).toHaveText(WEAK_TITLE);
  await expect(box.getByRole('listitem')).toHaveText([
    'Knowing your customers (3.33): see Retention and Follow-up',
    'Ease of contact (3.67): see Speed, Communication and Follow-up',
  ]);
  // The box comes before the points.
  const boxTop = (await box.boundingBox()).y;
  expect(boxTop).toBeLessThan((await point(page, 'overview').boundingBox()).y);

  // The latest finished test counts: knowing 2.67, then (all 3, seed order) culture.
  await takeTest(page, RATINGS_20_67);
  await gotoPolicy(page);
  await expect(page.getByTestId('weak-areas').getByRole('listitem')).toHaveText([
    'Knowing your customers (2.67): see Retention and Follow-up',
    'Customer-focused culture (3): see Supervising employees and Complaints and disputes',
  ]);
  await page.reload();
  await expect(page.getByTestId('weak-areas').getByRole('listitem')).toHaveCount(2);
});

// ---- two copies --------------------------------------------------------------

test('two copies merge point by point: the newer Speed answer stays, Retention stays, one Speed card', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoPolicy(page);
  await writeAnswer(page, 'speed', 'Phone answered within 3 rings.');
  const file = await exportWorkbook(page);
  expect(file.json.workbook.policy).toHaveLength(1);

  // A fresh browser state: later, another Speed answer and a Retention answer.
  await page.evaluate(() => localStorage.clear());
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await gotoPolicy(page);
  await expect(answerOf(point(page, 'speed'))).toHaveValue('');
  await writeAnswer(page, 'speed', 'Phone answered within 2 rings.');
  await writeAnswer(page, 'retention', 'We call every customer a month after the purchase.');

  // The file's Speed point is the same record, older: kept as it is here.
  await previewImport(page, file, ['Policy points', '1', '0', '0', '1']);
  // Nothing changes, so nothing is written (a save that changes nothing writes nothing).
  await page.getByTestId('merge').click();
  await expect(page.getByTestId('notice')).toContainText('The file was merged: 0 new, 0 updated.');
  await waitSaved(page);

  const check = async () => {
    await gotoPolicy(page);
    await expect(page.getByTestId('point-speed')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Speed', exact: true })).toHaveCount(1);
    await expect(answerOf(point(page, 'speed'))).toHaveValue('Phone answered within 2 rings.');
    await expect(answerOf(point(page, 'retention'))).toHaveValue('We call every customer a month after the purchase.');
  };
  await check();
  await page.reload();
  await check();
  expect(errors).toEqual([]);
});

test('merging a copy whose answer is newer takes that answer, its stage and its feedback', async ({ page, browser, baseURL }) => {
  // Here: an older Speed answer and an Overview answer.
  await gotoPolicy(page);
  await writeAnswer(page, 'speed', 'Phone answered within 3 rings.');
  await writeAnswer(page, 'overview', 'Catalogue online and at the counter.');

  // A colleague's copy, edited later: Speed proposed with feedback.
  const other = await newContext(browser, baseURL);
  let file;
  try {
    const page2 = await other.newPage();
    await gotoPolicy(page2);
    await writeAnswer(page2, 'speed', 'Phone answered within 2 rings.');
    await saved(page2, () => stageOf(point(page2, 'speed')).selectOption('Proposed'));
    await addFeedback(page2, 'speed', 'Marco', 'Two rings is fine on weekdays.');
    file = await exportWorkbook(page2);
  } finally {
    await other.close();
  }

  await previewImport(page, file, ['Policy points', '1', '0', '1', '0']);
  await saved(page, () => page.getByTestId('merge').click());
  await expect(page.getByTestId('notice')).toContainText('The file was merged: 0 new, 1 updated.');
  await gotoPolicy(page);
  const speed = point(page, 'speed');
  await expect(page.getByTestId('point-speed')).toHaveCount(1);
  await expect(answerOf(speed)).toHaveValue('Phone answered within 2 rings.');
  await expect(badgeOf(speed)).toHaveText('Proposed to staff');
  await expect(summaryOf(speed)).toHaveText('Staff feedback (1)');
  await expect(feedbackItems(speed).first()).toContainText('Marco');
  await expect(feedbackItems(speed).first()).toContainText('Two rings is fine on weekdays.');
  await expect(answerOf(point(page, 'overview'))).toHaveValue('Catalogue online and at the counter.');
});

// ---- the example ---------------------------------------------------------------

test('the example workbook: Speed adopted after Giulia\'s feedback, Complaints proposed with Marco\'s, Communication a draft', async ({ page }) => {
  const errors = watchErrors(page);
  // The example dates its feedback 17 days (Complaints: 17 days less an hour) before it is opened.
  const fmt = (ms) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
    .format(new Date(`${new Date(ms).toISOString().slice(0, 10)}T12:00:00Z`));
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  const feedbackDates = (offset) => [...new Set([fmt(t0 - 17 * 864e5 + offset), fmt(t1 - 17 * 864e5 + offset)])];

  await page.getByTestId('main-nav').getByRole('link', { name: 'Draft' }).click();
  await page.getByTestId('draft-tabs').getByRole('link', { name: 'Policy' }).click();
  await expect(page.locator('main h1')).toHaveText('The policy');

  const speed = point(page, 'speed');
  await expect(badgeOf(speed)).toHaveText('Adopted');
  await expect(stageOf(speed)).toHaveValue('Adopted');
  await expect(answerOf(speed)).toHaveValue('The phone is answered within two minutes in opening hours; nobody waits more than five minutes at the counter.');
  await expect(summaryOf(speed)).toHaveText('Staff feedback (1)');
  await openFeedback(speed);
  await expect(feedbackItems(speed)).toHaveCount(1);
  await expect(feedbackItems(speed).first().locator('strong')).toHaveText('Giulia');
  const giulia = await feedbackItems(speed).first().innerText();
  expect(feedbackDates(0).map((d) => `Giulia · ${d}\nFine on weekdays; on Saturday mornings we need a second person.`)).toContain(giulia);

  const complaints = point(page, 'complaints');
  await expect(badgeOf(complaints)).toHaveText('Proposed to staff');
  await expect(stageOf(complaints)).toHaveValue('Proposed');
  await expect(answerOf(complaints)).toHaveValue('Staff may replace an item or refund up to 100 on the spot; above that the owner decides the same day.');
  // Proposed: its feedback is open without a click.
  await expect(detailsOf(complaints)).toHaveJSProperty('open', true);
  await expect(summaryOf(complaints)).toHaveText('Staff feedback (1)');
  const marco = await feedbackItems(complaints).first().innerText();
  expect(feedbackDates(3600e3).map((d) => `Marco · ${d}\n100 is too low for power tools.`)).toContain(marco);

  const communication = point(page, 'communication');
  await expect(badgeOf(communication)).toHaveText('Draft');
  await expect(answerOf(communication)).toHaveValue('Returns, delivery costs and payment methods on the first page of the website and at the till.');
  await expect(summaryOf(communication)).toHaveText('Staff feedback (0)');

  for (const id of ['overview', 'followup', 'retention', 'supervision']) {
    await expect(badgeOf(point(page, id))).toHaveText('Draft');
    await expect(answerOf(point(page, id))).toHaveValue('');
  }

  // The example's latest self-test: knowing its customers (3), then improving products (3.67).
  await expect(page.getByTestId('weak-areas').getByRole('listitem')).toHaveText([
    'Knowing your customers (3): see Retention and Follow-up',
    'Improving products (3.67): see Product or service overview and Retention',
  ]);

  // Communication has no feedback yet: adopting it is refused.
  await stageOf(communication).selectOption('Adopted');
  await expect(communication.getByTestId('adopt-refused')).toHaveText(NO_FEEDBACK);
  await expect(stageOf(communication)).toHaveValue('Draft');
  expect(errors).toEqual([]);
});

// ---- Italian ----------------------------------------------------------------

test('in Italian the page, its points, questions, stages and messages are Italian, and so is the example', async ({ page }) => {
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  const before = await generation(page);
  await page.getByTestId('first-visit').getByRole('button', { name: "Apri l'esempio" }).click();
  await expect(page.getByTestId('example-note')).toBeVisible();
  await expect.poll(() => generation(page)).toBeGreaterThan(before);

  await open(page, '/draft/policy');
  await expect(page.locator('main h1')).toHaveText('La politica');
  await expect(page.getByTestId('draft-tabs').getByRole('link')).toHaveText(['Visione', 'Obiettivi', 'Politica', 'Personale', 'Piano', 'Documento']);
  await expect(page.locator('article.policy-point').getByRole('heading', { level: 2 })).toHaveText([
    'Panoramica del prodotto o del servizio',
    'Velocità',
    'Comunicazione',
    'Ricontatto e assistenza post-vendita',
    'Reclami e contestazioni',
    'Fidelizzazione',
    'Supervisione dei dipendenti',
  ]);
  const speed = point(page, 'speed');
  await expect(speed.locator('ul.questions li')).toHaveText([
    'I tuoi clienti possono ordinare in modo rapido e semplice?',
    'Ci sono addetti al servizio clienti competenti a disposizione?',
    'Qual è il tempo di attesa massimo al telefono e in negozio, e cosa serve per rispettarlo?',
  ]);
  await expect(point(page, 'complaints').locator('ul.questions li').first()).toHaveText('I reclami vengono gestiti immediatamente?');
  await expect(badgeOf(speed)).toHaveText('Adottata');
  await expect(answerOf(speed)).toHaveValue('Al telefono si risponde entro due minuti negli orari di apertura; nessuno aspetta più di cinque minuti al banco.');
  await expect(speed.getByLabel('La tua politica')).toHaveCount(1);
  await expect(stageOf(speed).locator('option')).toHaveText(['Bozza', 'Proposta al personale', 'Adottata']);

  const complaints = point(page, 'complaints');
  await expect(badgeOf(complaints)).toHaveText('Proposta al personale');
  await expect(summaryOf(complaints)).toHaveText('Pareri del personale (1)');
  await expect(feedbackItems(complaints).first()).toContainText('100 è troppo poco per gli elettroutensili.');
  await expect(complaints.getByLabel('Chi')).toBeVisible();
  await expect(complaints.getByLabel('Cosa ha detto')).toBeVisible();
  await expect(complaints.getByRole('button', { name: 'Aggiungi il parere' })).toBeVisible();
  await expect(badgeOf(point(page, 'communication'))).toHaveText('Bozza');

  // Weak areas, with the Italian decimal comma.
  const box = page.getByTestId('weak-areas');
  await expect(box.getByRole('heading', { level: 2 })).toHaveText("Parti dai punti deboli emersi dall'autovalutazione");
  await expect(box.getByRole('listitem')).toHaveText([
    'Conoscenza dei clienti (3): vedi Fidelizzazione e Ricontatto e assistenza post-vendita',
    'Miglioramento dei prodotti (3,67): vedi Panoramica del prodotto o del servizio e Fidelizzazione',
  ]);

  // The refusals.
  const overview = point(page, 'overview');
  await stageOf(overview).selectOption('Adopted');
  await expect(overview.getByTestId('adopt-refused')).toHaveText('Scrivi la politica prima di adottarla.');
  await stageOf(point(page, 'communication')).selectOption('Adopted');
  await expect(point(page, 'communication').getByTestId('adopt-refused')).toHaveText(
    'Prima verifica con i dipendenti: registra almeno un parere del personale su questo punto.',
  );
});

// ---- hostile text ---------------------------------------------------------------

test('HTML in an answer and in staff feedback shows as text and never runs', async ({ page }) => {
  const errors = watchErrors(page);
  const ANSWER = '<b>x</b> <img src=x onerror="window.__pwned = 1">';
  const BY = '<b>Boss</b>';
  const SAID = '<img src=y onerror="window.__pwned = 2"><script>window.__pwned = 3</script>';
  await gotoPolicy(page);
  await writeAnswer(page, 'overview', ANSWER);
  await addFeedback(page, 'overview', BY, SAID);
  await saved(page, () => stageOf(point(page, 'overview')).selectOption('Adopted'));

  const check = async () => {
    const card = point(page, 'overview');
    await expect(badgeOf(card)).toHaveText('Adopted');
    await expect(answerOf(card)).toHaveValue(ANSWER);
    await openFeedback(card);
    await expect(feedbackItems(card).first().locator('strong')).toHaveText(BY);
    await expect(feedbackItems(card).first()).toContainText(SAID);
    await expect(page.locator('main img, main b, main script')).toHaveCount(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  };
  await check();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('The policy');
  await check();
  expect(errors).toEqual([]);
});

// ---- accessibility ----------------------------------------------------------

const a11yStates = [
  {
    name: '/draft/policy empty',
    setup: async (page) => {
      await gotoPolicy(page);
    },
  },
  {
    name: '/draft/policy with a refusal showing and a feedback form open',
    setup: async (page) => {
      await gotoPolicy(page);
      await stageOf(point(page, 'speed')).selectOption('Adopted');
      await expect(point(page, 'speed').getByTestId('adopt-refused')).toHaveText(NO_ANSWER);
      await openFeedback(point(page, 'speed'));
    },
  },
  {
    name: '/draft/policy with the example (feedback open)',
    setup: async (page) => {
      await openExample(page);
      await gotoPolicy(page);
      await expect(page.getByTestId('weak-areas')).toBeVisible();
      await openFeedback(point(page, 'speed'));
      await expect(feedbackItems(point(page, 'speed'))).toHaveCount(1);
      await expect(detailsOf(point(page, 'complaints'))).toHaveJSProperty('open', true);
    },
  },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the policy, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('every state has no violations', async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      for (const s of a11yStates) {
        await test.step(s.name, async () => {
          const context = await newContext(browser, baseURL, { colorScheme });
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

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the policy page does not scroll sideways, with the example, its feedback open and a refusal', async ({ page }) => {
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await gotoPolicy(page);
    expect(await width(), 'empty').toBeLessThanOrEqual(360);

    await openExample(page);
    await gotoPolicy(page);
    await expect(page.getByTestId('weak-areas')).toBeVisible();
    for (const p of POINTS) await openFeedback(point(page, p.id));
    await stageOf(point(page, 'communication')).selectOption('Adopted');
    await expect(point(page, 'communication').getByTestId('adopt-refused')).toBeVisible();
    expect(await width(), 'with the example').toBeLessThanOrEqual(360);

    // Italian's longer titles and stage names fit too.
    await chooseLanguage(page, 'it');
    await expect(page.locator('main h1')).toHaveText('La politica');
    await expect(stageOf(point(page, 'complaints')).locator('option')).toHaveText(['Bozza', 'Proposta al personale', 'Adottata']);
    await expect(point(page, 'communication').getByTestId('adopt-refused')).toContainText('Prima verifica con i dipendenti');
    expect(await width(), 'in Italian').toBeLessThanOrEqual(360);
  });

  test('a web address pasted into staff feedback wraps instead of widening the page', async ({ page }) => {
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await gotoPolicy(page);
    await addFeedback(page, 'overview', 'Giulia', 'https://www.example.com/catalogue/power-tools/cordless-drills-and-impact-drivers');
    await expect(feedbackItems(point(page, 'overview'))).toHaveCount(1);
    expect(await width(), 'with a long address in feedback').toBeLessThanOrEqual(360);
  });
});
