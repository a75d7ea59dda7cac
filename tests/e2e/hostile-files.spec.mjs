// Hostile files picked on Share & backup: each is refused with a message that
// names the problem, or (a byte order mark, markup in the text) read and
// shown as harmless text. A refused file leaves localStorage byte-identical.
// bad-files.spec.mjs already covers: plain text, broken JSON, other JSON
// ({"a":1}), version 99, no version, a rating or answers that are strings, an
// empty file, a dropped bad file, and a refusal replacing a waiting preview.
// This spec covers the rest of the corpus: truncated exports, byte order
// marks, deep nesting, 20 MB, more wrong types and values, more newer
// versions, markup in names and echoed values, script and HTML in every text
// field of a workbook (on every route), and the messages in Italian and
// Turkish.
import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { FIXTURE_V1, MANIFEST_KEY, generation, open, openExample, pickFile, saved, storageSnapshot, watchErrors } from './helpers.mjs';

const BUSINESS = 'Corner Hardware (example)';

// The texts the user sees, from src/i18n/en.rs. The detail inside a
// "field is not valid" message is serde's, in English in every language.
const L = {
  en: {
    refused: (name, reason) => `“${name}” was not imported: ${reason} Your workbook has not changed.`,
    notJson: (line, column) => `it is not a JSON file (the text breaks at line ${line}, column ${column}).`,
    notServicebook: 'it is JSON, but not a Servicebook file.',
    noVersion: 'it does not say which Servicebook version wrote it.',
    newer: (found) => `it was written by a newer Servicebook (file version ${found}; this one reads up to 5). Update Servicebook, or ask for a file from the same version.`,
    badField: (path, detail) => `the field “${path}” is not valid (${detail}).`,
    invalid: (detail) => `its content is inconsistent (${detail}).`,
    empty: 'the file is empty.',
    dismiss: 'Dismiss',
    openExample: 'Open the example',
    savedAt: 'Saved in this browser',
  },
  it: {
    refused: (name, reason) => `“${name}” non è stato importato: ${reason} La tua cartella non è cambiata.`,
    notJson: (line, column) => `non è un file JSON (il testo si interrompe alla riga ${line}, colonna ${column}).`,
    notServicebook: 'è un file JSON, ma non di Servicebook.',
    newer: (found) => `è stato scritto da una versione più recente di Servicebook (versione del file ${found}; questa legge fino alla versione 5). Aggiorna Servicebook o chiedi un file della stessa versione.`,
    badField: (path, detail) => `il campo “${path}” non è valido (${detail}).`,
    dismiss: 'Chiudi',
    openExample: "Apri l'esempio",
    savedAt: 'Salvato in questo browser',
  },
  tr: {
    refused: (name, reason) => `“${name}” içe aktarılmadı: ${reason} Çalışma kitabınız değişmedi.`,
    notJson: (line, column) => `bir JSON dosyası değil (metin ${line}. satır, ${column}. sütunda bozuluyor).`,
    notServicebook: 'JSON, ama bir Servicebook dosyası değil.',
    newer: (found) => `Servicebook'un daha yeni bir sürümüyle yazılmış (dosya sürümü ${found}; bu sürüm en çok 5 okur). Servicebook'u güncelleyin ya da aynı sürümden bir dosya isteyin.`,
    badField: (path, detail) => `“${path}” alanı geçerli değil (${detail}).`,
    dismiss: 'Kapat',
    openExample: 'Örneği aç',
    savedAt: 'Bu tarayıcıya kaydedildi',
  },
};

/**
 * Where serde_json says a text cut short breaks: its last line, and that
 * line's length in UTF-8 bytes (serde_json counts bytes).
 */
function endOf(text) {
  const lines = text.split('\n');
  return [lines.length, Buffer.byteLength(lines.at(-1), 'utf8')];
}

/** Opens the example workbook from the first-visit card in any language and waits for its save. */
async function openExampleIn(page, lang) {
  if (lang === 'en') return openExample(page);
  await open(page, '/');
  await page.getByTestId('first-visit').getByRole('button', { name: L[lang].openExample }).click();
  await expect.poll(() => generation(page), { message: 'the example is saved' }).toBeGreaterThan(0);
  await expect(page.getByTestId('save-status')).toContainText(L[lang].savedAt);
  await expect(page.getByTestId('example-note')).toBeVisible();
}

