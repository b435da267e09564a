/**
 * Pure geometry checks for the dataset (no fs, no domain knowledge).
 *
 * Contract: `checkGeometry(value)` takes any parsed JSON value that should be an RFC 7946
 * geometry object and returns every problem it finds as `{ path, message }`, where `path`
 * is relative to the geometry (e.g. `coordinates[0][3]`, or `""` for the object itself).
 * An empty list means the geometry is well-formed for this dataset:
 *
 * - the object has exactly the members `type` and `coordinates`;
 * - `type` is one of Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon
 *   (GeometryCollection is not used by the dataset);
 * - every position is `[longitude, latitude]`, finite, inside [-180, 180] × [-90, 90], with at
 *   most 5 decimals;
 * - every line has at least two positions and never repeats the waypoint before it;
 * - every polygon ring has at least 4 positions, is closed, never repeats the position before
 *   it, follows the right-hand rule (exterior counter-clockwise, holes clockwise) and no ring
 *   crosses or touches itself or another ring of the same polygon (`ring-crossings.ts`; the
 *   first meeting found is named). A polygon too intricate to check within
 *   `MAX_CROSSING_PAIRS` segment comparisons is refused with a request to simplify it.
 *
 * It never throws and never mutates its input. Orientation is judged in plain
 * longitude/latitude, as RFC 7946 does; polygons must not cross the antimeridian (no edge
 * may span more than 180° of longitude: RFC 7946 asks for such a polygon to be cut in two).
 */
import { crossesAntimeridian } from "./antimeridian";
import { describeValue } from "./describe-value";
import { firstCrossing } from "./ring-crossings";
import type { Geometry, Position } from "geojson";

/** One problem found in a geometry. `path` is relative to the geometry object. */
export interface GeometryIssue {
  path: string;
  message: string;
}

/** The geometry types the dataset uses. */
export const GEOMETRY_TYPES = [
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
] as const;
export type DatasetGeometryType = (typeof GEOMETRY_TYPES)[number];

/**
 * Segment pairs the crossing test may compare per polygon (about 0.1 s per 5 million here):
 * a real outline of 50,000 vertices needs about 100,000; only contrived shapes, such as
 * thousands of long parallel teeth, need more.
 */
export const MAX_CROSSING_PAIRS = 10_000_000;

/** Maximum number of decimals in a coordinate (5 decimals ≈ 1 m). */
export const MAX_DECIMALS = 5;

/** True when `t` is one of the geometry types the dataset uses. */
export function isDatasetGeometryType(t: unknown): t is DatasetGeometryType {
  return typeof t === "string" && (GEOMETRY_TYPES as readonly string[]).includes(t);
}

/** True for the geometry types that draw routes (LineString, MultiLineString). */
export function isLineGeometryType(t: unknown): t is "LineString" | "MultiLineString" {
  return t === "LineString" || t === "MultiLineString";
}

/**
 * Number of segments of a line geometry: `n - 1` for a LineString of `n` waypoints. A
 * MultiLineString numbers its segments consecutively through its lines in order (line 0's
 * segments first), so its count is the sum over its lines. Other geometries have 0.
 */
export function segmentCount(geometry: Geometry): number {
  if (geometry.type === "LineString") return Math.max(0, geometry.coordinates.length - 1);
  if (geometry.type === "MultiLineString") {
    return geometry.coordinates.reduce((sum, line) => sum + Math.max(0, line.length - 1), 0);
  }
  return 0;
}

/**
 * Number of decimals needed to write `n` exactly in its shortest JavaScript form
 * (`12.345` → 3, `1e-7` → 7, `120` → 0).
 */
export function decimalPlaces(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(n)));
  if (!m) return 0;
  const fraction = m[2]?.length ?? 0;
  const exponent = Number(m[3] ?? 0);
  return Math.max(0, fraction - exponent);
}

