// Run → Team (/run/team): pulse surveys (a new survey with its starter
// questions, rounds of 1-to-5 answers and each question's average per round
// with the change since the round before, refusals, a round replaced or
// removed, the cadence and the next round due, the ten-question limit,
// removing a question with its answers, the trash and its Undo, export and
// import) and the eNPS trend chart; Italian and Turkish; the keyboard; axe
// in light and dark; a phone's width. The eNPS card's table and the 1:1s are
// covered by team.spec.mjs.
// Beside other Playwright runs sharing test-results/, give this one its own
// --output directory so their clean-ups do not remove its trace files.
import { test, expect as baseExpect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoViolations, generation, open, openExample, saved, todayIso, watchErrors, onDays, pageNow, pinForTest, pinnedAt } from './helpers.mjs';
import { addDays, addMonths, fmtDate, utcIso } from './dates.mjs';

// Today is pinned (helpers.mjs): DEFAULT_DAY, or the day a test's title names;
// the tests most bound to the calendar run on PINNED_DAYS too (onDays).
test.beforeEach(async ({ page }, testInfo) => pinForTest(page, testInfo));

// The machine running these may be slow: wait longer than the default.
const expect = baseExpect.configure({ timeout: 20_000 });

const TITLE = { en: 'Listening to the team', it: 'Ascoltare il team', tr: 'Ekibi dinlemek' };

/** The starter survey of each language (src/run/team.rs). */
const STARTER = {
  en: {
    title: 'Monthly team pulse',
    questions: ['I have what I need to help customers', 'I know what is expected of me', 'My ideas are listened to'],
  },
  it: {
    title: 'Sondaggio mensile del team',
    questions: ['Ho ciò che mi serve per aiutare i clienti', 'So cosa ci si aspetta da me', 'Le mie idee vengono ascoltate'],
  },
  tr: {
    title: 'Aylık ekip nabzı',
    questions: ['Müşterilere yardım etmek için ihtiyacım olan her şey elimde', 'Benden ne beklendiğini biliyorum', 'Fikirlerim dinleniyor'],
  },
};
const [Q1, Q2, Q3] = STARTER.en.questions;

/** The words of the results table in each language. */
const WORDS = {
  en: { question: 'Question', change: 'Change', answers: (n) => `${n} answers` },
  it: { question: 'Domanda', change: 'Variazione', answers: (n) => `${n} risposte` },
  tr: { question: 'Soru', change: 'Değişim', answers: (n) => `${n} yanıt` },
};

/** The refusal of answers off the scale (PulseBadAnswers), with the question and the values refused. */
const BAD_ANSWERS = {
  en: '“{question}”: answers are whole numbers from 1 to 5, so this cannot be counted: {values}. Nothing was saved.',
  it: '“{question}”: le risposte sono numeri interi da 1 a 5, quindi questo non si può contare: {values}. Non è stato salvato nulla.',
  tr: '“{question}”: yanıtlar 1 ile 5 arasında tam sayılardır, bu yüzden şu sayılamaz: {values}. Hiçbir şey kaydedilmedi.',
};
const badAnswers = (question, values, lang = 'en') =>
  BAD_ANSWERS[lang].replace('{question}', question).replace('{values}', values);

// ---- the arithmetic of the results, done here and not read from the screen ------------------

/** How many typed each score 1..5, from answers typed as "4 5 3". */
function tallyOf(text) {
  const t = [0, 0, 0, 0, 0];
  for (const w of text.split(/[\s,;]+/).filter(Boolean)) t[Number(w) - 1] += 1;
  return t;
}
/** The average of a 1-to-5 tally, or null when nobody answered. */
function avgOf(tally) {
  const n = tally.reduce((a, b) => a + b, 0);
  return n === 0 ? null : tally.reduce((s, c, i) => s + (i + 1) * c, 0) / n;
}
/**
 * A number to exactly one decimal as the app writes it (fmt_fixed,
 * src/draft/document.rs): "4.0" beside "3.7", a comma in Italian and Turkish,
 * no minus on a zero ("0.0"). Rust rounds an exact tie to even (4.25 → "4.2",
 * 4.75 → "4.8") where JavaScript's toFixed rounds it up: done as Rust does.
 */
function fmt1(v, lang = 'en') {
  const a = Math.abs(v);
  let s = a.toFixed(1);
  // An exact tie at one decimal is x.x5 held exactly: only x.25 and x.75 are.
  if (Number.isInteger(a * 4) && (a * 4) % 2 === 1) {
    const down = Math.floor(a * 10) / 10;
    s = (Math.round(down * 10) % 2 === 0 ? down : down + 0.1).toFixed(1);
  }
  if (v < 0 && /[1-9]/.test(s)) s = `-${s}`;
  return lang === 'en' ? s : s.replace('.', ',');
}
/** The Change column: one decimal, a "+" only above 0.049 ("+0.7", "0.0", "-0.7"). */
const changeText = (c, lang) => (c > 0.049 ? `+${fmt1(c, lang)}` : fmt1(c, lang));
/** How many answered a round: the most answers any one question got (PulseRound::respondents). */
const respondentsOf = (tallies) => Math.max(0, ...tallies.map((t) => t.reduce((a, b) => a + b, 0)));

/**
 * The results table a survey should show: `rounds` are { date, tallies } (one
 * tally per question), in any order. Columns: the last six rounds by date, each
 * with its number of answers (the most any question got); cells: the averages
 * to one decimal; Change: the last average minus the one before (over all rounds).
 */
function expectedResults(questions, rounds, lang = 'en') {
  const w = WORDS[lang];
  const sorted = [...rounds].sort((a, b) => a.date.localeCompare(b.date));
  const shown = sorted.slice(-6);
  const head = [
    w.question,
    ...shown.map((r) => `${fmtDate(r.date, lang)} · ${w.answers(respondentsOf(r.tallies))}`),
    w.change,
  ];
  const rows = questions.map((q, i) => {
    const all = sorted.map((r) => avgOf(r.tallies[i] ?? [0, 0, 0, 0, 0])).filter((v) => v !== null);
    const change = all.length >= 2 ? changeText(all[all.length - 1] - all[all.length - 2], lang) : '–';
    return [q, ...shown.map((r) => {
      const v = avgOf(r.tallies[i] ?? [0, 0, 0, 0, 0]);
      return v === null ? '–' : fmt1(v, lang);
    }), change];
  });
  return { head, rows };
}
/** The average cells of a results table, row after row (as `pulse-cell`s are found). */
const cellsOf = (want) => want.rows.flatMap((r) => r.slice(1, -1));
/** A round as typed: its date and one answer text per question. */
const typed = (date, answers) => ({ date, answers, tallies: answers.map(tallyOf) });

// ---- locators and helpers ----------------------------------------------------------------

const pulses = (page) => page.getByTestId('pulse');
const pulseNamed = (page, title) => pulses(page).filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** Runs an edit and waits until a new generation is stored (any language). */
async function stored(page, action) {
  const before = await generation(page);
  await action();
  await expect.poll(() => generation(page), { message: 'the edit is saved to localStorage' }).toBeGreaterThan(before);
}

/** Opens /run/team and waits for its cards. */
async function gotoTeam(page, lang = 'en') {
  await open(page, '/run/team');
  await expect(page.locator('main h1')).toHaveText(TITLE[lang]);
  await expect(page.getByTestId('pulses')).toBeVisible();
}