/** Downloads the workbook from /share (the page must be open) and returns its text and JSON. */
async function exportFile(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { text, json: JSON.parse(text) };
}

/**
 * The example workbook opened, exported through the UI (an export stamps
 * the device key, so the snapshot is taken after it), and /share open.
 */
async function exampleOnShare(page, lang = 'en') {
  await openExampleIn(page, lang);
  await open(page, '/share');
  const file = await exportFile(page);
  expect(file.json.workbook.complaints.length).toBeGreaterThan(0);
  const before = await storageSnapshot(page);
  expect(Object.keys(before)).toContain(MANIFEST_KEY);
  return { file, before };
}

/** Picks `content` (text or bytes) as a file named `name` on /share. */
async function pick(page, name, content) {
  if (typeof content === 'string') return pickFile(page, name, content);
  return page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: content });
}

/**
 * The refusal notice says exactly `reason` about `name`, no preview or undo
 * is offered, localStorage is byte-identical to `before`; then dismisses it.
 */
async function expectRefused(page, lang, name, reason, before) {
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveClass(/\berror\b/);
  await expect(notice.locator('p')).toHaveText(L[lang].refused(name, reason));
  await expect(page.getByTestId('preview')).toHaveCount(0);
  await expect(page.getByTestId('undo-import')).toHaveCount(0);
  expect(await storageSnapshot(page), `localStorage after “${name}”`).toEqual(before);
  await notice.getByRole('button', { name: L[lang].dismiss }).click();
  await expect(notice).toHaveCount(0);
}

/** After a reload (which flushes any pending save) storage is unchanged and the example is still there. */
async function expectStillTheExample(page, before, name = BUSINESS) {
  await open(page, '/');
  await expect(page.locator('main h1')).toHaveText(name);
  expect(await storageSnapshot(page)).toEqual(before);
}

/**
 * Markup that came from data: event-handler attributes anywhere, elements
 * that run or load something inside <body> (the app renders none), and
 * links or sources pointing at script.
 */
function injectedMarkup(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        if (/^(href|src|srcdoc|action|formaction|xlink:href|data|poster)$/i.test(a.name)
          && /javascript:|__pwned/i.test(a.value)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
    for (const el of document.body.querySelectorAll('script, iframe, frame, object, embed, img, style, link, meta, base')) {
      found.push(`<${el.localName}> in body`);
    }
    for (const s of document.scripts) if (s.textContent.includes('__pwned')) found.push('<script> with the payload');
    return found;
  });
}

/** No hostile file may crash the page: no uncaught error, no console error (for the tests of this group). */
function expectNoErrors() {
  let errors;
  test.beforeEach(async ({ page }) => {
    errors = watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors, 'no page errors or console errors').toEqual([]);
  });
}

