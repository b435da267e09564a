/**
 * Month names in English, by month number 1–12: written out in running text ("9–17 August
 * 2007") and abbreviated where space is short (chart and histogram labels, "Aug 2007").
 * English regardless of the reader's locale, as is every other word in the atlas.
 */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** The first three letters of each name ("Jan" … "Dec"). */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** "August" for 8; "" outside 1–12 (day arithmetic never produces one). */
export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** "Aug" for 8; "" outside 1–12. */
export function monthAbbreviation(month: number): string {
  return MONTH_ABBREVIATIONS[month - 1] ?? "";
}