/** Switches the interface language with the picker in the header. */
async function setLang(page, code) {
  await page.locator('label.lang select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** Opens one of a survey's two <details>: 0 = enter a round, 1 = questions and cadence. */
async function openPart(pulse, n) {
  const details = pulse.locator('details.pulse-part').nth(n);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await expect(details).toHaveJSProperty('open', true);
}
const openRoundForm = async (pulse) => {
  await openPart(pulse, 0);
  await expect(pulse.getByTestId('pulse-round-form')).toBeVisible();
};
const openEditor = async (pulse) => {
  await openPart(pulse, 1);
  await expect(pulse.getByTestId('pulse-title')).toBeVisible();
};

/** Adds a new survey and waits for its save; returns its locator (the last survey). */
async function newPulse(page) {
  const n = await pulses(page).count();
  await stored(page, () => page.getByTestId('new-pulse').click());
  await expect(pulses(page)).toHaveCount(n + 1);
  return pulses(page).nth(n);
}

/** Fills the round form: the date (when given) and the answers of each question. */
async function fillRound(pulse, { date, answers }) {
  await openRoundForm(pulse);
  if (date !== undefined) await pulse.getByTestId('pulse-date').fill(date);
  const fields = pulse.getByTestId('pulse-answers');
  await expect(fields).toHaveCount(answers.length);
  for (const [i, a] of answers.entries()) await fields.nth(i).fill(a);
}

/** Enters a round and waits for its save; the answer fields are emptied. */
async function saveRound(page, pulse, round) {
  await fillRound(pulse, round);
  await stored(page, () => pulse.getByTestId('save-pulse-round').click());
  await expect(pulse.getByTestId('pulse-error')).toHaveCount(0);
  for (const f of await pulse.getByTestId('pulse-answers').all()) await expect(f).toHaveValue('');
}

/** Submits the round form expecting a refusal with `message`: nothing is stored. */
async function refusedRound(page, pulse, message) {
  const before = await generation(page);
  const table = await results(pulse);
  await pulse.getByTestId('save-pulse-round').click();
  await expect(pulse.getByTestId('pulse-error')).toHaveText(message);
  await expect(pulse.getByTestId('pulse-error')).toHaveAttribute('role', 'alert');
  expect(await results(pulse), 'a refused round changes no result').toEqual(table);
  expect(await generation(page), 'a refused round is not saved').toBe(before);
}

/**
 * The results table as shown: headers ("date · n answers") and rows (question,
 * averages, change); null when absent.
 */
async function results(pulse) {
  const table = pulse.getByTestId('pulse-results');
  if ((await table.count()) === 0) return null;
  return table.evaluate((t) => {
    const cell = (c) => c.textContent.trim();
    return {
      head: [...t.querySelectorAll('thead th')].map((th) => {
        const n = th.querySelector('span');
        return n ? `${th.firstChild.textContent.trim()} · ${n.textContent.trim()}` : th.textContent.trim();
      }),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(cell)),
    };
  });
}
/** The average cells, row after row, read as results() reads them. */
const cellsShown = async (pulse) => (await results(pulse))?.rows.flatMap((r) => r.slice(1, -1)) ?? [];
const expectResults = (pulse, want) => expect.poll(() => results(pulse)).toEqual(want);

/** The rounds listed under the form, newest first, as "date · n answers". */
const roundsListed = (pulse) => pulse.getByTestId('pulse-round').locator('span');

/** The question texts in the editor. */
const questionTexts = (pulse) => pulse.getByTestId('question-text').evaluateAll((els) => els.map((e) => e.value));

/** A phone-width check: the page does not scroll sideways. */
async function fits(page, label) {
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scroll, `${label}: the page is ${scroll} px wide`).toBeLessThanOrEqual(360);
}

/** Adds an eNPS round (0–10 scale) and waits for its save. */
async function addEnps(page, date, answers) {
  await page.getByTestId('enps-date').fill(date);
  await page.getByTestId('enps-answers').fill(answers);
  await stored(page, () => page.getByTestId('add-enps').click());
  await expect(page.getByTestId('enps-error')).toHaveCount(0);
  await expect(page.getByTestId('enps-answers')).toHaveValue('');
}

/** The eNPS trend's frame (EnpsTrend, src/run/team_view.rs): 300 × 180, padded 40 all round. */
const TREND = { w: 300, h: 180, pad: 40 };
/** Where a score (-100 to +100) goes up and down: +100 at the top of the frame, -100 at the bottom. */
const trendY = (v) => TREND.h - TREND.pad - ((TREND.h - 2 * TREND.pad) * (v + 100)) / 200;
/** Where the `i`th of `n` rounds goes across: spread evenly from one side of the frame to the other. */
const trendX = (i, n) => TREND.pad + ((TREND.w - 2 * TREND.pad) * i) / (n - 1);

/** The eNPS trend as drawn: its label, the values over the dots, the date labels and the axis ticks. */
async function trend(page) {
  return page.getByTestId('enps-trend').locator('svg').evaluate((svg, H) => {
    const texts = [...svg.querySelectorAll('text')];
    const dates = texts.filter((t) => Number(t.getAttribute('y')) === H - 8);
    const ticks = texts.filter((t) => !t.dataset.testid && Number(t.getAttribute('y')) < H - 8);
    return {
      role: svg.getAttribute('role'),
      viewBox: svg.getAttribute('viewBox'),
      label: svg.getAttribute('aria-label'),
      values: [...svg.querySelectorAll('[data-testid="enps-trend-value"]')].map((t) => t.textContent),
      dotsX: [...svg.querySelectorAll('circle.dot')].map((c) => Number(c.getAttribute('cx'))),
      dotsY: [...svg.querySelectorAll('circle.dot')].map((c) => Number(c.getAttribute('cy'))),
      ticks: ticks.map((t) => t.textContent),
      ticksY: ticks.map((t) => Number(t.getAttribute('y'))),
      gridY: [...svg.querySelectorAll('line.grid')].map((l) => Number(l.getAttribute('y1'))),
      dates: dates.map((t) => t.textContent),
      datesX: dates.map((t) => Number(t.getAttribute('x'))),
      zeroLineY: [...svg.querySelectorAll('line.band-line')].map((l) => Number(l.getAttribute('y1'))),
      points: svg.querySelector('polyline.trend-line').getAttribute('points').split(' ').length,
    };
  }, TREND.h);
}

// ---- the example's survey ----------------------------------------------------------------------

/** The example's pulse rounds (src/book/example.rs, fn add_run): days before it was opened and the tallies. */
const EXAMPLE_ROUNDS = [
  { ago: 62, tallies: [[0, 1, 1, 1, 0], [0, 0, 1, 2, 0], [1, 1, 1, 0, 0]] },
  { ago: 32, tallies: [[0, 0, 2, 1, 0], [0, 0, 1, 1, 1], [0, 1, 2, 0, 0]] },
  { ago: 2, tallies: [[0, 0, 1, 1, 1], [0, 0, 0, 2, 1], [0, 0, 2, 1, 0]] },
];
/** The example's rounds dated from the UTC day it was opened. */
const exampleRounds = (at) => EXAMPLE_ROUNDS.map((r) => ({ date: addDays(at, -r.ago), tallies: r.tallies }));

/** Opens the example, returns the UTC days it may have been made on (one, or two around midnight). */
async function openExampleDays(page) {
  const t0 = pinnedAt();
  await openExample(page);
  const t1 = await pageNow(page);
  return [...new Set([utcIso(t0), utcIso(t1)])];
}