/**
 * Twice the signed area of a ring in the longitude/latitude plane (shoelace formula):
 * positive for counter-clockwise, negative for clockwise, 0 for a degenerate ring.
 */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

/** Checks any value that should be a dataset geometry; see the module contract. */
export function checkGeometry(value: unknown): GeometryIssue[] {
  const issues: GeometryIssue[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [{ path: "", message: "must be a GeoJSON geometry object" }];
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== "type" && key !== "coordinates") {
      issues.push({ path: key, message: "is not allowed in a geometry (only type and coordinates)" });
    }
  }
  const type = record.type;
  if (!isDatasetGeometryType(type)) {
    const found = typeof type === "string" ? `"${type}"` : describeValue(type);
    issues.push({
      path: "type",
      message: `must be one of ${GEOMETRY_TYPES.join(", ")} (found ${found})`,
    });
    return issues;
  }
  const coords = record.coordinates;
  const at = "coordinates";
  switch (type) {
    case "Point":
      checkPosition(coords, at, issues);
      break;
    case "MultiPoint":
      forEachItem(coords, at, "point", issues, (p, path) => checkPosition(p, path, issues));
      break;
    case "LineString":
      checkLine(coords, at, issues);
      break;
    case "MultiLineString":
      forEachItem(coords, at, "line", issues, (l, path) => checkLine(l, path, issues));
      break;
    case "Polygon":
      checkPolygon(coords, at, issues);
      break;
    case "MultiPolygon":
      forEachItem(coords, at, "polygon", issues, (p, path) => checkPolygon(p, path, issues));
      break;
  }
  return issues;
}

/** Requires a non-empty array and runs `each` on every item. */
function forEachItem(
  value: unknown,
  path: string,
  noun: string,
  issues: GeometryIssue[],
  each: (item: unknown, path: string) => void,
): void {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `must be an array of ${noun}s (found ${describeValue(value)})` });
    return;
  }
  if (value.length === 0) {
    issues.push({ path, message: `must contain at least one ${noun}` });
    return;
  }
  value.forEach((item: unknown, i) => each(item, `${path}[${i}]`));
}

/** Checks one position; returns true when it is usable for further geometric checks. */
function checkPosition(value: unknown, path: string, issues: GeometryIssue[]): value is Position {
  if (!Array.isArray(value) || value.length !== 2) {
    issues.push({ path, message: `must be a position [longitude, latitude] (found ${describeValue(value)})` });
    return false;
  }
  const before = issues.length;
  const [lon, lat] = value as unknown[];
  checkOrdinate(lon, `${path}[0]`, "longitude", 180, issues);
  checkOrdinate(lat, `${path}[1]`, "latitude", 90, issues);
  return issues.length === before;
}

function checkOrdinate(v: unknown, path: string, name: string, limit: number, issues: GeometryIssue[]): void {
  if (typeof v !== "number") {
    issues.push({ path, message: `${name} must be a number (found ${describeValue(v)})` });
  } else if (!Number.isFinite(v)) {
    issues.push({ path, message: `${name} must be a finite number (found ${String(v)})` });
  } else if (v < -limit || v > limit) {
    issues.push({ path, message: `${name} ${v} is outside [-${limit}, ${limit}]` });
  } else if (decimalPlaces(v) > MAX_DECIMALS) {
    issues.push({
      path,
      message: `${name} ${v} has ${decimalPlaces(v)} decimals; use at most ${MAX_DECIMALS}`,
    });
  }
}

/** Checks every position of a list; returns the list when all positions are valid. */
function checkPositions(value: unknown, path: string, noun: string, issues: GeometryIssue[]): Position[] | null {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `must be an array of positions for a ${noun} (found ${describeValue(value)})` });
    return null;
  }
  let ok = true;
  value.forEach((p: unknown, i) => {
    if (!checkPosition(p, `${path}[${i}]`, issues)) ok = false;
  });
  return ok ? (value as Position[]) : null;
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Reports positions that repeat the one before them. */
function checkRepeats(positions: Position[], path: string, noun: string, issues: GeometryIssue[]): void {
  for (let i = 1; i < positions.length; i++) {
    if (samePosition(positions[i], positions[i - 1])) {
      issues.push({ path: `${path}[${i}]`, message: `repeats the ${noun} before it` });
    }
  }
}

