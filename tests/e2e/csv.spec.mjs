// The complaint log to a spreadsheet and back: the CSV export's separator,
// dates and formula guard in English and Italian (the downloaded file read
// by an RFC 4180 reader below), and the import of an Italian Excel file
// (semicolons, dd/mm/yyyy, Windows-1252 bytes) through the column mapping,
// the preview with each row's problems, the import, and Undo.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { generation, open, saved, watchErrors } from './helpers.mjs';

/** Runs `action` and waits until storage holds its save (in any language). */
async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'saved to localStorage' }).toBeGreaterThan(before);
}

test.use({ timezoneId: 'Europe/Rome' });

const rows = (page) => page.getByTestId('complaint-row');

/** RFC 4180: quoted cells, doubled quotes, line breaks inside quotes. */
function parseCsv(text, sep) {
  const out = [];
  let r = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { r.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { r.push(cell); out.push(r); r = []; cell = ''; i += 1; }
    else cell += c;
  }
  if (cell || r.length) { r.push(cell); out.push(r); }
  return out;
}

/** Clicks the export and returns the file's text (BOM checked and dropped). */
async function exportCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1);
}

async function gotoLog(page) {
  await page.getByTestId('main-nav').getByRole('link', { name: /Listen|Ascolta|Dinle/ }).click();
  await expect(page).toHaveURL(/\/listen$/);
}

async function addComplaint(page, { nature, name, phone }) {
  await page.getByTestId('new-complaint').click();
  await expect(page).toHaveURL(/\/listen\/new$/);
  await page.getByTestId('nature').fill(nature);
  await page.getByTestId('customer-name').fill(name);
  await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(phone);
  await saved(page, () => page.getByTestId('save-complaint').click());
  await expect(page).toHaveURL(/\/listen$/);
}

// What an owner's Excel saves in Italy: semicolons, day/month/year,
// Windows-1252 (à, é, the € sign as byte 0x80), CRLF.
const ITALIAN = [
  'Data;Cliente;Telefono;Problema;Importo;Stato',
  '02/03/2026 09:30;Rossi Mario;+39 333 1234567;Consegna in ritardo, "di nuovo";12,50;Aperto',
  '03/03/2026;Città Srl;;Perché è arrivato rotto;€ 20;Risolto',
  '31/02/2026;Verdi;;Data sbagliata;;',
  '04/03/2026;Neri;;;;',
  '05/03/2026;Bianchi;;Scortese al banco;dieci;Boh',
  '',
].join('\r\n');
const ITALIAN_BYTES = Buffer.from(ITALIAN.replace('€', '\u0080'), 'latin1');