test.describe('hostile files are refused with a clear message and the workbook is untouched', () => {
  // One page for the group: the example is opened and exported once, and
  // each test checks storage against the same snapshot (so a test that
  // changed it would also fail the next).
  test.describe.configure({ mode: 'serial' });
  let page;
  let file;
  let before;
  let errors;
  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL, locale, timezoneId, viewport } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, acceptDownloads: true });
    page = await context.newPage();
    errors = watchErrors(page);
    ({ file, before } = await exampleOnShare(page));
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  test.beforeEach(async () => {
    await open(page, '/share');
  });
  test.afterEach(() => {
    expect(errors, 'no page errors or console errors').toEqual([]);
  });

  test('an export cut short anywhere is refused, naming where the text stops', async () => {
    const cuts = [
      ['half.json', file.text.slice(0, Math.floor(file.text.length / 2))],
      ['inside-a-string.json', file.text.slice(0, file.text.indexOf(BUSINESS) + 6)],
      ['last-brace-missing.json', file.text.trimEnd().slice(0, -1)],
      ['first-line-only.json', '{'],
    ];
    for (const [name, text] of cuts) {
      await pickFile(page, name, text);
      await expectRefused(page, 'en', name, L.en.notJson(...endOf(text)), before);
    }
    await expectStillTheExample(page, before);
  });

  test('wrong types and values anywhere are refused, naming the field', async () => {
    const wb = file.json;
    const edit = (change) => {
      const copy = structuredClone(wb);
      change(copy, copy.workbook);
      return JSON.stringify(copy, null, 2);
    };
    const complaint = wb.workbook.complaints[0];
    const branching = wb.workbook.sops[0].data.steps.findIndex((st) => st.branches.length > 0);
    expect(branching).toBeGreaterThanOrEqual(0);
    const nan = file.text.replace('"version": 5', '"version": NaN');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const cases = [
      ['array.json', '[{"format":"servicebook","version":5,"workbook":{}}]', L.en.notServicebook],
      ['format-case.json', edit((f) => { f.format = 'Servicebook'; }), L.en.notServicebook],
      ['picture.json', png, L.en.notJson(1, 1)],
      ['version-string.json', edit((f) => { f.version = '5'; }), L.en.noVersion],
      ['version-zero.json', edit((f) => { f.version = 0; }), L.en.noVersion],
      ['version-fraction.json', edit((f) => { f.version = 4.5; }), L.en.noVersion],
      ['version-2^64.json', file.text.replace('"version": 5', '"version": 18446744073709551616'), L.en.noVersion],
      ['workbook-list.json', edit((f) => { f.workbook = []; }), L.en.badField('workbook', 'expected an object')],
      ['workbook-missing.json', edit((f) => { delete f.workbook; }), L.en.badField('workbook', 'missing')],
      ['complaints-object.json', edit((f, w) => { w.complaints = {}; }),
        L.en.badField('complaints', 'invalid type: map, expected a sequence')],
      ['name-number.json', edit((f, w) => { w.profile.data.business_name = 42; }),
        L.en.badField('profile.data.business_name', 'invalid type: integer `42`, expected a string')],
      ['text-list.json', edit((f, w) => { w.complaints[0].data.nature = ['a', 'b']; }),
        L.en.badField('complaints[0].data.nature', 'invalid type: sequence, expected a string')],
      ['customer-string.json', edit((f, w) => { w.complaints[0].data.customer = 'Giulia'; }),
        L.en.badField('complaints[0].data.customer', 'invalid type: string "Giulia", expected struct Customer')],
      ['id.json', edit((f, w) => { w.complaints[0].id = 'not-a-uuid'; }),
        L.en.badField('complaints[0].id', 'UUID parsing failed: invalid character: found `n` at 0')],
      ['vision-id.json', edit((f, w) => { w.vision.data = 'not-a-uuid'; }),
        L.en.badField('vision.data', 'UUID parsing failed: invalid character: found `n` at 0')],
      ['date.json', edit((f, w) => { w.complaints[0].created = 'yesterday'; }),
        L.en.badField('complaints[0].created', 'input contains invalid characters')],
      ['date-number.json', edit((f, w) => { w.complaints[0].data.received = 1700000000; }),
        L.en.badField('complaints[0].data.received', 'invalid type: integer `1700000000`, expected an RFC 3339 formatted date and time string')],
      ['month.json', edit((f, w) => { w.operations[0].data.period = '2026-13'; }),
        L.en.badField('operations[0].data.period', 'expected a month YYYY-MM, got "2026-13"')],
      ['hour.json', edit((f, w) => { w.support.data.hours[0].from = '25:00:00'; }),
        L.en.badField('support.data.hours[0].from', 'input is out of range')],
      ['flag.json', edit((f, w) => { w.profile.data.example = 'yes'; }),
        L.en.badField('profile.data.example', 'invalid type: string "yes", expected a boolean')],
      ['goto.json', edit((f, w) => { w.sops[0].data.steps[branching].branches[0].goto = { to: 'nowhere' }; }),
        L.en.badField(`sops[0].data.steps[${branching}].branches[0].goto.to`, 'unknown variant `nowhere`, expected `step` or `end`')],
      ['count-negative.json', edit((f, w) => { w.operations[0].data.sold = -5; }),
        L.en.badField('operations[0].data.sold', 'invalid value: integer `-5`, expected u64')],
      ['rating-300.json', edit((f, w) => { w.self_tests[0].data.answers['culture.1'] = 300; }),
        L.en.badField('self_tests[0].data.answers.culture.1', 'invalid value: integer `300`, expected u8')],
      ['duplicate-id.json', edit((f, w) => { w.complaints[1].id = complaint.id; }),
        L.en.invalid(`complaints: id ${complaint.id} appears twice`)],
      ['nan.json', nan, L.en.notJson(...endOf(nan.slice(0, nan.indexOf('NaN') + 1)))],
      // Markup in a value the message repeats is shown as text.
      ['channel-markup.json', edit((f, w) => { w.complaints[0].data.channel = '<svg onload=window.__pwned=1>'; }),
        L.en.badField('complaints[0].data.channel', 'unknown variant `<svg onload=window.__pwned=1>`, expected one of `phone`, `email`, `web`, `social`, `in_person`')],
      ['key-markup.json', edit((f, w) => { w.self_tests[0].data.answers = { '<img src=x onerror=window.__pwned=1>': 'four' }; }),
        L.en.badField('self_tests[0].data.answers.<img src=x onerror=window.__pwned=1>', 'invalid type: string "four", expected u8')],
      // Markup in the file's name is shown as text.
      ['<img src=x onerror="window.__pwned=1">.json', '{"a":1}', L.en.notServicebook],
    ];
    for (const [name, content, reason] of cases) {
      await test.step(name, async () => {
        await pick(page, name, content);
        await expectRefused(page, 'en', name, reason, before);
      });
    }
    expect(await injectedMarkup(page)).toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expectStillTheExample(page, before);
  });

  test('files from a newer version are refused before their content is read', async () => {
    const cases = [
      ['next-version.json', file.text.replace('"version": 5', '"version": 6'), 6],
      ['largest-version.json', file.text.replace('"version": 5', '"version": 18446744073709551615'), '18446744073709551615'],
      // Whatever a newer version puts in the workbook, the header decides.
      ['newer-odd-workbook.json', JSON.stringify({ format: 'servicebook', version: 6, workbook: '<script>window.__pwned=1</script>' }), 6],
      ['newer-no-workbook.json', JSON.stringify({ format: 'servicebook', version: 7, exported_at: 'tomorrow' }), 7],
    ];
    for (const [name, text, found] of cases) {
      await pickFile(page, name, text);
      await expectRefused(page, 'en', name, L.en.newer(found), before);
    }
    await expectStillTheExample(page, before);
  });

  test('deeply nested JSON (100,000 levels) is refused without crashing, and the page still works', async () => {
    const N = 100_000;
    // Nesting is skipped over where the app reads no further (it is JSON,
    // but not a Servicebook file); inside the log it is refused where the
    // first record should begin.
    const inWorkbook = '{"format":"servicebook","version":5,"workbook":{"complaints":';
    const cases = [
      ['arrays.json', '['.repeat(N) + ']'.repeat(N), L.en.notServicebook],
      ['objects.json', '{"a":'.repeat(N) + '1' + '}'.repeat(N), L.en.notServicebook],
      ['nested-complaints.json', inWorkbook + '['.repeat(N) + ']'.repeat(N) + '}}',
        L.en.badField('complaints[0]', 'invalid type: sequence, expected a formatted UUID string')],
    ];
    for (const [name, text, reason] of cases) {
      await pickFile(page, name, text);
      await expectRefused(page, 'en', name, reason, before);
    }
    // The page still reads a good file and moves between pages.
    await pickFile(page, 'workbook-v1.json', FIXTURE_V1);
    await expect(page.getByTestId('preview')).toContainText('Business: Ferramenta Bianchi');
    await page.getByTestId('preview').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('preview')).toHaveCount(0);
    await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('main h1')).toHaveText(BUSINESS);
    expect(await storageSnapshot(page)).toEqual(before);
    await expectStillTheExample(page, before);
  });
});

