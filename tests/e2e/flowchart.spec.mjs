// Run > Procedures, the flowchart as the user sees and prints it (issue 17):
// the printed chart keeps its arrowheads (each chart names its own marker,
// so a hidden chart never takes them away); a new decision's two answers,
// a line arriving at a decision and the lines reaching the end are drawn
// apart, measured in the browser with its own fonts; and a new procedure
// left with nothing written in it is not kept as "Untitled procedure".
import { test, expect as baseExpect } from '@playwright/test';
import { open, saved, waitSaved, watchErrors, pinForTest } from './helpers.mjs';
import { gotoLibrary, typeCommitted } from './helpers.mjs';

test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

const expect = baseExpect.configure({ timeout: 20_000 });

const LIBRARY_TITLE = 'Standard operating procedures';
const NONE = 'No procedure matches. Start a new one, or copy one of the templates below.';
const items = (page) => page.getByTestId('sop-item');
const steps = (page) => page.getByTestId('sop-step');
const chart = (page) => page.getByRole('region', { name: 'Flowchart' }).getByTestId('flowchart');

/**
 * Every chart shown (under the media emulated now): its lines' `marker-end`
 * each name a marker found in the same chart, and no two markers of the
 * document share an id. Returns what it found, for a message.
 */
const markerCheck = (page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('marker')].map((m) => m.id);
    const shown = [...document.querySelectorAll('svg.flowchart')].filter((svg) => svg.checkVisibility());
    const bad = [];
    for (const [n, svg] of shown.entries()) {
      for (const line of svg.querySelectorAll('polyline')) {
        const ref = /^url\(#(.+)\)$/.exec(line.getAttribute('marker-end') || '');
        const marker = ref && document.getElementById(ref[1]);
        if (!marker || marker.tagName !== 'marker' || marker.closest('svg') !== svg) {
          bad.push(`chart ${n}: ${line.getAttribute('marker-end')} → ${marker ? `a marker in another chart` : 'nothing'}`);
        }
      }
    }
    return { shown: shown.length, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i), bad };
  });

test('the printed flowchart draws its arrowheads: each chart has its own marker, and removing them changes the printed picture', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('copy-starter-complaint-call').click());
  await expect(page).toHaveURL(/\/run\/sop\/[0-9a-f-]{36}$/);
  await expect(chart(page).getByTestId('flow-edge')).toHaveCount(8);

  // On screen: one chart, its arrows resolved inside it.
  expect(await markerCheck(page)).toEqual({ shown: 1, duplicates: [], bad: [] });

  // In print: the editor's chart is hidden and the document's is shown.
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByTestId('sop-print').getByTestId('flowchart');
  await expect(printed).toBeVisible();
  await expect(page.locator('.flow-card')).toBeHidden();
  expect(await markerCheck(page)).toEqual({ shown: 1, duplicates: [], bad: [] });

  // What the printer gets: the same chart without its markers looks
  // different, so the arrowheads are really drawn (with one marker shared
  // with the hidden chart, the two pictures were the same).
  const withArrows = await printed.screenshot();
  await printed.evaluate((svg) => svg.querySelectorAll('polyline').forEach((l) => l.removeAttribute('marker-end')));
  const without = await printed.screenshot();
  expect(withArrows.equals(without), 'the printed chart draws arrowheads').toBe(false);

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

/**
 * Measures the chart as drawn: each label's box (the browser's own text
 * size), each line's segments and each line's last point. Returns what
 * overlaps: labels on labels, lines over labels, arrow tips on one point.
 */
const overlaps = (svg) =>
  svg.evaluate((svg) => {
    const edges = [...svg.querySelectorAll('g[data-testid="flow-edge"]')].map((g) => {
      const pts = g.querySelector('polyline').getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number));
      const text = g.querySelector('text');
      const b = text && text.getBBox();
      return { pts, label: text && text.textContent, box: b && { l: b.x, t: b.y, r: b.x + b.width, b: b.y + b.height } };
    });
    const meet = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
    const found = [];
    edges.forEach((e, i) => {
      if (!e.box) return;
      edges.forEach((o, j) => {
        if (j === i) return;
        if (o.box && j > i && meet(e.box, o.box)) found.push(`labels "${e.label}" and "${o.label}" overlap`);
        for (let k = 1; k < o.pts.length; k++) {
          const [[x1, y1], [x2, y2]] = [o.pts[k - 1], o.pts[k]];
          const seg = { l: Math.min(x1, x2) - 0.75, r: Math.max(x1, x2) + 0.75, t: Math.min(y1, y2) - 0.75, b: Math.max(y1, y2) + 0.75 };
          if (meet(e.box, seg)) found.push(`a line runs over "${e.label}"`);
        }
      });
    });
    const tips = edges.map((e) => e.pts[e.pts.length - 1]);
    tips.forEach(([x, y], i) => tips.slice(i + 1).forEach(([u, v]) => {
      if (Math.hypot(x - u, y - v) < 10) found.push(`two arrowheads stack at ${x},${y}`);
    }));
    return found;
  });

