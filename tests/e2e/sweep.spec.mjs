// A sweep over every page of the app: every route in src/app/mod.rs (the
// record pages with real ids read from the example workbook's list pages,
// the "new" pages, two more steps of the vision workshop) and the not-found
// page. For each page:
//   1. axe-core finds nothing, with the example workbook and with an empty
//      one (whose record pages get an id it does not hold), in the light and
//      the dark colour scheme;
//   2. at 360 px nothing scrolls sideways, in English, Italian and Turkish
//      (the example opened in that language from the first-visit card), and
//      with the empty workbook;
//   3. at 360 px every visible control is at least 24×24 CSS px (WCAG 2.2
//      2.5.8; links inline in running text excepted);
//   4. Tab shows a focus indicator on every stop (up to 60);
//   5. Tab moves on to the page's last element and Shift+Tab comes back the
//      same way (no keyboard trap), and every stop has an accessible name;
//   6. there is no modal dialog, not even briefly; and deleting a record,
//      emptying the trash and clearing the example ask inline.
//
// To stay fast, each group opens one browser context in beforeAll and its
// tests share the page (the tests of one page share its load); the example
// workbook is opened once per language and its storage reused. A failing
// test restarts the worker, which sets the group up again. Only the last
// group (dialogs) changes the workbook.
//
// A known app problem is listed in KNOWN below under the test's full name
// (describe › title): that test is marked fixme, still asserting the right
// behaviour. Remove the entry once the app is fixed.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { open, generation, expectNoViolations } from './helpers.mjs';

/** Known app problems: test name → what is wrong. Remove an entry once the app is fixed. */
const KNOWN = {};

/** Every route, in src/app/mod.rs's order; `:id` is filled in per workbook. */
const ROUTES = [
  '/',
  '/self-test',
  '/self-test/history',
  '/self-test/:id',
  '/listen',
  '/listen/new',
  '/listen/surveys',
  '/listen/surveys/new',
  '/listen/surveys/:id',
  '/listen/figures',
  '/listen/figures/operations/new',
  '/listen/figures/operations/:id',
  '/listen/figures/suppliers/new',
  '/listen/figures/suppliers/:id',
  '/listen/problems',
  '/listen/:id',
  '/draft',
  '/draft/goals',
  '/draft/policy',
  '/draft/vision/:id',
  '/draft/vision/:id?step=3',
  '/draft/vision/:id?step=5',
  '/draft/staff',
  '/draft/plan',
  '/draft/document',
  '/run',
  '/run/sop/:id',
  '/run/meetings',
  '/run/meetings/:id',
  '/run/checklist',
  '/run/team',
  '/share',
  '/no-such-page',
];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Where each record route's ids are linked from: [route, list page, link path pattern]. */
const RECORD_LISTS = [
  ['/self-test/:id', '/self-test/history', new RegExp(`^/self-test/(${UUID})$`)],
  ['/listen/:id', '/listen', new RegExp(`^/listen/(${UUID})$`)],
  ['/listen/surveys/:id', '/listen/surveys', new RegExp(`^/listen/surveys/(${UUID})$`)],
  ['/listen/figures/operations/:id', '/listen/figures', new RegExp(`^/listen/figures/operations/(${UUID})$`)],
  ['/listen/figures/suppliers/:id', '/listen/figures', new RegExp(`^/listen/figures/suppliers/(${UUID})$`)],
  ['/draft/vision/:id', '/draft', new RegExp(`^/draft/vision/(${UUID})$`)],
  ['/run/sop/:id', '/run', new RegExp(`^/run/sop/(${UUID})$`)],
  ['/run/meetings/:id', '/run/meetings', new RegExp(`^/run/meetings/(${UUID})$`)],
];
/** A well-formed id no workbook holds: the record pages of the empty workbook. */
const UNKNOWN_ID = '0b5e55ed-0000-4000-8000-000000000000';

/** The concrete path of `route` given the ids found (route template → id). */
function pathOf(route, ids) {
  if (!route.includes(':id')) return route;
  const template = route.split('?')[0];
  const id = ids[template];
  expect(id, `an id for ${template}`).toBeTruthy();
  return route.replace(':id', id);
}