test.describe('byte order marks, 20 MB, values out of range', () => {
  expectNoErrors();

  test('a byte order mark: UTF-8 before a valid file is read and imports correctly; alone it is an empty file', async ({ page }) => {
    // The browser's File.text() drops a UTF-8 BOM and file.rs strips a
    // leading U+FEFF too, so the file is accepted (as it should be: Windows
    // editors add one when saving a hand-edited file).
    const { before } = await exampleOnShare(page);
    const preview = page.getByTestId('preview');

    // Two marks (a file re-saved by a second editor): the browser drops the
    // first, file.rs the second.
    await pickFile(page, 'two-marks.json', `\uFEFF\uFEFF${FIXTURE_V1}`);
    await expect(preview).toContainText('Business: Ferramenta Bianchi');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);

    await pickFile(page, 'bom-only.json', '\uFEFF');
    await expectRefused(page, 'en', 'bom-only.json', L.en.empty, before);

    // A UTF-16 file with its BOM (Notepad's "Unicode"): Chromium decodes it
    // by its BOM, so it is read like the UTF-8 file.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXTURE_V1, 'utf16le')]);
    await pick(page, 'utf16.json', utf16);
    await expect(preview).toContainText('Business: Ferramenta Bianchi');
    await expect(preview).toContainText('Finished self-tests: 1');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(preview).toHaveCount(0);
    expect(await storageSnapshot(page)).toEqual(before);

    await pickFile(page, 'bom.json', `\uFEFF${FIXTURE_V1}`);
    await expect(preview).toContainText('Before you import “bom.json”');
    await expect(preview).toContainText('Business: Ferramenta Bianchi');
    await expect(preview).toContainText('Finished self-tests: 1');
    // Nothing is written while the preview waits.
    expect(await storageSnapshot(page)).toEqual(before);
    await saved(page, () => page.getByTestId('replace').click());
    await expect(page.getByTestId('notice')).toContainText('Your workbook was replaced by the file.');
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Share & backup');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('main h1')).toHaveText('Ferramenta Bianchi');
    await expect(page.getByTestId('latest-total')).toHaveText('25.33');
  });

  test('a 20 MB file: cut short it is refused; whole, the preview says what it holds and a Replace that cannot be stored says so', async ({ page }, testInfo) => {
    const { file, before } = await exampleOnShare(page);
    const MiB = 1024 * 1024;
    // Thousands of complaints whose text is random CJK ideographs from a
    // block of 2^14 (U+4E00–U+8DFF): 14 bits of entropy each, so no
    // compression can fit them in localStorage's 5,242,880 characters of
    // 15 bits each.
    const cjk = (n) => {
      const bytes = randomBytes(n * 2);
      const codes = new Uint16Array(n);
      for (let i = 0; i < n; i += 1) codes[i] = 0x4e00 + (bytes.readUInt16LE(i * 2) & 0x3fff);
      return new TextDecoder('utf-16le').decode(codes);
    };
    const big = structuredClone(file.json);
    const template = file.json.workbook.complaints[0];
    let randomChars = 0;
    const complaint = () => {
      const nature = cjk(2600);
      randomChars += nature.length;
      return { ...template, id: randomUUID(), data: { ...template.data, nature } };
    };
    // About 8.9 KB a complaint in the pretty-printed file, as the app writes it.
    big.workbook.complaints = Array.from({ length: 2450 }, complaint);
    let text = JSON.stringify(big, null, 2);
    while (Buffer.byteLength(text) < 20 * MiB) {
      big.workbook.complaints.push(...Array.from({ length: 50 }, complaint));
      text = JSON.stringify(big, null, 2);
    }
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(20 * MiB);
    expect((randomChars * 14) / 15, 'the file cannot fit in storage').toBeGreaterThan(5_242_880 * 1.1);
    const count = big.workbook.complaints.length;
    // Written to disk and picked by path, as a user picks it (and fast).
    const wholePath = testInfo.outputPath('big.json');
    const cutPath = testInfo.outputPath('big-cut.json');
    const cut = text.slice(0, -3);
    await writeFile(wholePath, text);
    await writeFile(cutPath, cut);

    await page.getByTestId('import-file').setInputFiles(cutPath);
    await expectRefused(page, 'en', 'big-cut.json', L.en.notJson(...endOf(cut)), before);

    const preview = page.getByTestId('preview');
    await page.getByTestId('import-file').setInputFiles(wholePath);
    await expect(preview).toContainText('Before you import “big.json”');
    await expect(preview.getByTestId('preview-complaints').locator('th, td').nth(1)).toHaveText(String(count));
    expect(await storageSnapshot(page)).toEqual(before);

    // Replace: the window holds the file, storage cannot; the app says so
    // and keeps what was saved.
    await page.getByTestId('replace').click();
    await expect(page.getByTestId('save-error')).toContainText(
      "This browser's storage is full, so your latest changes were not saved. Everything saved before is safe, and your changes stay in this window: export the workbook now to keep them.",
    );
    await expect(page.getByTestId('save-status')).toHaveText('Not saved: see the message above.');
    expect(await storageSnapshot(page)).toEqual(before);

    // The page still responds: undo the import, and the example is back.
    await page.getByTestId('undo-import').click();
    await expect(page.getByTestId('notice')).toContainText('The last import was undone.');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('main h1')).toHaveText(BUSINESS);
    await expect(page.getByTestId('save-status')).toContainText('Saved in this browser');
    await page.reload();
    await expect(page.locator('main h1')).toHaveText(BUSINESS);
  });

  // BUG: a rating outside 1–5 that still fits a byte (0, 6…255) is accepted.
  // The preview then counts the test as finished ("Finished self-tests: 3")
  // but after the import the app drops the rating (SelfTest::rating filters
  // 1..=5), so the finished test silently turns into an unfinished one and
  // disappears from the history. Repro: export the example, set
  // workbook.self_tests[0].data.answers["culture.1"] = 9, pick it on
  // /share: a preview appears instead of a refusal.
  test('a rating outside 1–5 is refused, naming the field', async ({ page }) => {
    const { file, before } = await exampleOnShare(page);
    const copy = structuredClone(file.json);
    copy.workbook.self_tests[0].data.answers['culture.1'] = 9;
    await pickFile(page, 'rating-9.json', JSON.stringify(copy, null, 2));
    await expect(page.getByTestId('notice').locator('p')).toContainText(
      '“rating-9.json” was not imported: the field “self_tests[0].data.answers.culture.1” is not valid (the rating 9 of culture.1 is not between 1 and 5)',
    );
    await expect(page.getByTestId('preview')).toHaveCount(0);
    expect(await storageSnapshot(page)).toEqual(before);
  });
});

