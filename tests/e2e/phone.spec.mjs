// At 360 px (a small phone) nothing scrolls sideways, on any page, with the
// example workbook filled in, in each language (Italian and Turkish texts
// run longer than English); the header is one short row whose menu button
// shows the sections; the complaint log is a list of cards; every chart's
// text is whole and at least 11 px (issue 17).
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

const PAGES = ['/', '/self-test', '/self-test/history', '/listen', '/listen/new', '/share'];
const WIDTH = 360;

/** Opens the example with the first-visit card's one button, in any language. */
async function openExampleAnyLanguage(page) {
  await open(page, '/');
  await page.getByTestId('first-visit').getByRole('button').click();
  await expect(page.getByTestId('example-note')).toBeVisible();
}

/** The page does not scroll sideways. */
async function fits(page, label) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  expect(scroll, `${label} is ${scroll} px wide in ${inner} px`).toBeLessThanOrEqual(inner);
}

/** An element's box lies across the screen, neither edge outside it. */
async function expectAcross(locator, label) {
  const box = await locator.boundingBox();
  expect(box, `${label} is shown`).not.toBeNull();
  expect(box.x, `${label} starts on the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label} ends on the screen`).toBeLessThanOrEqual(WIDTH);
}

/** Every text drawn in the page's charts: its words, rendered size and box. */
function chartTexts() {
  return [...document.querySelectorAll('main svg text')]
    .filter((e) => e.getBoundingClientRect().width > 0)
    .map((e) => {
      const box = e.getBoundingClientRect();
      const chart = e.closest('svg');
      return {
        chart: chart.getAttribute('class'),
        text: e.textContent,
        px: parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a,
        left: box.left,
        right: box.right,
      };
    });
}

