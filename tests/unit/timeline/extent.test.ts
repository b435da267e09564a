import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/domain/days";
import { timelineExtent } from "@/lib/timeline/extent";

const day = (iso: string) => parseDay(iso)!;
const bundled = { from: day("2005-01-01"), to: day("2026-06-30") };

describe("timelineExtent", () => {
  it("is the bundled extent itself when every import lies inside it", () => {
    expect(timelineExtent(bundled, [])).toBe(bundled);
    expect(timelineExtent(bundled, [{ startDay: day("2010-03-03"), endDay: day("2010-03-04") }])).toBe(bundled);
  });

  it("starts on 1 January of the earliest import's year and ends at the latest end", () => {
    const events = [
      { startDay: day("1999-07-14"), endDay: day("1999-07-20") },
      { startDay: day("2027-01-05"), endDay: day("2027-02-01") },
    ];
    expect(timelineExtent(bundled, events)).toEqual({ from: day("1999-01-01"), to: day("2027-02-01") });
  });
});
