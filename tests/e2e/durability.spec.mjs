// Durability: the app asks the browser to keep its storage once there is
// data, says on Share & backup whether it does, and reminds the user to
// export a backup when the last one is older than the chosen period.
import { test, expect } from '@playwright/test';
import { FIXTURE_V1, open, pickFile, saved, setBusinessName, watchErrors } from './helpers.mjs';

const DEVICE_KEY = 'servicebook/v1/device';
const DAY = 24 * 60 * 60 * 1000;

/** Replaces navigator.storage.persist/persisted: `granted` is persist()'s answer. */
async function stubPersist(page, granted) {
  await page.addInitScript((g) => {
    let state = false;
    window.__persistCalls = 0;
    const sm = navigator.storage;
    Object.defineProperty(sm, 'persisted', { configurable: true, value: async () => state });
    Object.defineProperty(sm, 'persist', {
      configurable: true,
      value: async () => {
        window.__persistCalls += 1;
        state = g;
        return g;
      },
    });
  }, granted);
}

/** Changes the device settings, then reloads the page at `path`. */
async function withDevice(page, change, path = '/') {
  await page.evaluate(
    ([key, changes]) => {
      const d = JSON.parse(localStorage.getItem(key) || '{}');
      for (const [k, v] of Object.entries(changes)) {
        if (v === null) delete d[k];
        else d[k] = v;
      }
      localStorage.setItem(key, JSON.stringify(d));
    },
    [DEVICE_KEY, change],
  );
  await open(page, path);
}

const daysAgo = (n) => new Date(Date.now() - n * DAY).toISOString();

test('headless Chromium answers persist() and persisted() with booleans', async ({ page }) => {
  await open(page, '/share');
  const answers = await page.evaluate(async () => [await navigator.storage.persisted(), await navigator.storage.persist()]);
  test.info().annotations.push({ type: 'persist', description: JSON.stringify(answers) });
  expect(typeof answers[0]).toBe('boolean');
  expect(typeof answers[1]).toBe('boolean');
  // Whatever the browser says, Share & backup says it in plain words.
  await expect(page.getByTestId('persist-state')).toBeVisible();
});

test('persistent storage is asked for only once the workbook holds data, and a grant is shown', async ({ page }) => {
  await stubPersist(page, true);
  await open(page, '/share');
  const state = page.getByTestId('persist-state');
  await expect(state).toHaveText(/may clear your workbook if it runs short of space.*Safari: after 7 days.*export a backup regularly/);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__persistCalls)).toBe(0);

  await setBusinessName(page, 'Bottega Rossi');
  expect(await page.evaluate(() => window.__persistCalls)).toBe(1);
  await open(page, '/share');
  await expect(state).toHaveText('This browser keeps your workbook even when it is short of space.');
  await expect(state).toHaveAttribute('data-persisted', 'yes');
});

test('a refusal is shown in plain words, in each language', async ({ page }) => {
  await stubPersist(page, false);
  await setBusinessName(page, 'Bottega Rossi');
  expect(await page.evaluate(() => window.__persistCalls)).toBe(1);
  await open(page, '/share');
  const state = page.getByTestId('persist-state');
  await expect(state).toHaveAttribute('data-persisted', 'no');
  await expect(state).toContainText('This browser may clear your workbook');
  await withDevice(page, { lang: 'It' }, '/share');
  await expect(state).toContainText('Questo browser potrebbe cancellare la tua cartella');
  await withDevice(page, { lang: 'Tr' }, '/share');
  await expect(state).toContainText('çalışma kitabınızı silebilir');
});

