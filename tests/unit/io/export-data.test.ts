import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toAtlasEvent } from "@/lib/domain/atlas-event";
import { CSV_EXPORT_COLUMNS, exportFileName, toCsv, toGeoJson } from "@/lib/io/export-data";
import { importCsv } from "@/lib/io/csv-import";
import { importGeoJson } from "@/lib/io/geojson-import";
import { getDataset } from "@/lib/data/load-dataset";
import { parseDay } from "@/lib/domain/days";
import { collection, ok, point } from "./helpers";

const hostile = ok(
  importGeoJson(
    collection(
      point({
        name: '=HYPERLINK("http://evil")',
        description: "+cmd",
        series: "-1+2",
        assets: "@SUM(A1)",
        notes: "\tTabbed",
        places: ["=A1"],
      }),
      point({ name: "Plain", personnel: 1200 }, [-20.5, -10.25]),
    ),
    { batchId: "ex" },
  ),
).features.map((f) => toAtlasEvent(f, "imported"));

describe("CSV export", () => {
  it("defuses every cell a spreadsheet would run as a formula, and leaves numbers alone", () => {
    // Imports trim text, so a leading tab is put back by hand: exports must defuse it too.
    const events = hostile.map((e, i) => (i === 0 ? { ...e, notes: "\tTabbed" } : e));
    const rows = Papa.parse<Record<string, string>>(toCsv(events), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]).toMatchObject({
      name: '\'=HYPERLINK("http://evil")',
      description: "'+cmd",
      series: "'-1+2",
      assets: "'@SUM(A1)",
      notes: "'\tTabbed",
      places: "'=A1",
    });
    expect(rows[1]).toMatchObject({ name: "Plain", lat: "-10.25", lon: "-20.5", personnel: "1200" });
    // Only plain numbers may start with "-".
    for (const r of rows)
      for (const cell of Object.values(r))
        expect(/^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell)).toBe(false);
  });

  it("writes one row per event in the given order, with the documented columns, and imports back", () => {
    const bundled = getDataset().events;
    const csv = toCsv(bundled);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CSV_EXPORT_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(bundled.map((e) => e.id));
    const back = ok(importCsv(csv, { batchId: "rt" }));
    expect(back.rejected).toEqual([]);
    expect(
      back.features.map((f) => [f.properties.name, f.properties.start, f.properties.end, f.geometry.type]),
    ).toEqual(bundled.map((e) => [e.name, e.start, e.end, e.geometry.type]));
  });
});

describe("GeoJSON export", () => {
  it("writes the dataset's properties only, and imports back unchanged but for the id", () => {
    const bundled = getDataset().events;
    const fc = toGeoJson(bundled);
    expect(Object.keys(fc.features[0]?.properties ?? {})).not.toContain("startDay");
    const back = ok(importGeoJson(JSON.stringify(fc), { batchId: "rt" }));
    expect(back.rejected).toEqual([]);
    back.features.forEach((f, i) => {
      const e = bundled[i]!;
      expect({ ...f.properties, id: e.id, parent: e.parent }).toEqual(toGeoJson([e]).features[0]?.properties);
    });
  });

  it("names files after the window", () => {
    expect(exportFileName({ from: parseDay("2024-01-01")!, to: parseDay("2024-12-31")! }, "csv")).toBe(
      "exercise-atlas-2024-01-01-to-2024-12-31.csv",
    );
  });
});
