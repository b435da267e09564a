/**
 * Turns a validated feature into the flat record the app works with.
 *
 * Contract: `normaliseEvent(feature)` is pure and never mutates the feature. It returns the
 * feature's properties plus values derived with turf (the dataset never stores them):
 *
 * - `startMs`, `endMs`: UTC midnight (ms since epoch) of the start day and of the end day;
 * - `bbox`: `[west, south, east, north]` of the geometry, after unwrapping the longitudes of
 *   lines that cross the antimeridian (so `east` may exceed 180 for such a route); null when
 *   the geometry is null;
 * - `areaKm2`: area of a Polygon/MultiPolygon in km², else null;
 * - `lengthKm`: great-circle length of a LineString/MultiLineString in km, else null.
 *
 * The input must already have passed `validateDataset` (dates are real `YYYY-MM-DD` days).
 */
import area from "@turf/area";
import bbox from "@turf/bbox";
import length from "@turf/length";
import type { BBox, Geometry } from "geojson";
import { unwrapLineGeometry } from "../geo/unwrap-longitudes";
import { MS_PER_DAY, parseDay } from "./days";
import type { ContextFeature, EventFeature } from "./feature-types";
import type { ContextProperties, EventProperties } from "./schema";

export type { AtlasFeature, ContextFeature, EventFeature, EventGeometry } from "./feature-types";
export { unwrapLineGeometry, unwrapLongitudes } from "../geo/unwrap-longitudes";

/** Values computed from a feature when the data loads. */
export interface DerivedValues {
  /** UTC midnight of the start day, ms since epoch. */
  startMs: number;
  /** UTC midnight of the (inclusive) end day, ms since epoch. */
  endMs: number;
  /** `[west, south, east, north]`; east may exceed 180 for an antimeridian-crossing route. */
  bbox: BBox | null;
  /** Area in km² for polygons, else null. */
  areaKm2: number | null;
  /** Great-circle length in km for lines, else null. */
  lengthKm: number | null;
}

/** An exercise or patrol with its derived values. */
export type NormalisedEvent = EventProperties & DerivedValues;
/** A context event with its derived values. */
export type NormalisedContextEvent = ContextProperties & DerivedValues;

/** UTC midnight, in ms, of a `YYYY-MM-DD` day (NaN for text that is not one; validated input never is). */
export function dayToUtcMs(day: string): number {
  const n = parseDay(day);
  return n === null ? NaN : n * MS_PER_DAY;
}

/** Flattens a feature and adds its derived values; see the module contract. */
export function normaliseEvent(feature: EventFeature): NormalisedEvent;
export function normaliseEvent(feature: ContextFeature): NormalisedContextEvent;
export function normaliseEvent(feature: EventFeature | ContextFeature): NormalisedEvent | NormalisedContextEvent {
  return { ...feature.properties, ...deriveValues(feature.properties, feature.geometry) };
}

function deriveValues(props: { start: string; end: string }, geometry: Geometry | null): DerivedValues {
  const startMs = dayToUtcMs(props.start);
  const endMs = dayToUtcMs(props.end);
  if (geometry === null) return { startMs, endMs, bbox: null, areaKm2: null, lengthKm: null };
  const unwrapped = unwrapLineGeometry(geometry);
  const isArea = geometry.type === "Polygon" || geometry.type === "MultiPolygon";
  const isLine = geometry.type === "LineString" || geometry.type === "MultiLineString";
  return {
    startMs,
    endMs,
    bbox: bbox(unwrapped),
    areaKm2: isArea ? area(geometry) / 1e6 : null,
    lengthKm: isLine ? length({ type: "Feature", properties: {}, geometry: unwrapped }, { units: "kilometers" }) : null,
  };
}
