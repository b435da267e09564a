/** Behaviour of the pure geometry checks in `lib/geo/geometry-checks.ts`. */
import { describe, expect, it } from "vitest";
import type { Geometry } from "geojson";
import { checkGeometry, decimalPlaces, ringSignedArea, segmentCount } from "@/lib/geo/geometry-checks";

describe("decimalPlaces", () => {
  it("counts the decimals of the shortest form, including exponent notation", () => {
    expect(decimalPlaces(120)).toBe(0);
    expect(decimalPlaces(-12.345)).toBe(3);
    expect(decimalPlaces(0.00001)).toBe(5);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1.5e-7)).toBe(8);
    expect(decimalPlaces(1e21)).toBe(0);
  });
});

describe("ringSignedArea", () => {
  it("is positive for counter-clockwise and negative for clockwise rings", () => {
    expect(
      ringSignedArea([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBeGreaterThan(0);
    expect(
      ringSignedArea([
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 0],
      ]),
    ).toBeLessThan(0);
  });
});

describe("segmentCount", () => {
  it("counts the segments of lines, numbering a MultiLineString through all its lines", () => {
    expect(
      segmentCount({
        type: "LineString",
        coordinates: [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
      }),
    ).toBe(2);
    expect(
      segmentCount({
        type: "MultiLineString",
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
          [
            [2, 2],
            [3, 3],
            [4, 4],
          ],
        ],
      }),
    ).toBe(3);
    expect(segmentCount({ type: "Point", coordinates: [0, 0] })).toBe(0);
  });
});

describe("checkGeometry", () => {
  const valid: Geometry[] = [
    { type: "Point", coordinates: [-180, -90] },
    {
      type: "MultiPoint",
      coordinates: [
        [180, 90],
        [0.12345, 1],
      ],
    },
    {
      type: "LineString",
      coordinates: [
        [175, 0],
        [-175, 0],
      ],
    },
    {
      type: "MultiLineString",
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
    },
    {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    },
    {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      ],
    },
  ];
  it.each(valid.map((g) => [g.type, g] as const))("accepts a valid %s", (_type, g) => {
    expect(checkGeometry(g)).toEqual([]);
  });

  it("rejects a value that is not a geometry object", () => {
    expect(checkGeometry([1, 2])).toEqual([{ path: "", message: "must be a GeoJSON geometry object" }]);
  });

  it("rejects extra members such as bbox or crs", () => {
    expect(checkGeometry({ type: "Point", coordinates: [0, 0], bbox: [0, 0, 0, 0] }).map((i) => i.path)).toEqual([
      "bbox",
    ]);
  });

  it("rejects empty multi-geometries and a polygon without rings", () => {
    expect(checkGeometry({ type: "MultiPoint", coordinates: [] })[0]?.message).toBe("must contain at least one point");
    expect(checkGeometry({ type: "Polygon", coordinates: [] })[0]?.message).toBe("a polygon needs an exterior ring");
  });

  it("rejects a ring that repeats a position back to back", () => {
    expect(
      checkGeometry({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toEqual([{ path: "coordinates[0][2]", message: "repeats the position before it" }]);
  });

  it("rejects a ring with no area", () => {
    expect(
      checkGeometry({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [2, 0],
            [0, 0],
          ],
        ],
      })
        .map((i) => i.message)
        .join(),
    ).toMatch(/no area|must not cross/);
  });

  it("reports a position with a third ordinate", () => {
    expect(checkGeometry({ type: "Point", coordinates: [0, 0, 10] })[0]?.message).toContain("[longitude, latitude]");
  });

  it("does not throw on absurd input", () => {
    for (const v of [
      null,
      1,
      "x",
      {},
      { type: "Polygon" },
      { type: "Polygon", coordinates: [[null]] },
      { type: "LineString", coordinates: {} },
    ]) {
      expect(() => checkGeometry(v)).not.toThrow();
      expect(checkGeometry(v).length).toBeGreaterThan(0);
    }
  });
});