// Script and HTML in every text field of a workbook that is otherwise valid:
// the file is accepted, and every page shows the markup as text.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  `'><iframe srcdoc="<script>parent.__pwned=1</script>">`,
  '<a href="javascript:window.__pwned=1">x</a><style>*{display:none}</style>',
];
// Keys whose strings are not free text (the models: ids, stamps, dates,
// months, times, references to other records, enum values): kept as they are.
const STRUCTURAL = new Set([
  'id', 'created', 'updated', 'deleted', 'date', 'on', 'next', 'follow_up', 'received', 'resolved', 'completed',
  'version', 'period', 'from', 'to', 'member', 'problem', 'channel', 'status', 'bought_again', 'satisfied',
  'scale', 'cadence', 'direction', 'measure', 'unit', 'step', 'kind', 'key', 'stage', 'decision', 'audience', 'reach',
]);
const STRUCTURAL_VALUE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?)?|\d{2}:\d{2}:\d{2}|[a-z]+(_[a-z]+)*)$/;

/** The exported file with every text string of the workbook (and the app version) replaced by a payload. */
function hostileFile(exported) {
  const file = structuredClone(exported);
  let n = 0;
  const payload = () => `${PAYLOADS[n % PAYLOADS.length]}#${n++}`;
  const walk = (v, key) => {
    if (typeof v === 'string') return STRUCTURAL.has(key) ? v : payload();
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const wb = file.workbook;
  for (const part of Object.keys(wb)) if (part !== 'vision') wb[part] = walk(wb[part], part);
  // The example keeps the default categories and checklist items: give the
  // file its own, all markup.
  wb.categories = { updated: wb.profile.updated, data: [payload(), payload(), payload()] };
  wb.checklist = { updated: wb.profile.updated, data: [payload(), payload()] };
  file.app_version = payload();
  // Every string left is structural; anything else would be text we missed.
  const missed = [];
  const check = (v, key, path) => {
    if (typeof v === 'string') {
      if (!v.includes('__pwned') && !(STRUCTURAL.has(key) && STRUCTURAL_VALUE.test(v))) missed.push(`${path}=${v}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => check(x, key, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) check(x, k, `${path}.${k}`);
  };
  const { vision, ...rest } = file.workbook;
  check(rest, 'workbook', 'workbook');
  check(vision.data, 'id', 'workbook.vision.data');
  expect(missed, 'strings of the workbook left without a payload').toEqual([]);
  return { file, payloads: n };
}

/** Every string in `v` that carries a payload. */
function payloadsIn(v) {
  if (typeof v === 'string') return v.includes('__pwned') ? [v] : [];
  if (Array.isArray(v)) return v.flatMap(payloadsIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(payloadsIn);
  return [];
}

/** The route patterns the app declares (src/app/mod.rs). */
const ROUTES = [...readFileSync(new URL('../../src/app/mod.rs', import.meta.url), 'utf8').matchAll(/path!\("([^"]+)"\)/g)]
  .map((m) => m[1]);

/** Moves inside the app without reloading (as the browser's Back and Forward do). */
async function goInApp(page, path) {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL((url) => url.pathname + url.search === path);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Whether one of `texts` shows in <main>, as text or in a form field. */
function mainShows(page, texts) {
  return page.evaluate((wanted) => {
    const main = document.querySelector('main');
    const seen = [main.innerText, ...[...main.querySelectorAll('input, textarea, select')].map((e) => e.value)];
    return wanted.some((t) => seen.some((s) => s.includes(t)));
  }, texts);
}

test.describe('script and HTML in every text field', () => {
  // index.html's Content-Security-Policy would block inline handlers and
  // scripts anyway; bypassing it makes window.__pwned test the rendering
  // itself, not only the CSP.
  test.use({ bypassCSP: true });
  expectNoErrors();

  test('a workbook with markup in every text field is imported and shown as text on every route', async ({ page }) => {
    const dialogs = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    await openExample(page);
    await open(page, '/share');
    const exported = (await exportFile(page)).json;
    const { file, payloads } = hostileFile(exported);
    expect(payloads).toBeGreaterThan(200);
    const wb = file.workbook;
    const name = wb.profile.data.business_name;

    await pickFile(page, 'hostile.json', JSON.stringify(file, null, 2));
    const preview = page.getByTestId('preview');
    await expect(preview).toContainText(`by Servicebook ${file.app_version}.`);
    await expect(preview).toContainText(`Business: ${name}`);
    await saved(page, () => page.getByTestId('replace').click());
    await expect(page.getByTestId('notice')).toContainText('Your workbook was replaced by the file.');

    const clean = async (path) => {
      expect(await injectedMarkup(page), `markup from data on ${path}`).toEqual([]);
      expect(await page.evaluate(() => window.__pwned), `a payload ran on ${path}`).toBeUndefined();
    };
    const visited = new Set();
    const route = (path) => path.split('?')[0].replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, ':id');

    // Every page without a record in its address. The first is loaded
    // afresh from storage; the others are reached inside the app (fast).
    await page.reload();
    await expect(page.locator('main h1')).toHaveText('Share & backup');
    const NO_TEXT = new Set(['/self-test', '/listen/surveys/new', '/listen/figures/operations/new', '/listen/figures/suppliers/new', '/share']);
    for (const path of ROUTES.filter((r) => !r.includes(':'))) {
      await goInApp(page, path);
      if (!NO_TEXT.has(path)) {
        await expect.poll(() => mainShows(page, ['__pwned']), { message: `${path} shows the file's text` }).toBe(true);
      }
      await clean(path);
      visited.add(path);
    }

    // Every record's page: it shows that record's own text.
    const records = [
      ...wb.self_tests.map((r) => [`/self-test/${r.id}`, r]),
      ...wb.complaints.map((r) => [`/listen/${r.id}`, r]),
      ...wb.surveys.map((r) => [`/listen/surveys/${r.id}`, r]),
      ...wb.operations.map((r) => [`/listen/figures/operations/${r.id}`, r]),
      ...wb.supplier_figures.map((r) => [`/listen/figures/suppliers/${r.id}`, r]),
      ...wb.sops.map((r) => [`/run/sop/${r.id}`, r]),
      ...wb.meetings.map((r) => [`/run/meetings/${r.id}`, r]),
    ];
    for (const [path, record] of records) {
      await goInApp(page, path);
      await expect.poll(() => mainShows(page, payloadsIn(record.data)), { message: `${path} shows its record's text` }).toBe(true);
      await clean(path);
      visited.add(route(path));
    }
    // The vision workshop, each step of each draft.
    for (const draft of wb.visions) {
      for (let step = 1; step <= 5; step += 1) {
        const path = `/draft/vision/${draft.id}?step=${step}`;
        await goInApp(page, path);
        await expect(page.getByTestId('step-title')).toHaveText(new RegExp(`^${step}\\. `));
        await clean(path);
        visited.add(route(path));
      }
    }
    expect([...visited].sort(), 'every route of src/app/mod.rs was visited').toEqual([...ROUTES].sort());

    // The markup is shown as literal text where people read it.
    const literal = async (path, text) => {
      await goInApp(page, path);
      await expect(page.getByText(text, { exact: true }).filter({ visible: true }).first(), `${path} shows ${text}`).toBeVisible();
      await clean(path);
    };
    const vision = wb.visions.find((v) => v.id === wb.vision.data);
    const sop = wb.sops[0];
    await literal('/', name);
    await expect(page.locator('main h1')).toHaveText(name);
    await literal('/listen', wb.complaints[0].data.customer.name);
    await literal('/listen', wb.complaints[0].data.category);
    await literal('/listen/surveys', wb.surveys[0].data.title);
    await literal('/listen/problems', wb.problems[0].data.title);
    await literal('/draft', vision.data.statement);
    await literal('/draft/document', name);
    await literal('/draft/document', vision.data.statement);
    await literal('/draft/document', wb.policy[0].data.answer);
    await literal('/run', sop.data.title);
    await goInApp(page, `/run/sop/${sop.id}`);
    await expect(page.locator('main h1')).toHaveText(sop.data.title);
    await literal('/run/meetings', wb.meetings[0].data.customer);
    await literal('/run/checklist', wb.checklist.data[0]);
    await literal('/run/team', `${wb.members[0].data.name} · ${wb.members[0].data.role}`);

    expect(dialogs, 'no dialog opened').toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });
  expectNoErrors();

  test('hostile files are refused with the message in Italian', async ({ page }) => {
    const { file, before } = await exampleOnShare(page, 'it');
    const half = file.text.slice(0, Math.floor(file.text.length / 2));
    const wrong = structuredClone(file.json);
    wrong.workbook.profile.data.business_name = ['<b>Ferramenta</b>'];
    const cases = [
      ['troncato.json', half, L.it.notJson(...endOf(half))],
      ['nuovo.json', file.text.replace('"version": 5', '"version": 6'), L.it.newer(6)],
      ['annidato.json', '['.repeat(100_000) + ']'.repeat(100_000), L.it.notServicebook],
      ['lista.json', '[]', L.it.notServicebook],
      ['tipo.json', JSON.stringify(wrong), L.it.badField('profile.data.business_name', 'invalid type: sequence, expected a string')],
    ];
    for (const [name, text, reason] of cases) {
      await pickFile(page, name, text);
      await expectRefused(page, 'it', name, reason, before);
    }
    await expectStillTheExample(page, before, file.json.workbook.profile.data.business_name);
  });
});

