/**
 * The work an import does per feature and per file is bounded before it starts: degenerate
 * positions are charged to the vertex budget, the crossing test stops at the first crossing
 * or at its pair budget, and the problems kept per feature and per file are capped with a
 * count of the rest. Reproducers from the fuzz report that found them.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkGeometry, MAX_CROSSING_PAIRS } from "@/lib/geo/geometry-checks";
import { firstCrossing } from "@/lib/geo/ring-crossings";
import { checkImportGeometry, countPositions } from "@/lib/io/import-geometry";
import { importGeoJson } from "@/lib/io/geojson-import";
import { MAX_ISSUES_PER_FEATURE, MAX_REJECTIONS_PER_FILE, MAX_VERTICES_PER_FEATURE } from "@/lib/io/limits";
import { collection, ok, point } from "./helpers";
import kinks from "@turf/kinks";
import { polygon } from "@turf/helpers";
import type { Position } from "geojson";

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** A closed zigzag ring of about `n` vertices whose every tooth crosses its neighbours. */
function zigzag(n: number): Position[] {
  const half = Math.floor(n / 2);
  const ring: Position[] = [];
  for (let i = 0; i < half; i++) ring.push([r5(i * 0.001), i % 2 ? 1 : 0]);
  for (let i = half - 1; i >= 0; i--) ring.push([r5(i * 0.001 + 0.0005), i % 2 ? 1 : 0]);
  ring.push(ring[0] as Position);
  return ring;
}

/** A valid counter-clockwise circle of `n` vertices. */
function circle(n: number, cx = 20, cy = 54, r = 5): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([r5(cx + r * Math.cos(a)), r5(cy + r * Math.sin(a))]);
  }
  ring.push(ring[0] as Position);
  return ring;
}

describe("countPositions charges degenerate positions", () => {
  it("counts [] and null slots, so 5,000,000 empty positions stop at the cap", () => {
    expect(countPositions([[], [], [null]], 10)).toBe(3);
    expect(countPositions([[0, 0], null, [1, 1]], 10)).toBe(3);
    const many = Array.from({ length: MAX_VERTICES_PER_FEATURE + 5 }, () => []);
    expect(countPositions(many, MAX_VERTICES_PER_FEATURE)).toBe(MAX_VERTICES_PER_FEATURE + 1);
    const check = checkImportGeometry({ type: "MultiPoint", coordinates: many });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues).toHaveLength(1);
  });
});

describe("the crossing test", () => {
  it("stops at the first crossing of a 7,001-vertex zigzag (it once ran the worker out of memory)", () => {
    const res = firstCrossing([zigzag(7001)], MAX_CROSSING_PAIRS);
    expect(res.kind).toBe("crossing");
    const issues = checkGeometry({ type: "Polygon", coordinates: [zigzag(7001)] });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/meet at \[/);
  });

  it("passes a valid 50,000-vertex circle within its pair budget", () => {
    expect(firstCrossing([circle(MAX_VERTICES_PER_FEATURE - 1)], MAX_CROSSING_PAIRS)).toEqual({ kind: "none" });
  });

  it("passes a valid comb of 20,000 long east-west teeth (swept north to south)", () => {
    const ring: Position[] = [
      [0, 0],
      [10, 0],
    ];
    for (let i = 0; i < 10_000; i++) ring.push([10, r5((i + 1) * 0.002)], [0.1, r5((i + 1) * 0.002 + 0.001)]);
    ring.push([0, r5(10_001 * 0.002)], [0, 0]);
    expect(firstCrossing([ring], MAX_CROSSING_PAIRS)).toEqual({ kind: "none" });
    expect(checkGeometry({ type: "Polygon", coordinates: [ring] })).toEqual([]);
  });

  it("refuses, without an answer, a shape that needs more comparisons than its budget", () => {
    expect(firstCrossing([circle(2000)], 10)).toEqual({ kind: "too-complex", pairs: 10 });
  });

  it("finds touching rings, collinear overlaps and zero-width spikes that kinks misses", () => {
    const square: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    // A hole touching the exterior at a vertex of the exterior.
    expect(
      firstCrossing(
        [
          square,
          [
            [0, 0],
            [2, 5],
            [5, 2],
            [0, 0],
          ].reverse() as Position[],
        ],
        1e6,
      ).kind,
    ).toBe("crossing");
    // A spike that folds back along itself.
    expect(
      firstCrossing(
        [
          [
            [0, 0],
            [10, 0],
            [10, 5],
            [10, 2],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
        ],
        1e6,
      ).kind,
    ).toBe("crossing");
    // Two collinear, non-adjacent edges overlapping.
    expect(
      firstCrossing(
        [
          [
            [0, 0],
            [10, 0],
            [10, 1],
            [5, 1],
            [5, 0.5],
            [4, 0.5],
            [4, 1],
            [0, 1],
            [0, 0],
          ],
          [
            [2, 0.2],
            [3, 0.2],
            [3, 1],
            [2, 1],
            [2, 0.2],
          ],
        ],
        1e6,
      ).kind,
    ).toBe("crossing");
    expect(firstCrossing([square], 1e6)).toEqual({ kind: "none" });
  });

  it("agrees with turf kinks on whether random small rings cross (where kinks sees crossings)", () => {
    const pos = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(pos, { minLength: 3, maxLength: 9 }), (pts) => {
        const ring: Position[] = [];
        for (const p of pts) {
          const prev = ring[ring.length - 1];
          if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) ring.push(p);
        }
        if (ring.length < 3) return;
        const first = ring[0] as Position;
        const last = ring[ring.length - 1] as Position;
        if (first[0] === last[0] && first[1] === last[1]) ring.pop();
        if (ring.length < 3) return;
        ring.push(first);
        const ours = firstCrossing([ring], 1e6).kind === "crossing";
        const theirs = kinks(polygon([ring])).features.length > 0;
        // kinks is blind to collinear overlaps and spikes, so ours may find more, never fewer.
        if (theirs) expect(ours).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("problems are capped per feature and per file", () => {
  it("keeps at most MAX_ISSUES_PER_FEATURE problems of one feature and says how many more", () => {
    const line = Array.from({ length: 300 }, (_, i) => [200 + i, 0]); // every longitude out of range
    const outcome = ok(
      importGeoJson(
        collection(point({}, undefined), {
          type: "Feature",
          properties: { name: "x", start: "2024-01-01", bloc: "nato" },
          geometry: { type: "LineString", coordinates: line },
        }),
        { batchId: "t" },
      ),
    );
    expect(outcome.rejectedFeatures).toBe(1);
    expect(outcome.rejected.length).toBeLessThanOrEqual(MAX_ISSUES_PER_FEATURE + 1);
    expect(outcome.rejected[outcome.rejected.length - 1]?.reason).toMatch(/more problems not listed/);
  });

  it("keeps at most MAX_REJECTIONS_PER_FILE problems of a file, counting every rejected feature", () => {
    const bad = Array.from({ length: MAX_REJECTIONS_PER_FILE + 500 }, () => point({ start: "never" }));
    const outcome = ok(importGeoJson(collection(...bad, point({})), { batchId: "t" }));
    expect(outcome.features).toHaveLength(1);
    expect(outcome.rejected).toHaveLength(MAX_REJECTIONS_PER_FILE);
    expect(outcome.rejectedFeatures).toBe(MAX_REJECTIONS_PER_FILE + 500);
    expect(outcome.omittedRejections).toBeGreaterThanOrEqual(500);
  });
});