test('the backup reminder: due after the period, exports at once, dismissed for a period, period chosen', async ({ page }) => {
  await setBusinessName(page, 'Bottega Rossi');
  const banner = page.getByTestId('backup-reminder');
  // Fresh data, never exported: the clock has only just started.
  await expect(banner).toBeHidden();
  const device = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), DEVICE_KEY);
  expect(device.data_since).toBeTruthy();

  // Never exported, data held for 15 days.
  await withDevice(page, { data_since: daysAgo(15) });
  await expect(banner).toContainText('never been exported from this browser');

  // Last export 20 days ago (default period 14 days).
  await withDevice(page, { last_exported: daysAgo(20) });
  await expect(banner).toContainText('exported 20 days ago');
  // Exactly 13 days: not yet.
  await withDevice(page, { last_exported: daysAgo(13) });
  await expect(banner).toBeHidden();

  // Dismissed: hidden, and still hidden after a reload.
  await withDevice(page, { last_exported: daysAgo(20) });
  await banner.getByRole('button', { name: 'Remind me later' }).click();
  await expect(banner).toBeHidden();
  await open(page, '/');
  await expect(banner).toBeHidden();
  // The dismissal lasts one period.
  await withDevice(page, { reminder_dismissed: daysAgo(15) });
  await expect(banner).toBeVisible();

  // "Export now" downloads the workbook and the reminder goes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export now' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(banner).toBeHidden();
  await open(page, '/');
  await expect(banner).toBeHidden();

  // The period is chosen on Share & backup and kept on this device.
  await withDevice(page, { last_exported: daysAgo(20), reminder_dismissed: null }, '/share');
  await expect(banner).toBeVisible();
  const select = page.getByLabel('Remind me to export a backup');
  await expect(select).toHaveValue('14');
  await select.selectOption({ label: 'Every 30 days' });
  await expect(banner).toBeHidden();
  await select.selectOption({ label: 'Every 7 days' });
  await expect(banner).toBeVisible();
  await select.selectOption({ label: 'Never' });
  await expect(banner).toBeHidden();
  await open(page, '/share');
  await expect(select).toHaveValue('0');
  await expect(banner).toBeHidden();
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).reminder_days, DEVICE_KEY)).toBe(0);
});

test('the backup reminder speaks Italian and Turkish, and is keyboard-usable', async ({ page }) => {
  await setBusinessName(page, 'Bottega Rossi');
  const banner = page.getByTestId('backup-reminder');
  await withDevice(page, { last_exported: daysAgo(30), lang: 'It' });
  await expect(banner).toContainText("L'ultima copia di sicurezza risale a 30 giorni fa");
  await expect(banner.getByRole('button', { name: 'Esporta ora' })).toBeVisible();
  await withDevice(page, { lang: 'Tr' });
  await expect(banner).toContainText('Son yedeğiniz 30 gün önce dışa aktarıldı');
  const later = banner.getByRole('button', { name: 'Daha sonra hatırlat' });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect(banner).toBeHidden();
});

test('no reminder on an empty workbook, whatever the dates', async ({ page }) => {
  await open(page, '/');
  await withDevice(page, { last_exported: daysAgo(100), data_since: daysAgo(100) });
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toBeHidden();
});

// ---- storage found cleared ----------------------------------------------

const witnessOf = async (page) =>
  (await page.context().cookies()).find((c) => c.name === 'servicebook_witness')?.value;

/** Clears localStorage only, as a browser evicting site storage would. */
async function clearStorage(page) {
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
}

test('storage cleared behind the app: it says so, points to the backup, and an import ends it', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  // A first visit has no witness and no message.
  expect(await witnessOf(page)).toBeUndefined();
  await expect(page.getByTestId('storage-cleared')).toBeHidden();

  await setBusinessName(page, 'Bottega Rossi');
  expect(await witnessOf(page)).toMatch(/^w1\.1\.\d+\.-$/);

  await clearStorage(page);
  const banner = page.getByTestId('storage-cleared');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(banner).toContainText('Storage in this browser is empty, but it held a workbook here (last saved');
  await expect(banner).toContainText('never exported from this browser');
  // It stays until the user acts: a reload keeps it.
  await page.reload();
  await expect(banner).toBeVisible();

  await banner.getByRole('link', { name: 'Import a backup' }).click();
  await expect(page).toHaveURL(/\/share$/);
  await pickFile(page, 'workbook-v1.json', FIXTURE_V1);
  await saved(page, () => page.getByTestId('replace').click());
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(banner).toBeHidden();
  expect(errors).toEqual([]);
});