test('the export follows the language: comma and English headings, semicolon in Italian, or the separator chosen', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  await gotoLog(page);
  await addComplaint(page, { nature: '=1+1 broken', name: 'Mario Rossi', phone: '+39 333 1234567' });

  // English: comma, ISO date and time, the phone number neutralised.
  await expect(page.getByTestId('csv-separator')).toHaveValue('comma');
  let text = await exportCsv(page);
  let [header, ...body] = parseCsv(text, ',');
  expect(header[0]).toBe('Received');
  expect(header).toHaveLength(21);
  expect(body).toHaveLength(1);
  expect(body[0]).toHaveLength(21);
  expect(body[0][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(body[0][header.indexOf('Phone')]).toBe("'+39 333 1234567");
  expect(body[0][header.indexOf('Nature of the complaint')]).toBe("'=1+1 broken");
  expect(body[0][header.indexOf('Channel')]).toBe('Phone');

  // Italian: semicolon, Italian headings, the same date style.
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('main h1')).toHaveText('Registro dei reclami');
  await expect(page.getByTestId('csv-separator')).toHaveValue('semicolon');
  text = await exportCsv(page);
  expect(text.split('\r\n')[0]).toContain('"Ricevuto";"Nome";"Indirizzo";"Telefono"');
  [header, ...body] = parseCsv(text, ';');
  expect(header).toHaveLength(21);
  expect(body[0][0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(body[0][header.indexOf('Telefono')]).toBe("'+39 333 1234567");
  expect(body[0][header.indexOf('Canale')]).toBe('Telefono');

  // An explicit choice, remembered on this device.
  await page.getByTestId('csv-separator').selectOption('comma');
  text = await exportCsv(page);
  expect(parseCsv(text, ',')[0]).toHaveLength(21);
  await page.reload();
  await expect(page.getByTestId('csv-separator')).toHaveValue('comma');
  expect(errors).toEqual([]);
});

test('an Italian Excel file: columns matched, every row checked, imported as a merge, Undo takes it out', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  await gotoLog(page);
  await addComplaint(page, { nature: 'Already here', name: 'Anna Bianchi', phone: '055 123' });
  await page.getByLabel('Language').selectOption('it');
  await expect(page.locator('main h1')).toHaveText('Registro dei reclami');
  await expect(rows(page)).toHaveCount(1);
  const before = await rows(page).first().innerText();

  // Opened from the keyboard.
  await page.getByTestId('csv-import-open').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('csv-choose')).toBeVisible();
  await page.getByTestId('csv-file').setInputFiles({ name: 'reclami.csv', mimeType: 'text/csv', buffer: ITALIAN_BYTES });

  // 1. The columns, guessed from the Italian headings.
  const mapping = page.getByTestId('csv-mapping');
  await expect(mapping).toBeVisible();
  await expect(mapping.getByRole('heading')).toHaveText('1. Abbina le colonne');
  const expected = ['received', 'name', 'phone', 'nature', 'amount', 'status'];
  for (const [i, code] of expected.entries()) await expect(page.getByTestId(`csv-map-${i}`)).toHaveValue(code);
  // The first values are shown, read from Windows-1252.
  await expect(mapping).toContainText('Rossi Mario');
  // Without a column for the nature, the rows are not checked.
  await page.getByTestId('csv-map-3').selectOption('');
  await page.getByTestId('csv-check').click();
  await expect(page.getByTestId('csv-error')).toHaveText('Scegli una colonna per la data di ricezione e una per la natura del reclamo.');
  await page.getByTestId('csv-map-3').selectOption('nature');
  await page.getByTestId('csv-check').click();

  // 2. Every row with its problems, in Italian.
  const preview = page.getByTestId('csv-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('csv-skipped')).toHaveText('2 righe saranno saltate');
  await expect(page.getByTestId('csv-order')).toHaveText('Le date come 03/04/2026 sono lette come giorno/mese/anno (3 aprile 2026).');
  await expect(page.getByTestId('csv-row-2')).toContainText('Sarà importata');
  await expect(page.getByTestId('csv-row-3')).toContainText('Perché è arrivato rotto');
  await expect(page.getByTestId('csv-row-4')).toContainText('Saltata');
  await expect(page.getByTestId('csv-row-4')).toContainText('«Ricevuto»: data non leggibile, riga saltata');
  await expect(page.getByTestId('csv-row-5')).toContainText('Campo «Natura del reclamo» vuoto: riga saltata');
  await expect(page.getByTestId('csv-row-6')).toContainText('Sarà importata');
  await expect(page.getByTestId('csv-row-6')).toContainText('Importo non leggibile: lasciato vuoto');
  await expect(page.getByTestId('csv-row-6')).toContainText('«Stato»: valore non riconosciuto, impostato su «Aperto»');

  // 3. The import: a merge, with Undo in the notice.
  await stored(page, () => page.getByTestId('csv-import-confirm').click());
  await expect(page.getByTestId('notice')).toContainText('3 reclami importati dal foglio di calcolo.');
  await expect(rows(page)).toHaveCount(4);
  await expect(rows(page).filter({ hasText: 'Città Srl' })).toHaveCount(1);
  await expect(rows(page).filter({ hasText: 'Rossi Mario' })).toHaveCount(1);

  // Exported again: the amount with a decimal comma, the date as typed.
  const text = await exportCsv(page);
  const [header, ...body] = parseCsv(text, ';');
  const rossi = body.find((r) => r[header.indexOf('Nome')] === 'Rossi Mario');
  expect(rossi[header.indexOf('Importo')]).toBe('12,50');
  expect(rossi[header.indexOf('Ricevuto')]).toBe('2026-03-02 09:30');
  expect(rossi[header.indexOf('Telefono')]).toBe("'+39 333 1234567");
  expect(rossi[header.indexOf('Natura del reclamo')]).toBe('Consegna in ritardo, "di nuovo"');
  const citta = body.find((r) => r[header.indexOf('Nome')] === 'Città Srl');
  expect(citta[header.indexOf('Importo')]).toBe('20');
  expect(citta[header.indexOf('Stato')]).toBe('Risolto');

  // The same file again adds nothing.
  await page.getByTestId('csv-import-open').click();
  await page.getByTestId('csv-file').setInputFiles({ name: 'reclami.csv', mimeType: 'text/csv', buffer: ITALIAN_BYTES });
  await page.getByTestId('csv-check').click();
  await expect(page.getByTestId('csv-row-2')).toContainText('Già nel registro: saltata');
  await expect(page.getByTestId('csv-nothing')).toBeVisible();
  await expect(page.getByTestId('csv-import-confirm')).toBeDisabled();
  await page.getByTestId('csv-import-open').click();
  await expect(page.getByTestId('csv-preview')).toHaveCount(0);

  // Undo: the three imported complaints go, the one already there stays as it was.
  await stored(page, () => page.getByTestId('undo-csv-import').click());
  await expect(page.getByTestId('notice')).toContainText('Importazione annullata: 3 reclami tolti dal registro.');
  await expect(rows(page)).toHaveCount(1);
  expect(await rows(page).first().innerText()).toBe(before);
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Anna Bianchi');
  expect(errors).toEqual([]);
});

test('at 360 px the import steps fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/listen');
  await page.getByTestId('csv-import-open').click();
  await page.getByTestId('csv-file').setInputFiles({ name: 'reclami.csv', mimeType: 'text/csv', buffer: ITALIAN_BYTES });
  await expect(page.getByTestId('csv-mapping')).toBeVisible();
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await wide()).toBeLessThanOrEqual(360);
  await page.getByTestId('csv-check').click();
  await expect(page.getByTestId('csv-preview')).toBeVisible();
  expect(await wide()).toBeLessThanOrEqual(360);
  await page.getByTestId('csv-import-confirm').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('csv-import-confirm')).toBeInViewport();
});

