import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import { crossesAntimeridian, cutAtAntimeridian, splitLineAtJumps, unwrapRing } from "@/lib/geo/antimeridian";

const allWithin = (coords: Position[][][]) =>
  coords.every((poly) => poly.every((ring) => ring.every(([x = 0]) => x >= -180 && x <= 180)));
const noWrappedStep = (coords: Position[][][]) =>
  coords.every((poly) => poly.every((ring) => !crossesAntimeridian(ring)));

describe("cutAtAntimeridian", () => {
  // A box from 170°E to 170°W written as Natural Earth does: the ring jumps at 180°.
  const box: Position[] = [
    [170, 60],
    [-170, 60],
    [-170, 70],
    [170, 70],
    [170, 60],
  ];

  it("splits a ring that jumps across 180° into two parts that meet at ±180°", () => {
    const out = cutAtAntimeridian({ type: "Polygon", coordinates: [box] });
    expect(out.coordinates).toHaveLength(2);
    expect(allWithin(out.coordinates)).toBe(true);
    expect(noWrappedStep(out.coordinates)).toBe(true);
    const xs = out.coordinates.map((p) => p[0]!.map(([x = 0]) => x));
    const east = xs.find((x) => x.some((v) => v === 170))!;
    const west = xs.find((x) => x.some((v) => v === -170))!;
    expect(Math.max(...east)).toBe(180);
    expect(Math.min(...west)).toBe(-180);
    // Each part is closed.
    for (const p of out.coordinates) expect(p[0]![0]).toEqual(p[0]![p[0]!.length - 1]);
  });

  it("leaves a polygon that does not cross untouched", () => {
    const ring: Position[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    const out = cutAtAntimeridian({ type: "Polygon", coordinates: [ring] });
    expect(out.coordinates).toEqual([[ring]]);
  });

  it("closes a ring around the south pole along the pole instead of painting a band", () => {
    const antarctic: Position[] = [
      [-180, -80],
      [-90, -75],
      [0, -70],
      [90, -75],
      [180, -80],
      [-180, -80],
    ];
    const out = cutAtAntimeridian({ type: "Polygon", coordinates: [antarctic] });
    expect(allWithin(out.coordinates)).toBe(true);
    // The only long step runs along the pole itself (the map's bottom edge), never across the sea.
    for (const ring of out.coordinates.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const [x0 = 0, y0 = 0] = ring[i - 1]!;
        const [x1 = 0, y1 = 0] = ring[i]!;
        if (Math.abs(x1 - x0) > 180) expect([y0, y1]).toEqual([-90, -90]);
      }
    }
    const lats = out.coordinates.flat(2).map(([, y = 0]) => y);
    expect(Math.min(...lats)).toBe(-90);
  });

  it("does not mutate its input", () => {
    const frozen = Object.freeze(box.map((p) => Object.freeze([...p]))) as unknown as Position[];
    expect(() => cutAtAntimeridian({ type: "Polygon", coordinates: [frozen] })).not.toThrow();
  });
});

describe("unwrapRing and splitLineAtJumps", () => {
  it("unwraps so consecutive longitudes differ by less than 180°", () => {
    expect(
      unwrapRing([
        [179, 0],
        [-179, 0],
        [-178, 1],
      ]),
    ).toEqual([
      [179, 0],
      [181, 0],
      [182, 1],
    ]);
  });
  it("splits a line at a wrapped step", () => {
    expect(
      splitLineAtJumps([
        [170, 0],
        [179, 0],
        [-179, 0],
        [-170, 0],
      ]),
    ).toEqual([
      [
        [170, 0],
        [179, 0],
      ],
      [
        [-179, 0],
        [-170, 0],
      ],
    ]);
  });
});