test('after an export, the message gives its date; "Start afresh" forgets the witness', async ({ page }) => {
  await setBusinessName(page, 'Bottega Rossi');
  await open(page, '/share');
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  expect(await witnessOf(page)).toMatch(/^w1\.1\.\d+\.\d+$/);

  await clearStorage(page);
  const banner = page.getByTestId('storage-cleared');
  await expect(banner).toContainText('Your last export from this browser was on');
  await banner.getByRole('button', { name: 'Start afresh' }).click();
  await expect(banner).toBeHidden();
  expect(await witnessOf(page)).toBeUndefined();
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await expect(banner).toBeHidden();
});

test('the cleared-storage message in Italian and Turkish', async ({ page }) => {
  await setBusinessName(page, 'Bottega Rossi');
  await clearStorage(page);
  const banner = page.getByTestId('storage-cleared');
  await withDevice(page, { lang: 'It' });
  await expect(banner).toContainText("Lo spazio di archiviazione di questo browser è vuoto, ma qui c'era una cartella");
  await expect(banner.getByRole('link', { name: 'Importa una copia' })).toBeVisible();
  await withDevice(page, { lang: 'Tr' });
  await expect(banner).toContainText('Bu tarayıcının depolama alanı boş, ama daha önce burada bir çalışma kitabı vardı');
  await expect(banner.getByRole('button', { name: 'Sıfırdan başla' })).toBeVisible();
});

test('a damaged or hostile witness cookie is ignored', async ({ page, context }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  for (const value of ['w1.5.99999999999999999999.-', 'w1.-3.1700000000.-', 'garbage', 'w1.2.-2208988801.-', 'w1.0.1700000000.-']) {
    await context.addCookies([{ name: 'servicebook_witness', value, url: page.url() }]);
    await page.reload();
    await expect(page.getByTestId('first-visit')).toBeVisible();
    await expect(page.getByTestId('storage-cleared')).toBeHidden();
  }
  expect(errors).toEqual([]);
});

// ---- the automatic backup file ------------------------------------------

/**
 * Chromium's save dialog cannot be driven headless: showSaveFilePicker is
 * replaced by a file of the origin-private file system, a real
 * FileSystemFileHandle (writable, kept in IndexedDB like a picked one).
 * `permission` is what queryPermission answers on a later visit.
 */
async function stubPicker(page, { permission = 'granted', cancel = false } = {}) {
  await page.addInitScript(
    ([perm, cancelled]) => {
      window.__picks = 0;
      window.showSaveFilePicker = async (options) => {
        window.__picks += 1;
        if (cancelled) throw new DOMException('The user aborted a request.', 'AbortError');
        const root = await navigator.storage.getDirectory();
        return root.getFileHandle(options.suggestedName, { create: true });
      };
      const proto = globalThis.FileSystemHandle?.prototype;
      if (proto) {
        proto.queryPermission = async () => perm;
        proto.requestPermission = async () => {
          window.__asked = (window.__asked || 0) + 1;
          return 'granted';
        };
      }
    },
    [permission, cancel],
  );
}

const backupText = (page) =>
  page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    try {
      const handle = await root.getFileHandle('servicebook-backup.json');
      return await (await handle.getFile()).text();
    } catch {
      return null;
    }
  });

