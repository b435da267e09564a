/**
 * The synthetic datasets leave optional properties out (the import schema defaults them).
 * Where the benchmark builds events itself — in Node for the panel statistics, and in a page
 * without the import control — this fills the same defaults before `toAtlasEvent`.
 */
import type { Feature, Geometry } from "geojson";
import { toAtlasEvent, type AtlasEvent } from "@/lib/domain/atlas-event";
import type { EventFeature } from "@/lib/domain/feature-types";

export function syntheticToAtlasEvent(
  f: Feature<Geometry, Record<string, unknown>>,
  index: number,
  batch: string,
): AtlasEvent {
  const properties = {
    altNames: [],
    series: null,
    parent: null,
    datePrecision: "day",
    places: [],
    domains: [],
    personnel: null,
    personnelNote: null,
    assets: null,
    geometryNote: null,
    description: "",
    sources: [],
    notes: null,
    ...f.properties,
    id: `import-${batch}-${index + 1}`,
  };
  return toAtlasEvent({ type: "Feature", properties, geometry: f.geometry } as unknown as EventFeature, "imported");
}
