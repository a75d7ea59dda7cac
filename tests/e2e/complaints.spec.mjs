// The complaint log (/listen): adding, validating, editing, trashing and
// undoing, the example's figures and filters, erasing personal data, the CSV
// export, hostile text, Italian, and axe in light and dark.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generation, navLink, open, openExample, saved, todayIso, waitSaved, watchErrors, expectNoViolations, onDays, pinForTest } from './helpers.mjs';

// Today is pinned (helpers.mjs): DEFAULT_DAY, or the day a test's title names;
// the tests most bound to the calendar run on PINNED_DAYS too (onDays).
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const rows = (page) => page.getByTestId('complaint-row');
const row = (page, text) => rows(page).filter({ hasText: text });

/** Goes to the complaint log through the navigation, as a user does. */
async function gotoLog(page) {
  await (await navLink(page, 'Listen')).click();
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.locator('main h1')).toHaveText('Complaint log');
}

/**
 * From /listen: "New complaint", fills the given fields, "Save the complaint";
 * waits for the save and for the log. Fields left out keep their defaults.
 */
async function addComplaint(page, f) {
  await page.getByTestId('new-complaint').click();
  await expect(page).toHaveURL(/\/listen\/new$/);
  await expect(page.locator('main h1')).toHaveText('New complaint');
  if (f.takenBy !== undefined) await page.getByLabel('Taken by (employee)').fill(f.takenBy);
  if (f.category !== undefined) {
    await page.getByTestId('category').fill(f.category);
    await page.getByTestId('category').press('Tab'); // commits the change event
  }
  if (f.nature !== undefined) await page.getByTestId('nature').fill(f.nature);
  if (f.name !== undefined) await page.getByTestId('customer-name').fill(f.name);
  if (f.phone !== undefined) await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(f.phone);
  if (f.email !== undefined) await page.getByTestId('customer-email').fill(f.email);
  if (f.status !== undefined) await page.getByTestId('status').selectOption(f.status);
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.getByTestId('notice')).toContainText('The complaint was saved.');
}

/** Opens the complaint of the row that contains `text` by its date link. */
async function openComplaint(page, text) {
  const r = row(page, text);
  await expect(r).toHaveCount(1);
  await r.getByRole('link').click();
  await expect(page).toHaveURL(/\/listen\/[0-9a-f-]{36}$/);
  await expect(page.locator('main h1')).toHaveText('Complaint');
}