test('the example: its survey with each question\'s average per round, the change, and the next round a month after the last', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const days = await openExampleDays(page);
  await gotoTeam(page);

  const card = page.getByTestId('pulses');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Pulse surveys');
  await expect(card).toContainText('Short surveys, no more than ten questions, sent weekly, monthly or quarterly');
  await expect(pulses(page)).toHaveCount(1);
  const pulse = pulses(page).first();
  await expect(pulse.getByRole('heading', { level: 3 })).toHaveText(STARTER.en.title);
  await expect(page.getByRole('article', { name: STARTER.en.title })).toBeVisible();

  // Computed from the tallies: e.g. "I know what is expected of me" 62 days ago,
  // one 3 and two 4s = 11/3 = 3.7; 2 days ago two 4s and a 5 = 13/3 = 4.3, +0.3 on 4.0.
  await expect(pulse.getByTestId('pulse-row')).toHaveCount(3);
  const shown = await results(pulse);
  expect(days.map((d) => expectedResults(STARTER.en.questions, exampleRounds(d)))).toContainEqual(shown);
  // The same, spelled out, so that a mistake in the arithmetic above cannot hide one in the app.
  expect(shown.rows).toEqual([
    [Q1, '3.0', '3.3', '4.0', '+0.7'],
    [Q2, '3.7', '4.0', '4.3', '+0.3'],
    [Q3, '2.0', '2.7', '3.3', '+0.7'],
  ]);
  // Three people answered every question of every round of the example.
  expect(shown.head.slice(1, -1).map((h) => h.split(' · ')[1])).toEqual(['3 answers', '3 answers', '3 answers']);
  await expect(pulse.getByTestId('pulse-results').locator('caption')).toHaveText('Average answer to each question, per round (1 to 5)');

  // Monthly, the last round 2 days ago: the next is about four weeks away.
  await expect(pulse.getByTestId('pulse-due')).toHaveText(new RegExp(`^(${days.map((d) => `Next round ${fmtDate(addMonths(addDays(d, -2), 1))}`).join('|')})$`));
  await expect(pulse.getByTestId('pulse-due')).toHaveClass(/band-asset/);

  // The rounds entered, newest first, each with its Remove button.
  await openRoundForm(pulse);
  await expect(roundsListed(pulse)).toHaveText(days.length === 1
    ? [2, 32, 62].map((a) => `${fmtDate(addDays(days[0], -a))} · 3 answers`)
    : [/ · 3 answers$/, / · 3 answers$/, / · 3 answers$/]);
  await expect(pulse.getByTestId('pulse-round-remove')).toHaveText(['Remove', 'Remove', 'Remove']);
  // Each Remove button names the round it removes, and each question's the question's place.
  if (days.length === 1) {
    await expect.poll(() => pulse.getByTestId('pulse-round-remove').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))))
      .toEqual([2, 32, 62].map((a) => `Remove the round of ${fmtDate(addDays(days[0], -a))}`));
  }
  await openEditor(pulse);
  await expect(pulse.getByTestId('pulse-cadence')).toHaveValue('Monthly');
  expect(await questionTexts(pulse)).toEqual(STARTER.en.questions);
  expect(await pulse.getByTestId('question-remove').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label'))))
    .toEqual(['Remove question 1', 'Remove question 2', 'Remove question 3']);
  for (const n of [1, 2, 3]) await expect(pulse.getByRole('button', { name: `Remove question ${n}`, exact: true })).toHaveText('Remove');

  // The example's eNPS rounds (-14, +33, +43) drawn as a trend, oldest first.
  const drawn = await trend(page);
  expect(drawn.label).toBe('eNPS over 3 rounds, from -14 to +43');
  expect(drawn.values).toEqual(['-14', '+33', '+43']);
  expect(errors).toEqual([]);
});

// ---- a new survey ----------------------------------------------------------------------------

test('a new survey has the three starter questions, no round yet, and survives a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  await expect(pulses(page)).toHaveCount(0);
  await expect(page.getByTestId('new-pulse')).toHaveText('New pulse survey');

  const pulse = await newPulse(page);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  await expect(pulse.getByRole('heading', { level: 3 })).toHaveText(STARTER.en.title);
  await expect(pulse.getByTestId('pulse-due')).toHaveText('No round yet');
  await expect(pulse.getByTestId('pulse-due')).toHaveClass(/band-good/);
  await expect(pulse.getByTestId('pulse-empty')).toHaveText('No answers yet: enter the first round below.');
  await expect(pulse.getByTestId('pulse-results')).toHaveCount(0);

  // Both parts start closed.
  await expect(pulse.locator('details.pulse-part > summary')).toHaveText(["Enter a round's answers", 'Questions and cadence']);
  await expect(pulse.getByTestId('pulse-round-form')).toBeHidden();
  await expect(pulse.getByTestId('pulse-title')).toBeHidden();

  // One answer field per question, named by it; the date starts on today.
  await openRoundForm(pulse);
  await expect(pulse.getByTestId('pulse-date')).toHaveValue(await todayIso(page));
  for (const q of STARTER.en.questions) await expect(pulse.getByLabel(q, { exact: true })).toHaveAttribute('data-testid', 'pulse-answers');
  await expect(pulse.getByTestId('pulse-round')).toHaveCount(0);

  await openEditor(pulse);
  await expect(pulse.getByTestId('pulse-title')).toHaveValue(STARTER.en.title);
  await expect(pulse.getByTestId('pulse-cadence')).toHaveValue('Monthly');
  await expect(pulse.getByTestId('pulse-cadence').locator('option')).toHaveText(['every week', 'every month', 'every three months']);
  expect(await questionTexts(pulse)).toEqual(STARTER.en.questions);
  for (const n of [1, 2, 3]) await expect(pulse.getByLabel(`Question ${n}`, { exact: true })).toHaveValue(STARTER.en.questions[n - 1]);

  // A new title; an empty title reads "Untitled survey".
  await saved(page, async () => {
    await pulse.getByTestId('pulse-title').fill('Counter team');
    await pulse.getByTestId('pulse-title').press('Tab');
  });
  await expect(pulse.getByRole('heading', { level: 3 })).toHaveText('Counter team');
  const second = await newPulse(page);
  await openEditor(second);
  await saved(page, async () => {
    await second.getByTestId('pulse-title').fill('  ');
    await second.getByTestId('pulse-title').press('Tab');
  });
  await expect(pulses(page).getByRole('heading', { level: 3 })).toHaveText(['Counter team', 'Untitled survey']);

  await page.reload();
  await gotoTeam(page);
  await expect(pulses(page).getByRole('heading', { level: 3 })).toHaveText(['Counter team', 'Untitled survey']);
  await expect(pulses(page).getByTestId('pulse-due')).toHaveText(['No round yet', 'No round yet']);
  await openEditor(pulses(page).first());
  expect(await questionTexts(pulses(page).first())).toEqual(STARTER.en.questions);

  // On the home page a survey with no round yet is no round due.
  await open(page, '/');
  await expect(page.getByTestId('run-status')).toContainText('Pulse rounds due');
  await expect(page.getByTestId('home-pulses')).toHaveText('0');
  expect(errors).toEqual([]);
});

// ---- rounds --------------------------------------------------------------------------------------

test('two rounds: the averages to one decimal, the answers per round, the change, what is due; all survives a reload', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const past = addDays(today, -40);

  // 40 days ago: 24/6 = 4 → shown "4.0"; 14/3 = 4.7; 5/2 = 2.5. Only one round: no change.
  const first = typed(past, ['4 5 3 4 5 3', '5 5 4', '2 3']);
  await saveRound(page, pulse, first);
  await expect(page.getByTestId('notice')).toContainText('Saved.');
  await expect(pulse.getByTestId('pulse-empty')).toHaveCount(0);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [first]));
  await expect(pulse.getByTestId('pulse-change')).toHaveText(['–', '–', '–']);
  // Monthly, the last round 40 days ago: overdue.
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Round due since ${fmtDate(addMonths(past, 1))}`);
  await expect(pulse.getByTestId('pulse-due')).toHaveClass(/band-losing/);

  // Today, with commas and extra spaces: 10/3 = 3.3 (−0.7); 14/3 = 4.7 (0.0); 4.0 (+1.5).
  const second = typed(today, [' 3, 3 4 ', '5 4 5', '4 4 4']);
  await saveRound(page, pulse, second);
  const want = expectedResults(STARTER.en.questions, [first, second]);
  await expectResults(pulse, want);
  expect(want.rows).toEqual([
    [Q1, '4.0', '3.3', '-0.7'],
    [Q2, '4.7', '4.7', '0.0'],
    [Q3, '2.5', '4.0', '+1.5'],
  ]);
  expect(want.head).toEqual(['Question', `${fmtDate(past)} · 6 answers`, `${fmtDate(today)} · 3 answers`, 'Change']);
  await expect(pulse.getByTestId('pulse-change')).toHaveText(['-0.7', '0.0', '+1.5']);
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(today, 1))}`);
  await expect(pulse.getByTestId('pulse-due')).toHaveClass(/band-asset/);
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 3 answers`, `${fmtDate(past)} · 6 answers`]);

  await page.reload();
  await gotoTeam(page);
  await expectResults(pulses(page).first(), want);
  await expect(pulses(page).first().getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(today, 1))}`);
  expect(errors).toEqual([]);
});