test.describe('in Turkish', () => {
  test.use({ locale: 'tr-TR' });
  expectNoErrors();

  test('hostile files are refused with the message in Turkish', async ({ page }) => {
    const { file, before } = await exampleOnShare(page, 'tr');
    // Cut in the middle of a two-byte letter (ç, ğ, ı, ö, ş, ü…): the
    // browser reads the broken byte as U+FFFD.
    const bytes = Buffer.from(file.text, 'utf8');
    let at = Math.floor(bytes.length / 2);
    while (at < bytes.length && bytes[at] < 0xc0) at += 1;
    expect(at, 'a two-byte letter after the middle').toBeLessThan(bytes.length);
    const cut = bytes.subarray(0, at + 1);
    const wrong = structuredClone(file.json);
    wrong.workbook.members[0].data.name = { ad: 'Ayşe' };
    const cases = [
      ['yarım.json', cut, L.tr.notJson(...endOf(cut.toString('utf8')))],
      ['yeni.json', file.text.replace('"version": 5', '"version": 6'), L.tr.newer(6)],
      ['başka.json', '{"biçim":"servicebook"}', L.tr.notServicebook],
      ['tür.json', JSON.stringify(wrong), L.tr.badField('members[0].data.name', 'invalid type: map, expected a string')],
    ];
    for (const [name, content, reason] of cases) {
      await pick(page, name, content);
      await expectRefused(page, 'tr', name, reason, before);
    }
    await expectStillTheExample(page, before, file.json.workbook.profile.data.business_name);
  });
});