test('automatic backup file: chosen once, rewritten after each change, resumed on a later visit', async ({ page }) => {
  await stubPicker(page);
  const errors = watchErrors(page);
  await setBusinessName(page, 'Bottega Rossi');
  await open(page, '/share');
  const card = page.getByTestId('auto-backup');
  await expect(card).toContainText('keep a backup file on this computer up to date');
  await card.getByRole('button', { name: 'Choose a backup file…' }).click();
  const state = page.getByTestId('auto-backup-state');
  await expect(state).toHaveAttribute('data-state', 'on');
  await expect(state).toContainText(/Each change is written to servicebook-backup\.json \(last written/);
  await expect.poll(() => backupText(page)).toContain('"business_name": "Bottega Rossi"');
  const file = JSON.parse(await backupText(page));
  expect(file.format).toBe('servicebook');

  // A change reaches the file after the save.
  await setBusinessName(page, 'Bottega Rossi & Figli');
  await expect.poll(() => backupText(page)).toContain('Bottega Rossi & Figli');
  // The file counts as a backup: no reminder, and the device knows when.
  const device = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), DEVICE_KEY);
  expect(device.last_exported).toBeTruthy();

  // A later visit takes it up again without asking.
  await open(page, '/share');
  await expect(state).toHaveAttribute('data-state', 'on');
  await setBusinessName(page, 'Bottega Bianchi');
  await expect.poll(() => backupText(page)).toContain('Bottega Bianchi');

  // Stop: the file stays as it was, and a later visit does not write.
  await open(page, '/share');
  await card.getByRole('button', { name: 'Stop' }).click();
  await expect(card.getByRole('button', { name: 'Choose a backup file…' })).toBeVisible();
  await setBusinessName(page, 'Bottega Verdi');
  await open(page, '/share');
  await expect(card.getByRole('button', { name: 'Choose a backup file…' })).toBeVisible();
  expect(await backupText(page)).toContain('Bottega Bianchi');
  expect(errors).toEqual([]);
});

test('automatic backup file: a later visit waits for the user to allow it again', async ({ page }) => {
  await stubPicker(page, { permission: 'prompt' });
  await setBusinessName(page, 'Bottega Rossi');
  await open(page, '/share');
  await page.getByTestId('auto-backup').getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect.poll(() => backupText(page)).toContain('Bottega Rossi');

  await setBusinessName(page, 'Bottega Bianchi');
  // queryPermission says "prompt" on this visit: nothing is written until allowed.
  await page.waitForTimeout(500);
  expect(await backupText(page)).not.toContain('Bottega Bianchi');
  await withDevice(page, { lang: 'It' }, '/share');
  const state = page.getByTestId('auto-backup-state');
  await expect(state).toHaveAttribute('data-state', 'paused');
  await expect(state).toContainText('a ogni visita questo browser ti chiede di nuovo il permesso');
  await page.getByRole('button', { name: 'Consenti e salva ora' }).click();
  await expect(state).toHaveAttribute('data-state', 'on');
  await expect.poll(() => backupText(page)).toContain('Bottega Bianchi');
});

test('automatic backup file: closing the dialog changes nothing; a failed write says so', async ({ page }) => {
  await stubPicker(page, { cancel: true });
  await setBusinessName(page, 'Bottega Rossi');
  await open(page, '/share');
  const card = page.getByTestId('auto-backup');
  await card.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect.poll(() => page.evaluate(() => window.__picks)).toBe(1);
  await expect(card.getByRole('button', { name: 'Choose a backup file…' })).toBeVisible();
  await expect(page.getByTestId('auto-backup-state')).toHaveCount(0);

  // A file that refuses writing (moved, locked, permission withdrawn).
  await page.evaluate(() => {
    window.showSaveFilePicker = async () => ({
      name: 'locked.json',
      kind: 'file',
      createWritable: async () => {
        throw new DOMException('The file is locked.', 'NoModificationAllowedError');
      },
    });
  });
  await card.getByRole('button', { name: 'Choose a backup file…' }).click();
  const state = page.getByTestId('auto-backup-state');
  await expect(state).toHaveAttribute('data-state', 'failed');
  await expect(state).toContainText('could not write the backup file');
  await expect(state).toContainText('NoModificationAllowedError');
  await expect(page.locator('main h1')).toBeVisible();
});

test('automatic backup file: a browser without the API is told the reminder covers it', async ({ page }) => {
  await page.addInitScript(() => {
    delete Window.prototype.showSaveFilePicker;
    delete window.showSaveFilePicker;
  });
  await open(page, '/share');
  await expect(page.getByTestId('auto-backup')).toHaveText(/cannot keep a backup file up to date by itself/);
});