test('refusals: a value off the 1–5 scale or a word names the question and the value; an empty round and no date are refused; nothing is saved', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);

  await fillRound(pulse, { answers: ['4 5', '4 6', '3'] });
  await refusedRound(page, pulse, badAnswers(Q2, '6'));
  // What was typed stays, to be corrected.
  await expect(pulse.getByTestId('pulse-answers').nth(1)).toHaveValue('4 6');
  await expect(pulse.getByTestId('pulse-empty')).toBeVisible();
  await expect(pulse.getByTestId('pulse-due')).toHaveText('No round yet');

  await fillRound(pulse, { answers: ['0 3 7', '', ''] });
  await refusedRound(page, pulse, badAnswers(Q1, '0, 7'));
  await fillRound(pulse, { answers: ['4', '5', '3 good'] });
  await refusedRound(page, pulse, badAnswers(Q3, 'good'));
  await fillRound(pulse, { answers: ['4.5', '', ''] });
  await refusedRound(page, pulse, badAnswers(Q1, '4.5'));
  await fillRound(pulse, { answers: ['', '  ', ' , '] });
  await refusedRound(page, pulse, 'Type at least one answer.');
  await fillRound(pulse, { date: '', answers: ['4', '4', '4'] });
  await refusedRound(page, pulse, 'Enter the date of the round.');
  await expect(pulse.getByTestId('pulse-round')).toHaveCount(0);
  await expect(pulse.getByTestId('pulse-empty')).toBeVisible();

  // Put right: saved, the message goes. A question left empty shows "–".
  const round = typed(today, ['4 5', '', '3']);
  await saveRound(page, pulse, round);
  await expect(pulse.getByTestId('pulse-error')).toHaveCount(0);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [round]));
  await expect.poll(() => cellsShown(pulse)).toEqual(['4.5', '–', '3.0']);
  // Two people answered: the most any question got.
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 2 answers`]);
  expect(errors).toEqual([]);
});

test('a round on the same date replaces the one entered before; Remove takes a round away, with a notice whose Undo puts it back', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const earlier = addDays(today, -20);

  const a = typed(earlier, ['2 2', '3 3', '1 2']);
  const b = typed(today, ['1 1 1', '2', '3']);
  await saveRound(page, pulse, a);
  await saveRound(page, pulse, b);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [a, b]));

  // The same date again: one column for it, with the new answers only.
  const b2 = typed(today, ['5 5 4 5 5', '5', '4 4']);
  await saveRound(page, pulse, b2);
  await expect(pulse.getByTestId('pulse-round')).toHaveCount(2);
  const want = expectedResults(STARTER.en.questions, [a, b2]);
  await expectResults(pulse, want);
  expect(want.rows[0]).toEqual([Q1, '2.0', '4.8', '+2.8']);
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 5 answers`, `${fmtDate(earlier)} · 2 answers`]);

  // Each Remove button is named by its round's date.
  const removeToday = pulse.getByRole('button', { name: `Remove the round of ${fmtDate(today)}`, exact: true });
  const removeEarlier = pulse.getByRole('button', { name: `Remove the round of ${fmtDate(earlier)}`, exact: true });
  await expect(removeToday).toHaveAttribute('data-testid', 'pulse-round-remove');
  await expect(removeEarlier).toHaveAttribute('data-testid', 'pulse-round-remove');

  // Remove the newest: the earlier one is all that is left, no change, and the due date follows it.
  const onlyEarlier = expectedResults(STARTER.en.questions, [a]);
  await saved(page, () => removeToday.click());
  const notice = page.getByTestId('notice');
  await expect(notice.locator('p')).toHaveText('The round was removed.');
  await expect(notice.getByTestId('undo-delete')).toHaveText('Undo');
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(earlier)} · 2 answers`]);
  await expectResults(pulse, onlyEarlier);
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(earlier, 1))}`);

  // Undo puts the round back with its answers, and the notice goes.
  await saved(page, () => notice.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 5 answers`, `${fmtDate(earlier)} · 2 answers`]);
  await expectResults(pulse, want);
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(today, 1))}`);
  // Put back, it is saved: it is there after a reload.
  await page.reload();
  await gotoTeam(page);
  await expectResults(pulses(page).first(), want);

  // Removed again and not undone: gone after a reload.
  await openRoundForm(pulses(page).first());
  await saved(page, () => removeToday.click());
  await expect(page.getByTestId('notice').locator('p')).toHaveText('The round was removed.');
  await expectResults(pulse, onlyEarlier);

  await page.reload();
  await gotoTeam(page);
  const again = pulses(page).first();
  await expectResults(again, onlyEarlier);
  await openRoundForm(again);
  await expect(again.getByTestId('pulse-round-remove')).toHaveCount(1);
  await saved(page, () => removeEarlier.click());
  await expect(page.getByTestId('notice').locator('p')).toHaveText('The round was removed.');
  await expect(again.getByTestId('pulse-round')).toHaveCount(0);
  await expect(again.getByTestId('pulse-results')).toHaveCount(0);
  await expect(again.getByTestId('pulse-empty')).toBeVisible();
  await expect(again.getByTestId('pulse-due')).toHaveText('No round yet');
  await page.reload();
  await gotoTeam(page);
  await expect(pulses(page).first().getByTestId('pulse-due')).toHaveText('No round yet');
  expect(errors).toEqual([]);
});

test('the results show the last six rounds by date, whatever order they were entered in', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  // Seven rounds a week apart, entered out of order; the oldest has the only 1s.
  const order = [3, 0, 6, 1, 5, 2, 4];
  const answers = ['1 1', '2 3', '3 3 4', '4', '2 5', '3 4 4 4 5', '5 5 4'];
  const all = [];
  for (const i of order) {
    const r = typed(addDays(today, -7 * (6 - i)), [answers[i], answers[(i + 1) % 7], answers[(i + 2) % 7]]);
    all.push(r);
    await saveRound(page, pulse, r);
  }
  await expect(pulse.getByTestId('pulse-round')).toHaveCount(7);
  const want = expectedResults(STARTER.en.questions, all);
  expect(want.head).toHaveLength(8);
  // Five weeks ago the questions got "2 3", "3 3 4" and "4": three answered (the most any question got).
  expect(want.head[1]).toBe(`${fmtDate(addDays(today, -35))} · 3 answers`);
  expect(want.head.slice(1, -1).map((h) => h.split(' · ')[1])).toEqual(['3 answers', '3 answers', '5 answers', '5 answers', '5 answers', '3 answers']);
  await expectResults(pulse, want);
  // The oldest round ("1 1", "2 3", "3 3 4": three answered) is listed under the form but not in the table.
  await expect(roundsListed(pulse).last()).toHaveText(`${fmtDate(addDays(today, -42))} · 3 answers`);
  await expect(pulse.getByTestId('pulse-results')).not.toContainText(fmtDate(addDays(today, -42)));
  expect(errors).toEqual([]);
});

// ---- questions and cadence ---------------------------------------------------------------------