/** Exports the workbook from Share & backup; returns { name, text }. */
async function exportWorkbook(page) {
  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** A small CSV reader (quoted cells, "" escapes, CRLF). */
function parseCsv(text) {
  const out = [];
  let r = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { r.push(cell); cell = ''; }
    else if (c === '\n') { r.push(cell); out.push(r); r = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || r.length) { r.push(cell); out.push(r); }
  return out;
}

test('a complaint added with the form is listed, survives a reload, and the next one remembers the employee', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  await gotoLog(page);
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('No complaints recorded yet.')).toBeVisible();

  // The link works from the keyboard.
  await page.getByTestId('new-complaint').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/listen\/new$/);
  await expect(page.locator('main h1')).toHaveText('New complaint');

  // "Received" is a datetime-local field prefilled with now (local time).
  const received = page.getByLabel('Received');
  await expect(received).toHaveAttribute('type', 'datetime-local');
  const value = await received.inputValue();
  expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  const skew = await page.evaluate((v) => Math.abs(Date.now() - new Date(v).getTime()), value);
  expect(skew, 'Received is prefilled with the current time').toBeLessThan(2 * 60_000);
  await expect(page.getByLabel('Taken by (employee)')).toHaveValue('');

  // Category: free text with the categories offered in a datalist.
  const category = page.getByTestId('category');
  await expect(category).toHaveAttribute('type', 'text');
  const listId = await category.getAttribute('list');
  expect(listId).toBeTruthy();
  const offered = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((os) => os.map((o) => o.value));
  expect(offered).toEqual(expect.arrayContaining(['Item arrived broken', 'Late delivery', 'Wrong item']));

  await page.getByLabel('Taken by (employee)').fill('Marco');
  await page.keyboard.press('Tab');
  await category.fill('Late delivery');
  await category.press('Tab');
  await page.getByTestId('nature').fill('The paint came four days late.');
  await page.getByTestId('customer-name').fill('Mario Rossi');
  await page.getByTestId('status').selectOption('InProgress');
  await expect(page.getByTestId('status')).toHaveValue('InProgress');
  await page.getByTestId('save-complaint').focus();
  await saved(page, () => page.keyboard.press('Enter'));

  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.getByTestId('notice')).toContainText('The complaint was saved.');
  await expect(rows(page)).toHaveCount(1);
  const first = rows(page).first();
  await expect(first).toContainText('Mario Rossi');
  await expect(first).toContainText('Late delivery');
  await expect(first).toContainText('In progress');
  await expect(page.getByTestId('match-count')).toHaveText('1 complaint matches.');

  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Mario Rossi');
  await expect(rows(page).first()).toContainText('Late delivery');
  await expect(rows(page).first()).toContainText('In progress');

  await page.getByTestId('new-complaint').click();
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await expect(page.getByLabel('Taken by (employee)')).toHaveValue('Marco');
  await expect(page.getByTestId('nature')).toHaveValue('');
  await expect(page.getByTestId('customer-name')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('a complaint address that is not an id says "Page not found", as other record pages do; /listen/new still opens the form', async ({ page }) => {
  // Issue 16: /listen/<not-a-uuid> opened a new complaint form (an id that is
  // not a UUID read as no id at all), where a survey, a draft or a procedure
  // with such an address says it is not there.
  const errors = watchErrors(page);
  await open(page, '/listen');
  const before = await generation(page);
  for (const bad of ['not-a-uuid', '12345', 'new-complaint', '00000000-0000-4000-8000-00000000000']) {
    await open(page, `/listen/${bad}`);
    await expect(page.locator('main h1')).toHaveText('Page not found');
    await expect(page.getByTestId('save-complaint')).toHaveCount(0);
    await expect(page.getByTestId('nature')).toHaveCount(0);
  }
  // The same page as a survey's wrong address: a heading and a way back to the list.
  await page.getByRole('link', { name: 'Complaint log' }).click();
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  // A well-formed id that no complaint has is not found either.
  await open(page, '/listen/00000000-0000-4000-8000-000000000000');
  await expect(page.locator('main h1')).toHaveText('Page not found');
  expect(await generation(page), 'looking at a wrong address writes nothing').toBe(before);

  // The real new-complaint route keeps working, from the address and from the log.
  await open(page, '/listen/new');
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await expect(page.getByTestId('save-complaint')).toBeVisible();
  await open(page, '/listen');
  await addComplaint(page, { nature: 'Wrong colour delivered', name: 'Ada Verdi' });
  await expect(row(page, 'Ada Verdi')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the form refuses an empty nature and an e-mail without @, and adds nothing', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/new');
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await page.getByTestId('customer-name').fill('Anna Bianchi');
  await page.getByTestId('save-complaint').click();
  const problems = page.getByTestId('form-errors');
  await expect(problems).toContainText('Describe the nature of the complaint.');
  await expect(problems).toBeFocused();
  await expect(page).toHaveURL(/\/listen\/new$/);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  await page.getByTestId('nature').fill('Rude at the till.');
  await page.getByTestId('customer-email').fill('anna.bianchi.example.com');
  await page.getByTestId('save-complaint').click();
  await expect(problems).toContainText('The e-mail address needs an @.');
  await expect(problems).not.toContainText('Describe the nature of the complaint.');
  await expect(page).toHaveURL(/\/listen\/new$/);

  // Nothing was stored or listed; what was typed is a draft, until the
  // user discards it.
  expect(await generation(page)).toBe(0);
  await expect(page.getByTestId('draft-note')).toContainText('Draft kept on this device');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await expect(page.getByTestId('notice')).toContainText('Draft discarded.');
  await expect(page.getByTestId('drafts')).toHaveCount(0);
  await expect(page.getByTestId('match-count')).toHaveText('0 complaints match.');
  await expect(rows(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await expect(rows(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('editing a complaint from the log changes its status in the list', async ({ page }) => {
  await openExample(page);
  await gotoLog(page);
  await expect(row(page, 'Davide Bruno')).toContainText('Open');
  await openComplaint(page, 'Davide Bruno');
  await expect(page.getByTestId('customer-name')).toHaveValue('Davide Bruno');
  await expect(page.getByTestId('status')).toHaveValue('Open');
  await page.getByTestId('status').selectOption('Resolved');
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(page.getByTestId('notice')).toContainText('The complaint was saved.');
  await expect(rows(page)).toHaveCount(8);
  await expect(row(page, 'Davide Bruno')).toContainText('Resolved');
  await expect(row(page, 'Davide Bruno')).not.toContainText('Open');
  await page.reload();
  await expect(row(page, 'Davide Bruno')).toContainText('Resolved');
});

test('"Move to the trash" removes a complaint, and Undo brings it back', async ({ page }) => {
  await openExample(page);
  await gotoLog(page);
  await expect(rows(page)).toHaveCount(8);
  await openComplaint(page, 'Chiara Russo');
  await saved(page, () => page.getByTestId('delete-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(rows(page)).toHaveCount(7);
  await expect(row(page, 'Chiara Russo')).toHaveCount(0);
  await expect(page.getByTestId('fig-total')).toHaveText('7');
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('The complaint was moved to the trash.');
  const undo = notice.getByTestId('undo-delete');
  await expect(undo).toHaveText('Undo');

  await saved(page, () => undo.click());
  await expect(rows(page)).toHaveCount(8);
  await expect(row(page, 'Chiara Russo')).toHaveCount(1);
  await expect(page.getByTestId('fig-total')).toHaveText('8');
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await page.reload();
  await expect(rows(page)).toHaveCount(8);
  await expect(row(page, 'Chiara Russo')).toHaveCount(1);
});

test('a category typed on the form, not on the list, can be filtered on, once however it is spelled (issue 17)', async ({ page }) => {
  await open(page, '/listen');
  await addComplaint(page, { category: 'Gift wrap torn', nature: 'The paper was torn', name: 'Ada Lovelace' });
  await addComplaint(page, { category: '  gift WRAP   torn ', nature: 'Torn again', name: 'Grace Hopper' });
  await addComplaint(page, { category: 'Late delivery', nature: 'Two days late', name: 'Alan Turing' });
  const options = page.getByTestId('filter-category').locator('option');
  // The list's categories, then the typed one, once.
  await expect(options).toHaveText(['All', 'Item arrived broken', 'Late delivery', 'Wrong item', 'Out of stock', 'Rude or unhelpful staff', 'Billing error', 'Gift wrap torn']);
  await page.getByTestId('filter-category').selectOption('Gift wrap torn');
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, 'Ada Lovelace')).toHaveCount(1);
  await expect(row(page, 'Grace Hopper')).toHaveCount(1);
  await expect(page.getByTestId('match-count')).toHaveText('2 complaints match.');
  await expect(page).toHaveURL(/\/listen\?category=Gift%20wrap%20torn$/);
  // And the chart counts both spellings as one category.
  await expect(page.getByTestId('pareto').getByTestId('pareto-own')).toHaveText(['2 · 66.7%', '1 · 33.3%']);
});

test('the list\'s filters are kept in the page address: reload, Back and a link open the same list (issue 17)', async ({ page }) => {
  await openExample(page);
  await gotoLog(page);
  await page.getByTestId('filter-due').selectOption('overdue');
  await expect(rows(page)).toHaveCount(2);
  await expect(page).toHaveURL(/\/listen\?follow_up=overdue$/);
  await page.getByTestId('search').fill('broken');
  await expect(page).toHaveURL(/\/listen\?q=broken&follow_up=overdue$/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Complaint log');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId('search')).toHaveValue('broken');
  await expect(page.getByTestId('filter-due')).toHaveValue('overdue');
  // Into a complaint and Back: still filtered.
  await rows(page).first().getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Complaint');
  await page.goBack();
  await expect(page).toHaveURL(/\/listen\?q=broken&follow_up=overdue$/);
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId('filter-due')).toHaveValue('overdue');
  // Clearing a filter clears it from the address.
  await page.getByTestId('search').fill('');
  await page.getByTestId('filter-due').selectOption('');
  await expect(page).toHaveURL(/\/listen$/);
  await expect(rows(page)).toHaveCount(8);
  // A hand-made link; what it cannot mean is ignored, never an error.
  const errors = watchErrors(page);
  await open(page, '/listen?status=resolved&sort=oldest&channel=pigeon&from=2026-02-30&follow_up=1');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('filter-status')).toHaveValue('resolved');
  await expect(page.getByTestId('sort')).toHaveValue('oldest');
  await expect(page.getByTestId('filter-due')).toHaveValue('');
  expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the chart\'s labels are whole and its text at least 11 px (issue 17)', async ({ page }) => {
    await openExample(page);
    await gotoLog(page);
    const chart = page.getByTestId('pareto');
    await expect(chart.getByTestId('pareto-bar')).toHaveCount(5);
    await expect(chart).toContainText('Rude or unhelpful staff');
    const texts = await chart.locator('text').evaluateAll((els) => els.map((e) => {
      const box = e.getBoundingClientRect();
      return { text: e.textContent, px: parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a, right: box.right };
    }));
    expect(texts.length).toBeGreaterThan(10);
    for (const t of texts) {
      expect(t.text, 'no label cut short').not.toContain('…');
      expect(t.px, `"${t.text}" is ${t.px} px`).toBeGreaterThanOrEqual(11);
      expect(t.right, `"${t.text}" within the screen`).toBeLessThanOrEqual(360);
    }
  });
});

test('a trashed complaint is listed in Share & backup\'s trash', async ({ page }) => {
  await openExample(page);
  await gotoLog(page);
  await openComplaint(page, 'Chiara Russo');
  await saved(page, () => page.getByTestId('delete-complaint').click());
  await expect(row(page, 'Chiara Russo')).toHaveCount(0);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Share & backup' }).click();
  const trash = page.getByTestId('trash');
  await expect(trash).toBeVisible();
  await expect(trash).not.toContainText('The trash is empty.', { timeout: 3000 });
  await expect(trash).toContainText(/Complaint/, { timeout: 3000 });
});

test('a trashed complaint without a category or a name is named in the trash by the start of what happened', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen');
  const nature = 'The parcel   arrived\nwith the box torn open and two of the six glasses broken, and nobody answered the phone';
  await addComplaint(page, { nature });
  await expect(rows(page)).toHaveCount(1);
  await rows(page).getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Complaint');
  await saved(page, () => page.getByTestId('delete-complaint').click());
  await open(page, '/share');
  const item = page.getByTestId('trash').locator('li');
  await expect(item).toHaveCount(1);
  // One line: the date, then the first 60 characters with the spaces made
  // one, cut at a word's end here.
  await expect(item).toContainText(/^Complaints — \d{1,2} \w+ \d{4} — The parcel arrived with the box torn open and two of the six… \(deleted/);
  expect(errors).toEqual([]);
});

for (const title of onDays('the example\'s figures, estimate, chart, search and filters')) test(title, async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await gotoLog(page);
  await expect(rows(page)).toHaveCount(8);
  await expect(page.getByTestId('match-count')).toHaveText('8 complaints match.');

  const figures = page.getByTestId('figures');
  await expect(figures.getByTestId('fig-total')).toHaveText('8');
  await expect(figures.getByTestId('fig-overdue')).toHaveText('2');
  const estimate = page.getByTestId('estimate');
  await expect(estimate).toContainText('about 208 customers may have stayed silent');
  await expect(estimate).toContainText('72 to 120 people');

  const chart = page.getByRole('img', { name: /Bar chart of complaints by category/ });
  await expect(chart).toHaveCount(1);
  expect(await chart.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
  await expect(chart.locator('g')).toHaveCount(5);
  await expect(chart.locator('g').first()).toContainText('Item arrived broken');
  await expect(chart.locator('g').first()).toContainText('3 · 37.5%');
  // Issue 17: each bar says its own share; the running total is the line's,
  // under its own legend.
  await expect(chart.getByTestId('pareto-own')).toHaveText(['3 · 37.5%', '2 · 25%', '1 · 12.5%', '1 · 12.5%', '1 · 12.5%']);
  await expect(chart.getByTestId('pareto-cumulative')).toHaveText(['37.5%', '62.5%', '75%', '87.5%', '100%']);
  await expect(chart.locator('polyline.cum-line')).toHaveCount(1);
  await expect(page.getByTestId('pareto-legend')).toHaveText(/Share of all complaints\s*Cumulative share/);

  // Overdue rows are marked, and only those.
  await expect(page.locator('tr.overdue[data-testid="complaint-row"]')).toHaveCount(2);

  const search = page.getByTestId('search');
  await search.fill('broken');
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('match-count')).toHaveText('3 complaints match.');
  for (const r of await rows(page).all()) await expect(r).toContainText('Item arrived broken');
  await search.fill('');
  await expect(rows(page)).toHaveCount(8);

  const status = page.getByTestId('filter-status');
  const byStatus = [
    ['open', 1, 'Open', ['Davide Bruno']],
    ['in_progress', 1, 'In progress', ['Anna Moretti']],
    ['resolved', 3, 'Resolved', ['Elif Demir', 'Mehmet Kaya', 'Chiara Russo']],
    ['followed_up', 3, 'Followed up', ['Giulia Ferri', 'Luca Conti', 'Paolo Greco']],
  ];
  for (const [value, n, label, names] of byStatus) {
    await status.selectOption(value);
    await expect(rows(page), `status ${value}`).toHaveCount(n);
    await expect(page.getByTestId('match-count')).toHaveText(n === 1 ? '1 complaint matches.' : `${n} complaints match.`);
    for (const name of names) await expect(row(page, name)).toHaveCount(1);
    for (const r of await rows(page).all()) await expect(r.locator('td').nth(2)).toHaveText(label);
  }
  await status.selectOption('');
  await expect(rows(page)).toHaveCount(8);

  const due = page.getByTestId('filter-due');
  await due.selectOption('overdue');
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('match-count')).toHaveText('2 complaints match.');
  await expect(row(page, 'Elif Demir')).toHaveCount(1);
  await expect(row(page, 'Anna Moretti')).toHaveCount(1);
  for (const r of await rows(page).all()) {
    await expect(r).toHaveClass(/\boverdue\b/);
    await expect(r).toContainText('Overdue');
  }
  // Filters combine.
  await status.selectOption('resolved');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Elif Demir');
  await search.fill('broken');
  await expect(rows(page)).toHaveCount(1);
  await search.fill('late');
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByTestId('match-count')).toHaveText('0 complaints match.');
  expect(errors).toEqual([]);
});

test('erasing a customer\'s personal data keeps the complaint and removes the name from storage and export', async ({ page }) => {
  await openExample(page);
  await gotoLog(page);
  await openComplaint(page, 'Elif Demir');
  const nature = await page.getByTestId('nature').inputValue();
  expect(nature).toBe('The drill arrived with a cracked case.');
  await page.getByTestId('erase').click();
  // Every record naming the customer is listed, ticked, this complaint first.
  const matches = page.getByTestId('erase-match');
  await expect(matches.first()).toContainText('This complaint');
  await expect(matches.first().getByRole('checkbox')).toBeChecked();
  await expect(page.getByTestId('customer-name')).toHaveValue('Elif Demir');
  await page.getByTestId('erase-confirm').click();
  await expect(page.getByTestId('erase-done')).toContainText('Personal data erased in');
  await expect(page.getByTestId('customer-name')).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Phone', exact: true })).toHaveValue('');
  await expect(page.getByText("The customer's personal data was erased; the complaint stays, anonymised.")).toBeVisible();
  await expect(page.getByTestId('erase')).toHaveCount(0);
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
  await expect(rows(page)).toHaveCount(8);
  await expect(row(page, 'Elif Demir')).toHaveCount(0);
  await expect(row(page, '(erased)')).toHaveCount(1);
  await expect(row(page, '(erased)')).toContainText('Item arrived broken');

  // What the app reads back from localStorage has no trace of the customer
  // (the stored chunks are compressed, so it is checked through the app).
  await page.reload();
  await expect(row(page, '(erased)')).toHaveCount(1);
  await page.getByTestId('search').fill('Elif');
  await expect(page.getByTestId('match-count')).toHaveText('0 complaints match.');
  await page.getByTestId('search').fill('0102 7702');
  await expect(page.getByTestId('match-count')).toHaveText('0 complaints match.');
  await page.getByTestId('search').fill('');
  await expect(rows(page)).toHaveCount(8);
  await openComplaint(page, '(erased)');
  await expect(page.getByTestId('customer-name')).toHaveValue('');
  await expect(page.getByTestId('nature')).toHaveValue(nature);

  const file = await exportWorkbook(page);
  expect(file.name).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.json$/);
  expect(file.text).not.toContain('Elif Demir');
  expect(file.text).not.toContain('Elif');
  expect(file.text).not.toContain('+39 055 0102 7702');
  expect(file.text).toContain('Giulia Ferri'); // the others are untouched
  const complaints = JSON.stringify(JSON.parse(file.text).workbook);
  expect(complaints).toContain('"erased"');
});

test('CSV export: dated name, UTF-8 BOM, header, formulas neutralised', async ({ page }) => {
  await open(page, '/');
  await gotoLog(page);
  await addComplaint(page, {
    nature: '=SUM(1,2)',
    name: 'Mario Rossi',
    phone: '+39 055 123',
    category: 'Billing error',
    takenBy: 'Sara',
  });
  await addComplaint(page, { nature: 'Said "never again", then left', name: 'Anna Bianchi', category: 'Late delivery' });
  await expect(rows(page)).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(download.suggestedFilename()).toBe(`servicebook-complaints-${await todayIso(page)}.csv`);
  expect(download.suggestedFilename()).toMatch(/^servicebook-complaints-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text).toContain('"\'=SUM(1,2)"');
  const table = parseCsv(text);
  const [header, ...body] = table;
  expect(header).toContain('Nature of the complaint');
  expect(body).toHaveLength(2);
  for (const r of body) expect(r).toHaveLength(header.length);
  const col = (name) => header.indexOf(name);
  const sum = body.find((r) => r[col('Name')] === 'Mario Rossi');
  expect(sum, 'the row of Mario Rossi').toBeTruthy();
  expect(sum[col('Nature of the complaint')]).toBe("'=SUM(1,2)");
  expect(sum[col('Phone')]).toBe("'+39 055 123");
  expect(sum[col('Category')]).toBe('Billing error');
  expect(sum[col('Taken by (employee)')]).toBe('Sara');
  const quoted = body.find((r) => r[col('Name')] === 'Anna Bianchi');
  expect(quoted[col('Nature of the complaint')]).toBe('Said "never again", then left');
});

test('hostile text is shown as text and never runs', async ({ page }) => {
  const errors = watchErrors(page);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await open(page, '/');
  await gotoLog(page);
  await addComplaint(page, { nature: hostile, name: hostile, category: '<b>bold</b> & "quotes"' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(hostile);
  await expect(rows(page).first()).toContainText('<b>bold</b> & "quotes"');
  await openComplaint(page, 'onerror');
  await expect(page.getByTestId('nature')).toHaveValue(hostile);
  await expect(page.getByTestId('customer-name')).toHaveValue(hostile);
  await page.reload();
  await expect(page.getByTestId('nature')).toHaveValue(hostile);
  await open(page, '/listen');
  await expect(rows(page).first()).toContainText(hostile);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], main script, main b')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the log and the example\'s categories are Italian', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    const before = await generation(page);
    await page.getByTestId('first-visit').getByRole('button', { name: "Apri l'esempio" }).click();
    await expect.poll(() => generation(page)).toBeGreaterThan(before);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Ascolto' }).click();
    await expect(page).toHaveURL(/\/listen$/);
    await expect(page.locator('main h1')).toHaveText('Registro dei reclami');
    await expect(rows(page)).toHaveCount(8);
    await expect(row(page, 'Articolo arrivato rotto')).toHaveCount(3);
    await expect(row(page, 'Consegna in ritardo')).toHaveCount(2);
    await expect(page.getByText('Item arrived broken')).toHaveCount(0);
    await expect(page.getByTestId('match-count')).toHaveText('8 reclami corrispondono.');
    await expect(page.getByTestId('estimate')).toContainText('circa 208 clienti');
    await expect(page.getByRole('img', { name: /Grafico a barre/ })).toContainText('Articolo arrivato rotto');
    await expect(page.getByTestId('filter-category').locator('option')).toContainText(['Articolo arrivato rotto']);
    await page.getByTestId('search').fill('rotto');
    await expect(page.getByTestId('match-count')).toHaveText('3 reclami corrispondono.');
    await page.getByTestId('new-complaint').click();
    await expect(page.locator('main h1')).toHaveText('Nuovo reclamo');
    await expect(page.locator('datalist option[value="Articolo arrivato rotto"]')).toHaveCount(1);
  });
});