// Rome is one hour ahead of UTC in winter and two in summer: each date is
// written and read at its own offset, whatever the offset is today.
test('in a zone with summer time, a July and a January complaint go out and come back at the times the log shows', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, '/');
  await gotoLog(page);
  for (const [nature, when] of [['In July', '2026-07-15T10:00'], ['In January', '2026-01-15T10:00']]) {
    await page.getByTestId('new-complaint').click();
    await page.getByTestId('nature').fill(nature);
    await page.getByLabel('Received').fill(when);
    await saved(page, () => page.getByTestId('save-complaint').click());
    await expect(page).toHaveURL(/\/listen$/);
  }
  // The log shows both at 10:00 (the browser's own clock for each date).
  for (const day of ['15 July 2026', '15 January 2026']) {
    await expect(rows(page).filter({ hasText: day }).locator('th')).toHaveText(`${day} at 10:00`);
  }
  const [header, ...body] = parseCsv(await exportCsv(page), ',');
  const received = (nature) => body.find((r) => r[header.indexOf('Nature of the complaint')] === nature)[header.indexOf('Received')];
  expect(received('In July')).toBe('2026-07-15 10:00');
  expect(received('In January')).toBe('2026-01-15 10:00');

  // Read back: a file with a summer and a winter time, imported, shows both
  // at the time written in it.
  const file = ['Received,Nature of the complaint', '2026-08-03 09:15,Summer row', '2026-02-03 09:15,Winter row', ''].join('\r\n');
  await page.getByTestId('csv-import-open').click();
  await page.getByTestId('csv-file').setInputFiles({ name: 'log.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
  await page.getByTestId('csv-check').click();
  await stored(page, () => page.getByTestId('csv-import-confirm').click());
  for (const day of ['3 August 2026', '3 February 2026']) {
    await expect(rows(page).filter({ hasText: day }).locator('th')).toHaveText(`${day} at 09:15`);
  }
  expect(errors).toEqual([]);
});

test('Share & backup points a spreadsheet to the import on the complaint log', async ({ page }) => {
  await open(page, '/share');
  const hint = page.getByTestId('import-csv-elsewhere');
  await expect(hint).toContainText('Complaints kept in a spreadsheet (CSV)?');
  await hint.getByRole('link', { name: 'Import them into the complaint log' }).click();
  await expect(page).toHaveURL(/\/listen#csv-import$/);
  // The import is open, its button has the focus, the file picker follows.
  await expect(page.getByTestId('csv-choose')).toBeVisible();
  await expect(page.getByTestId('csv-import-open')).toBeFocused();
  await expect(page.getByTestId('csv-import-open')).toHaveAttribute('aria-expanded', 'true');
  await page.getByTestId('csv-file').setInputFiles({ name: 'reclami.csv', mimeType: 'text/csv', buffer: ITALIAN_BYTES });
  await expect(page.getByTestId('csv-mapping')).toBeVisible();

  // In Italian and Turkish too.
  for (const [code, text, link] of [
    ['it', 'Hai i reclami in un foglio di calcolo (CSV)?', 'Importali nel registro dei reclami'],
    ['tr', 'Şikâyetleri bir elektronik tabloda (CSV) mı tutuyorsunuz?', 'Şikâyet kaydına aktarın'],
  ]) {
    await open(page, '/share');
    await page.locator('header label.lang select').selectOption(code);
    await expect(hint).toContainText(text);
    await expect(hint.getByRole('link', { name: link })).toHaveAttribute('href', '/listen#csv-import');
  }
});
