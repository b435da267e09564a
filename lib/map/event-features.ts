/**
 * AtlasEvents → the GeoJSON the map draws. Built once per set of events (never per slider
 * step: the window reaches the map as a filter, so this data stays referentially stable).
 *
 * Each feature carries the visibility fields (`layer`, `startDay`, `endDay`, `kind`,
 * `participantsKey`, `domainsKey`, `searchText`) so the filter compiled from the one
 * visibility rule can run on it, plus what the styles need (`id`, `name`, `bloc`,
 * `precise`, `segment`).
 *
 * Routes are split into runs of consecutive segments with the same support, so segments no
 * source supports (`inferredSegments`) can be drawn dashed; their longitudes are unwrapped
 * so a route across the antimeridian takes the short way. Polygons also get a label point.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Position } from "geojson";
import type { AtlasEvent } from "../domain/atlas-event";
import { unwrapLongitudes } from "../geo/unwrap-longitudes";

export interface MapEventProperties {
  id: string;
  name: string;
  layer: string;
  bloc: string;
  kind: string;
  startDay: number;
  endDay: number;
  participantsKey: string;
  domainsKey: string;
  searchText: string;
  /** 1 when the location is a named site, 0 when it is approximate (region, sea area, route). */
  precise: 0 | 1;
  /** For route pieces: whether a source supports this run of segments. */
  segment: "sourced" | "inferred" | "none";
  /** "point" | "area" | "route" | "label" — which family of map layers draws it. */
  shape: "point" | "area" | "route";
}

function baseProps(e: AtlasEvent): Omit<MapEventProperties, "segment" | "shape"> {
  return {
    id: e.id,
    name: e.name,
    layer: e.layer,
    bloc: e.bloc,
    kind: e.kind,
    startDay: e.startDay,
    endDay: e.endDay,
    participantsKey: e.participantsKey,
    domainsKey: e.domainsKey,
    searchText: e.searchText,
    precise: e.locationPrecision === "site" ? 1 : 0,
  };
}

/** Splits one line into runs of segments that are all sourced or all inferred. */
export function splitRoute(
  coordinates: readonly Position[],
  inferred: ReadonlySet<number>,
  segmentOffset = 0,
): { coordinates: Position[]; inferred: boolean }[] {
  const runs: { coordinates: Position[]; inferred: boolean }[] = [];
  for (let i = 0; i + 1 < coordinates.length; i++) {
    const isInferred = inferred.has(segmentOffset + i);
    const last = runs[runs.length - 1];
    if (last && last.inferred === isInferred) last.coordinates.push(coordinates[i + 1] as Position);
    else runs.push({ coordinates: [coordinates[i] as Position, coordinates[i + 1] as Position], inferred: isInferred });
  }
  return runs;
}

function routeFeatures(e: AtlasEvent, lines: Position[][]): Feature<LineString, MapEventProperties>[] {
  const inferred = new Set(e.inferredSegments ?? []);
  const out: Feature<LineString, MapEventProperties>[] = [];
  let offset = 0;
  let lastLon: number | undefined;
  for (const line of lines) {
    const unwrapped = unwrapLongitudes(line, lastLon);
    lastLon = unwrapped[unwrapped.length - 1]?.[0];
    for (const run of splitRoute(unwrapped, inferred, offset)) {
      out.push({
        type: "Feature",
        properties: { ...baseProps(e), shape: "route", segment: run.inferred ? "inferred" : "sourced" },
        geometry: { type: "LineString", coordinates: run.coordinates },
      });
    }
    offset += Math.max(0, line.length - 1);
  }
  return out;
}

export function eventFeatures(e: AtlasEvent): Feature<Geometry, MapEventProperties>[] {
  const g = e.geometry;
  switch (g.type) {
    case "LineString":
      return routeFeatures(e, [g.coordinates]);
    case "MultiLineString":
      return routeFeatures(e, g.coordinates);
    case "Polygon":
    case "MultiPolygon":
      return [{ type: "Feature", properties: { ...baseProps(e), shape: "area", segment: "none" }, geometry: g }];
    case "Point":
    case "MultiPoint":
      return [{ type: "Feature", properties: { ...baseProps(e), shape: "point", segment: "none" }, geometry: g }];
  }
}

/**
 * The map source's data. Feature ids are the index (MapLibre wants numbers for feature
 * state); the event id is in `properties.id`.
 */
// Events never change, so their features are built once (a large import's visible subset is
// rebuilt on every window change; see event-source-plan.ts).
const featureCache = new WeakMap<AtlasEvent, Feature<Geometry, MapEventProperties>[]>();
function cachedFeatures(e: AtlasEvent): Feature<Geometry, MapEventProperties>[] {
  let fs = featureCache.get(e);
  if (!fs) {
    fs = eventFeatures(e);
    featureCache.set(e, fs);
  }
  return fs;
}

export function toMapCollection(events: readonly AtlasEvent[]): FeatureCollection<Geometry, MapEventProperties> {
  const features: Feature<Geometry, MapEventProperties>[] = [];
  for (const e of events) for (const f of cachedFeatures(e)) features.push({ ...f, id: features.length });
  return { type: "FeatureCollection", features };
}