// ---- accessibility ------------------------------------------------------



const states = [
  {
    name: '/listen with the example open',
    setup: async (page) => {
      await openExample(page);
      await gotoLog(page);
      await expect(rows(page)).toHaveCount(8);
      await expect(page.getByTestId('figures')).toBeVisible();
    },
  },
  {
    name: '/listen/new',
    setup: async (page) => {
      await open(page, '/listen/new');
      await expect(page.getByTestId('nature')).toBeVisible();
    },
  },
  {
    name: '/listen/new with validation errors',
    setup: async (page) => {
      await open(page, '/listen/new');
      await page.getByTestId('customer-email').fill('no-at-sign');
      await page.getByTestId('save-complaint').click();
      await expect(page.getByTestId('form-errors')).toContainText('The e-mail address needs an @.');
    },
  },
  {
    name: '/listen with the trash notice and its Undo',
    setup: async (page) => {
      await openExample(page);
      await gotoLog(page);
      await openComplaint(page, 'Chiara Russo');
      await page.getByTestId('delete-complaint').click();
      await expect(page.getByTestId('undo-delete')).toBeVisible();
      await waitSaved(page);
    },
  },
];

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the complaint log, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const s of states) {
      test(s.name, async ({ page }) => {
        await s.setup(page);
        await expectNoViolations(page, `${s.name} (${colorScheme})`);
      });
    }
  });
}

