/**
 * CSV robustness: delimiter detection from the header alone, line numbers in LF, CRLF and
 * CR-only files, and formula escaping of multi-line cells in the export (with a fast-check
 * property over random multi-line text; fixed seed so a failure reproduces).
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toAtlasEvent, type AtlasEvent } from "@/lib/domain/atlas-event";
import { importCsv } from "@/lib/io/csv-import";
import { importGeoJson } from "@/lib/io/geojson-import";
import { toCsv } from "@/lib/io/export-data";
import { getDataset } from "@/lib/data/load-dataset";
import { collection, failed, ok, point } from "./helpers";

const ctx = { batchId: "rb" };

/** What a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe("CSV delimiter detection", () => {
  const lines = [
    "name,start,bloc,lat,lon,participants",
    "Baltic Drill,2024-01-01,nato,54,20,PL;LT;EE",
    "North Drill,2024-02-01,nato,60,25,FI;SE;NO",
  ];

  it("reads a comma file whose cells contain semicolons, with or without a final newline", () => {
    for (const text of [lines.join("\n"), `${lines.join("\n")}\n`, `${lines.join("\r\n")}\r\n`]) {
      const r = ok(importCsv(text, ctx));
      expect(r.rejected).toEqual([]);
      expect(r.features.map((f) => [f.properties.name, f.properties.participants])).toEqual([
        ["Baltic Drill", ["PL", "LT", "EE"]],
        ["North Drill", ["FI", "SE", "NO"]],
      ]);
    }
  });

  it("picks the delimiter that splits the header into the most known columns", () => {
    for (const d of [";", "\t", "|"]) {
      const text =
        ["name", "start", "bloc", "lat", "lon", "description"].join(d) +
        `\nA${d}2024-01-01${d}nato${d}54${d}20${d}"x, y, z"\n`;
      const r = ok(importCsv(text, ctx));
      expect(r.rejected).toEqual([]);
      expect(r.features.map((f) => [f.properties.name, f.properties.description])).toEqual([["A", "x, y, z"]]);
    }
  });

  it("still names what it found when no delimiter gives the required columns", () => {
    expect(failed(importCsv("what;when\nA;2024\n", ctx))).toMatch(
      /has no name, start, bloc, lat and lon \(or geometry\) column; found "what;when"/,
    );
    // "title" is an alias of name, so the semicolon wins and the cells are listed apart.
    expect(failed(importCsv("title;when\nA;2024\n", ctx))).toMatch(
      /has no start, bloc, lat and lon \(or geometry\) column; found "title", "when"/,
    );
  });

  it("imports the app's own CSV export (CRLF) after a final newline is added", () => {
    const bundled = getDataset().events;
    const csv = toCsv(bundled);
    for (const text of [csv, `${csv}\r\n`, `${csv}\n`]) {
      const back = ok(importCsv(text, ctx));
      expect(back.rejected).toEqual([]);
      expect(back.features.map((f) => f.properties.name)).toEqual(bundled.map((e) => e.name));
    }
  });
});

describe("CSV line ends", () => {
  const rows = [
    "name,start,bloc,lat,lon,description",
    "A,2024-01-01,nato,54,20,plain",
    'B,2024-01-01,nato,54,20,"two|lines"',
    "C,2024-01-01,nato,54,200,x",
  ];

  it("reports the same rows and the right line in LF, CRLF and CR-only files", () => {
    const outcomes = ["\n", "\r\n", "\r"].map((eol) => {
      // The quoted line break is written in the file's own style, as an editor would.
      const text = rows.join(eol).replace("two|lines", `two${eol}lines`) + eol;
      const r = ok(importCsv(text, ctx));
      return {
        total: r.total,
        names: r.features.map((f) => f.properties.name),
        descriptions: r.features.map((f) => f.properties.description?.replace(/\r\n?/g, "\n")),
        rejected: r.rejected,
      };
    });
    expect(outcomes[0]).toEqual({
      total: 3,
      names: ["A", "B"],
      descriptions: ["plain", "two\nlines"],
      rejected: [{ index: null, line: 5, label: "C", field: "lon", reason: "longitude 200 is outside [-180, 180]" }],
    });
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });

  it("counts blank lines the same way in every style", () => {
    const lines = ["name,start,bloc,lat,lon", "", "A,2024-01-01,nato,54,200", "", "", "B,2024-01-01,nato,54,20"];
    for (const eol of ["\n", "\r\n", "\r"]) {
      const r = ok(importCsv(lines.join(eol), ctx));
      expect(r.total).toBe(2);
      expect(r.rejected.map((x) => x.line)).toEqual([3]);
    }
  });

  it("reads a file that mixes line-end styles", () => {
    const text =
      'name,start,bloc,lat,lon,description\r\nA,2024-01-01,nato,54,20,"a\r\nb"\rB,2024-01-01,nato,54,200,x\nC,2024-01-01,nato,54,20,y\r\n';
    const r = ok(importCsv(text, ctx));
    expect(r.total).toBe(3);
    expect(r.features.map((f) => f.properties.name)).toEqual(["A", "C"]);
    expect(r.rejected.map((x) => [x.line, x.label])).toEqual([[4, "B"]]);
  });
});

describe("CSV quoting errors become row rejections", () => {
  const header = "name,start,bloc,lat,lon,notes";
  const row = (i: number, notes = "n") => `R${i},2024-01-01,nato,54,20,${notes}`;

  it("an unterminated quote rejects its row only; the rows after it are read (it once swallowed them: 'Imported 1 of 1')", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = [header, row(1, '"never closed'), row(2), row(3, 'a "quoted" word'), ""].join(eol);
      const r = ok(importCsv(text, ctx));
      expect(r.total).toBe(3);
      expect(r.features.map((f) => f.properties.name)).toEqual(["R2", "R3"]);
      expect(r.rejected).toEqual([
        expect.objectContaining({
          line: 2,
          label: "R1",
          field: "row",
          reason: expect.stringContaining("never closed"),
        }),
      ]);
    }
  });

  it("a malformed quote names the lines its row swallowed", () => {
    const r = ok(importCsv([header, row(1, '"bad"quote'), row(2, '"x"'), row(3), ""].join("\n"), ctx));
    expect(r.features.map((f) => f.properties.name)).toEqual(["R3"]);
    expect(r.rejected).toEqual([
      expect.objectContaining({ line: 2, field: "row", reason: expect.stringContaining("lines 2–3") }),
    ]);
  });

  it("property: in LF, CRLF and CR files with unterminated quotes, every row is imported or rejected at its own line", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 29 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (n, brokenAt, eol, finalNewline) => {
          const broken = brokenAt % n;
          const lines = [header, ...Array.from({ length: n }, (_, i) => row(i, i === broken ? '"open' : "n"))];
          const r = ok(importCsv(lines.join(eol) + (finalNewline ? eol : ""), ctx));
          expect(r.total).toBe(n);
          expect(r.features.length + r.rejectedFeatures).toBe(n);
          expect(r.rejected.map((x) => x.line)).toEqual([broken + 2]);
        },
      ),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe("CSV export formula escaping", () => {
  const base = ok(
    importGeoJson(
      collection(
        point({ name: "Base", sources: [{ title: "t", publisher: "p", date: null, url: "https://e.org/a" }] }),
      ),
      ctx,
    ),
  ).features.map((f) => toAtlasEvent(f, "imported"))[0]!;
  const withText = (name: string, title: string, notes: string): AtlasEvent => ({
    ...base,
    name,
    notes,
    sources: [{ ...base.sources[0]!, title }],
  });
  const cells = (csv: string) =>
    Papa.parse<string[]>(csv, { delimiter: ",", newline: "\r\n", header: false }).data.flat();
  const plainNumber = /^-\d+(\.\d+)?$/;

  it("defuses formulas that start a multi-line cell, and they import back unchanged", () => {
    const event = withText("=1+1\n+2", "=cmd|' /C calc'!A0\nsee", "@SUM(1)\nx");
    const csv = toCsv([event]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, newline: "\r\n", skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      name: "'=1+1\n+2",
      source_title: "'=cmd|' /C calc'!A0\nsee",
      notes: "'@SUM(1)\nx",
    });
    const back = ok(importCsv(csv, ctx));
    expect(back.rejected).toEqual([]);
    expect(back.features[0]?.properties).toMatchObject({ name: "=1+1\n+2", notes: "@SUM(1)\nx" });
    expect(back.features[0]?.properties.sources?.[0]?.title).toBe("=cmd|' /C calc'!A0\nsee");
  });

  it("keeps an apostrophe the text itself starts with through the round trip", () => {
    const back = ok(importCsv(toCsv([withText("'=not a formula", "t", "'@x")]), ctx));
    expect(back.features[0]?.properties).toMatchObject({ name: "'=not a formula", notes: "'@x" });
  });

  it("property: no cell of an export of random multi-line text starts a formula", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "'", '"', ",", "=1+1", "@SUM(A1)", "-2+3", "'=x"),
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, text, (name, title, notes) => {
        for (const cell of cells(toCsv([withText(name, title, notes)]))) {
          if (FORMULA_START.test(cell) && !plainNumber.test(cell)) return false;
        }
        return true;
      }),
      { numRuns: 1000, seed: 29 },
    );
  });
});
