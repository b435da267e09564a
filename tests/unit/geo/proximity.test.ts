import { describe, expect, it } from "vitest";
import distance from "@turf/distance";
import pointToLineDistance from "@turf/point-to-line-distance";
import { lineString, point } from "@turf/helpers";
import { distanceToTarget, proximityOf, type ProximityBorders } from "@/lib/geo/proximity";
import { arcsCross, shapeDistanceKm, shapeOf, toVec, insideRing } from "@/lib/geo/spherical";
import realBorders from "@/lib/geo/proximity-borders.json";
import { ev, route, square } from "../stats/fixtures";

const box = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

// Tiny stand-ins: "Russia" a box east of 30°E; "Belarus" a box farther; targets in the Pacific.
const fixture: ProximityBorders = {
  RU: [box(30, 50, 40, 60)],
  BY: [box(25, 40, 26, 41)],
  JP: [box(140, 35, 141, 36)],
  KR: [box(127, 35, 128, 36)],
  TW: [box(121, 23, 122, 24)],
  "US-AK": [box(-170, 60, -160, 65), box(172, 52, 179, 53)],
};

describe("spherical distances", () => {
  it("agrees with turf for a point and a segment", () => {
    const d = shapeDistanceKm(
      shapeOf({ type: "Point", coordinates: [20, 55] }),
      shapeOf({ type: "Point", coordinates: [21, 56] }),
    );
    expect(d).toBeCloseTo(distance([20, 55], [21, 56]), 0);
    const seg = shapeOf({
      type: "LineString",
      coordinates: [
        [0, 0],
        [10, 0],
      ],
    });
    const toSeg = shapeDistanceKm(shapeOf({ type: "Point", coordinates: [5, 1] }), seg);
    expect(toSeg).toBeCloseTo(
      pointToLineDistance(
        point([5, 1]),
        lineString([
          [0, 0],
          [10, 0],
        ]),
      ),
      -1,
    );
  });

  it("detects crossing arcs, also across the antimeridian, and not their antipodes", () => {
    expect(arcsCross(toVec([179, 0]), toVec([-179, 0]), toVec([180, -1]), toVec([180, 1]))).toBe(true);
    expect(arcsCross(toVec([-1, 0]), toVec([1, 0]), toVec([180, -1]), toVec([180, 1]))).toBe(false);
  });

  it("tests points inside rings, not at their antipodes", () => {
    const ring = box(30, 50, 40, 60)[0]!.map((p) => toVec(p));
    expect(insideRing(toVec([35, 55]), ring)).toBe(true);
    expect(insideRing(toVec([45, 55]), ring)).toBe(false);
    expect(insideRing(toVec([-145, -55]), ring)).toBe(false);
  });
});

describe("proximity", () => {
  it("measures a NATO drill area to the nearest Russian or Belarusian territory", () => {
    // A one-degree square whose east edge is at 29°E, 55°N: 1° of longitude there ≈ 63.8 km.
    const drill = ev({ id: "d", bloc: "nato" }, square(28, 54.5, 1));
    const r = proximityOf(drill, fixture)!;
    expect(r.measures.map((m) => m.target)).toEqual(["RU", "BY"]);
    expect(r.measures[0]!.km).toBeGreaterThan(62);
    expect(r.measures[0]!.km).toBeLessThan(65);
  });

  it("is 0 km when the area overlaps or lies inside the territory", () => {
    expect(distanceToTarget(square(29.5, 54, 1), "RU", fixture)).toBe(0);
    expect(distanceToTarget(square(33, 53, 1), "RU", fixture)).toBe(0);
  });

  it("measures a patrol route's closest approach, across the antimeridian", () => {
    // 178°E → 175°W along 54°N: passes 1° north of the Aleutian box (52–53°N, 172–179°E).
    const patrol = ev({ id: "p", bloc: "cn-ru", kind: "air-patrol" }, route([178, 54], [-175, 54]));
    const r = proximityOf(patrol, fixture)!;
    expect(r.measures.map((m) => m.target)).toContain("US-AK");
    const ak = r.measures.find((m) => m.target === "US-AK")!;
    expect(r.measures[0]!.target).toBe("US-AK");
    expect(ak.km).toBeGreaterThan(105);
    expect(ak.km).toBeLessThan(115);
  });

  it("has no proximity question for a China–Russia exercise", () => {
    expect(proximityOf(ev({ id: "x", bloc: "cn-ru" }), fixture)).toBeNull();
  });

  it("works on the bundled Natural Earth outlines", () => {
    const borders = realBorders as unknown as ProximityBorders;
    // Vilnius is about 30 km from Belarus; Warsaw about 150 km from Belarus (nearer than Kaliningrad).
    const vilnius = distanceToTarget({ type: "Point", coordinates: [25.28, 54.69] }, "BY", borders);
    expect(vilnius).toBeGreaterThan(20);
    expect(vilnius).toBeLessThan(40);
    const warsaw = proximityOf(ev({ id: "w", bloc: "nato" }, { type: "Point", coordinates: [21.01, 52.23] }), borders)!;
    expect(warsaw.measures[0]!.target).toBe("BY");
    expect(warsaw.measures[0]!.km).toBeGreaterThan(130);
    expect(warsaw.measures[0]!.km).toBeLessThan(170);
    // A route up the Korea Strait between Tsushima and Busan passes near both, over neither.
    const strait = proximityOf(
      ev({ id: "k", bloc: "cn-ru", kind: "air-patrol" }, route([128.9, 34.2], [129.7, 35.6])),
      borders,
    )!;
    for (const t of ["JP", "KR"]) {
      const km = strait.measures.find((m) => m.target === t)!.km;
      expect(km).toBeGreaterThan(5);
      expect(km).toBeLessThan(30);
    }
    // Over Tsushima itself: 0 km to Japan.
    expect(
      distanceToTarget(
        {
          type: "LineString",
          coordinates: [
            [128.6, 33.5],
            [130.2, 35.2],
          ],
        },
        "JP",
        borders,
      ),
    ).toBe(0);
  });
});