test('the anonymised export leaves out customers\' personal data and says so', async ({ page }) => {
  await openExample(page);
  await open(page, '/share');
  await expect(page.getByText("this file leaves out customers' names, addresses, phones and e-mails")).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-anonymised').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}-anonymised\.json$/);
  const text = await readFile(await file.path(), 'utf8');
  const json = JSON.parse(text);
  expect(json.workbook.complaints).toHaveLength(8);
  for (const secret of ['Giulia Ferri', 'Davide Bruno', '+39 055']) expect(text).not.toContain(secret);
  expect(text).toContain('The drill arrived with a cracked case.');
  // The workbook in the browser keeps its data.
  await open(page, '/listen');
  await expect(page.getByTestId('complaint-row').filter({ hasText: 'Davide Bruno' })).toHaveCount(1);
});

test('printing a complaint gives a clean page of its filled-in fields', async ({ page }) => {
  await openExample(page);
  await open(page, '/listen');
  await page.getByTestId('complaint-row').filter({ hasText: 'Chiara Russo' }).getByRole('link').click();
  await expect(page.getByTestId('nature')).toBeVisible();
  await expect(page.locator('.complaint-print')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form')).toBeHidden();
  await expect(page.getByTestId('main-nav')).toBeHidden();
  const printed = page.locator('.complaint-print');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('Corner Hardware (example)');
  await expect(printed.locator('dt', { hasText: 'Nature of the complaint' })).toHaveCount(1);
  await expect(printed).toContainText('The customer felt rushed at the till on Saturday.');
  await expect(printed).toContainText('Chiara Russo');
  // Empty fields are left out rather than printed blank.
  await expect(printed.locator('dt', { hasText: 'Address' })).toHaveCount(0);
  await expect(printed.locator('dt', { hasText: 'E-mail' })).toHaveCount(0);
});

// Issue 16: Enter in a one-line field never submits a half-filled record.
test('Enter in a field of the complaint form saves nothing; the Save button still does', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen');
  await page.getByTestId('new-complaint').click();
  await expect(page).toHaveURL(/\/listen\/new$/);
  await page.getByTestId('customer-name').fill('Ada Half');
  const before = await generation(page);
  await page.getByTestId('customer-name').press('Enter');
  await page.getByTestId('customer-email').fill('ada@example.com');
  await page.getByTestId('customer-email').press('Enter');
  // Still on the form, nothing said, nothing saved.
  await expect(page).toHaveURL(/\/listen\/new$/);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page.getByTestId('customer-name')).toHaveValue('Ada Half');
  expect(await generation(page)).toBe(before);
  // Enter on the focused Save button presses it, as a keyboard user expects.
  await page.getByTestId('nature').fill('Rang twice, nobody answered');
  await page.getByTestId('save-complaint').focus();
  await saved(page, () => page.keyboard.press('Enter'));
  await expect(page).toHaveURL(/\/listen$/);
  await expect(row(page, 'Ada Half')).toHaveCount(1);
  expect(errors).toEqual([]);
});
