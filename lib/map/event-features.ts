/**
 * AtlasEvents → the GeoJSON the map draws. Built once per set of events (never per slider
 * step: the window reaches the map as feature state and a label filter, so this data stays
 * referentially stable).
 *
 * Each feature carries the visibility fields (`layer`, `startDay`, `endDay`, `kind`,
 * `participantsKey`, `domainsKey`) so the filter compiled from the one visibility rule can
 * run on it, plus what the styles need (`id`, `name`, `bloc`, `precise`, `segment`). Only
 * the label features carry `searchText`, since only the labels are filtered by the search
 * (the shapes are told it through feature state; lib/domain/visibility.ts `shapeClauses`):
 * it is the longest field, and unique to each event.
 *
 * Routes are split into runs of consecutive segments with the same support, so segments no
 * source supports (`inferredSegments`) can be drawn dashed; their longitudes are unwrapped
 * so a route across the antimeridian takes the short way. A drill area smaller than
 * `AREA_MARKER_BELOW_KM2` also gets a marker (`shape: "point"`) inside it, so it stays
 * visible at the world view.
 *
 * Every event also gets one `shape: "label"` feature where its name is written: the sites
 * themselves for points, a point inside the area for polygons, the middle of the route for
 * lines. (Labelling the drawn shapes directly would write a route's name at every vertex.)
 */
import pointOnFeature from "@turf/point-on-feature";
import type { Feature, FeatureCollection, Geometry, LineString, Point, MultiPoint, Position } from "geojson";
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
  /** On label features only (see above). */
  searchText?: string;
  /** 1 when the location is a named site, 0 when it is approximate (region, sea area, route). */
  precise: 0 | 1;
  /** 1 when the event is drawn as markers (a point or several), 0 for areas and routes. */
  marker: 0 | 1;
  /** For route pieces: whether a source supports this run of segments. */
  segment: "sourced" | "inferred" | "none";
  /** Which family of map layers draws it; "label" features only carry the name. */
  shape: "point" | "area" | "route" | "label";
}

/**
 * The fields above, at run time (the style tests check every ["get", key] against it).
 * `satisfies` makes the compiler reject a missing or extra key.
 */
export const MAP_EVENT_PROPERTY_KEYS = Object.keys({
  id: true,
  name: true,
  layer: true,
  bloc: true,
  kind: true,
  startDay: true,
  endDay: true,
  participantsKey: true,
  domainsKey: true,
  searchText: true,
  precise: true,
  marker: true,
  segment: true,
  shape: true,
} satisfies Record<keyof MapEventProperties, true>) as (keyof MapEventProperties)[];

/**
 * A map feature's properties (a label's also get the search text), written out as one literal
 * rather than spread from a shared base: 100,000 events make ~200,000 of these per set of
 * events, and the spreads (and the garbage they left) were most of the ~1 s it took.
 */
function shapeProps(
  e: AtlasEvent,
  shape: MapEventProperties["shape"],
  segment: MapEventProperties["segment"],
): MapEventProperties {
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
    precise: e.locationPrecision === "site" ? 1 : 0,
    marker: e.geometry.type === "Point" || e.geometry.type === "MultiPoint" ? 1 : 0,
    shape,
    segment,
  };
}

/** A label feature's properties: a shape's, and the search text (see the module comment). */
function labelProps(e: AtlasEvent): MapEventProperties {
  const p = shapeProps(e, "label", "none");
  p.searchText = e.searchText;
  return p;
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
        properties: shapeProps(e, "route", run.inferred ? "inferred" : "sourced"),
        geometry: { type: "LineString", coordinates: run.coordinates },
      });
    }
    offset += Math.max(0, line.length - 1);
  }
  return out;
}