for (const locale of ['en-GB', 'it-IT', 'tr-TR']) {
  test.describe(`phone width, ${locale}`, () => {
    test.use({ viewport: { width: WIDTH, height: 780 }, locale });

    test('no page scrolls sideways', async ({ page }) => {
      // The first-visit card's one button opens the example, in any language.
      await openExampleAnyLanguage(page);
      for (const path of PAGES) {
        await open(page, path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(WIDTH);
      }
    });

    test('the header is one row of at most 64 px; its menu button opens and shuts the sections by mouse and keyboard, and a click on the page shuts them', async ({ page }) => {
      await open(page, '/');
      const header = page.locator('header.top');
      const button = page.getByTestId('menu-button');
      const nav = page.getByTestId('main-nav');
      const height = await header.evaluate((e) => e.getBoundingClientRect().height);
      expect(height, `the header is ${height} px tall`).toBeLessThanOrEqual(64);
      await expectAcross(header.locator('.brand'), 'the name');
      await expectAcross(button, 'the menu button');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await expect(page.locator(`#${await button.getAttribute('aria-controls')}`)).toBeHidden();

      // The mouse: open, shut.
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator(`#${await button.getAttribute('aria-controls')}`)).toBeVisible();
      await expect(nav.getByRole('link')).toHaveCount(6);
      for (const link of await nav.getByRole('link').all()) await expectAcross(link, await link.innerText());
      // The language picker is in the menu, named on screen.
      const picker = page.locator('#main-menu select');
      await expect(picker).toBeVisible();
      await expectAcross(picker, 'the language picker');
      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();

      // A click inside the open menu, off its links, leaves it open; one on
      // the page shuts it and does what it does there: the field clicked
      // has the focus.
      const name = page.locator('main input[autocomplete="organization"]');
      await button.click();
      await page.locator('#main-menu').click({ position: { x: 4, y: 3 } });
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await name.click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await expect(name).toBeFocused();
      await button.click();
      await expect(nav).toBeVisible();
      await page.locator('main h1').click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();

      // The keyboard: Enter opens, Tab goes on into the sections, Escape
      // shuts the menu and puts the focus back on its button; Space toggles.
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await expect(button).toBeFocused();
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Space');
      await expect(button).toHaveAttribute('aria-expanded', 'false');

      // A section picked by keyboard opens and shuts the menu.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/self-test$/);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('main')).toBeFocused();

      // A link on the page clicked while the menu is open is followed (the
      // page does not move under the pointer before the click lands).
      await open(page, '/');
      await button.click();
      await expect(nav).toBeVisible();
      await page.locator('main .first-visit a[href$="/self-test"]').click();
      await expect(page).toHaveURL(/\/self-test$/);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
    });

    test('on Home the currency fits its row and each figure\'s label takes at most two lines', async ({ page }) => {
      await openExampleAnyLanguage(page);
      await fits(page, 'Home');
      // The currency: the select across the screen, and every choice's text
      // whole inside it (room: its width less its padding and the arrow).
      const select = page.getByTestId('currency');
      await select.scrollIntoViewIfNeeded();
      await expectAcross(select, 'the currency select');
      const box = await select.evaluate((s) => {
        const style = getComputedStyle(s);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return {
          scroll: s.scrollWidth,
          client: s.clientWidth,
          room: s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24,
          options: [...s.options].map((o) => ({ text: o.text, width: ctx.measureText(o.text).width })),
        };
      });
      expect(box.scroll, 'the select does not scroll').toBeLessThanOrEqual(box.client + 1);
      expect(box.options.length).toBeGreaterThan(1);
      for (const o of box.options) {
        expect(o.width, `"${o.text}" is ${o.width.toFixed(0)} px in ${box.room.toFixed(0)} px`).toBeLessThanOrEqual(box.room);
      }
      // The figures of the Listen, Draft and Run cards: each label on at
      // most two lines, its value on the screen.
      const figures = await page.locator('main dl.stats').evaluateAll((dls) => dls.flatMap((dl) => [...dl.children].map((e) => {
        const r = e.getBoundingClientRect();
        return { tag: e.tagName, text: e.innerText, height: r.height, line: parseFloat(getComputedStyle(e).lineHeight), left: r.left, right: r.right };
      })));
      const labels = figures.filter((f) => f.tag === 'DT');
      expect(labels.length, 'the figures of three cards').toBeGreaterThanOrEqual(9);
      expect(labels.map((l) => l.text)).toContain('eNPS');
      for (const f of figures) {
        if (f.tag === 'DT') expect(f.height, `"${f.text}" is ${f.height} px tall, lines of ${f.line} px`).toBeLessThanOrEqual(2 * f.line + 1);
        expect(f.left, `"${f.text}" starts on the screen`).toBeGreaterThanOrEqual(0);
        expect(f.right, `"${f.text}" ends on the screen`).toBeLessThanOrEqual(WIDTH);
      }
    });

    test('every section is reached from the menu, which shuts on the way', async ({ page }) => {
      await open(page, '/');
      const button = page.getByTestId('menu-button');
      const nav = page.getByTestId('main-nav');
      const hrefs = await nav.locator('a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
      expect(hrefs).toEqual(['/', '/self-test', '/listen', '/draft', '/run', '/share']);
      // From the last section back to Home, so that each one is a change of page.
      for (const [i, path] of [...hrefs.entries()].reverse()) {
        await button.click();
        const link = nav.getByRole('link').nth(i);
        await expectAcross(link, path);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
        await expect(button).toHaveAttribute('aria-expanded', 'false');
        await expect(nav).toBeHidden();
        await expect(page.locator('main')).toBeFocused();
        const height = await page.locator('header.top').evaluate((e) => e.getBoundingClientRect().height);
        expect(height, `the header on ${path} is ${height} px tall`).toBeLessThanOrEqual(64);
      }
      // The page already shown, picked again, shuts the menu too.
      await button.click();
      await nav.getByRole('link').first().click();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });

    test('the complaint log is a list of cards: date, customer, category, status, follow-up and Overdue on the screen', async ({ page }) => {
      await openExampleAnyLanguage(page);
      await open(page, '/listen');
      const rows = page.getByTestId('complaint-row');
      await expect(rows.first()).toBeVisible();
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      await fits(page, 'the complaint log');
      const cards = await rows.evaluateAll((trs) => trs.map((tr) => ({
        width: tr.getBoundingClientRect().width,
        cells: [...tr.children].filter((c) => getComputedStyle(c).display !== 'none').map((c) => {
          const box = c.getBoundingClientRect();
          const kind = c.tagName === 'TH' ? 'date' : c.classList.contains('status-cell') ? 'status' : 'field';
          return { kind, label: getComputedStyle(c, '::before').content, text: c.innerText.trim(), left: box.left, right: box.right, top: box.top };
        }),
        // The date on one line (it wrapped over four in the table).
        dateLines: tr.querySelector('th a').getClientRects().length,
        dateHeight: tr.querySelector('th a').getBoundingClientRect().height,
      })));
      for (const card of cards) {
        expect(card.width, 'a card is as wide as the screen allows').toBeGreaterThan(300);
        expect(card.cells.length, 'date, customer, category, status').toBeGreaterThanOrEqual(4);
        // The date heads the card; each other line is named by its column.
        expect(card.cells[0].kind, 'the date first').toBe('date');
        expect(card.cells.filter((c) => c.kind === 'status').length, 'a status').toBe(1);
        for (const cell of card.cells) {
          if (cell.kind !== 'date') expect(cell.label, `"${cell.text}" is named by its column`).toMatch(/^".+"/);
          expect(cell.text, 'each cell says something').not.toBe('');
          expect(cell.left, `"${cell.text}" starts on the screen`).toBeGreaterThanOrEqual(0);
          expect(cell.right, `"${cell.text}" ends on the screen`).toBeLessThanOrEqual(WIDTH);
        }
        expect(card.dateLines, 'the date is one line').toBe(1);
        expect(card.dateHeight, 'the date is one line').toBeLessThan(30);
      }
      const badges = page.getByTestId('overdue-badge');
      expect(await badges.count(), 'the example has an overdue follow-up').toBeGreaterThan(0);
      for (const badge of await badges.all()) {
        await expect(badge).toBeVisible();
        await expectAcross(badge, 'Overdue');
      }
      // A tap anywhere on a card (here on its category) opens the complaint.
      const category = rows.first().locator('td').nth(1);
      await category.scrollIntoViewIfNeeded();
      const box = await category.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).toHaveURL(/\/listen\/[0-9a-f-]{36}$/);
    });

    test('the other record lists fit the screen: no table scrolls sideways, and a history date is one line', async ({ page }) => {
      await openExampleAnyLanguage(page);
      for (const path of ['/self-test/history', '/listen/surveys', '/listen/figures', '/listen/problems', '/run', '/run/meetings', '/run/team', '/draft']) {
        await open(page, path);
        await fits(page, path);
        const wide = await page.locator('main table').evaluateAll((tables) => tables
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => ({ id: t.dataset.testid || t.className, right: t.getBoundingClientRect().right, scroll: t.parentElement.scrollWidth, client: t.parentElement.clientWidth }))
          .filter((t) => t.right > innerWidth || t.scroll > t.client + 1));
        expect(wide, `${path}: tables wider than the screen`).toEqual([]);
      }
      await open(page, '/self-test/history');
      const lines = await page.getByTestId('history-row').locator('th a').evaluateAll((as) => as.map((a) => a.getClientRects().length));
      expect(lines.length).toBeGreaterThan(0);
      for (const n of lines) expect(n, 'a date on one line').toBe(1);
      // A month's figures are a card: its month, then each figure named.
      await open(page, '/listen/figures');
      const row = page.getByTestId('operations-row').first();
      await expectAcross(row, 'a month of figures');
      expect(await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^".+"/);
    });

    test('every chart\'s text is whole and at least 11 px', async ({ page }) => {
      await openExampleAnyLanguage(page);
      await open(page, '/self-test/history');
      const result = await page.getByTestId('history-row').first().getByRole('link').getAttribute('href');
      const pages = [
        ['/listen', ['pareto']],
        ['/self-test/history', ['trend', 'radar']],
        [new URL(result, 'http://x').pathname, ['radar']],
        ['/run/team', ['trend']],
      ];
      for (const [path, charts] of pages) {
        await open(page, path);
        for (const chart of charts) await expect(page.locator(`main svg.${chart}`).first()).toBeVisible();
        const texts = await page.evaluate(chartTexts);
        for (const chart of charts) {
          expect(texts.filter((t) => t.chart.split(' ').includes(chart)).length, `${path}: the ${chart} chart has text`).toBeGreaterThan(0);
        }
        for (const t of texts) {
          const label = `${path}, ${t.chart}: "${t.text}"`;
          expect(t.text, `${label} is not cut short`).not.toMatch(/…|\.\.\.$/);
          expect(t.px, `${label} is ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
          expect(t.left, `${label} starts on the screen`).toBeGreaterThanOrEqual(0);
          expect(t.right, `${label} ends on the screen`).toBeLessThanOrEqual(WIDTH);
        }
        await fits(page, path);
      }
      // Each procedure's flowchart keeps its drawn size (its card scrolls
      // sideways, by keyboard too), so its text stays 11 px or more.
      await open(page, '/run');
      const sops = [...new Set(await page.locator('main a[href*="/run/sop/"]').evaluateAll((as) => as.map((a) => new URL(a.href).pathname)))];
      expect(sops.length).toBeGreaterThan(0);
      for (const path of sops) {
        await open(page, path);
        await expect(page.getByTestId('flowchart').first()).toBeVisible();
        const texts = await page.locator('.flow-card svg text').evaluateAll((els) => els.map((e) => ({
          text: e.textContent, px: parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a,
        })));
        expect(texts.length).toBeGreaterThan(0);
        for (const t of texts) {
          expect(t.text, `${path}: "${t.text}" is not cut short`).not.toMatch(/…$/);
          expect(t.px, `${path}: "${t.text}" is ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
        }
        await expect(page.locator('.flow-card')).toHaveAttribute('tabindex', '0');
        await fits(page, path);
      }
    });
  });
}

test.describe('a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('keeps the sections and the language in the header, with no menu button', async ({ page }) => {
    await open(page, '/');
    await expect(page.getByTestId('menu-button')).toBeHidden();
    await expect(page.getByTestId('main-nav').getByRole('link')).toHaveCount(6);
    for (const link of await page.getByTestId('main-nav').getByRole('link').all()) await expect(link).toBeVisible();
    await expect(page.getByLabel('Language')).toBeVisible();
    const height = await page.locator('header.top').evaluate((e) => e.getBoundingClientRect().height);
    expect(height, 'one row').toBeLessThanOrEqual(70);
  });
});