/** Opens the example workbook with the first-visit card's one button (in any language) and waits for its save. */
async function openExampleAnyLanguage(page) {
  await open(page, '/');
  const before = await generation(page);
  await page.getByTestId('first-visit').getByRole('button').click();
  await expect(page.getByTestId('example-note')).toBeVisible();
  await expect.poll(() => generation(page), { message: 'the example is saved' }).toBeGreaterThan(before);
}

/** Reads a real id for every record route from the links on the list pages. */
async function recordIds(page) {
  const ids = {};
  for (const list of [...new Set(RECORD_LISTS.map(([, l]) => l))]) {
    await open(page, list);
    const paths = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    for (const [route, l, pattern] of RECORD_LISTS) {
      if (l !== list) continue;
      const id = paths.map((p) => p.match(pattern)?.[1]).find(Boolean);
      expect(id, `the example workbook links a record for ${route} from ${list}`).toBeTruthy();
      ids[route] = id;
    }
  }
  return ids;
}

// The example workbook as opened in each locale (its storage and record ids),
// so later groups in the same worker start from it without opening it again.
const examples = new Map();

/**
 * One browser context and page for a whole group of tests (made in
 * beforeAll, with the project's settings and `options` on top), with the
 * example workbook open or empty; `initScript` runs before the app in every
 * document. Returns an object whose `page` and `ids` are set once beforeAll
 * has run.
 */
function sharedPage({ example, initScript, ...options }) {
  const shared = {};
  test.beforeAll(async ({ browser }, testInfo) => {
    const { baseURL, locale, timezoneId, viewport, colorScheme } = { ...testInfo.project.use, ...options };
    const known = example ? examples.get(locale) : null;
    shared.context = await browser.newContext({ baseURL, locale, timezoneId, viewport, colorScheme, storageState: known?.storage });
    if (initScript) await shared.context.addInitScript(initScript);
    shared.page = await shared.context.newPage();
    if (known) {
      shared.ids = known.ids;
    } else if (example) {
      await openExampleAnyLanguage(shared.page);
      shared.ids = await recordIds(shared.page);
      examples.set(locale, { ids: shared.ids, storage: await shared.context.storageState() });
    } else {
      await open(shared.page, '/');
      await expect(shared.page.getByTestId('first-visit')).toBeVisible();
      shared.ids = Object.fromEntries(RECORD_LISTS.map(([route]) => [route, UNKNOWN_ID]));
    }
  });
  test.afterAll(async () => {
    await shared.context?.close();
  });
  return shared;
}

/** Declares test `title` in describe `group`, marked fixme when KNOWN lists an app problem under `group › title`. */
function check(group, title, fn) {
  (KNOWN[`${group} › ${title}`] ? test.fixme : test)(title, fn);
}

/** Opens `path` unless the page is already there (tests of one page share its load). */
async function at(page, path) {
  const now = new URL(page.url());
  if (now.pathname + now.search !== path) await open(page, path);
}

// ----------------------------------------------------- 1, 6. axe, dialogs

/** Installed before the app: records every dialog-like element ever attached, even briefly. */
function watchDialogs() {
  window.__sweepDialogs = [];
  const SELECTOR = 'dialog, [role=dialog], [role=alertdialog], [aria-modal]';
  window.__sweepDialogsNow = () => [...window.__sweepDialogs, ...[...document.querySelectorAll(SELECTOR)].map((el) => `${location.pathname}: ${el.outerHTML.slice(0, 120)}`)];
  const note = (el) => window.__sweepDialogs.push(`${location.pathname}: ${el.outerHTML.slice(0, 120)}`);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target.matches?.(SELECTOR)) note(r.target);
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        if (n.matches(SELECTOR)) note(n);
        n.querySelectorAll(SELECTOR).forEach(note);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-modal', 'open'] });
}

