// One save behaviour on every record form: what is typed is kept on this
// device as it is typed (a draft), so leaving the page, a reload or a closed
// tab loses nothing; the list shows drafts until they are saved or
// discarded; discarding can be undone; Enter never saves a half-filled
// record; a damaged draft is set aside, never deleted; a full storage is
// said in plain words.
import { test, expect } from '@playwright/test';
import { generation, open, saved, watchErrors, pinForTest, PREFIX } from './helpers.mjs';

test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const DRAFTS = `${PREFIX}draft/`;

/** The drafts kept in localStorage: { key: parsed value }. */
async function draftsInStorage(page) {
  return page.evaluate((prefix) => {
    const out = {};
    for (const k of Object.keys(localStorage)) if (k.startsWith(prefix)) out[k] = JSON.parse(localStorage.getItem(k));
    return out;
  }, DRAFTS);
}

test('a new complaint is kept as typed: across Home, a reload and a closed tab, until it is saved', async ({ page, context }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/new');
  await expect(page.getByTestId('draft-note')).toHaveText(
    'What you type is kept on this device as you type it. Save when it is complete.',
  );
  await page.getByTestId('nature').fill('Box crushed in transit');
  await page.getByTestId('customer-name').fill('Lia Rossi');
  await expect(page.getByTestId('draft-note')).toContainText('Draft kept on this device');
  // Kept, not saved: the workbook is untouched.
  expect(await generation(page)).toBe(0);
  const kept = Object.values(await draftsInStorage(page));
  expect(kept).toHaveLength(1);
  expect(kept[0].record.nature).toBe('Box crushed in transit');
  expect(kept[0].base).toBeNull();

  // A reload shows the same draft, with the address unchanged.
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await expect(page).toHaveURL(/\/listen\/new$/);
  await expect(page.getByTestId('nature')).toHaveValue('Box crushed in transit');
  await expect(page.getByTestId('customer-name')).toHaveValue('Lia Rossi');

  // Leaving by Home keeps it; the log lists it as a draft.
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Listen' }).click();
  const drafts = page.getByTestId('drafts');
  await expect(drafts.getByRole('heading')).toHaveText('Drafts');
  await expect(drafts.getByTestId('draft')).toHaveCount(1);
  await expect(drafts.getByTestId('draft')).toContainText('Box crushed in transit');
  await expect(drafts.getByTestId('draft')).toContainText('new, not saved yet');
  await expect(page.getByTestId('complaint-row')).toHaveCount(0);

  // "New complaint" starts another one, blank.
  await page.getByTestId('new-complaint').click();
  await expect(page.getByTestId('nature')).toHaveValue('');
  await expect(page.getByTestId('draft-note')).toContainText('What you type is kept');

  // The tab is closed; another one finds the draft and finishes it.
  await page.close();
  const other = await context.newPage();
  await open(other, '/listen');
  await other.getByTestId('drafts').getByRole('link', { name: 'Box crushed in transit' }).click();
  await expect(other.getByTestId('nature')).toHaveValue('Box crushed in transit');
  await expect(other.getByTestId('draft-note')).toContainText('Draft kept on this device');
  await saved(other, () => other.getByTestId('save-complaint').click());
  await expect(other.locator('main h1')).toHaveText('Complaint log');
  await expect(other.getByTestId('complaint-row')).toHaveCount(1);
  await expect(other.getByTestId('drafts')).toHaveCount(0);
  expect(await draftsInStorage(other)).toEqual({});
  expect(errors).toEqual([]);
});

test('Enter in a one-line field neither saves nor loses the half-filled complaint', async ({ page }) => {
  await open(page, '/listen/new');
  await page.getByTestId('customer-name').fill('Half filled');
  await page.getByTestId('customer-name').press('Enter');
  await expect(page.locator('main h1')).toHaveText('New complaint');
  await expect(page.getByTestId('form-errors')).toHaveText('');
  expect(await generation(page)).toBe(0);
  await page.reload();
  await expect(page.getByTestId('customer-name')).toHaveValue('Half filled');
});