for (const title of onDays('the cadence sets the next round: a week, a month or three months after the last; overdue when past; kept after a reload')) test(title, async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const last = addDays(today, -10);
  await saveRound(page, pulse, typed(addDays(today, -50), ['3', '3', '3']));
  await saveRound(page, pulse, typed(last, ['4', '4', '4']));
  const due = pulse.getByTestId('pulse-due');
  await expect(due).toHaveText(`Next round ${fmtDate(addMonths(last, 1))}`);
  await expect(due).toHaveClass(/band-asset/);

  await openEditor(pulse);
  const cadence = pulse.getByTestId('pulse-cadence');
  await saved(page, () => cadence.selectOption('Weekly'));
  await expect(due).toHaveText(`Round due since ${fmtDate(addDays(last, 7))}`);
  await expect(due).toHaveClass(/band-losing/);
  // The home page counts this survey's round as due, and not a survey with no round yet.
  const other = await newPulse(page);
  await expect(other.getByTestId('pulse-due')).toHaveText('No round yet');
  await open(page, '/');
  await expect(page.getByTestId('home-pulses')).toHaveText('1');
  await gotoTeam(page);
  await expect(pulses(page)).toHaveCount(2);
  await expect(due).toHaveText(`Round due since ${fmtDate(addDays(last, 7))}`);
  await openEditor(pulse);
  await saved(page, () => cadence.selectOption('Quarterly'));
  await expect(due).toHaveText(`Next round ${fmtDate(addMonths(last, 3))}`);
  await expect(due).toHaveClass(/band-asset/);

  await page.reload();
  await gotoTeam(page);
  await expect(pulses(page).first().getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(last, 3))}`);
  await openEditor(pulses(page).first());
  await expect(pulses(page).first().getByTestId('pulse-cadence')).toHaveValue('Quarterly');

  // A round entered today moves the next one on.
  await saveRound(page, pulses(page).first(), typed(today, ['5', '5', '5']));
  await expect(pulses(page).first().getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addMonths(today, 3))}`);
  // Nothing is due now: the home page says 0.
  await open(page, '/');
  await expect(page.getByTestId('home-pulses')).toHaveText('0');
  expect(errors).toEqual([]);
});

test('at most ten questions: Add is disabled and a note shows at ten; a new question gets its answer field', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  await openEditor(pulse);
  const add = pulse.getByTestId('add-question');
  await expect(add).toHaveText('Add a question');
  await expect(pulse.getByTestId('pulse-full')).toHaveCount(0);

  // A fourth question, written: it gets an answer field and a row.
  await saved(page, () => add.click());
  await expect(pulse.getByTestId('pulse-question')).toHaveCount(4);
  await expect(pulse.getByLabel('Question 4', { exact: true })).toHaveValue('');
  await saved(page, async () => {
    await pulse.getByLabel('Question 4', { exact: true }).fill('I would recommend working here');
    await pulse.getByLabel('Question 4', { exact: true }).press('Tab');
  });
  await openRoundForm(pulse);
  await expect(pulse.getByTestId('pulse-answers')).toHaveCount(4);
  await expect(pulse.getByLabel('I would recommend working here', { exact: true })).toBeVisible();
  const today = await todayIso(page);
  const round = typed(today, ['4', '4', '4', '2 3']);
  await saveRound(page, pulse, round);
  await expectResults(pulse, expectedResults([...STARTER.en.questions, 'I would recommend working here'], [round]));

  // Up to ten: an empty question asks nothing (no field, no row).
  for (let n = 5; n <= 10; n += 1) {
    await expect(add).toBeEnabled();
    await saved(page, () => add.click());
    await expect(pulse.getByTestId('pulse-question')).toHaveCount(n);
  }
  await expect(add).toBeDisabled();
  await expect(pulse.getByTestId('pulse-full')).toHaveText('A pulse survey has at most ten questions: keep it short so people answer.');
  await expect(pulse.getByTestId('pulse-answers')).toHaveCount(4);
  await expect(pulse.getByTestId('pulse-row')).toHaveCount(4);
  // A click on the disabled button adds nothing.
  await add.click({ force: true });
  await expect(pulse.getByTestId('pulse-question')).toHaveCount(10);

  await page.reload();
  await gotoTeam(page);
  const again = pulses(page).first();
  await openEditor(again);
  await expect(again.getByTestId('pulse-question')).toHaveCount(10);
  await expect(again.getByTestId('add-question')).toBeDisabled();
  await expect(again.getByTestId('pulse-full')).toBeVisible();
  // Removing one lifts the limit.
  await saved(page, () => again.getByRole('button', { name: 'Remove question 10', exact: true }).click());
  await expect(again.getByTestId('pulse-question')).toHaveCount(9);
  await expect(again.getByTestId('add-question')).toBeEnabled();
  await expect(again.getByTestId('pulse-full')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('removing a question removes its answers in every round; the others keep theirs', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const a = typed(addDays(today, -30), ['2 3', '1 1 1', '4 5']);
  const b = typed(today, ['3 3', '5 5', '5 5 4']);
  await saveRound(page, pulse, a);
  await saveRound(page, pulse, b);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [a, b]));

  // The second question goes; the third keeps its own averages (4.5 and 4.7), not the second's.
  await openEditor(pulse);
  await saved(page, () => pulse.getByRole('button', { name: 'Remove question 2', exact: true }).click());
  expect(await questionTexts(pulse)).toEqual([Q1, Q3]);
  await expect(pulse.getByTestId('question-remove')).toHaveCount(2);
  await expect(pulse.getByRole('button', { name: 'Remove question 3', exact: true })).toHaveCount(0);
  const drop = (r) => ({ ...r, tallies: [r.tallies[0], r.tallies[2]] });
  const want = expectedResults([Q1, Q3], [drop(a), drop(b)]);
  expect(want.rows).toEqual([[Q1, '2.5', '3.0', '+0.5'], [Q3, '4.5', '4.7', '+0.2']]);
  // 30 days ago only the removed question had three answers: two answered the others.
  expect(want.head.slice(1, -1).map((h) => h.split(' · ')[1])).toEqual(['2 answers', '3 answers']);
  await expectResults(pulse, want);
  await openRoundForm(pulse);
  await expect(pulse.getByTestId('pulse-answers')).toHaveCount(2);
  await expect(pulse.getByLabel(Q2, { exact: true })).toHaveCount(0);

  await page.reload();
  await gotoTeam(page);
  await expectResults(pulses(page).first(), want);
  await openEditor(pulses(page).first());
  expect(await questionTexts(pulses(page).first())).toEqual([Q1, Q3]);
  expect(errors).toEqual([]);
});

// ---- the trash -----------------------------------------------------------------------------------

test('a survey goes to the trash with its rounds, and Undo brings it back', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const days = await openExampleDays(page);
  await gotoTeam(page);
  const pulse = pulses(page).first();
  const before = await results(pulse);
  expect(days.map((d) => expectedResults(STARTER.en.questions, exampleRounds(d)))).toContainEqual(before);

  // The trash is inside "Questions and cadence".
  await expect(pulse.getByTestId('pulse-delete')).toBeHidden();
  await openEditor(pulse);
  await expect(pulse.getByTestId('pulse-delete')).toHaveText('Move to the trash');
  await saved(page, () => pulse.getByTestId('pulse-delete').click());
  await expect(page.getByTestId('notice')).toContainText('Moved to the trash.');
  await expect(pulses(page)).toHaveCount(0);
  await saved(page, () => page.getByTestId('undo-delete').click());
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await expect(pulses(page)).toHaveCount(1);
  await expectResults(pulses(page).first(), before);
  await expect(pulses(page).first().getByRole('heading', { level: 3 })).toHaveText(STARTER.en.title);

  // Trashed and not undone: gone after a reload, the other survey stays.
  const mine = await newPulse(page);
  await openEditor(mine);
  await saved(page, async () => {
    await mine.getByTestId('pulse-title').fill('Kept');
    await mine.getByTestId('pulse-title').press('Tab');
  });
  await openEditor(pulses(page).first());
  await saved(page, () => pulses(page).first().getByTestId('pulse-delete').click());
  await expect(pulses(page).getByRole('heading', { level: 3 })).toHaveText(['Kept']);
  await page.reload();
  await gotoTeam(page);
  await expect(pulses(page).getByRole('heading', { level: 3 })).toHaveText(['Kept']);
  expect(errors).toEqual([]);
});

// ---- the eNPS trend ---------------------------------------------------------------------------

