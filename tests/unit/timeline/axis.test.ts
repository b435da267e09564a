import { describe, expect, it } from "vitest";
import { dayToFraction, fractionToDay, yearTicks } from "@/lib/timeline/axis";
import { formatDay, parseDay } from "@/lib/domain/days";

const day = (s: string) => parseDay(s)!;
const extent = { from: day("2005-01-01"), to: day("2026-11-29") };

describe("timeline axis", () => {
  it("maps the extent's ends to 0 and 1 and back to the same days", () => {
    expect(dayToFraction(extent.from, extent)).toBe(0);
    expect(dayToFraction(extent.to, extent)).toBe(1);
    expect(fractionToDay(0, extent)).toBe(extent.from);
    expect(fractionToDay(1, extent)).toBe(extent.to);
  });

  it("round-trips every day of a leap February and clamps positions off the axis", () => {
    for (let d = day("2024-02-27"); d <= day("2024-03-01"); d++) {
      expect(fractionToDay(dayToFraction(d, extent), extent)).toBe(d);
    }
    expect(formatDay(fractionToDay(-0.5, extent))).toBe("2005-01-01");
    expect(formatDay(fractionToDay(7, extent))).toBe("2026-11-29");
  });

  it("puts a tick on every 1 January and thins the labels on narrow axes", () => {
    const wide = yearTicks(extent, 1200);
    expect(wide.map((t) => t.year)).toEqual(Array.from({ length: 22 }, (_, i) => 2005 + i));
    expect(wide.every((t) => formatDay(t.day).endsWith("-01-01"))).toBe(true);
    expect(wide.every((t) => t.labelled)).toBe(true);
    const narrow = yearTicks(extent, 360);
    expect(narrow).toHaveLength(22);
    const labelled = narrow.filter((t) => t.labelled).map((t) => t.year);
    expect(labelled.length).toBeLessThan(12);
    expect(labelled.every((y) => y % 2 === 0 || y % 5 === 0)).toBe(true);
  });

  it("has no tick before an extent that starts mid-year", () => {
    const ticks = yearTicks({ from: day("2005-06-01"), to: day("2007-02-01") }, 800);
    expect(ticks.map((t) => t.year)).toEqual([2006, 2007]);
  });
});