for (const example of [true, false]) {
  const group = `${example ? 'example' : 'empty'} workbook, axe and dialogs`;
  test.describe(group, () => {
    const shared = sharedPage({ example, initScript: watchDialogs });
    for (const route of ROUTES) {
      // The app has no modal dialogs (confirmations are inline, with Undo).
      // Should it gain one, test that focus moves into it, stays there,
      // Escape closes it and focus returns to the opener.
      check(group, `no dialog: ${route}`, async () => {
        const { page, ids } = shared;
        await at(page, pathOf(route, ids));
        expect(await page.evaluate(() => window.__sweepDialogsNow()), `dialog elements on ${route}`).toEqual([]);
      });
      for (const colorScheme of ['light', 'dark']) {
        check(group, `axe, ${colorScheme}: ${route}`, async () => {
          const { page, ids } = shared;
          await at(page, pathOf(route, ids));
          await page.emulateMedia({ colorScheme });
          await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
          await expectNoViolations(page, `${route} (${group}, ${colorScheme})`);
        });
      }
    }
  });
}

// ------------------------------------------- 2, 3. phone width and targets

/** Elements past the viewport's right edge, innermost first (to name the culprit). */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 && r.width > 0 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5)) {
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} "${(el.textContent || '').trim().slice(0, 40)}" right edge ${Math.round(r.right)} px`);
    }
  }
  return out.slice(0, 8);
}

/**
 * Measures every visible control's target (WCAG 2.2 2.5.8, at least
 * `min`×`min`): buttons, links (not those inline in running text), inputs,
 * selects, textareas, summaries; a checkbox, radio or file input may instead
 * be covered by its label. Returns the undersized ones, each noting whether
 * WCAG's spacing exception would excuse it.
 */
function smallTargets(min) {
  const round = (n) => Math.round(n * 10) / 10;
  const shown = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const cs = getComputedStyle(el);
    if (cs.clip === 'rect(0px, 0px, 0px, 0px)' || cs.clipPath === 'inset(50%)') return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;
    // Off the page (the skip link until it has focus).
    return r.right + scrollX > 0 && r.bottom + scrollY > 0;
  };
  const describe = (el) => {
    const tag = el.tagName.toLowerCase();
    const testid = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const type = tag === 'input' ? `[type=${el.type}]` : '';
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.getAttribute('placeholder') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${tag}${type}${el.id ? `#${el.id}` : ''}${cls}${testid ? `[data-testid=${testid}]` : ''}${text ? ` "${text}"` : ''}`;
  };
  const blockOf = (el) => {
    let p = el.parentElement;
    while (p && /^(inline|contents)$/.test(getComputedStyle(p).display)) p = p.parentElement;
    return p;
  };
  // A link set inline in running text (a paragraph, or a block with other text) is exempt.
  const inlineInText = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = blockOf(el);
    if (!block) return false;
    if (block.tagName === 'P') return true;
    return /[\p{L}\p{N}]/u.test((block.innerText || '').replace(el.innerText || '', ''));
  };
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio]';
  const targets = [];
  for (const el of document.querySelectorAll(selector)) {
    const labelled = el.tagName === 'INPUT' && ['checkbox', 'radio', 'file'].includes(el.type);
    const boxes = [];
    if (shown(el)) boxes.push(el.getBoundingClientRect());
    if (labelled) for (const l of el.labels || []) if (shown(l)) boxes.push(l.getBoundingClientRect());
    if (!boxes.length || inlineInText(el)) continue;
    const best = boxes.reduce((a, b) => (Math.min(b.width, b.height) > Math.min(a.width, a.height) ? b : a));
    targets.push({ el, box: best, ok: round(best.width) >= min && round(best.height) >= min });
  }
  // The spacing exception: a `min` px circle centred on the undersized
  // target meets no other target and no other such circle.
  const centre = (b) => [b.left + b.width / 2, b.top + b.height / 2];
  const circleMeetsBox = ([x, y], b) => {
    const dx = Math.max(b.left - x, 0, x - b.right);
    const dy = Math.max(b.top - y, 0, y - b.bottom);
    return dx * dx + dy * dy < (min / 2) ** 2;
  };
  const small = targets.filter((t) => !t.ok);
  return small.map((t) => {
    const c = centre(t.box);
    const spaced = targets.every((o) => o === t || o.el.contains(t.el) || t.el.contains(o.el) || !circleMeetsBox(c, o.box))
      && small.every((o) => o === t || Math.hypot(c[0] - centre(o.box)[0], c[1] - centre(o.box)[1]) >= min);
    return `${describe(t.el)}: ${round(t.box.width)}×${round(t.box.height)} px${spaced ? ' (the 2.5.8 spacing exception would excuse it)' : ''}`;
  });
}

