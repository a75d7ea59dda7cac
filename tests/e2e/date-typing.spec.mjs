// Dates typed from the keyboard, digit by digit (issue 15, defect 8). A date
// input reports "" while a part is half typed ("0" of "03"); a field that
// wrote that "" back cleared itself under the user's fingers. Every date
// field of the app is typed here in the browser's own order (English:
// MM/DD/YYYY), with days and months that start with 0, into fields that start
// filled (with today) and empty; the value must be kept as typed and the
// saved record must show that date. The page's clock is pinned, and the whole
// file runs in two time zones.
import { test, expect as baseExpect } from '@playwright/test';
import { generation, open, pinToday, saved, typeDate, watchErrors } from './helpers.mjs';
import { fmtDate } from './dates.mjs';

const expect = baseExpect.configure({ timeout: 20_000 });

const TODAY = '2026-12-10';
// Month and day with a leading zero; a two-digit month with a leading-zero day.
const JAN_3 = '2026-01-03';
const DEC_9 = '2026-12-09';
// A date after today, for the next review.
const FEB_5 = '2027-02-05';

async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
}

/**
 * Tab until the focus leaves the field, as a user does: Tab first walks the
 * field's own parts and its calendar button.
 */
async function leave(page, locator) {
  for (let i = 0; i < 6 && (await locator.evaluate((e) => e === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(locator).not.toBeFocused();
}

/** Types the date and checks the field kept it, as typed, while it still has the focus. */
async function typeAndKeep(locator, iso) {
  await typeDate(locator, iso);
  await expect(locator).toBeFocused();
  await expect(locator).toHaveValue(iso);
}

for (const timezoneId of ['Europe/London', 'Europe/Istanbul']) {
  test.describe(`typed dates (${timezoneId})`, () => {
    test.use({ timezoneId });

    test.beforeEach(async ({ page }) => {
      await pinToday(page, TODAY);
    });

    test('the order of the parts is month, day, year in English; a part begun with 0 wipes nothing', async ({ page }) => {
      await open(page, '/run/team');
      const date = page.getByTestId('enps-date');
      await expect(date).toHaveValue(TODAY);
      // ArrowUp on the first part: the month moves (December wraps to
      // January within the year), so the order is M/D/Y.
      await date.focus();
      await page.keyboard.press('ArrowUp');
      await expect(date).toHaveValue('2026-01-10');
      // Still on the month: one digit of it leaves the field half typed, and
      // nothing is lost on the way to the whole date.
      await page.keyboard.type('0');
      await page.waitForTimeout(100);
      await expect(date).toHaveValue('');
      await page.keyboard.type('3');
      await page.keyboard.type('0');
      await page.waitForTimeout(100);
      await page.keyboard.type('5');
      await expect(date).toHaveValue('2026-03-05');
      await page.keyboard.type('2027');
      await expect(date).toHaveValue('2027-03-05');
      await expect(date).toBeFocused();
    });

    test('eNPS round: the date typed is kept and the round is dated so', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/run/team');
      for (const [i, day] of [JAN_3, DEC_9].entries()) {
        await typeAndKeep(page.getByTestId('enps-date'), day);
        await page.getByTestId('enps-answers').fill('9 10 6');
        await expect(page.getByTestId('enps-date')).toHaveValue(day);
        await stored(page, () => page.getByTestId('add-enps').click());
        await expect(page.getByTestId('enps-round')).toHaveCount(i + 1);
      }
      await expect(page.getByTestId('enps-round').locator('th')).toHaveText([`${fmtDate(DEC_9)}0–10`, `${fmtDate(JAN_3)}0–10`]);
      expect(errors).toEqual([]);
    });

    test('1:1: the date typed is kept and the meeting is dated so', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/run/team');
      await page.getByTestId('member-name').fill('Ada');
      await saved(page, () => page.getByTestId('add-member').click());
      const ada = page.getByTestId('member').first();
      await ada.locator('summary').click();
      const date = ada.getByTestId('one-date');
      await expect(date).toHaveValue(TODAY);
      await typeAndKeep(date, JAN_3);
      await ada.getByTestId('one-notes').fill('First');
      await stored(page, () => ada.getByTestId('log-one').click());
      await typeAndKeep(date, DEC_9);
      // Enter in the date field logs it, with the date typed.
      await stored(page, () => page.keyboard.press('Enter'));
      await expect(ada.getByTestId('member-meetings').locator(':scope > li > strong')).toHaveText([fmtDate(DEC_9), fmtDate(JAN_3)]);
      expect(errors).toEqual([]);
    });

    test('pulse round: the date typed is kept and the round is dated so', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/run/team');
      await stored(page, () => page.getByTestId('new-pulse').click());
      const pulse = page.getByTestId('pulse').first();
      await pulse.locator('details.pulse-part').first().locator('summary').click();
      const date = pulse.getByTestId('pulse-date');
      await expect(date).toHaveValue(TODAY);
      for (const day of [JAN_3, DEC_9]) {
        await typeAndKeep(date, day);
        const fields = pulse.getByTestId('pulse-answers');
        for (const f of await fields.all()) await f.fill('4');
        await expect(date).toHaveValue(day);
        await stored(page, () => pulse.getByTestId('save-pulse-round').click());
        await expect(pulse.getByTestId('pulse-error')).toHaveCount(0);
      }
      const head = pulse.getByTestId('pulse-results').locator('thead');
      await expect(head).toContainText(fmtDate(JAN_3));
      await expect(head).toContainText(fmtDate(DEC_9));
      expect(errors).toEqual([]);
    });

    test('checklist round: the date typed is kept and the round is dated so', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/run/checklist');
      const date = page.getByTestId('check-date');
      await expect(date).toHaveValue(TODAY);
      for (const day of [JAN_3, DEC_9]) {
        await typeAndKeep(date, day);
        await page.getByTestId('check-who').fill('Morning shift');
        await expect(date).toHaveValue(day);
        await stored(page, () => page.getByTestId('save-round').click());
        await expect(page.getByTestId('check-error')).toHaveCount(0);
      }
      await expect(page.getByTestId('check-round').locator('strong')).toHaveText([
        `${fmtDate(DEC_9)} · Morning shift`,
        `${fmtDate(JAN_3)} · Morning shift`,
      ]);
      expect(errors).toEqual([]);
    });

    test('training: the date typed in the form and in a session is kept and saved', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/draft/staff');
      const date = page.getByTestId('training-date');
      await expect(date).toHaveValue('');
      await typeAndKeep(date, JAN_3);
      await page.getByTestId('training-topic').fill('Kick-off');
      await saved(page, () => page.getByTestId('add-training').click());
      const item = page.getByTestId('training-item');
      await expect(item).toHaveCount(1);
      await expect(item.getByRole('heading', { level: 3 })).toContainText(fmtDate(JAN_3));
      // In the session itself: the date is taken when the field is left.
      const own = item.getByTestId('training-item-date');
      await expect(own).toHaveValue(JAN_3);
      await typeAndKeep(own, DEC_9);
      await saved(page, () => leave(page, own));
      await expect(item.getByRole('heading', { level: 3 })).toContainText(fmtDate(DEC_9));
      await page.reload();
      await expect(page.getByTestId('training-item-date')).toHaveValue(DEC_9);
      expect(errors).toEqual([]);
    });

    test('review: the dates typed (on and next) are kept and the review shows them', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/draft/plan');
      const on = page.getByTestId('review-on');
      const next = page.getByTestId('review-next');
      await expect(on).toHaveValue(TODAY);
      await typeAndKeep(on, JAN_3);
      await typeAndKeep(next, FEB_5);
      await expect(on).toHaveValue(JAN_3);
      await saved(page, () => page.getByTestId('add-review').click());
      await expect(page.getByTestId('review-errors')).toHaveCount(0);
      await expect(page.getByTestId('review-status')).toHaveText(`Last reviewed on ${fmtDate(JAN_3)}; next review on ${fmtDate(FEB_5)}.`);
      expect(errors).toEqual([]);
    });

    test('meeting note: the date and the follow-up typed are kept and saved', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/run/meetings');
      await stored(page, () => page.getByTestId('new-meeting').click());
      await expect(page).toHaveURL(/\/run\/meetings\/[0-9a-f-]{36}$/);
      const date = page.getByTestId('meet-date');
      await expect(date).toHaveValue(TODAY);
      await typeAndKeep(date, JAN_3);
      await expect(page.getByTestId('meet-date-error')).toHaveCount(0);
      await saved(page, () => leave(page, date));
      const follow = page.getByTestId('meet-follow-up');
      await typeAndKeep(follow, DEC_9);
      await saved(page, () => leave(page, follow));
      await page.reload();
      await expect(page.getByTestId('meet-date')).toHaveValue(JAN_3);
      await expect(page.getByTestId('meet-follow-up')).toHaveValue(DEC_9);
      // Left with a part deleted: the saved date shows again, with the message.
      await date.focus();
      await page.keyboard.press('Backspace');
      await expect(date).toHaveValue('');
      await expect(page.getByTestId('meet-date-error')).toHaveCount(0);
      await leave(page, date);
      await expect(date).toHaveValue(JAN_3);
      await expect(page.getByTestId('meet-date-error')).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('survey: the date typed is kept and the survey is dated so', async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, '/listen/surveys/new');
      const date = page.getByLabel('Date', { exact: true });
      await typeAndKeep(date, JAN_3);
      await expect(date).toHaveValue(JAN_3);
      expect(errors).toEqual([]);
    });
  });
}
