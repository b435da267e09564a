/**
 * `parseDay` is the one reader of YYYY-MM-DD text (the schema's `isCalendarDay` and the
 * loader's `dayToUtcMs` go through it). Years 0000–0099 stay as written: `Date.UTC` would
 * read them as 1900–1999.
 */
import { describe, expect, it } from "vitest";
import { formatDay, isCalendarDay, MS_PER_DAY, parseDay } from "@/lib/domain/days";
import { dayToUtcMs } from "@/lib/domain/normalise";
import { isCalendarDay as schemaIsCalendarDay } from "@/lib/domain/schema";

/** The same day from the ISO parser of the platform, which keeps four-digit years as written. */
const isoMs = (text: string) => new Date(`${text}T00:00:00Z`).getTime();

describe("parseDay", () => {
  it("agrees with the platform's Date on every text YYYY-MM-DD of years 0000–2100 and a sample beyond", () => {
    // The reference: Date's own calendar (setUTCFullYear keeps years 0–99), a day that rolls
    // over into the next month is not a date.
    const reference = (y: number, mo: number, d: number): number | null => {
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
      return t.getTime() / MS_PER_DAY;
    };
    const years = [...Array.from({ length: 2101 }, (_, y) => y), 2400, 2500, 3000, 4000, 9999];
    let checked = 0;
    const wrong: string[] = [];
    for (const y of years)
      for (let mo = 0; mo <= 13; mo++)
        for (let d = 0; d <= 32; d++) {
          const text = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          checked++;
          if (parseDay(text) !== reference(y, mo, d) && wrong.length < 5) wrong.push(text);
        }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(900_000);
  });

  it.each(["0000-01-01", "0099-12-31", "1999-12-31", "2024-02-29", "1970-01-01"])(
    "reads %s as that day, and writes it back",
    (text) => {
      const day = parseDay(text);
      expect(day).not.toBeNull();
      expect(day! * MS_PER_DAY).toBe(isoMs(text));
      expect(formatDay(day!)).toBe(text);
      expect(isCalendarDay(text)).toBe(true);
      expect(dayToUtcMs(text)).toBe(isoMs(text));
    },
  );

  it("keeps years 0–99 apart from 1900–1999", () => {
    expect(parseDay("0099-12-31")).not.toBe(parseDay("1999-12-31"));
    expect(parseDay("0000-01-01")).toBe(-719_528);
    expect(parseDay("1999-12-31")).toBe(10_956);
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-1-01",
    "24-01-01",
    "2024-01-01T00:00",
    " 2024-01-01",
    "",
  ])("refuses %j", (text) => {
    expect(parseDay(text)).toBeNull();
    expect(isCalendarDay(text)).toBe(false);
    expect(Number.isNaN(dayToUtcMs(text))).toBe(true);
  });

  it("is the schema's date check too", () => {
    expect(schemaIsCalendarDay).toBe(isCalendarDay);
  });
});