test('the eNPS trend: none for one round, drawn from -100 to +100 in its padded frame with the zero line from two, the first and last dates, following the rounds added and trashed', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const today = await todayIso(page);
  await expect(page.getByTestId('enps-trend')).toHaveCount(0);

  // 60 days ago all promoters (+100): one round, no trend.
  const d60 = addDays(today, -60);
  await addEnps(page, d60, '10 10 9 9');
  await expect(page.getByTestId('enps-score')).toHaveText('+100');
  await expect(page.getByTestId('enps-trend')).toHaveCount(0);

  // Today all detractors (-100): a trend from +100 down to -100.
  await addEnps(page, today, '0 1 2 3');
  await expect(page.getByTestId('enps-trend')).toBeVisible();
  let drawn = await trend(page);
  expect(drawn.role).toBe('img');
  expect(drawn.label).toBe('eNPS over 2 rounds, from +100 to -100');
  await expect(page.getByRole('img', { name: 'eNPS over 2 rounds, from +100 to -100' })).toBeVisible();
  expect(drawn.values).toEqual(['+100', '-100']);
  expect(drawn.viewBox).toBe(`0 0 ${TREND.w} ${TREND.h}`);
  // The ticks and their lines at -100, 0 and +100, inside the padding of 40.
  expect(drawn.ticks).toEqual(['-100', '0', '+100']);
  expect(drawn.ticksY).toEqual([-100, 0, 100].map(trendY));
  expect(drawn.gridY).toEqual([-100, 0, 100].map(trendY));
  expect(trendY(100)).toBe(TREND.pad);
  expect(trendY(-100)).toBe(TREND.h - TREND.pad);
  // Two rounds: both dates written, under the two sides of the frame.
  expect(drawn.dates).toEqual([fmtDate(d60), fmtDate(today)]);
  expect(drawn.datesX).toEqual([trendX(0, 2), trendX(1, 2)]);
  expect(drawn.points).toBe(2);
  // The dots at the top and bottom of the frame, the dashed zero line half-way between.
  expect(drawn.dotsX).toEqual([TREND.pad, TREND.w - TREND.pad]);
  expect(drawn.dotsY).toEqual([trendY(100), trendY(-100)]);
  expect(drawn.dotsY[0]).toBeLessThan(drawn.dotsY[1]);
  expect(drawn.zeroLineY).toEqual([trendY(0)]);
  expect(drawn.zeroLineY[0]).toBeCloseTo((drawn.dotsY[0] + drawn.dotsY[1]) / 2, 5);

  // 30 days ago: 3 promoters and 1 detractor of 6 = +33, placed between by date.
  const d30 = addDays(today, -30);
  await addEnps(page, d30, '9 9 10 7 8 0');
  await expect.poll(async () => (await trend(page)).label).toBe('eNPS over 3 rounds, from +100 to -100');
  drawn = await trend(page);
  expect(drawn.values).toEqual(['+100', '+33', '-100']);
  expect(drawn.dotsY[1]).toBeGreaterThan(drawn.dotsY[0]);
  expect(drawn.dotsY[1]).toBeLessThan(drawn.zeroLineY[0]);
  expect(drawn.dotsY[1]).toBeCloseTo(trendY(Math.round((100 * (3 - 1)) / 6)), 5);
  expect(drawn.dotsX).toEqual([0, 1, 2].map((i) => trendX(i, 3)));
  // More than two rounds: only the first and the last date are written.
  expect(drawn.dates).toEqual([fmtDate(d60), fmtDate(today)]);
  expect(drawn.datesX).toEqual([trendX(0, 3), trendX(2, 3)]);

  // Two older rounds (-100 and 0): five rounds, only the first and last dates written.
  const d120 = addDays(today, -120);
  const d90 = addDays(today, -90);
  await addEnps(page, d120, '5');
  await addEnps(page, d90, '10 8 0');
  await expect.poll(async () => (await trend(page)).label).toBe('eNPS over 5 rounds, from -100 to -100');
  drawn = await trend(page);
  expect(drawn.values).toEqual(['-100', '0', '+100', '+33', '-100']);
  expect(drawn.dates).toEqual([fmtDate(d120), fmtDate(today)]);
  expect(drawn.points).toBe(5);
  expect(drawn.datesX).toEqual([trendX(0, 5), trendX(4, 5)]);

  // The newest to the trash: four rounds ending on +33, still only the first and last dates.
  await stored(page, () => page.getByTestId('enps-round').first().getByTestId('enps-delete').click());
  await expect.poll(async () => (await trend(page)).label).toBe('eNPS over 4 rounds, from -100 to +33');
  expect((await trend(page)).dates).toEqual([fmtDate(d120), fmtDate(d30)]);
  await page.reload();
  await gotoTeam(page);
  expect((await trend(page)).label).toBe('eNPS over 4 rounds, from -100 to +33');

  // Three rounds: the first and last dates; two: both dates; one: the trend goes.
  const left = { 3: [d120, d60], 2: [d120, d90] };
  for (let n = 3; n >= 1; n -= 1) {
    await stored(page, () => page.getByTestId('enps-round').first().getByTestId('enps-delete').click());
    await expect(page.getByTestId('enps-round')).toHaveCount(n);
    if (n > 1) {
      await expect.poll(async () => (await trend(page)).points).toBe(n);
      expect((await trend(page)).dates).toEqual(left[n].map((d) => fmtDate(d)));
    }
  }
  await expect(page.getByTestId('enps-trend')).toHaveCount(0);
  await expect(page.getByTestId('enps-score')).toHaveText('-100');
  expect(errors).toEqual([]);
});

// ---- the save timer under the pinned clock -------------------------------------------------------

// An edit schedules a save 400 ms later; an explicit Save writes at once and
// cancels it. Playwright's clock numbers its timers from 10^12, past an i32:
// when the app kept the handle as an i32, clearTimeout missed, the cancelled
// save ran anyway and wrote a second manifest with nothing changed, which a
// test checking that a refusal is not saved then saw.
test('an explicit save is written once: the pending save it replaces does not follow it', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoTeam(page);
  expect(await page.evaluate(() => setTimeout(() => {}, 0)), 'the clock numbers timers past an i32').toBeGreaterThan(2 ** 31);
  const pulse = await newPulse(page);
  const afterNew = await generation(page);
  await page.waitForTimeout(1500);
  expect(await generation(page), 'no save after the explicit one').toBe(afterNew);
  await saveRound(page, pulse, { answers: ['4', '5', '3'] });
  const afterRound = await generation(page);
  await page.waitForTimeout(1500);
  expect(await generation(page), 'no save after the round\'s').toBe(afterRound);
  expect(errors).toEqual([]);
});

// ---- languages -----------------------------------------------------------------------------------

