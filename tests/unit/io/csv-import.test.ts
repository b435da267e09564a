import { describe, expect, it } from "vitest";
import { importBytes } from "@/lib/io/import-file";
import { importCsv } from "@/lib/io/csv-import";
import { failed, fixture, ok } from "./helpers";

const ctx = { batchId: "c1" };

describe("CSV import", () => {
  it("imports formula cells as plain text and names every problem of a bad row with its line and column", () => {
    const r = ok(importBytes("formula-cells.csv", fixture("formula-cells.csv"), ctx));
    expect(r.features.map((f) => f.properties.name)).toEqual([
      '=HYPERLINK("https://example.org","click")',
      "+SUM(1+1) Formula Drill",
      "-2+3 Minus Drill",
    ]);
    expect(r.features[1]?.properties).toMatchObject({ bloc: "cn-ru", end: "2023-06-10", participants: ["CN", "RU"] });
    expect(r.features[0]?.properties.sources).toEqual([
      { title: "https://example.org/a", publisher: "example.org", date: null, url: "https://example.org/a" },
    ]);
    expect(r.rejected.map((x) => `line ${x.line} ${x.field}: ${x.reason}`)).toEqual([
      'line 5 lon: "abc" is not a number',
      'line 5 bloc: must be one of "cn-ru", "nato"',
      "line 5 start: must be a real calendar date written YYYY-MM-DD",
      "line 5 participants: is not an ISO 3166-1 alpha-2 country code",
      "line 5 source_url: must be an http(s) address",
    ]);
  });

  it("counts lines through quoted line breaks and blank lines", () => {
    const text =
      'name,start,bloc,lat,lon,description\nA,2024-01-01,nato,54,20,"two\nlines"\n\nB,2024-01-01,nato,54,200,x\n';
    const r = ok(importCsv(text, ctx));
    expect(r.features).toHaveLength(1);
    expect(r.rejected).toEqual([
      { index: null, line: 5, label: "B", field: "lon", reason: "longitude 200 is outside [-180, 180]" },
    ]);
  });

  it("reads WKT and GeoJSON geometry cells and header aliases", () => {
    const text = [
      "Name,Start Date,Side,Geometry",
      'Area,2024-01-01,NATO,"POLYGON ((20 54, 21 54, 21 55, 20 55, 20 54))"',
      'Route,2024-01-01,China-Russia,"{""type"":""LineString"",""coordinates"":[[130,40],[135,42]]}"',
      'Bad,2024-01-01,nato,"POLYGON ((20 54, 21 54))"',
    ].join("\n");
    const r = ok(importCsv(text, ctx));
    expect(r.features.map((f) => [f.geometry.type, f.properties.locationPrecision, f.properties.bloc])).toEqual([
      ["Polygon", "region", "nato"],
      ["LineString", "route", "cn-ru"],
    ]);
    expect(r.rejected[0]).toMatchObject({ line: 4, field: "geometry" });
  });

  it("treats a __proto__ header as an unknown column", () => {
    const r = ok(
      importCsv('name,start,bloc,lat,lon,__proto__,constructor\nA,2024-01-01,nato,54,20,{"polluted":1},x\n', ctx),
    );
    expect(r.features).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a file without the required columns, naming what it found", () => {
    expect(failed(importCsv("title,when\nA,2024\n", ctx))).toMatch(
      /has no start, bloc, lat and lon \(or geometry\) column; found "title", "when"/,
    );
    expect(failed(importCsv("name,start,bloc,lat,lon\n", ctx))).toMatch(/header but no rows/);
  });

  it("refuses text that is not UTF-8", () => {
    expect(failed(importBytes("invalid-utf8.csv", fixture("invalid-utf8.csv"), ctx))).toMatch(
      /not valid UTF-8 \(first invalid byte at offset 27\)/,
    );
  });
});
