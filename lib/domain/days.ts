/**
 * Calendar days as integers: the number of whole UTC days since 1970-01-01. The timeline,
 * the URL and the visibility rule all work in these, so "overlaps by UTC day" is plain
 * integer comparison and no time zone or clock time can shift an event by a day.
 *
 * `parseDay` is the one reader of `YYYY-MM-DD` text: the schema's date check
 * (`isCalendarDay`), the URL, the tours, the date fields and the loader's day numbers all
 * go through it, so they agree on which texts are days, years 0000–0099 included. No zod
 * here: the browser bundle does its day arithmetic without pulling the schema in.
 */
export const MS_PER_DAY = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `Date.UTC` without its quirk: it maps years 0–99 to 1900–1999 ("0050-01-01" became 1950). */
function utcMs(year: number, month0: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, date);
  return d.getTime();
}

/** Days in month `m` (1–12) of year `y`, proleptic Gregorian (as JavaScript's Date counts), without a Date. */
function monthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a valid y-m-d, by arithmetic (H. Hinnant's days_from_civil), not
 * through Date: an import of 100,000 events reads ~600,000 dates, and two Date objects per
 * date were ~0.7 s of it. No `Date.UTC` quirk either (it maps years 0–99 to 1900–1999).
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DD` → day number; null when the text is not a real calendar date (no 2023-02-29). */
export function parseDay(text: string): number | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  // A day past the month's end (2023-02-29) or a 13th month is not a real date.
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** True when `text` is `YYYY-MM-DD` and names a real calendar day. */
export function isCalendarDay(text: string): boolean {
  return parseDay(text) !== null;
}

/** Day number → `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The UTC day that contains `ms`. */
export function dayOfMs(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Year, month (1–12) and day of month of a day number. */
export function dayParts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

/** The day number of a (year, month 1–12, date) triple, with months overflowing into years. */
export function dayFromParts(year: number, month: number, date: number): number {
  return utcMs(year, month - 1, date) / MS_PER_DAY;
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `months` months later (or earlier), clamped to the target
 * month's length: 31 January + 1 month is 29 February in a leap year.
 */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = dayParts(day);
  const total = year * 12 + (month - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return dayFromParts(ty, tm, Math.min(date, daysInMonth(ty, tm)));
}

/** First day of the month containing `day`. */
export function startOfMonth(day: number): number {
  const { year, month } = dayParts(day);
  return dayFromParts(year, month, 1);
}
