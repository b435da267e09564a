/**
 * Behaviour of `validateDataset`: the good fixture passes, and every rule fails on a fixture
 * that breaks exactly that rule, with the file, feature, field and a readable message.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDataset, type DatasetProblem } from "@/lib/domain/validate-dataset";
import {
  contextProps,
  dataFile,
  eventProps,
  feature,
  goodDataset,
  square,
  type Json,
  type JsonObject,
} from "../fixtures/bad-geodata/builders";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bad-geodata/${name}`, import.meta.url), "utf8");

/** Problems of a one-file dataset holding the given features. */
function check(...features: Json[]): DatasetProblem[] {
  return validateDataset([dataFile("f.geojson", features)]);
}

function event(overrides: JsonObject = {}, geometry: Json = square()): JsonObject {
  return feature(eventProps(overrides), geometry);
}

const route = (coordinates: Json): Json => ({ type: "LineString", coordinates });

describe("validateDataset: the good fixture", () => {
  it("reports no problem for a valid dataset with every geometry type and both file kinds", () => {
    expect(validateDataset(goodDataset())).toEqual([]);
  });

  it("reports no problem for an empty list of files", () => {
    expect(validateDataset([])).toEqual([]);
  });
});

describe("validateDataset: JSON and FeatureCollection shape", () => {
  it("turns a JSON parse error into one readable problem with line and column", () => {
    const problems = validateDataset([{ file: "broken.geojson", text: fixture("broken-json.geojson") }]);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: "broken.geojson", id: null, index: null, field: "json" });
    expect(p?.message).toMatch(/^is not valid JSON: .+ at line 4, column \d+$/);
    expect(p?.message).not.toMatch(/at JSON\.parse|SyntaxError|\n/);
  });

  it("reports an empty file", () => {
    expect(validateDataset([{ file: "e.geojson", text: "  \n" }])).toEqual([
      expect.objectContaining({ field: "json", message: expect.stringContaining("file is empty") }),
    ]);
  });

  it("keeps checking the other files when one cannot be parsed", () => {
    const problems = validateDataset([
      { file: "a.geojson", text: "{" },
      dataFile("b.geojson", [event({ start: "2023-02-29", end: "2023-03-01" })]),
    ]);
    expect(problems.map((p) => p.file)).toEqual(["a.geojson", "b.geojson"]);
  });

  it("rejects a file that is not a FeatureCollection", () => {
    const problems = validateDataset([{ file: "x.geojson", text: JSON.stringify({ type: "Feature", features: {} }) }]);
    expect(problems).toEqual([
      expect.objectContaining({
        index: null,
        field: "type",
        message: expect.stringContaining('must be "FeatureCollection"'),
      }),
      expect.objectContaining({ index: null, field: "features", message: expect.stringContaining("must be an array") }),
    ]);
  });

  it("rejects a top-level array and unknown top-level members", () => {
    expect(validateDataset([{ file: "x.geojson", text: "[]" }])[0]).toMatchObject({ field: "file" });
    const text = JSON.stringify({ type: "FeatureCollection", features: [], crs: {} });
    expect(validateDataset([{ file: "x.geojson", text }])).toEqual([expect.objectContaining({ field: "crs" })]);
  });

  it("rejects a feature envelope with the wrong type, extra members or missing parts", () => {
    const problems = check(
      { type: "Feat", geometry: square(), properties: eventProps(), bbox: [0, 0, 1, 1] },
      { type: "Feature", properties: eventProps({ id: "b" }) },
      { type: "Feature", geometry: null, properties: "x" },
      42,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 0, id: "joint-sea-2012", field: "type" }),
        expect.objectContaining({
          index: 0,
          field: "bbox",
          message: expect.stringContaining("not allowed on a feature"),
        }),
        expect.objectContaining({
          index: 1,
          id: "b",
          field: "geometry",
          message: expect.stringContaining("is required"),
        }),
        expect.objectContaining({
          index: 2,
          id: null,
          field: "properties",
          message: expect.stringContaining("must be an object"),
        }),
        expect.objectContaining({
          index: 3,
          id: null,
          field: "",
          message: expect.stringContaining("must be a GeoJSON Feature"),
        }),
      ]),
    );
  });
});

