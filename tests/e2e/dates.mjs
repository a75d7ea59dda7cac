// Date helpers shared by the end-to-end specs.
//
// Dates travel as "YYYY-MM-DD" strings, the way the app stores them and the
// way <input type="date"> reads and writes them. The arithmetic here is done
// on UTC midnights, so no time zone or daylight-saving change can move a date
// by a day: the result is the calendar date, as the app computes it with
// chrono's NaiveDate.
//
// Today's date is the page's, not Node's: take it with `todayIso(page)` from
// helpers.mjs, or with `isoDay(page, n)` below for a day before or after it.

/** Month names as the app writes them in long dates, per interface or document language. */
export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
};

/**
 * "2026-11-04" as the app writes it: "4 November 2026" (`lang` 'en', the
 * default), "4 novembre 2026" ('it'), "4 Kasım 2026" ('tr'). The day has no
 * leading zero; the month name is lower case in Italian.
 */
export function fmtDate(iso, lang = 'en') {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** The date of a Date object, as YYYY-MM-DD in UTC. */
export const isoOf = (dt) => dt.toISOString().slice(0, 10);

/** A YYYY-MM-DD date as the Date of its UTC midnight (the inverse of `isoOf`). */
export const parseIso = (iso) => new Date(`${iso}T00:00:00Z`);

/** YYYY-MM-DD plus `n` calendar days (`n` may be negative): addDays('2026-02-27', 2) is '2026-03-01'. */
export function addDays(iso, n) {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return isoOf(d);
}

/**
 * YYYY-MM-DD plus `n` calendar months (`n` may be negative), as chrono does:
 * the day is clamped to the end of a shorter month, so 31 January plus one
 * month is 28 February (29 in a leap year), and 31 March plus six is 30 September.
 */
export function addMonths(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return isoOf(first);
}

/**
 * The UTC date of a moment in milliseconds since the epoch, as YYYY-MM-DD.
 * The example workbook dates its records in UTC days before it was opened, so
 * a spec that opens it between two moments t0 and t1 expects
 * `utcIso(t0 - k * 864e5)` or `utcIso(t1 - k * 864e5)`.
 */
export const utcIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The page's local date `days` days from today (0, the default, is today),
 * as YYYY-MM-DD. Counted from local noon, so a daylight-saving change cannot
 * skip or repeat a day.
 */
export async function isoDay(page, days = 0) {
  return page.evaluate((n) => {
    const d = new Date();
    d.setHours(12, 0, 0, 0);
    d.setDate(d.getDate() + n);
    const p = (x) => String(x).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  }, days);
}