/** The point halfway along a polyline (planar, on unwrapped longitudes: good enough for a label). */
export function midpointOf(lines: readonly Position[][]): Position | null {
  const legs: { a: Position; b: Position; len: number }[] = [];
  let lastLon: number | undefined;
  for (const line of lines) {
    const u = unwrapLongitudes(line, lastLon);
    lastLon = u[u.length - 1]?.[0];
    for (let i = 0; i + 1 < u.length; i++) {
      const a = u[i] as Position;
      const b = u[i + 1] as Position;
      legs.push({ a, b, len: Math.hypot((b[0] ?? 0) - (a[0] ?? 0), (b[1] ?? 0) - (a[1] ?? 0)) });
    }
  }
  const total = legs.reduce((sum, l) => sum + l.len, 0);
  let remaining = total / 2;
  for (const { a, b, len } of legs) {
    if (remaining <= len && len > 0) {
      const t = remaining / len;
      return [(a[0] ?? 0) + t * ((b[0] ?? 0) - (a[0] ?? 0)), (a[1] ?? 0) + t * ((b[1] ?? 0) - (a[1] ?? 0))];
    }
    remaining -= len;
  }
  return lines[0]?.[0] ?? null;
}

function labelGeometry(g: AtlasEvent["geometry"]): Point | MultiPoint | null {
  switch (g.type) {
    case "Point":
    case "MultiPoint":
      return g;
    case "Polygon":
    case "MultiPolygon":
      return pointOnFeature(g).geometry;
    case "LineString":
    case "MultiLineString": {
      const mid = midpointOf(g.type === "LineString" ? [g.coordinates] : g.coordinates);
      return mid ? { type: "Point", coordinates: mid } : null;
    }
  }
}

/**
 * Below this area (km²) a drill area also gets a marker at a point inside it: at the world
 * view one pixel is about 150 km across, so a training area of a few kilometres would draw
 * nothing at all, and the event would be visible in the list but not on the map.
 */
export const AREA_MARKER_BELOW_KM2 = 20_000;

/** `inside`: the point inside the event where its label goes (for an area: its marker too). */
function drawnFeatures(e: AtlasEvent, inside: Point | MultiPoint | null): Feature<Geometry, MapEventProperties>[] {
  const g = e.geometry;
  switch (g.type) {
    case "LineString":
      return routeFeatures(e, [g.coordinates]);
    case "MultiLineString":
      return routeFeatures(e, g.coordinates);
    case "Polygon":
    case "MultiPolygon": {
      const area: Feature<Geometry, MapEventProperties> = {
        type: "Feature",
        properties: shapeProps(e, "area", "none"),
        geometry: g,
      };
      if ((e.areaKm2 ?? Infinity) >= AREA_MARKER_BELOW_KM2 || inside === null) return [area];
      return [area, { type: "Feature", properties: shapeProps(e, "point", "none"), geometry: inside }];
    }
    case "Point":
    case "MultiPoint":
      return [{ type: "Feature", properties: shapeProps(e, "point", "none"), geometry: g }];
  }
}

export function eventFeatures(e: AtlasEvent): Feature<Geometry, MapEventProperties>[] {
  const label = labelGeometry(e.geometry);
  const out = drawnFeatures(e, label);
  if (label)
    out.push({
      type: "Feature",
      properties: labelProps(e),
      geometry: label,
    });
  return out;
}

// Events never change, so their features are built once per event.
const featureCache = new WeakMap<AtlasEvent, Feature<Geometry, MapEventProperties>[]>();
function cachedFeatures(e: AtlasEvent): Feature<Geometry, MapEventProperties>[] {
  let fs = featureCache.get(e);
  if (!fs) {
    fs = eventFeatures(e);
    featureCache.set(e, fs);
  }
  return fs;
}

/**
 * Every feature of `events`. A feature's id is its event's position in `events`, shared by
 * all the features of one event (route pieces, label), because feature state — which the
 * map uses to show or hide an event — is kept per id. The event id is in `properties.id`.
 */
