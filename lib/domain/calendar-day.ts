/**
 * Whether a string is a real `YYYY-MM-DD` calendar day. Apart from the schema so the
 * browser bundle (day arithmetic, URL parsing) does not pull in zod with it.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is `YYYY-MM-DD` and names a real calendar day (no 2023-02-29). */
export function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
