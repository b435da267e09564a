/**
 * Per-feature rules that need more than one property, or the geometry, to judge.
 *
 * Contract: each function takes the raw (unvalidated) pieces of one feature and returns
 * `{ path, message }` pairs; paths are property paths (e.g. `inferredSegments[1]`) or start
 * with `geometry`. They read raw values defensively, so they can run even when the schema
 * has already rejected the same feature, and report only what is theirs to judge:
 *
 * - `dateOrderProblems`: start <= end when both are real calendar days (the schema's own
 *   start/end refinement is skipped by zod whenever another property has a type error);
 * - `geometryKindProblems`: the geometry type fits `locationPrecision` (route → LineString /
 *   MultiLineString; site, region, sea-area → Point / MultiPoint / Polygon / MultiPolygon;
 *   only context events may have a null geometry, and then only a Point or null, with
 *   `locationPrecision` null exactly when the geometry is null);
 * - `inferredSegmentProblems`: `inferredSegments` only on line geometries, each index a
 *   segment that exists (see `segmentCount` for MultiLineString numbering), none repeated.
 */
import type { Geometry } from "geojson";
import { isCalendarDay, LOCATION_PRECISIONS, type LocationPrecision } from "../schema";
import { isDatasetGeometryType, isLineGeometryType, segmentCount } from "../../geo/geometry-checks";
import type { SchemaProblem } from "./zod-issues";

const AREA_TYPES = ["Point", "MultiPoint", "Polygon", "MultiPolygon"] as const;

function isLocationPrecision(v: unknown): v is LocationPrecision {
  return typeof v === "string" && (LOCATION_PRECISIONS as readonly string[]).includes(v);
}

/** Start must not come after end; see the module contract. */
export function dateOrderProblems(props: Record<string, unknown>): SchemaProblem[] {
  const { start, end } = props;
  if (
    typeof start === "string" &&
    typeof end === "string" &&
    isCalendarDay(start) &&
    isCalendarDay(end) &&
    start > end
  ) {
    return [{ path: ["end"], message: "end date is before start date" }];
  }
  return [];
}

/** The geometry type must fit the feature's location precision; see the module contract. */
export function geometryKindProblems(
  isContext: boolean,
  props: Record<string, unknown>,
  geometry: unknown,
): SchemaProblem[] {
  const precision = props.locationPrecision;
  const type = geometryType(geometry);
  if (isContext) {
    if (geometry === null) {
      return precision === null || precision === undefined
        ? []
        : [{ path: ["locationPrecision"], message: "must be null when the geometry is null" }];
    }
    if (type === undefined) return [];
    if (type !== "Point") {
      return [
        { path: ["geometry", "type"], message: `a context event's geometry must be a Point or null (found ${type})` },
      ];
    }
    if (precision === null || precision === "route") {
      return [{ path: ["locationPrecision"], message: 'must be "site", "region" or "sea-area" for a Point geometry' }];
    }
    return [];
  }
  if (geometry === null) {
    return [{ path: ["geometry"], message: "must be a geometry; only context events may have a null geometry" }];
  }
  if (type === undefined || !isLocationPrecision(precision)) return [];
  if (precision === "route" && !isLineGeometryType(type)) {
    return [{ path: ["geometry", "type"], message: `a route must be a LineString or MultiLineString (found ${type})` }];
  }
  if (precision !== "route" && !(AREA_TYPES as readonly string[]).includes(type)) {
    return [
      {
        path: ["geometry", "type"],
        message: `a ${precision} location must be a Point, MultiPoint, Polygon or MultiPolygon (found ${type}); use locationPrecision "route" for routes`,
      },
    ];
  }
  return [];
}

/**
 * `inferredSegments` must name existing segments of a line geometry. `geometry` must already
 * have passed `checkGeometry` (pass null when it did not, and nothing is checked beyond
 * presence on a non-line type).
 */
export function inferredSegmentProblems(props: Record<string, unknown>, geometry: Geometry | null): SchemaProblem[] {
  const segments = props.inferredSegments;
  if (segments === undefined || geometry === null) return [];
  if (!isLineGeometryType(geometry.type)) {
    return [
      {
        path: ["inferredSegments"],
        message: `only routes (LineString or MultiLineString) may have inferredSegments; remove it from this ${geometry.type}`,
      },
    ];
  }
  if (!Array.isArray(segments)) return [];
  const count = segmentCount(geometry);
  const out: SchemaProblem[] = [];
  const seen = new Set<number>();
  segments.forEach((s: unknown, i) => {
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0) return;
    if (s >= count) {
      out.push({
        path: ["inferredSegments", i],
        message: `segment ${s} does not exist; this route has ${count} segment${count === 1 ? "" : "s"} (0 to ${count - 1})`,
      });
    } else if (seen.has(s)) {
      out.push({ path: ["inferredSegments", i], message: `segment ${s} is listed twice` });
    }
    seen.add(s);
  });
  return out;
}

function geometryType(geometry: unknown): string | undefined {
  if (typeof geometry !== "object" || geometry === null) return undefined;
  const type = (geometry as Record<string, unknown>).type;
  return isDatasetGeometryType(type) ? type : undefined;
}