test('an edit left unsaved is listed as unsaved changes; discarding it can be undone', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/listen/new');
  await page.getByTestId('nature').fill('Late delivery');
  await saved(page, () => page.getByTestId('save-complaint').click());
  await page.getByTestId('complaint-row').getByRole('link').first().click();
  await expect(page.locator('main h1')).toHaveText('Complaint');
  await expect(page.getByTestId('draft-note')).toContainText('What you type is kept');
  await page.getByTestId('nature').fill('Late delivery, twice');
  await expect(page.getByTestId('draft-note')).toContainText('Unsaved changes kept on this device');

  // Left by the navigation: the log still shows the saved text, and the edit as a draft.
  await page.getByTestId('main-nav').getByRole('link', { name: 'Listen' }).click();
  await expect(page.getByTestId('complaint-row')).toHaveCount(1);
  const draft = page.getByTestId('drafts').getByTestId('draft');
  await expect(draft).toContainText('Late delivery, twice');
  await expect(draft).toContainText('unsaved changes');

  // Reopened, the edit is there; discarded, the record is as saved, and Undo
  // brings the edit back.
  await draft.getByRole('link').click();
  await expect(page.getByTestId('nature')).toHaveValue('Late delivery, twice');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByTestId('notice')).toContainText('Draft discarded.');
  await expect(page.getByTestId('drafts')).toHaveCount(0);
  await page.getByTestId('undo-discard').click();
  await expect(page.getByTestId('drafts').getByTestId('draft')).toContainText('Late delivery, twice');

  // Saved at last: the log shows it, and the draft is gone.
  await page.getByTestId('drafts').getByRole('link').click();
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page.getByTestId('drafts')).toHaveCount(0);
  await page.getByTestId('complaint-row').getByRole('link').first().click();
  await expect(page.getByTestId('nature')).toHaveValue('Late delivery, twice');
  await expect(page.getByTestId('draft-note')).toContainText('What you type is kept');
  expect(errors).toEqual([]);
});

test('typing back what was saved leaves no draft', async ({ page }) => {
  await open(page, '/listen/surveys/new');
  await page.getByTestId('survey-title').fill('Exit poll');
  await expect(page.getByTestId('draft-note')).toContainText('Draft kept on this device');
  await page.getByTestId('survey-title').fill('');
  await expect(page.getByTestId('draft-note')).toContainText('What you type is kept');
  expect(await draftsInStorage(page)).toEqual({});
});

test('a monthly figure is kept as it is typed, before the field is left', async ({ page }) => {
  await open(page, '/listen/figures/operations/new');
  await page.getByTestId('sold').fill('400');
  await page.getByTestId('returns').fill('12');
  await expect(page.getByTestId('draft-note')).toContainText('Draft kept on this device');
  await page.reload();
  await expect(page.getByTestId('sold')).toHaveValue('400');
  await expect(page.getByTestId('returns')).toHaveValue('12');
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page.getByTestId('drafts').getByTestId('draft')).toHaveCount(1);
});

test('a damaged draft is set aside, never deleted, and the list says so', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  const id = '0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d';
  const key = `${DRAFTS}complaints/${id}`;
  await page.evaluate(([k]) => localStorage.setItem(k, '{"record": {"nature": '), [key]);
  await open(page, '/listen');
  await expect(page.getByTestId('drafts-set-aside')).toContainText('set aside on this device');
  const stored = await page.evaluate(([k, aside]) => [localStorage.getItem(k), localStorage.getItem(aside)], [
    key,
    `${PREFIX}draft-aside/complaints/${id}`,
  ]);
  expect(stored).toEqual([null, '{"record": {"nature": ']);
  // The form itself is unharmed.
  await page.getByTestId('new-complaint').click();
  await expect(page.getByTestId('nature')).toHaveValue('');
  expect(errors).toEqual([]);
});