describe("validateDataset: schema", () => {
  it("reports every zod issue at once, with its path as the field", () => {
    const problems = check(
      event({
        name: 3,
        bloc: "warsaw-pact",
        personnel: 0,
        participants: ["CN", "SU"],
        sources: [{ title: "t", publisher: "p", date: "2012-13", url: "https://example.org" }],
      }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ["name", "must be text (found a whole number)"],
      ["bloc", 'must be one of "cn-ru", "nato"'],
      ["participants[1]", "is not an ISO 3166-1 alpha-2 country code"],
      ["personnel", "must be greater than 0"],
      ["sources[0].date", "must be YYYY-MM-DD, YYYY-MM or YYYY"],
    ]);
    expect(problems.every((p) => p.id === "joint-sea-2012" && p.index === 0)).toBe(true);
  });

  it("rejects missing and unknown properties (strict objects)", () => {
    const props = eventProps({ colour: "red" });
    delete props.description;
    const problems = check(feature(props, square()));
    expect(problems).toEqual([
      expect.objectContaining({ field: "description", message: "is required" }),
      expect.objectContaining({ field: "colour", message: expect.stringContaining("is not a known property") }),
    ]);
  });

  it("checks context events with the context schema", () => {
    const problems = check(
      feature(contextProps({ category: "exercise", participants: ["CN"] }), { type: "Point", coordinates: [0, 0] }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(["category", "participants"]);
  });

  it("requires http(s) source urls", () => {
    for (const url of ["ftp://example.org/a", "javascript:alert(1)", "example.org/a"]) {
      const problems = check(event({ sources: [{ title: "t", publisher: "p", date: null, url }] }));
      expect(problems).toEqual([
        expect.objectContaining({ field: "sources[0].url", message: "must be an http(s) address" }),
      ]);
    }
  });

  it("requires valid participant codes", () => {
    expect(check(event({ participants: ["UK"] }))).toEqual([
      expect.objectContaining({ field: "participants[0]", message: "is not an ISO 3166-1 alpha-2 country code" }),
    ]);
  });
});

describe("validateDataset: dates", () => {
  it("rejects a day that is not on the calendar, in the wording of the data guide", () => {
    const problems = check(event({ start: "2023-02-29", end: "2023-03-01" }));
    expect(problems).toEqual([
      {
        file: "f.geojson",
        id: "joint-sea-2012",
        index: 0,
        field: "start",
        message: "must be a real calendar date written YYYY-MM-DD",
      },
    ]);
  });

  it("does not claim the end is before a start that is not a date", () => {
    expect(check(event({ start: "2012-13-01", end: "2012-04-27" })).map((p) => p.field)).toEqual(["start"]);
  });

  it("rejects badly written dates", () => {
    expect(check(event({ end: "2012-4-27" })).map((p) => p.field)).toContain("end");
  });

  it("rejects an end before the start, once", () => {
    expect(check(event({ start: "2012-04-27", end: "2012-04-22" }))).toEqual([
      expect.objectContaining({ field: "end", message: "end date is before start date" }),
    ]);
  });

  it("still rejects an end before the start when another property has a type error", () => {
    const problems = check(event({ start: "2012-04-27", end: "2012-04-22", name: 1 }));
    expect(problems.map((p) => p.field)).toEqual(["name", "end"]);
  });
});

describe("validateDataset: unique ids", () => {
  it("reports a duplicated id at both places, across files, naming the other place", () => {
    const problems = validateDataset([
      dataFile("a.geojson", [event()]),
      dataFile("b.geojson", [event({ id: "x" }), event()]),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: "a.geojson",
        index: 0,
        field: "id",
        message: expect.stringContaining("b.geojson feature #1"),
      }),
      expect.objectContaining({
        file: "b.geojson",
        index: 1,
        field: "id",
        message: expect.stringContaining("a.geojson feature #0"),
      }),
    ]);
  });
});

