// Two tabs of one browser share one localStorage: each tab's edits survive
// the other's saves, and a tab takes in what another saved without a reload.
import { test, expect } from '@playwright/test';
import { open, openExample, waitSaved } from './helpers.mjs';

/** The ids of the example's finished self-tests, oldest first (from history links). */
async function resultIds(page) {
  await open(page, '/self-test/history');
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  const hrefs = await page.getByTestId('history-row').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => h.split('/').pop()).reverse();
}

/** Types into a text field and commits it (the change event). */
async function commit(input, value) {
  await input.fill(value);
  await input.press('Tab');
}

test('edits made at the same time in two tabs are both kept', async ({ context }) => {
  // The context's clock is ours to pause, so both edits are still waiting for
  // their debounced save when the saves run: a true overlap, every run.
  await context.clock.install();
  const a = await context.newPage();
  await openExample(a);
  const [first] = await resultIds(a);
  await open(a, `/self-test/${first}`);
  await expect(a.getByLabel('Note')).toHaveValue('First baseline');
  const b = await context.newPage();
  await open(b, '/');
  await expect(b.locator('main h1')).toHaveText('Corner Hardware (example)');

  await context.clock.pauseAt(Date.now() + 60_000);
  await commit(a.getByLabel('Note'), 'Edited in tab A');
  await commit(b.getByLabel('Business name'), 'Renamed in tab B');
  await expect(a.getByTestId('save-status')).toHaveText('Saving…');
  await expect(b.getByTestId('save-status')).toHaveText('Saving…');
  await context.clock.resume();
  await waitSaved(a);
  await waitSaved(b);

  for (const p of [a, b]) {
    await p.reload();
    await open(p, '/');
    await expect(p.locator('main h1')).toHaveText('Renamed in tab B');
    await expect(p.getByLabel('Business name')).toHaveValue('Renamed in tab B');
    await open(p, `/self-test/${first}`);
    await expect(p.getByLabel('Note')).toHaveValue('Edited in tab A');
  }
});

test('a tab shows what another tab saved without a reload, and both edits survive', async ({ context }) => {
  const a = await context.newPage();
  await openExample(a);
  const [first, second] = await resultIds(a);
  const b = await context.newPage();
  await open(b, `/self-test/${second}`);
  await expect(b.getByLabel('Note')).toHaveValue('After the complaint log');

  // A edits the note of the first result and saves.
  await open(a, `/self-test/${first}`);
  await commit(a.getByLabel('Note'), 'Note from tab A');
  await waitSaved(a);

  // B, not reloaded, takes A's change in and says so.
  await expect(b.getByTestId('notice')).toHaveText(/Changes saved in another tab were merged into this one\./);
  await b.getByRole('navigation').getByRole('link', { name: 'Self-test' }).click();
  await b.getByRole('link', { name: 'History and comparison' }).click();
  await expect(b.getByTestId('history-row').nth(2)).toContainText('Note from tab A');

  // B edits the note of another result; A, not reloaded, takes it in.
  await b.getByTestId('history-row').nth(1).getByRole('link').click();
  await expect(b).toHaveURL(new RegExp(`/self-test/${second}$`));
  await commit(b.getByLabel('Note'), 'Note from tab B');
  await waitSaved(b);
  await expect(a.getByTestId('notice')).toHaveText(/Changes saved in another tab were merged into this one\./);
  await a.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await a.getByRole('navigation').getByRole('link', { name: 'Self-test' }).click();
  await a.getByRole('link', { name: 'History and comparison' }).click();
  await expect(a.getByTestId('history-row').nth(1)).toContainText('Note from tab B');
  await expect(a.getByTestId('history-row').nth(2)).toContainText('Note from tab A');

  // After reloading both, both notes are there.
  for (const p of [a, b]) {
    await p.reload();
    await open(p, '/self-test/history');
    await expect(p.getByTestId('history-row').nth(1)).toContainText('Note from tab B');
    await expect(p.getByTestId('history-row').nth(2)).toContainText('Note from tab A');
    await open(p, `/self-test/${first}`);
    await expect(p.getByLabel('Note')).toHaveValue('Note from tab A');
    await open(p, `/self-test/${second}`);
    await expect(p.getByLabel('Note')).toHaveValue('Note from tab B');
  }
});

test('the page a tab is showing updates in place when another tab saves', async ({ context }) => {
  const a = await context.newPage();
  await openExample(a);
  const b = await context.newPage();
  await open(b, '/');
  await expect(b.locator('main h1')).toHaveText('Corner Hardware (example)');

  await commit(a.getByLabel('Business name'), 'Bottega Rossi');
  await waitSaved(a);
  await expect(b.locator('main h1')).toHaveText('Bottega Rossi');
  await expect(b.getByLabel('Business name')).toHaveValue('Bottega Rossi');
  await expect(b.getByTestId('save-status')).toContainText('Saved in this browser');
});

