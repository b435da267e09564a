/**
 * Calendar days as integers: the number of whole UTC days since 1970-01-01. The timeline,
 * the URL and the visibility rule all work in these, so "overlaps by UTC day" is plain
 * integer comparison and no time zone or clock time can shift an event by a day.
 */
import { isCalendarDay } from "./calendar-day";

export const MS_PER_DAY = 86_400_000;

/** `Date.UTC` without its quirk: it maps years 0–99 to 1900–1999 ("0050-01-01" became 1950). */
function utcMs(year: number, month0: number, date: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, date);
  return d.getTime();
}

/** `YYYY-MM-DD` → day number; null when the text is not a real calendar date. */
export function parseDay(text: string): number | null {
  if (!isCalendarDay(text)) return null;
  const [y = 0, m = 1, d = 1] = text.split("-").map(Number);
  return utcMs(y, m - 1, d) / MS_PER_DAY;
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