describe("validateDataset: coordinates", () => {
  it("rejects coordinates outside [-180, 180] × [-90, 90]", () => {
    const problems = check(event({ locationPrecision: "site" }, { type: "Point", coordinates: [180.5, -91] }));
    expect(problems.map((p) => p.field)).toEqual(["geometry.coordinates[0]", "geometry.coordinates[1]"]);
    expect(problems[0]?.message).toBe("longitude 180.5 is outside [-180, 180]");
  });

  it("rejects more than 5 decimals", () => {
    const problems = check(event({ locationPrecision: "site" }, { type: "Point", coordinates: [12.123456, 50] }));
    expect(problems).toEqual([
      expect.objectContaining({ field: "geometry.coordinates[0]", message: expect.stringContaining("6 decimals") }),
    ]);
  });

  it("rejects non-finite numbers (1e999 parses to Infinity)", () => {
    const text =
      '{"type":"FeatureCollection","features":[' +
      JSON.stringify(event({ locationPrecision: "site" }, { type: "Point", coordinates: [0, 0] })).replace(
        "[0,0]",
        "[1e999,0]",
      ) +
      "]}";
    expect(validateDataset([{ file: "f.geojson", text }])).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates[0]",
        message: "longitude must be a finite number (found Infinity)",
      }),
    ]);
  });

  it("rejects positions that are not [lon, lat] numbers", () => {
    const problems = check(event({ locationPrecision: "site" }, { type: "Point", coordinates: ["1", 2, 3] }));
    expect(problems).toEqual([expect.objectContaining({ field: "geometry.coordinates" })]);
  });
});

describe("validateDataset: polygons", () => {
  const poly = (...rings: Json[]) => event({}, { type: "Polygon", coordinates: rings });

  it("rejects an unclosed ring", () => {
    expect(
      check(
        poly([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ),
    ).toEqual([
      expect.objectContaining({ field: "geometry.coordinates[0]", message: expect.stringContaining("not closed") }),
    ]);
  });

  it("rejects a ring of fewer than 4 positions", () => {
    expect(
      check(
        poly([
          [0, 0],
          [1, 0],
          [0, 0],
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates[0]",
        message: "a ring needs at least 4 positions (found 3)",
      }),
    ]);
  });

  it("rejects a self-intersecting (bow-tie) ring, naming the crossing", () => {
    expect(
      check(
        poly([
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates",
        message: expect.stringContaining("meet at [0.5, 0.5]"),
      }),
    ]);
  });

  it("rejects a hole that crosses the exterior ring", () => {
    const problems = check(
      poly(
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [2, 2],
          [2, 12],
          [8, 8],
          [8, 2],
          [2, 2],
        ],
      ),
    );
    expect(problems.map((p) => p.message).join()).toContain("must not cross");
  });

  it("rejects a clockwise exterior ring (right-hand rule)", () => {
    expect(
      check(
        poly([
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates[0]",
        message: expect.stringContaining("counter-clockwise"),
      }),
    ]);
  });

  it("rejects a counter-clockwise hole", () => {
    const problems = check(
      poly(
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [2, 2],
          [8, 2],
          [8, 8],
          [2, 8],
          [2, 2],
        ],
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates[1]",
        message: expect.stringContaining("hole must be clockwise"),
      }),
    ]);
  });

  it("checks every polygon of a MultiPolygon", () => {
    const geometry = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
        [
          [
            [5, 5],
            [5, 6],
            [6, 6],
            [6, 5],
            [5, 5],
          ],
        ],
      ],
    };
    expect(check(event({}, geometry)).map((p) => p.field)).toEqual(["geometry.coordinates[1][0]"]);
  });
});