test('a self-test finished in one tab appears in the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, '/');
  await open(b, '/');
  await expect(b.getByTestId('first-visit')).toBeVisible();
  await a.getByTestId('first-visit').getByRole('button', { name: 'Open the example' }).click();
  await waitSaved(a);
  await expect(b.getByTestId('first-visit')).toHaveCount(0);
  await expect(b.getByTestId('example-note')).toBeVisible();
  await expect(b.getByTestId('latest-total')).toHaveText(await a.getByTestId('latest-total').textContent());
});

test('text being typed in one tab is not wiped when another tab saves', async ({ context }) => {
  const a = await context.newPage();
  await openExample(a);
  const [first] = await resultIds(a);
  await open(a, '/');
  const b = await context.newPage();
  await open(b, `/self-test/${first}`);

  // A is typing a new business name (not committed: no change event yet).
  const name = a.getByLabel('Business name');
  await name.fill('Half-typed name');
  // Meanwhile B saves an unrelated edit.
  await commit(b.getByLabel('Note'), 'Note from tab B');
  await waitSaved(b);
  await expect(a.getByTestId('notice')).toHaveText(/Changes saved in another tab were merged into this one\./);
  await expect(name).toHaveValue('Half-typed name', { timeout: 2000 });
});

test('an edit saved to a complaint another tab moved to the trash is not called saved, and is restored with it', async ({ context }) => {
  const a = await context.newPage();
  await openExample(a);
  await open(a, '/listen');
  const rowA = a.getByTestId('complaint-row').filter({ hasText: 'Elif Demir' });
  await rowA.getByRole('link').click();
  await expect(a).toHaveURL(/\/listen\/[0-9a-f-]{36}$/);
  const path = new URL(a.url()).pathname;

  // Tab B opens the same complaint and moves it to the trash.
  const b = await context.newPage();
  await open(b, path);
  await expect(b.getByTestId('nature')).toHaveValue('The drill arrived with a cracked case.');
  await b.getByTestId('delete-complaint').click();
  await expect(b.getByTestId('notice')).toContainText('The complaint was moved to the trash.');
  await waitSaved(b);

  // Tab A, still on the form, edits and saves.
  await a.getByTestId('nature').fill('The drill arrived with a cracked case and no charger.');
  await a.getByTestId('save-complaint').click();
  await expect(a).toHaveURL(/\/listen$/);
  const notice = a.getByTestId('notice');
  await expect(notice).toContainText('This complaint was moved to the trash in another window');
  await expect(notice).not.toContainText('The complaint was saved.');
  await expect(a.getByTestId('complaint-row').filter({ hasText: 'Elif Demir' })).toHaveCount(0);

  // Restore brings it back, with the edit.
  await notice.getByRole('button', { name: 'Restore it with my changes' }).click();
  await expect(a.getByTestId('complaint-row').filter({ hasText: 'Elif Demir' })).toHaveCount(1);
  await waitSaved(a);
  await a.reload();
  await open(a, path);
  await expect(a.getByTestId('nature')).toHaveValue('The drill arrived with a cracked case and no charger.');
  await open(b, path);
  await expect(b.getByTestId('nature')).toHaveValue('The drill arrived with a cracked case and no charger.');
});

test('a trash emptied in one tab stays empty in the other, and the erased complaint never comes back', async ({ context }) => {
  const a = await context.newPage();
  await openExample(a);
  await open(a, '/listen');
  await a.getByTestId('complaint-row').filter({ hasText: 'Elif Demir' }).getByRole('link').click();
  await a.getByTestId('delete-complaint').click();
  await waitSaved(a);
  await open(a, '/share');
  await expect(a.getByTestId('trash')).toContainText('Complaints —');

  // Tab B, opened on Share & backup, empties the trash.
  const b = await context.newPage();
  await open(b, '/share');
  await expect(b.getByTestId('trash')).toContainText('Complaints —');
  await b.getByRole('button', { name: 'Empty the trash' }).click();
  await b.getByTestId('confirm-empty-trash').click();
  await expect(b.getByTestId('trash')).toContainText('The trash is empty.');
  await waitSaved(b);

  // Tab A takes B's save in: its trash empties too, and nothing it saves
  // afterwards brings the complaint back.
  await expect(a.getByTestId('trash')).toContainText('The trash is empty.');
  await open(a, '/');
  await a.getByLabel('Business name').fill('Corner Hardware, after the erasure');
  await a.getByLabel('Business name').press('Tab');
  await waitSaved(a);
  for (const p of [a, b]) {
    await p.reload();
    await open(p, '/share');
    await expect(p.getByTestId('trash')).toContainText('The trash is empty.');
    await open(p, '/listen');
    await expect(p.getByTestId('complaint-row').filter({ hasText: 'Elif Demir' })).toHaveCount(0);
  }
});
