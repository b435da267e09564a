import { describe, expect, it } from "vitest";
import { parseWkt } from "@/lib/io/wkt";
import { importCsv } from "@/lib/io/csv-import";
import { ok } from "./helpers";
import { decodeUtf8 } from "@/lib/io/decode";
import { countPositions } from "@/lib/io/import-geometry";
import { scanJson } from "@/lib/io/json-scan";
import { MAX_FILE_BYTES } from "@/lib/io/limits";
import { formatBytes } from "@/lib/text/numbers";

describe("WKT", () => {
  it("reads every supported type, with Z dropped", () => {
    expect(parseWkt("POINT (20 54)")).toEqual({ ok: true, geometry: { type: "Point", coordinates: [20, 54] } });
    expect(parseWkt("point z (20 54 100)")).toEqual({ ok: true, geometry: { type: "Point", coordinates: [20, 54] } });
    expect(parseWkt("MULTIPOINT (1 2, 3 4)")).toMatchObject({
      geometry: {
        type: "MultiPoint",
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(parseWkt("MULTIPOINT ((1 2), (3 4))")).toMatchObject({
      geometry: {
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(parseWkt("LINESTRING (1 2, 3 4)")).toMatchObject({
      geometry: {
        type: "LineString",
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    });
    expect(parseWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")).toMatchObject({ geometry: { type: "Polygon" } });
    expect(parseWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))")).toMatchObject({
      geometry: { type: "MultiPolygon" },
    });
    expect(parseWkt("MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))")).toMatchObject({
      geometry: { type: "MultiLineString" },
    });
  });

  it("says what is wrong and where", () => {
    expect(parseWkt("CIRCLE (1 2)")).toMatchObject({ ok: false, message: expect.stringMatching(/is not WKT/) });
    expect(parseWkt("POINT EMPTY")).toMatchObject({ ok: false, message: expect.stringMatching(/EMPTY POINT/) });
    expect(parseWkt("POINT (1 x)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/"x\)" where a number was expected at character 10/),
    });
    expect(parseWkt("LINESTRING ((1 2, 3 4)")).toMatchObject({ ok: false, message: "has unbalanced parentheses" });
    expect(parseWkt("POLYGON (1 2, 3 4)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/wrong nesting/),
    });
    expect(parseWkt(`POINT ${"(".repeat(10_000)}`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/nested too deeply/),
    });
  });

  it("reads a number whole however long it is (it was cut at 40 characters and moved the point)", () => {
    expect(parseWkt("POINT (10.0000000000000000000000000000000000000045 20)")).toEqual({
      ok: true,
      geometry: { type: "Point", coordinates: [10, 20] },
    });
    expect(parseWkt(`POINT (${"1".repeat(3)}.${"0".repeat(500)}1 ${"0".repeat(60)}5)`)).toEqual({
      ok: true,
      geometry: { type: "Point", coordinates: [111, 5] },
    });
    expect(parseWkt("POINT (1e5x 2)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/where a number was expected/),
    });
  });

  it("refuses empty positions between, before and after commas", () => {
    expect(parseWkt("LINESTRING (20 54,, 21 55)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty position before the ","/),
    });
    expect(parseWkt("LINESTRING (, 20 54, 21 55)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty position/),
    });
    expect(parseWkt("LINESTRING (20 54, 21 55,)")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty position before the "\)"/),
    });
    expect(parseWkt("POINT ()")).toMatchObject({ ok: false, message: expect.stringMatching(/empty list/) });
  });
});

describe("geometry edge rules reached through CSV", () => {
  const csv = (geometry: string) => `name,start,bloc,geometry\nBox,2024-01-01,nato,"${geometry.replace(/"/g, '""')}"\n`;

  it("refuses a box across the antimeridian (it was read as a 340°-wide band of 40 million km²)", () => {
    const box = "POLYGON ((170 0, -170 0, -170 10, 170 10, 170 0))";
    const r = ok(importCsv(csv(box), { batchId: "w" }));
    expect(r.features).toHaveLength(0);
    expect(r.rejected[0]?.reason).toMatch(/longer than 180° of longitude.*split at 180°/);
    // Split at 180°, the same box is accepted.
    const split =
      "MULTIPOLYGON (((170 0, 180 0, 180 10, 170 10, 170 0)), ((-180 0, -170 0, -170 10, -180 10, -180 0)))";
    expect(ok(importCsv(csv(split), { batchId: "w" })).features).toHaveLength(1);
  });

  it("holds JSON in the geometry column to the forbidden-key and depth scan", () => {
    const hostile = '{"type":"Point","coordinates":[20,54],"__proto__":{"polluted":1}}';
    const r = ok(importCsv(csv(hostile), { batchId: "w" }));
    expect(r.features).toHaveLength(0);
    expect(r.rejected).toEqual([
      expect.objectContaining({ field: "geometry", reason: expect.stringMatching(/forbidden key "__proto__"/) }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = `{"type":"Point","coordinates":[20,54],"x":${"[".repeat(40)}${"]".repeat(40)}}`;
    expect(ok(importCsv(csv(deep), { batchId: "w" })).rejected[0]?.reason).toMatch(/nested more than/);
  });
});

describe("limits", () => {
  it("refuses empty, over-large, UTF-16 and invalid UTF-8 input; strips a byte-order mark", () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: false, message: "The file is empty (0 bytes)." });
    expect(decodeUtf8(new TextEncoder().encode("  \n "))).toEqual({
      ok: false,
      message: "The file is empty (only whitespace).",
    });
    expect(decodeUtf8(new Uint8Array(MAX_FILE_BYTES + 1))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/larger than 50 MB/),
    });
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16/),
    });
    expect(decodeUtf8(new Uint8Array([0x41, 0xc3, 0x28]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/offset 1/),
    });
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: "A" });
    expect(formatBytes(MAX_FILE_BYTES)).toBe("50 MB");
  });

  it("counts positions without recursion and stops at the cap", () => {
    expect(
      countPositions(
        [
          [
            [0, 0],
            [1, 1],
          ],
          [[2, 2]],
        ],
        10,
      ),
    ).toBe(3);
    expect(
      countPositions(
        Array.from({ length: 100 }, () => [0, 0]),
        10,
      ),
    ).toBe(11);
  });

  it("finds forbidden keys (with their paths) and excessive depth", () => {
    const value = JSON.parse('{"features":[{"properties":{"__proto__":{"x":1},"a":[{"constructor":1}]}}]}') as unknown;
    expect(scanJson(value).forbidden).toEqual([
      ["features", 0, "properties", "__proto__"],
      ["features", 0, "properties", "a", 0, "constructor"],
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = { a: deep };
    expect(scanJson(deep).tooDeep?.length).toBe(16);
  });
});