test('when storage is full the form says that what is typed is not kept', async ({ page }) => {
  await open(page, '/listen/new');
  await page.evaluate(() => {
    let size = 256 * 1024;
    let n = 0;
    while (size >= 4) {
      try {
        localStorage.setItem(`filler/${n}`, 'x'.repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await page.getByTestId('nature').fill('Typed while full');
  await expect(page.getByTestId('draft-note')).toContainText('This device could not keep what you typed');
  await expect(page.getByTestId('nature')).toHaveValue('Typed while full');
});

test('an Italian draft speaks Italian', async ({ page }) => {
  await open(page, '/');
  await page.getByLabel('Language').selectOption('it');
  await open(page, '/listen/new');
  await expect(page.getByTestId('draft-note')).toHaveText(
    'Ciò che scrivi viene conservato man mano su questo dispositivo. Salva quando hai finito.',
  );
  await page.getByTestId('nature').fill('Pacco rovinato');
  await expect(page.getByTestId('draft-note')).toContainText('Bozza conservata su questo dispositivo');
  await page.getByRole('link', { name: "Torna all'elenco" }).click();
  await expect(page.getByTestId('drafts').getByRole('heading')).toHaveText('Bozze');
  await expect(page.getByTestId('drafts').getByTestId('draft')).toContainText('nuova, non ancora salvata');
});

test('a one-field entry keeps what is typed until it is added', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/draft/goals');
  await page.getByTestId('own-goal').fill('Answer every e-mail within a day');
  await page.reload();
  await expect(page.getByTestId('own-goal')).toHaveValue('Answer every e-mail within a day');
  await page.getByTestId('add-own-goal').click();
  await expect(page.getByTestId('own-goal')).toHaveValue('');
  await page.reload();
  await expect(page.getByTestId('own-goal')).toHaveValue('');
  await expect(page.getByTestId('goal').filter({ hasText: 'Answer every e-mail within a day' })).toHaveCount(1);

  // The eNPS answers typed and not yet added survive leaving the page.
  await open(page, '/run/team');
  await page.getByTestId('enps-answers').fill('10 9 8');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await open(page, '/run/team');
  await expect(page.getByTestId('enps-answers')).toHaveValue('10 9 8');
  expect(errors).toEqual([]);
});

test('a checklist round and a pulse round keep what is entered until they are added', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/run/checklist');
  const form = page.getByTestId('check-form');
  const box = (i) => form.getByTestId('check-item').nth(i).locator('input');
  await page.getByTestId('check-date').fill('2026-11-02');
  await page.getByTestId('check-who').fill('Morning shift');
  await box(0).check();
  await box(2).check();
  await page.reload();
  await expect(page.getByTestId('check-date')).toHaveValue('2026-11-02');
  await expect(page.getByTestId('check-who')).toHaveValue('Morning shift');
  await expect(box(0)).toBeChecked();
  await expect(box(1)).not.toBeChecked();
  await expect(box(2)).toBeChecked();
  // Added: the next visit starts from today, nobody, nothing ticked.
  await saved(page, () => page.getByTestId('save-round').click());
  await page.reload();
  await expect(page.getByTestId('check-date')).toHaveValue('2026-11-18');
  await expect(box(0)).not.toBeChecked();
  await expect(box(2)).not.toBeChecked();
  await expect(page.getByTestId('check-who')).toHaveValue('');
  await expect(page.getByTestId('check-round')).toHaveCount(1);

  // A pulse round's answers and date, per survey.
  await open(page, '/run/team');
  await saved(page, () => page.getByTestId('new-pulse').click());
  const pulse = page.getByTestId('pulse').last();
  await pulse.locator('details.pulse-part > summary').first().click();
  await pulse.getByTestId('pulse-date').fill('2026-11-03');
  await pulse.getByTestId('pulse-answers').first().fill('4 5 3');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
  await open(page, '/run/team');
  const again = page.getByTestId('pulse').last();
  await again.locator('details.pulse-part > summary').first().click();
  await expect(again.getByTestId('pulse-date')).toHaveValue('2026-11-03');
  await expect(again.getByTestId('pulse-answers').first()).toHaveValue('4 5 3');
  await saved(page, () => again.getByTestId('save-pulse-round').click());
  await page.reload();
  const after = page.getByTestId('pulse').last();
  await after.locator('details.pulse-part > summary').first().click();
  await expect(after.getByTestId('pulse-answers').first()).toHaveValue('');
  await expect(after.getByTestId('pulse-date')).toHaveValue('2026-11-18');
  expect(errors).toEqual([]);
});