test('in Italian: the starter survey, the Italian refusal, decimal commas and dates; the eNPS trend label', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await setLang(page, 'it');
  await gotoTeam(page, 'it');
  const card = page.getByTestId('pulses');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Sondaggi pulse');
  await expect(page.getByTestId('new-pulse')).toHaveText('Nuovo sondaggio pulse');
  const pulse = await newPulse(page);
  await expect(page.getByTestId('notice')).toContainText('Salvato.');
  await expect(pulse.getByRole('heading', { level: 3 })).toHaveText(STARTER.it.title);
  await expect(pulse.getByTestId('pulse-due')).toHaveText('Ancora nessuna rilevazione');
  await expect(pulse.getByTestId('pulse-empty')).toHaveText('Ancora nessuna risposta: inserisci la prima rilevazione qui sotto.');
  await expect(pulse.locator('details.pulse-part > summary')).toHaveText(['Inserisci le risposte di una rilevazione', 'Domande e frequenza']);
  await openRoundForm(pulse);
  for (const q of STARTER.it.questions) await expect(pulse.getByLabel(q, { exact: true })).toBeVisible();
  await expect(pulse.getByTestId('save-pulse-round')).toHaveText('Salva la rilevazione');

  await fillRound(pulse, { answers: ['4', '9', ''] });
  await refusedRound(page, pulse, badAnswers(STARTER.it.questions[1], '9', 'it'));
  await fillRound(pulse, { answers: ['', '', ''] });
  await refusedRound(page, pulse, 'Scrivi almeno una risposta.');

  const today = await todayIso(page);
  const past = addDays(today, -35);
  const a = typed(past, ['4 5 5', '3 4', '2 2 3']);
  const b = typed(today, ['5 5', '4 4 5', '3']);
  await saveRound(page, pulse, a);
  await saveRound(page, pulse, b);
  const want = expectedResults(STARTER.it.questions, [a, b], 'it');
  expect(want.rows[0]).toEqual([STARTER.it.questions[0], '4,7', '5,0', '+0,3']);
  expect(want.rows[2]).toEqual([STARTER.it.questions[2], '2,3', '3,0', '+0,7']);
  await expectResults(pulse, want);
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Prossima rilevazione: ${fmtDate(addMonths(today, 1), 'it')}`);
  // Today the first question got two answers and the second three: three answered.
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today, 'it')} · 3 risposte`, `${fmtDate(past, 'it')} · 3 risposte`]);
  await expect(pulse.getByRole('button', { name: `Togli la rilevazione (${fmtDate(today, 'it')})`, exact: true })).toHaveText('Togli');
  await openEditor(pulse);
  await expect(pulse.getByTestId('pulse-cadence').locator('option')).toHaveText(['ogni settimana', 'ogni mese', 'ogni tre mesi']);
  await stored(page, () => pulse.getByTestId('pulse-cadence').selectOption('Weekly'));
  await expect(pulse.getByTestId('pulse-due')).toHaveText(`Prossima rilevazione: ${fmtDate(addDays(today, 7), 'it')}`);

  // The eNPS trend's label in Italian.
  await addEnps(page, past, '10 9 7');
  await addEnps(page, today, '10 0');
  await expect(page.getByRole('img', { name: 'eNPS in 2 rilevazioni, da +67 a 0' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('in Turkish: the example\'s survey, its averages with decimal commas, the refusal and the eNPS trend label', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await open(page, '/');
  await setLang(page, 'tr');
  const t0 = pinnedAt();
  await stored(page, () => page.getByTestId('first-visit').getByRole('button', { name: 'Örneği aç' }).click());
  const days = [...new Set([utcIso(t0), utcIso(await pageNow(page))])];
  await gotoTeam(page, 'tr');
  await expect(page.getByTestId('pulses').getByRole('heading', { level: 2 })).toHaveText('Nabız anketleri');
  const pulse = pulses(page).first();
  await expect(pulse.getByRole('heading', { level: 3 })).toHaveText(STARTER.tr.title);
  await expect(pulse.getByTestId('pulse-row')).toHaveCount(3);
  expect(days.map((d) => expectedResults(STARTER.tr.questions, exampleRounds(d), 'tr'))).toContainEqual(await results(pulse));
  await expect.poll(() => cellsShown(pulse)).toEqual(['3,0', '3,3', '4,0', '3,7', '4,0', '4,3', '2,0', '2,7', '3,3']);
  await expect(pulse.getByTestId('pulse-change')).toHaveText(['+0,7', '+0,3', '+0,7']);
  await expect(pulse.getByTestId('pulse-due')).toHaveText(new RegExp(`^(${days.map((d) => `Sonraki tur: ${fmtDate(addMonths(addDays(d, -2), 1), 'tr')}`).join('|')})$`));

  await fillRound(pulse, { answers: ['4', '4', 'beş'] });
  await refusedRound(page, pulse, badAnswers(STARTER.tr.questions[2], 'beş', 'tr'));
  await expect(page.getByRole('img', { name: '3 turda eNPS, -14 puandan +43 puana' })).toBeVisible();

  // A new survey in Turkish starts with the Turkish questions.
  const mine = await newPulse(page);
  await expect(mine.getByRole('heading', { level: 3 })).toHaveText(STARTER.tr.title);
  await expect(mine.getByTestId('pulse-due')).toHaveText('Henüz tur yok');
  await openEditor(mine);
  expect(await questionTexts(mine)).toEqual(STARTER.tr.questions);
  expect(errors).toEqual([]);
});

// ---- the keyboard ---------------------------------------------------------------------------------

for (const title of onDays('the keyboard: open "Enter a round\'s answers", type the date and the answers, Enter saves; a mistake is announced')) test(title, async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const day = addDays(today, -3);

  const summary = pulse.locator('details.pulse-part').first().locator('summary');
  await summary.focus();
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pulse.getByTestId('pulse-round-form')).toBeVisible();
  // Into the date, then each question's field. The order of the date's parts
  // follows the browser's own locale: find it with an arrow key, then type.
  await page.keyboard.press('Tab');
  const dateInput = pulse.getByTestId('pulse-date');
  await expect(dateInput).toBeFocused();
  const shown = await dateInput.inputValue();
  await page.keyboard.press('ArrowUp');
  await expect(dateInput).not.toHaveValue(shown);
  const monthFirst = (await dateInput.inputValue()).slice(5, 7) !== shown.slice(5, 7);
  const [y, m, d] = day.split('-');
  await page.keyboard.type(monthFirst ? `${m}${d}${y}` : `${d}${m}${y}`);
  await expect(pulse.getByTestId('pulse-date')).toHaveValue(day);
  const fields = pulse.getByTestId('pulse-answers');
  let tabs = 0;
  while (!(await fields.first().evaluate((e) => e === document.activeElement)) && tabs < 5) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await expect(fields.first()).toBeFocused();
  await page.keyboard.type('9 4');
  await page.keyboard.press('Tab');
  await expect(fields.nth(1)).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expect(fields.nth(2)).toBeFocused();
  await page.keyboard.type('3 5');
  // Enter in a field submits: the 9 is refused, in an alert.
  const before = await generation(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: Q1 })).toHaveText(badAnswers(Q1, '9'));
  expect(await generation(page)).toBe(before);

  // Back to the first field (Shift+Tab twice), the 9 made a 5, Enter saves.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(fields.first()).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  await page.keyboard.type('5');
  await expect(fields.first()).toHaveValue('5 4');
  await stored(page, () => page.keyboard.press('Enter'));
  await expect(pulse.getByTestId('pulse-error')).toHaveCount(0);
  // The focus stays in the form, ready for the next round.
  expect(await pulse.getByTestId('pulse-round-form').evaluate((f) => f.contains(document.activeElement))).toBe(true);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [typed(day, ['5 4', '4', '3 5'])]));
  // The save button is reachable and labelled.
  await expect(pulse.getByRole('button', { name: 'Save the round' })).toBeVisible();
  // Space on the summary closes the part again.
  await summary.focus();
  await page.keyboard.press('Space');
  await expect(pulse.getByTestId('pulse-round-form')).toBeHidden();
  expect(errors).toEqual([]);
});

// ---- export and import --------------------------------------------------------------------------

