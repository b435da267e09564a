/** Behaviour of the report lines written by `npm run data:check`, and of the small validation helpers. */
import { describe, expect, it } from "vitest";
import { isCalendarDay } from "@/lib/domain/schema";
import { findForbiddenKeys } from "@/lib/domain/validation/forbidden-keys";
import { parseJsonText } from "@/lib/domain/validation/json-text";
import { formatPath } from "@/lib/domain/validation/problem";
import { formatProblem, formatSummary } from "@/lib/domain/validation/report";

describe("formatProblem", () => {
  it("names the file, the feature by id, the field and the message", () => {
    expect(
      formatProblem({
        file: "cn-ru-exercises.geojson",
        id: "joint-sea-2012",
        index: 3,
        field: "start",
        message: "must be a real calendar date written YYYY-MM-DD",
      }),
    ).toBe(
      "cn-ru-exercises.geojson: feature joint-sea-2012 field start: must be a real calendar date written YYYY-MM-DD",
    );
  });

  it("names a feature without an id by its index, and writes file-level problems without a feature", () => {
    expect(formatProblem({ file: "a.geojson", id: null, index: 4, field: "type", message: "m" })).toBe(
      "a.geojson: feature #4 field type: m",
    );
    expect(formatProblem({ file: "a.geojson", id: null, index: null, field: "json", message: "m" })).toBe(
      "a.geojson: json: m",
    );
    expect(formatProblem({ file: "a.geojson", id: null, index: 2, field: "", message: "m" })).toBe(
      "a.geojson: feature #2: m",
    );
  });
});

describe("formatSummary", () => {
  it("counts problems and features per file", () => {
    const problems = [
      { file: "a.geojson", id: null, index: 0, field: "x", message: "m" },
      { file: "a.geojson", id: null, index: 1, field: "x", message: "m" },
    ];
    const counts = new Map<string, number | null>([
      ["a.geojson", 2],
      ["b.geojson", 1],
      ["c.geojson", null],
    ]);
    expect(formatSummary(problems, counts)).toBe(
      "data:check FAILED: 2 problems in 3 files (a.geojson 2 features, 2 problems; b.geojson 1 feature, 0 problems; c.geojson unreadable, 0 problems)",
    );
    expect(formatSummary([], new Map([["a.geojson", 2]]))).toBe(
      "data:check OK: no problems in 1 file (a.geojson 2 features, 0 problems)",
    );
  });
});

describe("parseJsonText", () => {
  it("returns the value, ignoring a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("explains a syntax error with line and column instead of a position", () => {
    const r = parseJsonText('{\n  "a": 1,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^is not valid JSON: .+ at line 3, column 1$/);
  });

  it("explains truncated input", () => {
    const r = parseJsonText('{"a": [1, 2');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^is not valid JSON: /);
  });
});

describe("findForbiddenKeys", () => {
  it("finds own __proto__ keys kept by JSON.parse, at any depth, in document order", () => {
    const value: unknown = JSON.parse('{"a":[{"__proto__":1}],"b":{"constructor":{"prototype":2}}}');
    expect(findForbiddenKeys(value)).toEqual([
      ["a", 0, "__proto__"],
      ["b", "constructor"],
      ["b", "constructor", "prototype"],
    ]);
    expect(findForbiddenKeys({ ok: [1, { fine: true }] })).toEqual([]);
  });
});

describe("formatPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPath(["sources", 0, "url"])).toBe("sources[0].url");
    expect(formatPath(["geometry", "coordinates[0]"])).toBe("geometry.coordinates[0]");
  });
});

describe("isCalendarDay (schema fix)", () => {
  it("accepts real days in every year, leap days only in leap years", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2023-02-29")).toBe(false);
    expect(isCalendarDay("1900-02-29")).toBe(false);
    expect(isCalendarDay("0099-12-31")).toBe(true);
  });
});