for (const [locale, example, targets] of [
  ['en-GB', true, true],
  ['it-IT', true, false],
  ['tr-TR', true, false],
  ['en-GB', false, true],
]) {
  const group = `360 px, ${locale}, ${example ? 'example' : 'empty'} workbook`;
  test.describe(group, () => {
    const shared = sharedPage({ example, locale, viewport: { width: 360, height: 780 } });
    for (const route of ROUTES) {
      check(group, `no sideways scroll: ${route}`, async () => {
        const { page, ids } = shared;
        await at(page, pathOf(route, ids));
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        const culprits = width > 360 ? await page.evaluate(overflowing) : [];
        expect(width, `${route} is ${width} px wide at 360 px (${locale}): ${culprits.join('; ')}`).toBeLessThanOrEqual(360);
      });
      if (!targets) continue;
      check(group, `targets at least 24×24: ${route}`, async () => {
        const { page, ids } = shared;
        await at(page, pathOf(route, ids));
        const small = await page.evaluate(smallTargets, 24);
        expect(small, `targets under 24×24 px on ${route} at 360 px (${locale})`).toEqual([]);
      });
    }
  });
}

// ------------------------------------------------- 4, 5. focus and keyboard

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const MAX_STOPS = 60;
// Tab is pressed in batches of CHUNK between looks at the page. A date or
// time input takes Tab through its fields (day, month, year…) before moving
// on, so focus may rightly stay on one element for a few presses; a whole
// batch without a new stop is a trap.
const CHUNK = 10;

/**
 * Installed in the page: logs each element that takes focus (forward, then
 * back), with its, its labels' and two ancestors' styles while focused and
 * (once focus has moved on) while not. Forward, the log ends when Tab wraps
 * round to the first stop (it has left the page past the last one) or at
 * `max` stops; back, when Shift+Tab reaches the first stop. Either way it
 * ends as a 'loop' when focus comes back to an element it already logged.
 */
function installFocusLog(max) {
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      && getComputedStyle(el).clip !== 'rect(0px, 0px, 0px, 0px)' && r.width > 1 && r.height > 1;
  };
  // A visually hidden radio or file input shows its focus on the label around it.
  const related = (el) => [...new Set([el, ...(el.labels || []), el.parentElement, el.parentElement?.parentElement].filter(Boolean))];
  const snap = (el) => {
    const cs = getComputedStyle(el);
    return {
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      outlineVisible: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/^rgba\(.*,\s*0\)$|^transparent$/.test(cs.outlineColor),
      boxShadow: cs.boxShadow,
      shown: shown(el),
    };
  };
  const log = { forward: [], back: [], phase: 'forward', ended: null, at: '' };
  log.settle = () => {
    for (const e of log.forward) if (!e.unfocused && document.activeElement !== e.el) e.unfocused = e.nodes.map(snap);
  };
  log.state = () => ({ n: log[log.phase].length, ended: log.ended, at: log.at });
  // Going back starts from the last stop reached.
  log.turn = () => {
    log.settle();
    log.phase = 'back';
    log.forward.at(-1).el.focus();
    log.settle();
    log.back.length = 0;
    log.ended = null;
    return log.forward.length;
  };
  window.__sweepFocus = log;
  document.addEventListener('focusin', (ev) => {
    if (log.ended) return;
    const el = ev.target;
    const list = log[log.phase];
    if (log.phase === 'forward' && list.length > 1 && el === list[0].el) {
      log.ended = 'wrapped';
      return;
    }
    if (log.phase === 'forward' && list.length >= max) {
      log.ended = 'max';
      return;
    }
    if (list.some((e) => e.el === el)) {
      log.ended = 'loop';
      log.at = el.outerHTML.slice(0, 120);
      return;
    }
    if (log.phase === 'back') {
      list.push({ el });
      if (el === log.forward[0].el) log.ended = 'first';
      return;
    }
    log.settle();
    const nodes = related(el);
    list.push({ el, nodes, focused: nodes.map(snap) });
  }, true);
}

/**
 * Reads the log: each forward stop's description, accessible name and
 * whether its focus shows; the back walk as forward indices; and the last
 * element of the page that Tab should reach.
 */
