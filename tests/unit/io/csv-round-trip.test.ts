/**
 * The CSV export carries what the GeoJSON export carries: importing either gives the same
 * events, field by field (only the fresh ids differ). Checked on every bundled event (several
 * sources, contingents, disputed ranges, inferred segments, geometry notes) and, with
 * fast-check, on bundled events whose texts are replaced by random text full of separators,
 * quotes, line breaks and formula characters (fixed seed so a failure reproduces).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { getDataset } from "@/lib/data/load-dataset";
import { importCsv } from "@/lib/io/csv-import";
import { importGeoJson } from "@/lib/io/geojson-import";
import { toCsv, toGeoJson } from "@/lib/io/export-data";
import { ok } from "./helpers";

const ctx = { batchId: "rt" };

function viaGeoJson(events: readonly AtlasEvent[]) {
  const r = ok(importGeoJson(JSON.stringify(toGeoJson(events)), ctx));
  return {
    props: r.features.map(({ properties: { id: _id, ...rest } }) => rest),
    geometry: r.features.map((f) => f.geometry),
    rejected: r.rejected,
  };
}

function viaCsv(events: readonly AtlasEvent[]) {
  const r = ok(importCsv(toCsv(events), ctx));
  return {
    props: r.features.map(({ properties: { id: _id, ...rest } }) => rest),
    geometry: r.features.map((f) => f.geometry),
    rejected: r.rejected,
  };
}

const bundled = getDataset().events;

describe("CSV export round trip", () => {
  it("gives back every field of every bundled event that the GeoJSON export gives back", () => {
    const g = viaGeoJson(bundled);
    const c = viaCsv(bundled);
    expect(c.rejected).toEqual([]);
    expect(c.props).toHaveLength(bundled.length);
    c.props.forEach((p, i) => expect(p, bundled[i]?.id).toEqual(g.props[i]));
    expect(c.geometry).toEqual(g.geometry);
    // The cases that were lost before: several sources, geometry notes, inferred segments.
    expect(bundled.some((e) => e.sources.length > 1 && e.geometryNote && e.contingents)).toBe(true);
    expect(bundled.some((e) => e.inferredSegments && e.inferredSegments.length > 0)).toBe(true);
  });

  it("keeps a place with a comma whole", () => {
    const event = {
      ...(bundled[0] as AtlasEvent),
      places: ["Kaliningrad, Russia", "Baltiysk"],
      altNames: ["A; B", "C"],
    };
    const [p] = viaCsv([event]).props;
    expect(p?.places).toEqual(["Kaliningrad, Russia", "Baltiysk"]);
    expect(p?.altNames).toEqual(["A; B", "C"]);
  });

  it("property: random texts with separators, quotes, line breaks and formula characters round-trip", () => {
    const nasty = fc.stringMatching(/^[a-zA-Z0-9 ,;|"'=+\-@\t\r\n[\]{}é–]{0,24}$/);
    const text = nasty.filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(
        fc.nat({ max: bundled.length - 1 }),
        text,
        fc.option(text, { nil: null }),
        fc.array(text, { maxLength: 3 }),
        fc.array(text, { maxLength: 3 }),
        text,
        (index, name, notes, places, altNames, title) => {
          const base = bundled[index] as AtlasEvent;
          const event: AtlasEvent = {
            ...base,
            name,
            notes,
            places,
            altNames,
            description: `${name}\n${title}`,
            geometryNote: notes,
            sources: base.sources.map((s, i) => (i === 0 ? { ...s, title } : s)),
          };
          const g = viaGeoJson([event]);
          const c = viaCsv([event]);
          expect(c.rejected).toEqual(g.rejected.map((r) => expect.objectContaining({ reason: r.reason })));
          expect(c.props).toEqual(g.props);
        },
      ),
      { seed: 1313, numRuns: 300 },
    );
  });
});
