/**
 * Property-based fuzzing of both importers (fast-check, fixed seeds so a failure reproduces):
 * arbitrary text, arbitrary JSON and mutations of valid files never throw past the importer and
 * always end in features or clear errors (a non-empty message, or rejections that each name a
 * field and a reason), and never pollute a prototype.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { importText } from "@/lib/io/import-file";
import type { ImportOutcome } from "@/lib/io/types";
import { collection, point } from "./helpers";

const ctx = { batchId: "fz" };

function wellFormed(o: ImportOutcome): boolean {
  if (!o.ok) return typeof o.message === "string" && o.message.length > 10;
  const every = o.rejected.every(
    (r) => r.field !== "" && r.reason.length > 3 && (r.index !== null || r.line !== null || o.format === "geojson"),
  );
  const ids = new Set(o.features.map((f) => f.properties.id));
  return (
    every &&
    ids.size === o.features.length &&
    o.features.every((f) => f.properties.id.startsWith("import-fz-")) &&
    (o.features.length > 0 || o.rejected.length > 0)
  );
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

const validGeoJson = collection(
  point({
    name: "A",
    participants: ["PL"],
    sources: [{ title: "t", publisher: "p", date: null, url: "https://e.org" }],
  }),
  {
    ...point({ name: "B", bloc: "cn-ru" }),
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [120, 30],
          [121, 30],
          [121, 31],
          [120, 30],
        ],
      ],
    },
  },
  {
    ...point({ name: "C" }),
    geometry: {
      type: "LineString",
      coordinates: [
        [20, 54],
        [21, 55],
      ],
    },
  },
);
const validCsv =
  'name,start,end,bloc,lat,lon,participants,geometry\nA,2024-01-01,2024-01-02,nato,54,20,PL;LT,\nB,2024-02-01,,cn-ru,,,CN,"POLYGON ((120 30, 121 30, 121 31, 120 30))"\n';

/** Replaces, inserts or deletes a few characters at random places. */
const mutated = (base: string) =>
  fc
    .array(
      fc.tuple(
        fc.nat({ max: base.length }),
        fc.constantFrom("replace", "insert", "delete"),
        fc.string({ maxLength: 4 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      let s = base;
      for (const [at, op, text] of edits) {
        const i = Math.min(at, s.length);
        s = op === "insert" ? s.slice(0, i) + text : op === "delete" ? s.slice(0, i) : s.slice(0, i) + text;
        s += base.slice(Math.min(base.length, i + (op === "insert" ? 0 : text.length || 1)));
      }
      return s;
    });

/** A JSON value placed where a feature's pieces go, including hostile keys. */
const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "name",
  "start",
  "bloc",
  "type",
  "coordinates",
);
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(hostileKey, tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 4 }),
  ),
})).value;

describe("importer fuzzing", () => {
  it("GeoJSON: arbitrary text never throws and ends in features or clear errors", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => wellFormed(importText("x.geojson", s, ctx))),
      { numRuns: 1000, seed: 7 },
    );
  }, 120_000);

  it("GeoJSON: mutated valid files and arbitrary JSON in features never throw", () => {
    fc.assert(
      fc.property(mutated(validGeoJson), (s) => wellFormed(importText("x.geojson", s, ctx))),
      { numRuns: 1000, seed: 11 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(jsonish, fc.record({ type: fc.constant("Feature"), properties: jsonish, geometry: jsonish })),
          { minLength: 1, maxLength: 5 },
        ),
        (features) => {
          return wellFormed(importText("x.geojson", JSON.stringify({ type: "FeatureCollection", features }), ctx));
        },
      ),
      { numRuns: 1000, seed: 13 },
    );
  }, 120_000);

  it("CSV: arbitrary text and mutated valid files never throw and end in features or clear errors", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => wellFormed(importText("x.csv", s, ctx))),
      { numRuns: 1000, seed: 17 },
    );
    fc.assert(
      fc.property(mutated(validCsv), (s) => wellFormed(importText("x.csv", s, ctx))),
      { numRuns: 1000, seed: 19 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              fc.string({ maxLength: 12 }),
              fc.constantFrom("=1+1", "54", "-200", "nato", "2024-01-01", "NaN", "POINT (1 2)", "__proto__"),
            ),
            { maxLength: 8 },
          ),
          { maxLength: 6 },
        ),
        (rows) => {
          const text = [
            "name,start,bloc,lat,lon,geometry,participants",
            ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")),
          ].join("\n");
          return wellFormed(importText("x.csv", text, ctx));
        },
      ),
      { numRuns: 1000, seed: 23 },
    );
  }, 120_000);
});