function readFocusLog() {
  const log = window.__sweepFocus;
  document.activeElement?.blur();
  log.settle();
  const describe = (el) => {
    const tag = el.tagName.toLowerCase();
    const testid = el.getAttribute('data-testid');
    const type = tag === 'input' ? `[type=${el.type}]` : '';
    const text = (el.textContent || el.getAttribute('placeholder') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${tag}${type}${el.id ? `#${el.id}` : ''}${testid ? `[data-testid=${testid}]` : ''}${text ? ` "${text}"` : ''}`;
  };
  axe.setup(document);
  const stops = log.forward.map((e) => {
    let name;
    try {
      name = axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(e.el)).trim();
    } catch {
      name = '';
    }
    // A focus indicator: on the element (or, for a hidden input, its label
    // or an ancestor), an outline or a box-shadow that is there while focused
    // and not otherwise.
    const indicator = e.focused.some((f, i) => {
      const u = e.unfocused[i];
      return f.shown && ((f.outlineVisible && f.outline !== u.outline) || (f.boxShadow !== 'none' && f.boxShadow !== u.boxShadow));
    });
    const f = e.focused[0];
    return { desc: describe(e.el), name, indicator, styles: `outline ${f.outline}, box-shadow ${f.boxShadow}${f.shown ? '' : ' (the element itself is hidden)'}` };
  });
  axe.teardown();
  // The page's last element in the Tab order (no positive tabindex in the
  // app, so the last in document order); of a radio group, any radio.
  const tabbable = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }) && !(el.tagName === 'SUMMARY' && el.parentElement.tagName !== 'DETAILS'));
  const lastEl = tabbable.at(-1);
  const lastStop = log.forward.at(-1)?.el;
  const reachedLast = lastEl === lastStop || (lastEl?.type === 'radio' && lastStop?.type === 'radio' && lastEl.name === lastStop.name);
  return {
    stops,
    back: log.back.map((b) => log.forward.findIndex((e) => e.el === b.el)),
    lastElement: lastEl ? describe(lastEl) : '',
    reachedLast,
  };
}

/** Presses `key` in batches until the log ends, or until `enough(n)`; a batch without a new stop ends it as 'stuck'. */
async function pressUntil(page, key, enough = () => false) {
  let before = await page.evaluate(() => window.__sweepFocus.state().n);
  for (;;) {
    for (let i = 0; i < CHUNK; i++) await page.keyboard.press(key);
    const { n, ended, at } = await page.evaluate(() => window.__sweepFocus.state());
    if (ended) return { state: ended, at };
    if (n === before) return { state: 'stuck', at: await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)) };
    if (enough(n)) return { state: 'enough' };
    before = n;
  }
}

/**
 * Tabs through the page from the top (up to MAX_STOPS stops), then from the
 * last stop Shift+Tabs back to the first. Returns the stops, how each walk
 * ended and the forward indices of the stops reached going back.
 */
async function tabWalk(page, path) {
  await open(page, path);
  await page.evaluate(AXE_SOURCE);
  await page.evaluate(installFocusLog, MAX_STOPS);
  const forward = await pressUntil(page, 'Tab');
  const count = await page.evaluate(() => window.__sweepFocus.turn());
  // Back: as many presses as there are stops to go, then more as needed.
  let back = { state: 'first' };
  if (count > 1) {
    for (;;) {
      const { n } = await page.evaluate(() => window.__sweepFocus.state());
      for (let i = n; i < count - 1; i++) await page.keyboard.press('Shift+Tab');
      const after = await page.evaluate(() => window.__sweepFocus.state());
      if (after.ended) {
        back = { state: after.ended, at: after.at };
        break;
      }
      if (after.n === n || after.n >= count - 1) {
        back = { state: after.n === n ? 'stuck' : 'not at the first stop', at: await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120)) };
        break;
      }
    }
  }
  const result = await page.evaluate(readFocusLog);
  // From the last stop, Shift+Tab reaches every stop before it, in reverse.
  return { ...result, forward, backEnd: back, expectedBack: Array.from({ length: count - 1 }, (_, i) => count - 2 - i) };
}

const KEYBOARD = 'keyboard, example workbook';
test.describe(KEYBOARD, () => {
  const shared = sharedPage({ example: true });
  // One walk per page serves its three tests (walked again after a worker restart).
  const walks = new Map();
  const walk = async (route) => {
    if (!walks.has(route)) walks.set(route, await tabWalk(shared.page, pathOf(route, shared.ids)));
    return walks.get(route);
  };

  for (const route of ROUTES) {
    check(KEYBOARD, `focus visible: ${route}`, async () => {
      const { stops } = await walk(route);
      expect(stops.length, `${route} has stops to Tab to`).toBeGreaterThan(3);
      const invisible = stops.filter((s) => !s.indicator).map((s) => `${s.desc}: ${s.styles}`);
      expect(invisible, `focused elements without a focus indicator on ${route}`).toEqual([]);
    });
    check(KEYBOARD, `no keyboard trap: ${route}`, async () => {
      const { stops, forward, backEnd, back, expectedBack, lastElement, reachedLast } = await walk(route);
      const trail = stops.map((s, i) => `${i}: ${s.desc}`).join('\n');
      expect(forward.state === 'wrapped' || forward.state === 'max' ? 'moves on' : `${forward.state} at ${forward.at}`,
        `Tab moves on through ${route}; stops so far:\n${trail}`).toBe('moves on');
      if (forward.state === 'wrapped') expect(reachedLast, `Tab reaches ${route}'s last element, ${lastElement}, before leaving the page; stops:\n${trail}`).toBe(true);
      expect(backEnd.state === 'first' ? 'moves on' : `${backEnd.state} at ${backEnd.at}`, `Shift+Tab moves back through ${route}`).toBe('moves on');
      const got = back.map((i) => (i < 0 ? 'not a forward stop' : `${i}: ${stops[i].desc}`));
      const want = expectedBack.map((i) => `${i}: ${stops[i].desc}`);
      expect(got, `Shift+Tab walks back through ${route} in reverse order`).toEqual(want);
    });
    check(KEYBOARD, `every stop named: ${route}`, async () => {
      const { stops } = await walk(route);
      const unnamed = stops.filter((s) => !s.name).map((s) => s.desc);
      expect(unnamed, `focusable elements without an accessible name on ${route}`).toEqual([]);
    });
  }
});

