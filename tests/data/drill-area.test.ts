/**
 * The drill area on the real bundled polygons: the union never throws (polyclip fails on
 * the whole set of hand-drawn Baltic Sea polygons at once) and its area lies between the
 * largest single polygon and the sum of all, for each side and for random windows.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/data/load-dataset";
import { unionAreaKm2 } from "@/lib/stats/drill-area";

const events = loadDataset(join(fileURLToPath(new URL("../../", import.meta.url)), "geodata")).events;

function bounds(list: typeof events) {
  const areas = list.map((e) => e.areaKm2 ?? 0);
  return { max: Math.max(0, ...areas), sum: areas.reduce((a, b) => a + b, 0) };
}

describe("drill area on the bundled data", () => {
  it("unions each side's polygons without throwing, within the largest and the sum", () => {
    for (const bloc of ["nato", "cn-ru"] as const) {
      const side = events.filter((e) => e.bloc === bloc);
      const km2 = unionAreaKm2(side);
      const { max, sum } = bounds(side);
      expect(km2).toBeGreaterThanOrEqual(max * 0.999);
      expect(km2).toBeLessThanOrEqual(sum * 1.001);
    }
  });

  it("holds for random windows", () => {
    const first = Math.min(...events.map((e) => e.startDay));
    const last = Math.max(...events.map((e) => e.endDay));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 6000 }), (from, span) => {
        const side = events.filter((e) => e.bloc === "nato" && e.endDay >= from && e.startDay <= from + span);
        const km2 = unionAreaKm2(side);
        const { max, sum } = bounds(side);
        return km2 >= max * 0.999 && km2 <= sum * 1.001;
      }),
      { numRuns: 40 },
    );
  });
});