describe("validateDataset: routes", () => {
  const patrol = (coordinates: Json, extra: JsonObject = {}) =>
    event({ kind: "air-patrol", locationPrecision: "route", ...extra }, route(coordinates));

  it("rejects a route of one point", () => {
    expect(check(patrol([[130, 40]]))).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates",
        message: "a line needs at least 2 positions (found 1)",
      }),
    ]);
  });

  it("rejects NaN and non-numbers in a route", () => {
    const problems = check(
      patrol([
        [130, 40],
        [Number.NaN, 41],
      ]),
    );
    // JSON.stringify writes NaN as null, which the check reports as not a number
    expect(problems).toEqual([
      expect.objectContaining({
        field: "geometry.coordinates[1][0]",
        message: "longitude must be a number (found null)",
      }),
    ]);
  });

  it("rejects a waypoint repeated back to back", () => {
    expect(
      check(
        patrol([
          [130, 40],
          [130, 40],
          [131, 41],
        ]),
      ).map((p) => p.field),
    ).toEqual(["geometry.coordinates[1]"]);
  });
});

describe("validateDataset: geometry type and location precision", () => {
  it("requires a line geometry for a route", () => {
    expect(check(event({ locationPrecision: "route" }))).toEqual([
      expect.objectContaining({
        field: "geometry.type",
        message: "a route must be a LineString or MultiLineString (found Polygon)",
      }),
    ]);
  });

  it("rejects a line geometry for a site, region or sea area", () => {
    const problems = check(
      event(
        { locationPrecision: "region" },
        route([
          [0, 0],
          [1, 1],
        ]),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "geometry.type",
        message: expect.stringContaining('use locationPrecision "route"'),
      }),
    ]);
  });

  it("rejects GeometryCollection", () => {
    const problems = check(event({}, { type: "GeometryCollection", geometries: [] }));
    expect(problems.map((p) => p.field)).toEqual(["geometry.geometries", "geometry.type"]);
  });

  it("rejects a null geometry on an exercise", () => {
    expect(check(event({}, null))).toEqual([
      expect.objectContaining({ field: "geometry", message: expect.stringContaining("only context events") }),
    ]);
  });

  it("allows context events only a Point or null, with a matching locationPrecision", () => {
    const ctx = (props: JsonObject, geometry: Json) => feature(contextProps(props), geometry);
    const problems = check(
      ctx({ id: "a" }, square()),
      ctx({ id: "b", locationPrecision: "site" }, null),
      ctx({ id: "c", locationPrecision: null }, { type: "Point", coordinates: [0, 0] }),
    );
    expect(problems.map((p) => [p.id, p.field])).toEqual([
      ["a", "geometry.type"],
      ["b", "locationPrecision"],
      ["c", "locationPrecision"],
    ]);
  });
});

describe("validateDataset: inferredSegments", () => {
  it("rejects inferredSegments on a geometry that is not a line", () => {
    expect(check(event({ inferredSegments: [0] }))).toEqual([
      expect.objectContaining({ field: "inferredSegments", message: expect.stringContaining("only routes") }),
    ]);
  });

  it("rejects an index at or beyond the number of segments, and repeats", () => {
    const problems = check(
      event(
        { locationPrecision: "route", inferredSegments: [1, 2, 1] },
        route([
          [0, 0],
          [1, 1],
          [2, 2],
        ]),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: "inferredSegments[1]",
        message: "segment 2 does not exist; this route has 2 segments (0 to 1)",
      }),
      expect.objectContaining({ field: "inferredSegments[2]", message: "segment 1 is listed twice" }),
    ]);
  });

  it("numbers MultiLineString segments through all its lines", () => {
    const geometry = {
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
    };
    expect(check(event({ locationPrecision: "route", inferredSegments: [2] }, geometry))).toEqual([]);
    expect(check(event({ locationPrecision: "route", inferredSegments: [3] }, geometry))).toHaveLength(1);
  });
});