// ------------------------------------------- 6. confirmations are inline

test.describe('dialogs, example workbook', () => {
  const shared = sharedPage({ example: true, initScript: watchDialogs });

  test('deleting and clearing ask inline, without a dialog', async () => {
    const { page, ids } = shared;
    const native = [];
    page.on('dialog', async (d) => {
      native.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    const seen = [];
    const found = async () => seen.push(...(await page.evaluate(() => window.__sweepDialogsNow())));
    // Every record page's "Move to the trash" acts at once (Undo is offered
    // inline, or the page goes back to its list), without a dialog.
    for (const route of RECORD_LISTS.map(([r]) => r)) {
      const path = pathOf(route, ids);
      await open(page, path);
      const trash = page.getByRole('button', { name: /to the trash/ }).first();
      await expect(trash, `${route} has "Move to the trash"`).toBeVisible();
      await trash.click();
      const undo = page.getByTestId('undo-delete');
      await expect.poll(async () => (await undo.isVisible()) || new URL(page.url()).pathname !== path.split('?')[0],
        { message: `${route}: the record goes to the trash at once` }).toBe(true);
      await found();
      if (await undo.isVisible()) await undo.click();
    }
    // Emptying the trash (it holds the self-test result) asks inline.
    await open(page, '/share');
    await page.getByRole('button', { name: 'Empty the trash' }).click();
    await expect(page.getByTestId('confirm-empty-trash')).toBeVisible();
    await found();
    // Clearing the example.
    await open(page, '/');
    await page.getByRole('button', { name: 'Clear the example and start my own' }).click();
    await expect(page.getByTestId('first-visit')).toBeVisible();
    await found();
    expect([...new Set(seen)], 'dialog elements (if the app gains one, test its focus: moves in, trapped, Escape closes, returns to the opener)').toEqual([]);
    expect(native, 'native alert/confirm/prompt dialogs').toEqual([]);
  });
});