test('export → import: a survey, its cadence, questions and rounds travel in the file and come back with Replace', async ({ page }) => {
  test.setTimeout(150_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  await openEditor(pulse);
  await saved(page, async () => {
    await pulse.getByTestId('pulse-title').fill('Warehouse pulse');
    await pulse.getByTestId('pulse-title').press('Tab');
  });
  await saved(page, () => pulse.getByTestId('pulse-cadence').selectOption('Weekly'));
  await saved(page, async () => {
    await pulse.getByLabel('Question 3', { exact: true }).fill('The shifts are fair');
    await pulse.getByLabel('Question 3', { exact: true }).press('Tab');
  });
  const today = await todayIso(page);
  const questions = [Q1, Q2, 'The shifts are fair'];
  const a = typed(addDays(today, -9), ['3 4 4', '2 5', '1 2']);
  const b = typed(addDays(today, -2), ['5 4', '4 4 3', '2 2 2']);
  await saveRound(page, pulse, a);
  await saveRound(page, pulse, b);
  const want = expectedResults(questions, [a, b]);
  await expectResults(pulse, want);

  await open(page, '/share');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  const path = await download.path();
  const json = JSON.parse(await readFile(path, 'utf8'));
  const records = json.workbook.pulses;
  expect(records).toHaveLength(1);
  expect(records[0].data).toMatchObject({ title: 'Warehouse pulse', cadence: 'weekly', questions });
  expect(records[0].data.rounds.map((r) => r.date).sort()).toEqual([a.date, b.date]);
  expect(records[0].data.rounds.find((r) => r.date === b.date).answers).toEqual(b.tallies);

  // A browser that never saw it imports the file.
  await page.evaluate(() => localStorage.clear());
  await open(page, '/');
  await expect(page.getByTestId('first-visit')).toBeVisible();
  await open(page, '/share');
  await page.getByTestId('import-file').setInputFiles(path);
  const preview = page.getByTestId('preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-pulses').locator('th, td')).toHaveText(['Pulse surveys', '1', '1', '0', '0']);
  await saved(page, () => page.getByTestId('replace').click());

  await gotoTeam(page);
  const back = pulseNamed(page, 'Warehouse pulse');
  await expect(back).toHaveCount(1);
  await expectResults(back, want);
  await expect(back.getByTestId('pulse-due')).toHaveText(`Next round ${fmtDate(addDays(b.date, 7))}`);
  await openEditor(back);
  await expect(back.getByTestId('pulse-cadence')).toHaveValue('Weekly');
  expect(await questionTexts(back)).toEqual(questions);
  await page.reload();
  await gotoTeam(page);
  await expectResults(pulseNamed(page, 'Warehouse pulse'), want);
  expect(errors).toEqual([]);
});

// ---- accessibility and a phone's width --------------------------------------------------------

for (const colorScheme of ['light', 'dark']) {
  test.describe(`axe on the pulse surveys, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the example\'s survey with both parts open, the ten-question note, an error and the eNPS trend has no violations', async ({ page }) => {
      test.setTimeout(120_000);
      await openExample(page);
      await gotoTeam(page);
      await expect(page.getByTestId('enps-trend')).toBeVisible();
      const pulse = pulses(page).first();
      await openRoundForm(pulse);
      await openEditor(pulse);
      await expect(pulse.getByTestId('pulse-results')).toBeVisible();
      await expectNoViolations(page, `/run/team, the survey open (${colorScheme})`);
      for (let n = 4; n <= 10; n += 1) await saved(page, () => pulse.getByTestId('add-question').click());
      await expect(pulse.getByTestId('pulse-full')).toBeVisible();
      await fillRound(pulse, { answers: ['4', '7', '3'] });
      await refusedRound(page, pulse, badAnswers(Q2, '7'));
      const other = await newPulse(page);
      await expect(other.getByTestId('pulse-empty')).toBeVisible();
      await expectNoViolations(page, `/run/team with an error, ten questions and an empty survey (${colorScheme})`);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the survey with six rounds, both parts open and an error, and the eNPS trend, do not scroll the page sideways', async ({ page }) => {
    test.setTimeout(150_000);
    await openExample(page);
    await gotoTeam(page);
    await expect(page.getByTestId('enps-trend')).toBeVisible();
    await fits(page, '/run/team with the example');
    const pulse = pulses(page).first();
    const today = await todayIso(page);
    // Three more rounds: six columns, the widest the table gets.
    for (const d of [1, 10, 20]) await saveRound(page, pulse, typed(addDays(today, -d), ['4 5', '3', '5 5 4']));
    await expect(pulse.getByTestId('pulse-results').locator('thead th')).toHaveCount(8);
    await openEditor(pulse);
    await fillRound(pulse, { answers: ['4', '3', '12'] });
    await refusedRound(page, pulse, badAnswers(Q3, '12'));
    await fits(page, '/run/team with six rounds, both parts open and an error');
    // The trend fits the card.
    const box = await page.getByTestId('enps-trend').locator('svg').boundingBox();
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  });
});

// ---- who answered, and typed answers that follow their questions ---------------------------------

test('a round whose first question was left empty still counts who answered: the most answers any question got', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const earlier = addDays(today, -14);
  // Today nobody answered the first question; three answered the second, two the third.
  const skipped = typed(today, ['', '4 4 5', '3 3']);
  // Two weeks ago: one answer to the first, four to the second, none to the third.
  const fewer = typed(earlier, ['1', '2 2 3 3', '']);
  expect(respondentsOf(skipped.tallies)).toBe(3);
  expect(respondentsOf(fewer.tallies)).toBe(4);

  await saveRound(page, pulse, skipped);
  await expect.poll(() => cellsShown(pulse)).toEqual(['–', '4.3', '3.0']);
  await expect(pulse.getByTestId('pulse-results').locator('thead th').nth(1)).toHaveText(`${fmtDate(today)}${WORDS.en.answers(3)}`);
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 3 answers`]);
  await expectResults(pulse, expectedResults(STARTER.en.questions, [skipped]));

  await saveRound(page, pulse, fewer);
  const want = expectedResults(STARTER.en.questions, [skipped, fewer]);
  expect(want.head).toEqual(['Question', `${fmtDate(earlier)} · 4 answers`, `${fmtDate(today)} · 3 answers`, 'Change']);
  // A question with no answer in the last round has no change; the others compare their last two averages.
  expect(want.rows).toEqual([[Q1, '1.0', '–', '–'], [Q2, '2.5', '4.3', '+1.8'], [Q3, '–', '3.0', '–']]);
  await expectResults(pulse, want);
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 3 answers`, `${fmtDate(earlier)} · 4 answers`]);
  await page.reload();
  await gotoTeam(page);
  await expectResults(pulses(page).first(), want);
  expect(errors).toEqual([]);
});

test('removing a question keeps the answers typed for the other questions under their own questions', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await gotoTeam(page);
  const pulse = await newPulse(page);
  await fillRound(pulse, { answers: ['4', '1 1', '5 5'] });
  await openEditor(pulse);
  await saved(page, () => pulse.getByRole('button', { name: 'Remove question 2', exact: true }).click());
  // Two fields left, each with what was typed for its own question; the removed question's answers went with it.
  await expect(pulse.getByTestId('pulse-answers')).toHaveCount(2);
  await expect(pulse.getByLabel(Q1, { exact: true })).toHaveValue('4');
  await expect(pulse.getByLabel(Q3, { exact: true })).toHaveValue('5 5');
  await expect(pulse.getByLabel(Q2, { exact: true })).toHaveCount(0);

  // Saved as they stand: each question gets its own answers.
  const today = await todayIso(page);
  await stored(page, () => pulse.getByTestId('save-pulse-round').click());
  await expect(pulse.getByTestId('pulse-error')).toHaveCount(0);
  await expectResults(pulse, expectedResults([Q1, Q3], [typed(today, ['4', '5 5'])]));
  await expect(roundsListed(pulse)).toHaveText([`${fmtDate(today)} · 2 answers`]);
  expect(errors).toEqual([]);
});

// ---- numbers -----------------------------------------------------------------------------------------

// The averages are written with exactly one decimal, like the Change column
// ("4.0" beside "3.7"; "4,0" in Italian and Turkish).
test('the averages are written with exactly one decimal, in English and in Italian', async ({ page }) => {
  await gotoTeam(page);
  const pulse = await newPulse(page);
  const today = await todayIso(page);
  const round = typed(today, ['4 4', '3 4 4', '5']);
  await saveRound(page, pulse, round);
  const want = expectedResults(STARTER.en.questions, [round]);
  expect(cellsOf(want)).toEqual(['4.0', '3.7', '5.0']);
  await expect(pulse.getByTestId('pulse-cell')).toHaveText(cellsOf(want));
  expect(await results(pulse)).toEqual(want);
  await setLang(page, 'it');
  await expect(pulse.getByTestId('pulse-cell')).toHaveText(['4,0', '3,7', '5,0']);
});
