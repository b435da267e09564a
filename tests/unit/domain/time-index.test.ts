import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildTimeIndex, type Interval } from "@/lib/domain/time-index";
import { overlaps } from "@/lib/domain/time-window";

interface Item extends Interval {
  n: number;
}

const itemArb = fc
  .record({
    startDay: fc.integer({ min: 0, max: 4000 }),
    length: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 900 })),
  })
  .map(({ startDay, length }) => ({ startDay, endDay: startDay + length }));

describe("time index", () => {
  it("returns exactly the events a linear scan finds, in start order", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 300 }),
        fc.integer({ min: -100, max: 4100 }),
        fc.integer({ min: 0, max: 1500 }),
        (raw, from, width) => {
          const items: Item[] = raw.map((r, n) => ({ ...r, n }));
          const to = from + width;
          const expected = items
            .filter((e) => overlaps(e, { from, to }))
            .sort((a, b) => a.startDay - b.startDay || a.n - b.n)
            .map((e) => e.n);
          const got = buildTimeIndex(items)
            .overlapping(from, to)
            .map((e) => e.n);
          expect(got).toEqual(expected);
        },
      ),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it("counts a one-day event on its day and a window touching an end (inclusive by day)", () => {
    const idx = buildTimeIndex([
      { startDay: 10, endDay: 10 },
      { startDay: 12, endDay: 20 },
    ]);
    expect(idx.overlapping(10, 10)).toHaveLength(1);
    expect(idx.overlapping(11, 11)).toHaveLength(0);
    expect(idx.overlapping(20, 30)).toHaveLength(1);
    expect(idx.overlapping(21, 30)).toHaveLength(0);
  });
});