export function toMapCollection(events: readonly AtlasEvent[]): FeatureCollection<Geometry, MapEventProperties> {
  const { chunks } = toMapCollections(events, Infinity);
  return { type: "FeatureCollection", features: chunks.flatMap((c) => [...c.shapes.features, ...c.labels.features]) };
}

/**
 * The most symbols (markers, route arrows, labels) one map source may hold. MapLibre keeps
 * a symbol's index within its tile's bucket in a 16-bit signed integer, so a tile with more
 * than 32,767 markers of one layer breaks rendering ("opacityVertexArray.length !==
 * layoutVertexArray.length / 4"); a source that holds fewer symbols than that can never
 * make such a tile. Large imports are therefore split into several sources.
 */
export const MAX_SYMBOLS_PER_SOURCE = 30_000;
/** Route arrows are placed every 90 px along a line; a short route gets a few. */
const ARROW_SYMBOLS_PER_ROUTE = 8;

/** An upper bound on the symbols one event adds to a source (markers or arrows, labels). */
export function symbolWeight(e: AtlasEvent): number {
  const g = e.geometry;
  switch (g.type) {
    case "Point":
      return 1;
    case "MultiPoint":
      return g.coordinates.length;
    case "LineString":
    case "MultiLineString":
      return ARROW_SYMBOLS_PER_ROUTE;
    case "Polygon":
    case "MultiPolygon":
      return 1;
  }
}

export interface MapChunk {
  /** Points, areas and route pieces. */
  shapes: FeatureCollection<Geometry, MapEventProperties>;
  /** One label feature per event (one per site for several sites). */
  labels: FeatureCollection<Geometry, MapEventProperties>;
}

export interface MapCollections {
  /** The events' features split into sources of at most MAX_SYMBOLS_PER_SOURCE symbols. */
  chunks: MapChunk[];
  /** Event id → the feature id its features carry. */
  featureIdOf: ReadonlyMap<string, number>;
  /** Feature id → the chunk that holds it. */
  chunkOfFeature: Int32Array;
}

/** The map's event sources' data (see toMapCollection for the ids). */
export function toMapCollections(events: readonly AtlasEvent[], maxSymbols = MAX_SYMBOLS_PER_SOURCE): MapCollections {
  const chunks: { shapes: Feature<Geometry, MapEventProperties>[]; labels: Feature<Geometry, MapEventProperties>[] }[] =
    [];
  const featureIdOf = new Map<string, number>();
  const chunkOfFeature = new Int32Array(events.length);
  let weight = 0;
  events.forEach((e, id) => {
    const w = symbolWeight(e);
    if (chunks.length === 0 || weight + w > maxSymbols) {
      chunks.push({ shapes: [], labels: [] });
      weight = 0;
    }
    weight += w;
    const chunk = chunks[chunks.length - 1]!;
    featureIdOf.set(e.id, id);
    chunkOfFeature[id] = chunks.length - 1;
    for (const f of cachedFeatures(e)) {
      const withId: Feature<Geometry, MapEventProperties> = {
        type: "Feature",
        id,
        properties: f.properties,
        geometry: f.geometry,
      };
      (f.properties.shape === "label" ? chunk.labels : chunk.shapes).push(withId);
    }
  });
  if (chunks.length === 0) chunks.push({ shapes: [], labels: [] });
  return {
    chunks: chunks.map((c) => ({
      shapes: { type: "FeatureCollection", features: c.shapes },
      labels: { type: "FeatureCollection", features: c.labels },
    })),
    featureIdOf,
    chunkOfFeature,
  };
}

const collectionsCache = new WeakMap<readonly AtlasEvent[], MapCollections>();
/** `toMapCollections`, built once per array of events (the map and its pointer handling share it). */
export function mapCollectionsOf(events: readonly AtlasEvent[]): MapCollections {
  let c = collectionsCache.get(events);
  if (!c) {
    c = toMapCollections(events);
    collectionsCache.set(events, c);
  }
  return c;
}
