// Reminders outside the tab (issue 17): what is due goes to the user's
// calendar as iCalendar files (RFC 5545), one per item and one of
// everything, read back here by an independent parser (ical.js).
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { open, openExample, pinForTest, watchErrors } from './helpers.mjs';

test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

/** Clicks `button`, returns the downloaded file's name and its parsed events. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const text = await readFile(await file.path(), 'utf8');
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid, summary: e.summary, allDay: e.startDate.isDate, start: e.startDate.toString(),
      alarms: v.getAllSubcomponents('valarm').length,
    };
  });
  return { name: file.suggestedFilename(), text, cal, events };
}

test('an empty workbook has nothing due', async ({ page }) => {
  await open(page, '/share');
  await expect(page.getByTestId('calendar').locator('h2')).toHaveText('In your calendar');
  await expect(page.getByTestId('calendar-none')).toHaveText(
    'Nothing is due yet: no follow-up, 1:1, pulse survey, plan review or training has a date.',
  );
  await expect(page.getByTestId('calendar-all')).toHaveCount(0);
});

test('the example: every item due, in one file that parses, each event as listed; one item alone keeps its UID', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page);
  await open(page, '/share');
  const items = page.getByTestId('calendar-item');
  const listed = await items.locator('.what').allTextContents();
  expect(listed.length).toBeGreaterThan(3);
  // Every kind the example has: a complaint's follow-up, 1:1s, a pulse, the review, training.
  expect(listed.some((s) => s.startsWith('Follow up: '))).toBe(true);
  expect(listed.some((s) => s.startsWith('1:1 with '))).toBe(true);
  expect(listed.some((s) => s.startsWith('Pulse survey: '))).toBe(true);
  expect(listed).toContain('Review the customer service plan');
  expect(listed.some((s) => s.startsWith('Training: '))).toBe(true);
  // No contact details, only the name needed to act.
  const all = await download(page, page.getByTestId('calendar-all'));
  expect(all.name).toMatch(/^servicebook-due-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(all.cal.getFirstPropertyValue('version')).toBe('2.0');
  expect(all.cal.getFirstPropertyValue('x-wr-calname')).toBe('Servicebook: what is due');
  expect(all.events.map((e) => e.summary)).toEqual(listed);
  expect(new Set(all.events.map((e) => e.uid)).size).toBe(listed.length);
  for (const e of all.events) expect(e.alarms).toBe(1);
  expect(all.text).not.toMatch(/\+39|@example/);
  expect(all.text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  // A complaint's follow-up has its time; the rest are whole days.
  const followUp = all.events.find((e) => e.summary.startsWith('Follow up: '));
  expect(followUp.allDay).toBe(false);
  expect(all.events.find((e) => e.summary === 'Review the customer service plan').allDay).toBe(true);

  // One item: a file of its own, the same event (same UID: no double).
  const second = await download(page, items.nth(1).getByTestId('calendar-one'));
  expect(second.name).toMatch(/^servicebook-\d{4}-\d{2}-\d{2}\.ics$/);
  expect(second.events).toEqual([all.events[1]]);
  // Downloaded again, the file of everything has the same UIDs.
  const again = await download(page, page.getByTestId('calendar-all'));
  expect(again.events.map((e) => e.uid)).toEqual(all.events.map((e) => e.uid));
  expect(errors).toEqual([]);
});

test('in Italian and Turkish, the events are written in the language of the interface', async ({ page }) => {
  await openExample(page);
  await open(page, '/share');
  for (const [lang, review, name] of [
    ['it', 'Rivedere il piano del servizio clienti', 'Servicebook: le scadenze'],
    ['tr', 'Müşteri hizmetleri planını gözden geçir', 'Servicebook: yapılacaklar'],
  ]) {
    await page.getByLabel(/Language|Lingua|Dil/).first().selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const listed = await page.getByTestId('calendar-item').locator('.what').allTextContents();
    expect(listed).toContain(review);
    const all = await download(page, page.getByTestId('calendar-all'));
    expect(all.events.map((e) => e.summary)).toEqual(listed);
    expect(all.cal.getFirstPropertyValue('x-wr-calname')).toBe(name);
  }
});
