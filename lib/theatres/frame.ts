/**
 * A theatre's frame and the one rule for "in a frame".
 *
 * A frame is a longitude–latitude box `[west, south, east, north]` in normal form:
 * `west` in [-180, 180), `west < east <= west + 360` (so `east` may exceed 180 for a box
 * across the antimeridian), `-85.0511 <= south < north <= 85.0511` (the Mercator map's edge).
 *
 * An event is in a frame when its geometry, as the map draws it, meets the box (edges
 * included): a site inside it, a route or an area's outline crossing it, or an area that
 * covers it. A route or an area only partly inside counts. The test runs in Web Mercator
 * coordinates, where the map draws straight segments and the box is a rectangle, against
 * every world copy of the box (the map repeats the world sideways), and on routes unwrapped
 * across the antimeridian exactly as the map draws them. An event counts in full, whatever
 * share of it is inside.
 */
import type { Position } from "geojson";
import type { AtlasEvent } from "../domain/atlas-event";
import { unwrapLongitudes } from "../geo/unwrap-longitudes";

/** `[west, south, east, north]` in normal form (see the module contract). */
export type FrameBBox = readonly [number, number, number, number];

export const MAX_LAT = 85.0511;

function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * Normal form of a box from any west/east (e.g. a map's unwrapped bounds) and latitudes;
 * null when it is not a box (not finite, no width or no height once clamped).
 */
export function normaliseFrame(west: number, south: number, east: number, north: number): FrameBBox | null {
  if (![west, south, east, north].every(Number.isFinite)) return null;
  const width = Math.min(east - west, 360);
  const s = Math.max(-MAX_LAT, Math.min(MAX_LAT, south));
  const n = Math.max(-MAX_LAT, Math.min(MAX_LAT, north));
  if (!(width > 0) || !(n > s)) return null;
  const w = wrapLon(west);
  return [w, s, w + width, n];
}

/**
 * A frame rounded inward to 0.01° (the URL's precision), so a frame taken from a map's
 * view stays inside that view and reads back from the URL unchanged.
 */
export function roundFrameInward(f: FrameBBox): FrameBBox | null {
  // "+ 0" turns -0 into 0, so a rounded frame compares equal to the one read back.
  const up = (x: number) => Math.ceil(x * 100 - 1e-6) / 100 + 0;
  const down = (x: number) => Math.floor(x * 100 + 1e-6) / 100 + 0;
  let w = up(f[0]);
  let e = down(f[2]);
  if (w >= 180) {
    w -= 360;
    e -= 360;
  }
  const s = up(f[1]);
  const n = down(f[3]);
  return e > w && n > s ? [w, s, e, n] : null;
}

/** Mercator y (unitless) of a latitude, clamped to the map's edge. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2));
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function inside(x: number, y: number, r: Rect): boolean {
  return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
}

/** Whether the segment (ax, ay)–(bx, by) meets the rectangle (Liang–Barsky clipping). */
export function segmentMeetsRect(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  if (inside(ax, ay, r) || inside(bx, by, r)) return true;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - r.x0],
    [dx, r.x1 - ax],
    [-dy, ay - r.y0],
    [dy, r.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

type Projected = [number, number][];

function project(line: readonly Position[]): Projected {
  return line.map((p) => [p[0] ?? 0, mercatorY(p[1] ?? 0)]);
}

function lineMeets(line: Projected, r: Rect): boolean {
  if (line.length === 1) return inside(line[0]![0], line[0]![1], r);
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if (segmentMeetsRect(a[0], a[1], b[0], b[1], r)) return true;
  }
  return false;
}

/** Even–odd point in polygon (rings in projected coordinates, holes included). */
function pointInRings(x: number, y: number, rings: readonly Projected[]): boolean {
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function polygonMeets(rings: readonly Projected[], r: Rect): boolean {
  for (const ring of rings) if (lineMeets(ring, r)) return true;
  // No outline crosses the box and no vertex is inside it: the box is either wholly
  // inside the area or wholly outside it.
  return pointInRings((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2, rings);
}

/** The event's geometry as the map draws it: lists of lines and of polygons, projected. */
interface Shape {
  points: Projected;
  lines: Projected[];
  polygons: Projected[][];
}

const shapeCache = new WeakMap<AtlasEvent, Shape>();
function shapeOf(e: AtlasEvent): Shape {
  let s = shapeCache.get(e);
  if (s) return s;
  const g = e.geometry;
  s = { points: [], lines: [], polygons: [] };
  switch (g.type) {
    case "Point":
      s.points = project([g.coordinates]);
      break;
    case "MultiPoint":
      s.points = project(g.coordinates);
      break;
    case "LineString":
    case "MultiLineString": {
      // Unwrapped line after line, as lib/map/event-features.ts draws routes.
      let last: number | undefined;
      for (const line of g.type === "LineString" ? [g.coordinates] : g.coordinates) {
        const u = unwrapLongitudes(line, last);
        last = u[u.length - 1]?.[0] ?? last;
        s.lines.push(project(u));
      }
      break;
    }
    case "Polygon":
      s.polygons = [g.coordinates.map(project)];
      break;
    case "MultiPolygon":
      s.polygons = g.coordinates.map((p) => p.map(project));
      break;
  }
  shapeCache.set(e, s);
  return s;
}

function lonRange(e: AtlasEvent): [number, number] | null {
  return e.bbox ? [e.bbox[0], e.bbox[2]] : null;
}

/** Whether `e` is in `frame` (see the module contract). */
export function isInFrame(e: AtlasEvent, frame: FrameBBox): boolean {
  const [w, s, east, n] = frame;
  if (e.bbox && (e.bbox[1] > n || e.bbox[3] < s)) return false;
  const range = lonRange(e);
  const y0 = mercatorY(s);
  const y1 = mercatorY(n);
  const shape = shapeOf(e);
  // World copies of the box: geometry longitudes lie in [-180, 180], unwrapped routes a
  // little beyond, and a box's east may reach 540.
  for (const k of [-720, -360, 0, 360, 720]) {
    const r: Rect = { x0: w + k, x1: east + k, y0, y1 };
    if (range && (range[0] > r.x1 || range[1] < r.x0)) continue;
    if (shape.points.some(([x, y]) => inside(x, y, r))) return true;
    if (shape.lines.some((l) => lineMeets(l, r))) return true;
    if (shape.polygons.some((p) => polygonMeets(p, r))) return true;
  }
  return false;
}

/** The events of `events` in `frame`, in their order. */
export function eventsInFrame(events: readonly AtlasEvent[], frame: FrameBBox): AtlasEvent[] {
  return events.filter((e) => isInFrame(e, frame));
}
