import { describe, expect, it } from "vitest";
import { importBytes } from "@/lib/io/import-file";
import { importGeoJson } from "@/lib/io/geojson-import";
import { getDataset } from "@/lib/data/load-dataset";
import { collection, failed, fixture, ok, point } from "./helpers";

const ctx = { batchId: "b1" };

describe("GeoJSON import", () => {
  it("keeps the valid features of the hostile fixture as text and names every rejected one", () => {
    const r = ok(importBytes("hostile.geojson", fixture("hostile.geojson"), ctx));
    expect(r.total).toBe(10);
    expect(r.features.map((f) => f.properties.name)).toEqual([
      "<script>window.__pwned=1</script> Baltic Hostile Drill",
      "<svg onload=window.__pwned=1> Yellow Sea Hostile Patrol",
    ]);
    const byIndex = (i: number) => r.rejected.filter((x) => x.index === i).map((x) => `${x.field}: ${x.reason}`);
    expect(byIndex(2)).toEqual([expect.stringMatching(/^properties\.__proto__: is a forbidden key/)]);
    expect(byIndex(3)).toEqual([expect.stringMatching(/^properties\.constructor: is a forbidden key/)]);
    expect(byIndex(4)).toEqual(["geometry.coordinates[0]: longitude 500 is outside [-180, 180]"]);
    expect(byIndex(5)).toEqual(["end: end date is before start date"]);
    expect(byIndex(6)).toEqual(["sources[0].url: must be an http(s) address"]);
    expect(byIndex(7)[0]).toMatch(/^geometry\.coordinates: rings must not cross or touch themselves/);
    expect(byIndex(8)).toContain("geometry.coordinates[0]: ring is not closed: its last position must equal its first");
    expect(byIndex(9)).toEqual(["start: must be a real calendar date written YYYY-MM-DD"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("fills in the documented defaults and derives the location precision", () => {
    const r = ok(
      importGeoJson(
        collection(point({ id: "My Drill!" }), {
          ...point({}),
          geometry: {
            type: "LineString",
            coordinates: [
              [20, 54],
              [21, 55],
            ],
          },
        }),
        ctx,
      ),
    );
    const [a, b] = r.features;
    expect(a?.properties).toMatchObject({
      id: "import-b1-my-drill",
      end: "2024-03-01",
      kind: "exercise",
      datePrecision: "day",
      participants: [],
      sources: [],
      personnel: null,
      parent: null,
      locationPrecision: "site",
    });
    expect(b?.properties.locationPrecision).toBe("route");
  });

  it("gives every feature a prefixed id, unique within the file", () => {
    const r = ok(importGeoJson(collection(point({ id: "x" }), point({ id: "x" }), point({ id: "x" })), ctx));
    expect(r.features.map((f) => f.properties.id)).toEqual(["import-b1-x", "import-b1-x-2", "import-b1-x-3"]);
  });

  it("never hands out an id a bundled event uses (no bundled id starts with import-)", () => {
    expect(getDataset().events.filter((e) => e.id.startsWith("import-"))).toEqual([]);
  });

  it("tidies what RFC 7946 allows but the map does not need: altitude, 6+ decimals, clockwise rings", () => {
    const clockwise = {
      type: "Polygon",
      coordinates: [
        [
          [20, 54],
          [20, 55],
          [21, 55],
          [21, 54],
          [20, 54],
        ],
      ],
    };
    const r = ok(
      importGeoJson(collection(point({}, [20.1234567, 54.7654321, 120]), { ...point({}), geometry: clockwise }), ctx),
    );
    expect(r.rejected).toEqual([]);
    expect(r.features[0]?.geometry).toEqual({ type: "Point", coordinates: [20.12346, 54.76543] });
    expect(r.features[1]?.geometry.coordinates).toEqual([
      [
        [20, 54],
        [21, 54],
        [21, 55],
        [20, 55],
        [20, 54],
      ],
    ]);
  });

  it("accepts a single Feature", () => {
    expect(ok(importGeoJson(JSON.stringify(point({})), ctx)).features).toHaveLength(1);
  });

  it("refuses files that are not GeoJSON with one clear message", () => {
    expect(failed(importBytes("empty.geojson", fixture("empty.geojson"), ctx))).toBe("The file is empty (0 bytes).");
    expect(failed(importBytes("not-geojson.json", fixture("not-geojson.json"), ctx))).toMatch(/JSON but not GeoJSON/);
    expect(failed(importGeoJson('{"type": "FeatureCollection",\n "features": [x]}', ctx))).toMatch(
      /^The file is not valid JSON: Unexpected token 'x'/,
    );
    expect(failed(importGeoJson('{"type": "Point", "coordinates": [1, 2]}', ctx))).toMatch(/bare Point geometry/);
    expect(failed(importGeoJson("[1, 2]", ctx))).toMatch(/found an array of 2/);
    expect(failed(importGeoJson('{"type": "FeatureCollection", "features": []}', ctx))).toMatch(/no features/);
  });

  it("refuses JSON nested far deeper than GeoJSON needs, without overflowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const message = failed(importGeoJson(`{"type": "FeatureCollection", "features": ${deep}}`, ctx));
    expect(message).toMatch(/nested more than 16 levels deep|not valid JSON/);
  });

  it("rejects a 1,000,000-vertex polygon on the vertex limit, and keeps the rest of the file", () => {
    const ring: number[][] = [];
    const n = 1_000_000;
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      ring.push([Math.round((20 + Math.cos(a)) * 1e5) / 1e5, Math.round((54 + Math.sin(a)) * 1e5) / 1e5]);
    }
    ring.push(ring[0] as number[]);
    const huge = { ...point({ name: "Huge" }), geometry: { type: "Polygon", coordinates: [ring] } };
    const r = ok(importGeoJson(collection(huge, point({ name: "Small" })), ctx));
    expect(r.features.map((f) => f.properties.name)).toEqual(["Small"]);
    expect(r.rejected).toEqual([
      {
        index: 0,
        line: null,
        label: "Huge",
        field: "geometry.coordinates",
        reason: "has more than 50,000 vertices (the limit per feature); simplify the geometry",
      },
    ]);
  }, 60_000);

  it("reports NaN-like and non-numeric coordinates and over-long text", () => {
    const r = ok(
      importGeoJson(collection(point({}, ["20", 54]), point({ name: "x".repeat(10_001) }), point({}, [20, 95])), ctx),
    );
    expect(r.features).toEqual([]);
    expect(r.rejected.map((x) => `${x.index} ${x.field}: ${x.reason}`)).toEqual([
      '0 geometry.coordinates[0]: longitude must be a number (found the text "20")',
      "1 name: is longer than 10,000 characters",
      "2 geometry.coordinates[1]: latitude 95 is outside [-90, 90]",
    ]);
  });

  it("refuses a file over the feature limit before checking any feature", () => {
    const text = `{"type":"FeatureCollection","features":[${Array.from({ length: 200_001 }, () => "1").join(",")}]}`;
    expect(failed(importGeoJson(text, ctx))).toMatch(/200,001 features; at most 200,000/);
  });
});