test('on screen, a new decision\'s answers, a "no" arriving at the next decision and the lines reaching the end are drawn apart', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-title'), 'Stock question');
  const texts = ['Is the item in stock?', 'Hand it over', 'Can we order it?', 'Order it and take a deposit', 'Offer something similar'];
  for (const [i, text] of texts.entries()) {
    await saved(page, () => page.getByTestId('add-step').click());
    await typeCommitted(page, steps(page).nth(i).getByTestId('step-text'), text);
  }
  // A new decision: two answers, both leading to the end.
  await saved(page, () => steps(page).nth(0).getByTestId('step-decision').check());
  await expect(chart(page).getByTestId('flow-decision')).toHaveCount(1);
  await expect(chart(page).getByTestId('flow-edge').locator('text')).toHaveText(['yes', 'no']);
  expect(await overlaps(chart(page))).toEqual([]);

  // 1: yes → 2, no → 3; 3 is a decision too: yes → 4, no → 5; 2 and 4 end.
  const goto = (step, k) => steps(page).nth(step).getByTestId('answer-goto').nth(k);
  await saved(page, () => goto(0, 0).selectOption({ label: `2. ${texts[1]}` }));
  await saved(page, () => goto(0, 1).selectOption({ label: `3. ${texts[2]}` }));
  await saved(page, () => steps(page).nth(2).getByTestId('step-decision').check());
  await saved(page, () => goto(2, 0).selectOption({ label: `4. ${texts[3]}` }));
  await saved(page, () => goto(2, 1).selectOption({ label: `5. ${texts[4]}` }));
  await saved(page, () => steps(page).nth(1).getByTestId('step-ends').check());
  await saved(page, () => steps(page).nth(3).getByTestId('step-ends').check());
  await expect(page.getByTestId('sop-problems')).toHaveCount(0);
  await expect(chart(page).getByTestId('flow-decision')).toHaveCount(2);
  await expect(chart(page).getByTestId('flow-edge').locator('text')).toHaveText(['yes', 'no', 'yes', 'no']);
  expect(await overlaps(chart(page))).toEqual([]);

  // 5 becomes a decision whose answers both end: four lines reach the end.
  await saved(page, () => steps(page).nth(4).getByTestId('step-decision').check());
  expect(await overlaps(chart(page))).toEqual([]);
  // The same in the printed chart.
  await page.emulateMedia({ media: 'print' });
  expect(await overlaps(page.getByTestId('sop-print').getByTestId('flowchart'))).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

test('a new procedure left with nothing written in it is not kept; one with anything written in it is', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const back = () => page.getByRole('link', { name: '← All procedures' }).click();
  await gotoLibrary(page);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);

  // New, then the link back.
  await saved(page, () => page.getByTestId('new-sop').click());
  await expect(page.locator('main h1')).toHaveText('Untitled procedure');
  await back();
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await waitSaved(page);

  // New, then the browser's Back.
  await saved(page, () => page.getByTestId('new-sop').click());
  await expect(page.locator('main h1')).toHaveText('Untitled procedure');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await waitSaved(page);

  // New, a reload (the page still opens), then another section.
  await saved(page, () => page.getByTestId('new-sop').click());
  const url = page.url();
  await page.reload();
  await expect(page.locator('main h1')).toHaveText('Untitled procedure');
  await expect(page.getByTestId('sop-title')).toHaveValue('');
  await page.getByTestId('main-nav').getByRole('link', { name: 'Run' }).click();
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('sop-none')).toHaveText(NONE);
  await expect(page.getByText('Untitled procedure')).toHaveCount(0);
  // Its address now says it is not there.
  await open(page, new URL(url).pathname);
  await expect(page.getByTestId('sop-title')).toHaveCount(0);

  // Anything written keeps it: a purpose alone (still untitled), a title.
  await gotoLibrary(page);
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-purpose'), 'Why we open at nine');
  await back();
  await saved(page, () => page.getByTestId('new-sop').click());
  await typeCommitted(page, page.getByTestId('sop-title'), 'Closing the till');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(LIBRARY_TITLE);
  // A step with no text yet is something the user added, too.
  await saved(page, () => page.getByTestId('new-sop').click());
  await saved(page, () => page.getByTestId('add-step').click());
  await back();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Untitled procedure', 'Untitled procedure', 'Closing the till']);
  await waitSaved(page);
  await page.reload();
  await expect(items(page).getByRole('heading', { level: 2 })).toHaveText(['Untitled procedure', 'Untitled procedure', 'Closing the till']);
  expect(errors).toEqual([]);
});