describe("validateDataset: parents", () => {
  it("accepts a parent defined in another file", () => {
    const files = [
      dataFile("a.geojson", [event({ id: "dragon-24", parent: "steadfast-defender-2024" })]),
      dataFile("b.geojson", [event({ id: "steadfast-defender-2024" })]),
    ];
    expect(validateDataset(files)).toEqual([]);
  });

  it("rejects a parent that matches no event", () => {
    expect(check(event({ parent: "no-such-event" }))).toEqual([
      expect.objectContaining({
        field: "parent",
        message: '"no-such-event" does not match the id of any event in the dataset',
      }),
    ]);
  });

  it("rejects a context event as parent", () => {
    const files = [
      dataFile("a.geojson", [event({ parent: "south-china-sea-ruling" })]),
      dataFile("c.geojson", [feature(contextProps({ locationPrecision: null }), null)]),
    ];
    const problems = validateDataset(files);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "a.geojson",
          field: "parent",
          message: expect.stringContaining("context event"),
        }),
      ]),
    );
  });

  it("rejects an event that is its own parent", () => {
    expect(check(event({ parent: "joint-sea-2012" }))).toEqual([
      expect.objectContaining({ field: "parent", message: "must not be the event's own id" }),
    ]);
  });

  it("reports every member of a parent cycle, and not the events hanging off it", () => {
    const problems = check(
      event({ id: "a", parent: "b" }),
      event({ id: "b", parent: "c" }),
      event({ id: "c", parent: "a" }),
      event({ id: "d", parent: "a" }),
    );
    expect(problems.map((p) => [p.id, p.message])).toEqual([
      ["a", "parents form a cycle, so the event is its own ancestor: a → b → c → a"],
      ["b", "parents form a cycle, so the event is its own ancestor: b → c → a → b"],
      ["c", "parents form a cycle, so the event is its own ancestor: c → a → b → c"],
    ]);
  });
});

describe("validateDataset: forbidden keys", () => {
  it("rejects __proto__, constructor and prototype anywhere, once each", () => {
    const problems = validateDataset([{ file: "p.geojson", text: fixture("proto-pollution.geojson") }]);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [null, "prototype"],
      [0, "sources[0].constructor"],
      [0, "__proto__"],
    ]);
    expect(problems.every((p) => p.message.startsWith("is a forbidden key"))).toBe(true);
  });

  it("does not pollute Object.prototype while checking", () => {
    validateDataset([{ file: "p.geojson", text: fixture("proto-pollution.geojson") }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("rejects a forbidden key inside a geometry", () => {
    const text = JSON.stringify({ type: "FeatureCollection", features: [event()] }).replace(
      '"type":"Polygon"',
      '"type":"Polygon","__proto__":{}',
    );
    expect(validateDataset([{ file: "g.geojson", text }])).toEqual([
      expect.objectContaining({ field: "geometry.__proto__" }),
    ]);
  });
});

describe("validateDataset: one kind of feature per file", () => {
  it("reports the context event in a file of exercises", () => {
    const problems = check(
      event({ id: "a" }),
      event({ id: "b" }),
      feature(contextProps({ locationPrecision: null }), null),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        index: 2,
        id: "south-china-sea-ruling",
        field: "kind",
        message: expect.stringContaining("this file holds exercise and patrol events"),
      }),
    ]);
  });

  it("reports the exercise in a file of context events", () => {
    const ctx = (id: string) => feature(contextProps({ id, locationPrecision: null }), null);
    const problems = check(ctx("a"), ctx("b"), event());
    expect(problems).toEqual([
      expect.objectContaining({
        index: 2,
        field: "kind",
        message: expect.stringContaining("this file holds context events"),
      }),
    ]);
  });

  it("lets the first feature decide a tie", () => {
    const problems = check(feature(contextProps({ locationPrecision: null }), null), event());
    expect(problems).toEqual([expect.objectContaining({ index: 1, field: "kind" })]);
  });
});

describe("validateDataset: order", () => {
  it("lists problems by file as given, then by feature", () => {
    const files = [
      dataFile("z.geojson", [event({ id: "z1", start: "x" }), event({ id: "z0", notes: "" })]),
      dataFile("a.geojson", [event({ id: "a0", end: "y" })]),
    ];
    expect(validateDataset(files).map((p) => `${p.file}#${p.index}`)).toEqual([
      "z.geojson#0",
      "z.geojson#1",
      "a.geojson#0",
    ]);
  });
});
