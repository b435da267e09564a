/**
 * The timeline's extent covers the imported events too: it grows with an import dated
 * before the bundled data, shrinks back when the import goes (or a restore brings none),
 * and the window is kept as it is when it fits, clamped into the extent when it no longer does.
 */
import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/domain/days";
import { createAtlasStore, type ImportBatch } from "@/lib/store/atlas-store";
import { selectUrlDefaults } from "@/lib/store/selectors";
import { atlasEvent } from "../timeline/event-builder";

const day = (iso: string) => parseDay(iso)!;
const bundledExtent = { from: day("2005-01-01"), to: day("2026-06-30") };

function batch(id: string, start: string, end = start): ImportBatch {
  const e = atlasEvent({ id: `import-${id}`, name: `Drill ${id}`, start, end });
  return {
    id,
    fileName: `${id}.geojson`,
    importedAt: "2026-06-30T00:00:00Z",
    events: [{ ...e, origin: "imported", layer: "imported" }],
  };
}

const store = (window = bundledExtent) => createAtlasStore({ bundled: [], context: [], extent: bundledExtent, window });

describe("the extent with imports", () => {
  it("grows to 1 January of an imported event's year (1999) and the slider can then reach it", () => {
    const s = store();
    s.getState().addImport(batch("old", "1999-05-10", "1999-05-12"));
    expect(s.getState().extent).toEqual({ from: day("1999-01-01"), to: bundledExtent.to });
    // Growing the extent leaves the window as it was…
    expect(s.getState().window).toEqual(bundledExtent);
    // …and the start can now be moved to the import's dates.
    s.getState().scrubWindow({ from: day("1999-05-01"), to: day("1999-06-01") });
    expect(s.getState().window).toEqual({ from: day("1999-05-01"), to: day("1999-06-01") });
    // The URL's defaults stay the bundled extent's (links are read against it at load).
    expect(selectUrlDefaults(s.getState()).window).toEqual(bundledExtent);
  });

  it("grows past today for an import that ends later", () => {
    const s = store();
    s.getState().addImport(batch("late", "2027-02-01", "2027-03-01"));
    expect(s.getState().extent).toEqual({ from: bundledExtent.from, to: day("2027-03-01") });
  });

  it("shrinks back when the import is removed, clamping a window that was inside the import's years", () => {
    const s = store();
    s.getState().addImport(batch("old", "1999-05-10"));
    s.getState().scrubWindow({ from: day("1999-05-01"), to: day("1999-06-01") });
    s.getState().removeImport("old");
    expect(s.getState().extent).toEqual(bundledExtent);
    const w = s.getState().window;
    expect(w.from).toBeGreaterThanOrEqual(bundledExtent.from);
    expect(w.to).toBeLessThanOrEqual(bundledExtent.to);
    expect(w.from).toBeLessThanOrEqual(w.to);
    expect(w.to - w.from).toBe(day("1999-06-01") - day("1999-05-01"));
  });

  it("keeps a window that still fits exactly as it was (the same object) when an import is removed", () => {
    const s = store({ from: day("2016-01-01"), to: day("2016-12-31") });
    s.getState().addImport(batch("old", "1999-05-10"));
    const before = s.getState().window;
    s.getState().removeImport("old");
    expect(s.getState().window).toBe(before);
  });

  it("follows the imports restored from the browser (setImports), and keeps the bundled extent object without imports", () => {
    const s = store();
    s.getState().setImports([batch("a", "2001-03-01"), batch("b", "1999-12-31")]);
    expect(s.getState().extent.from).toBe(day("1999-01-01"));
    s.getState().setImports([]);
    expect(s.getState().extent).toBe(s.getState().bundledExtent);
  });
});
