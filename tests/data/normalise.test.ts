/** Behaviour of `normaliseEvent` and `unwrapLongitudes`. */
import { describe, expect, it } from "vitest";
import type { Geometry } from "geojson";
import { normaliseEvent, unwrapLongitudes, type ContextFeature, type EventFeature } from "@/lib/domain/normalise";
import { contextPropertiesSchema, eventPropertiesSchema } from "@/lib/domain/schema";
import { contextProps, eventProps } from "../fixtures/bad-geodata/builders";

function eventFeature(geometry: Geometry, overrides: Parameters<typeof eventProps>[0] = {}): EventFeature {
  const properties = eventPropertiesSchema.parse(eventProps(overrides));
  return { type: "Feature", properties, geometry: geometry as EventFeature["geometry"] };
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

describe("unwrapLongitudes", () => {
  it("shifts longitudes so consecutive points differ by less than 180°", () => {
    expect(
      unwrapLongitudes([
        [175, 0],
        [-175, 0],
        [-170, 1],
      ]),
    ).toEqual([
      [175, 0],
      [185, 0],
      [190, 1],
    ]);
    expect(
      unwrapLongitudes([
        [-175, 0],
        [175, 0],
      ]),
    ).toEqual([
      [-175, 0],
      [-185, 0],
    ]);
  });

  it("leaves lines that do not cross the antimeridian alone and never mutates its input", () => {
    const line = [
      [10, 1],
      [20, 2],
      [30, 3],
    ];
    const copy = structuredClone(line);
    expect(unwrapLongitudes(line)).toEqual(line);
    expect(line).toEqual(copy);
  });

  it("keeps the first point near a reference longitude", () => {
    expect(unwrapLongitudes([[-179, 0]], 179)).toEqual([[181, 0]]);
  });
});

describe("normaliseEvent", () => {
  it("keeps every property and adds UTC midnight of the start and end days", () => {
    const n = normaliseEvent(
      eventFeature({ type: "Point", coordinates: [121.5, 36.1] }, { start: "2012-04-22", end: "2012-04-27" }),
    );
    expect(n.id).toBe("joint-sea-2012");
    expect(n.sources).toHaveLength(1);
    expect(n.startMs).toBe(Date.UTC(2012, 3, 22));
    expect(n.endMs).toBe(Date.UTC(2012, 3, 27));
    expect(n.bbox).toEqual([121.5, 36.1, 121.5, 36.1]);
    expect(n.areaKm2).toBeNull();
    expect(n.lengthKm).toBeNull();
  });

  it("measures a route across the antimeridian the short way", () => {
    const n = normaliseEvent(
      eventFeature(
        {
          type: "LineString",
          coordinates: [
            [175, 0],
            [-175, 0],
          ],
        },
        { locationPrecision: "route" },
      ),
    );
    // 10° of the equator ≈ 1,112 km (1,113 km on the WGS84 ellipsoid), not ~38,900 km
    expect(n.lengthKm).toBeGreaterThan(1100);
    expect(n.lengthKm).toBeLessThan(1125);
    expect(n.lengthKm).toBeCloseTo(EARTH_RADIUS_KM * rad(10), 0);
    expect(n.bbox).toEqual([175, 0, 185, 0]);
    expect(n.areaKm2).toBeNull();
  });

  it("unwraps each line of a MultiLineString from where the previous one ended", () => {
    const n = normaliseEvent(
      eventFeature(
        {
          type: "MultiLineString",
          coordinates: [
            [
              [170, 60],
              [179, 61],
            ],
            [
              [-179, 62],
              [-170, 63],
            ],
          ],
        },
        { locationPrecision: "route" },
      ),
    );
    expect(n.bbox).toEqual([170, 60, 190, 63]);
    expect(n.lengthKm).toBeLessThan(1500);
  });

  it("gives the area of a known polygon in km² (1°×1° at the equator ≈ 12,364 km²)", () => {
    const n = normaliseEvent(
      eventFeature({
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
      }),
    );
    const expected = EARTH_RADIUS_KM ** 2 * rad(1) * Math.sin(rad(1)); // spherical zone formula
    expect(n.areaKm2).toBeCloseTo(expected, -1);
    expect(n.areaKm2).toBeGreaterThan(12300);
    expect(n.areaKm2).toBeLessThan(12400);
    expect(n.bbox).toEqual([0, 0, 1, 1]);
    expect(n.lengthKm).toBeNull();
  });

  it("subtracts holes from the area", () => {
    const outer = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const hole = [
      [0.5, 0.5],
      [0.5, 1.5],
      [1.5, 1.5],
      [1.5, 0.5],
      [0.5, 0.5],
    ];
    const full = normaliseEvent(eventFeature({ type: "Polygon", coordinates: [outer] })).areaKm2 ?? 0;
    const holed = normaliseEvent(eventFeature({ type: "Polygon", coordinates: [outer, hole] })).areaKm2 ?? 0;
    expect(holed / full).toBeCloseTo(0.75, 2);
  });

  it("gives a context event without a place null bbox, area and length", () => {
    const properties = contextPropertiesSchema.parse(contextProps({ locationPrecision: null }));
    const feature: ContextFeature = { type: "Feature", properties, geometry: null };
    const n = normaliseEvent(feature);
    expect(n).toMatchObject({
      kind: "context",
      bbox: null,
      areaKm2: null,
      lengthKm: null,
      startMs: Date.UTC(2016, 6, 12),
    });
  });

  it("does not mutate the feature", () => {
    const feature = eventFeature(
      {
        type: "LineString",
        coordinates: [
          [175, 0],
          [-175, 0],
        ],
      },
      { locationPrecision: "route" },
    );
    const copy = structuredClone(feature);
    normaliseEvent(feature);
    expect(feature).toEqual(copy);
  });
});