function checkLine(value: unknown, path: string, issues: GeometryIssue[]): void {
  const positions = checkPositions(value, path, "line", issues);
  if (!positions) return;
  if (positions.length < 2) {
    issues.push({ path, message: `a line needs at least 2 positions (found ${positions.length})` });
    return;
  }
  checkRepeats(positions, path, "waypoint", issues);
}

function checkPolygon(value: unknown, path: string, issues: GeometryIssue[]): void {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `must be an array of linear rings (found ${describeValue(value)})` });
    return;
  }
  if (value.length === 0) {
    issues.push({ path, message: "a polygon needs an exterior ring" });
    return;
  }
  const rings: Position[][] = [];
  value.forEach((ringValue: unknown, r) => {
    const ring = checkRing(ringValue, `${path}[${r}]`, issues);
    if (ring) rings.push(ring);
  });
  if (rings.length !== value.length) return;
  const wrapping = rings.findIndex((ring) => crossesAntimeridian(ring));
  if (wrapping !== -1) {
    issues.push({
      path: `${path}[${wrapping}]`,
      message:
        "has an edge longer than 180° of longitude, so it would be drawn the long way round the world; a polygon that crosses the antimeridian must be split at 180° into a MultiPolygon",
    });
    return;
  }
  const crossing = firstCrossing(rings, MAX_CROSSING_PAIRS);
  if (crossing.kind === "crossing") {
    issues.push({
      path,
      message: `rings must not cross or touch themselves or each other; they meet at [${crossing.at.map(roundForMessage).join(", ")}]`,
    });
    return; // the orientation of a crossing ring means nothing
  }
  if (crossing.kind === "too-complex") {
    issues.push({
      path,
      message: `is too intricate to check for crossing rings (more than ${MAX_CROSSING_PAIRS.toLocaleString("en-US")} segment pairs to compare); simplify it`,
    });
    return;
  }
  rings.forEach((ring, r) => checkOrientation(ring, `${path}[${r}]`, r === 0, issues));
}

/** Right-hand rule: exterior counter-clockwise, holes clockwise, and some area. */
function checkOrientation(ring: Position[], path: string, exterior: boolean, issues: GeometryIssue[]): void {
  const area = ringSignedArea(ring);
  if (area === 0) {
    issues.push({ path, message: "ring encloses no area" });
  } else if (exterior && area < 0) {
    issues.push({ path, message: "exterior ring must be counter-clockwise (RFC 7946 right-hand rule)" });
  } else if (!exterior && area > 0) {
    issues.push({ path, message: "hole must be clockwise (RFC 7946 right-hand rule)" });
  }
}

/** Checks one linear ring's positions, size and closure; returns it when it is fit for the crossing test. */
function checkRing(value: unknown, path: string, issues: GeometryIssue[]): Position[] | null {
  const ring = checkPositions(value, path, "ring", issues);
  if (!ring) return null;
  if (ring.length < 4) {
    issues.push({ path, message: `a ring needs at least 4 positions (found ${ring.length})` });
    return null;
  }
  const before = issues.length;
  if (!samePosition(ring[0], ring[ring.length - 1])) {
    issues.push({ path, message: "ring is not closed: its last position must equal its first" });
  }
  checkRepeats(ring, path, "position", issues);
  return issues.length === before ? ring : null;
}

/** A computed crossing point, to the dataset's precision. */
function roundForMessage(v: number | undefined): number {
  return Math.round((v ?? 0) * 1e5) / 1e5;
}
