/**
 * Distances on a sphere between points, great-circle arcs and polygons, computed with unit
 * vectors. Longitudes are never compared as numbers, so nothing here cares which side of the
 * antimeridian a coordinate was written on (179° and -181° are the same place, and the arc
 * from 179° E to 179° W is 2° long). Radius: turf's mean Earth radius, so these agree with
 * @turf/distance.
 */
import type { Position } from "geojson";

export const EARTH_RADIUS_KM = 6371.0088;

export type Vec3 = readonly [number, number, number];

export function toVec([lon = 0, lat = 0]: Position): Vec3 {
  const l = (lon * Math.PI) / 180;
  const p = (lat * Math.PI) / 180;
  const c = Math.cos(p);
  return [c * Math.cos(l), c * Math.sin(l), Math.sin(p)];
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const norm = (a: Vec3): Vec3 => {
  const n = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};

/** Central angle between two unit vectors, in radians (atan2 form: exact for tiny angles). */
function angle(a: Vec3, b: Vec3): number {
  const c = cross(a, b);
  return Math.atan2(Math.hypot(c[0], c[1], c[2]), dot(a, b));
}

/** True when `p` lies within the (shorter) arc a→b, given the arc's normal `n`. */
function withinArc(p: Vec3, a: Vec3, b: Vec3, n: Vec3): boolean {
  return dot(cross(a, p), n) >= 0 && dot(cross(p, b), n) >= 0;
}

/** Angle from `p` to the arc a→b (radians). */
export function pointToArc(p: Vec3, a: Vec3, b: Vec3): number {
  const raw = cross(a, b);
  if (Math.hypot(raw[0], raw[1], raw[2]) < 1e-12) return angle(p, a);
  const n = norm(raw);
  // Foot of the perpendicular from p onto the great circle.
  const s = dot(p, n);
  const foot = norm([p[0] - s * n[0], p[1] - s * n[1], p[2] - s * n[2]]);
  if (withinArc(foot, a, b, n)) return Math.abs(Math.asin(Math.max(-1, Math.min(1, s))));
  return Math.min(angle(p, a), angle(p, b));
}

/** Whether arcs a→b and c→d cross. */
export function arcsCross(a: Vec3, b: Vec3, c: Vec3, d: Vec3): boolean {
  const n1 = norm(cross(a, b));
  const n2 = norm(cross(c, d));
  if (Math.sign(dot(c, n1)) === Math.sign(dot(d, n1))) return false;
  if (Math.sign(dot(a, n2)) === Math.sign(dot(b, n2))) return false;
  const x = norm(cross(n1, n2));
  for (const p of [x, [-x[0], -x[1], -x[2]] as Vec3]) {
    if (withinArc(p, a, b, n1) && withinArc(p, c, d, n2)) return true;
  }
  return false;
}

/**
 * Whether `p` is inside a ring: the dihedral angles at p of the ring's arcs sum to ±2π when
 * the ring winds around the axis through p. That is also true at p's antipode, so points
 * facing away from the ring's mean direction are outside (every ring here is far smaller
 * than a hemisphere).
 */
export function insideRing(p: Vec3, ring: readonly Vec3[]): boolean {
  const mean = ring.reduce<Vec3>((m, v) => [m[0] + v[0], m[1] + v[1], m[2] + v[2]], [0, 0, 0]);
  if (dot(p, mean) <= 0) return false;
  let total = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Vec3;
    const b = ring[i + 1] as Vec3;
    // Signed angle subtended at p by the arc a→b, in p's tangent plane.
    const ta = cross(p, a);
    const tb = cross(p, b);
    total += Math.atan2(dot(cross(ta, tb), p), dot(ta, tb));
  }
  return Math.abs(total) > Math.PI;
}

/** A shape prepared for distance queries: its vertices and edges as unit vectors. */
export interface SphericalShape {
  /** Each ring or line as a vertex chain (rings closed: last = first). */
  chains: Vec3[][];
  /** Polygons (outer ring then holes) for the inside test; empty for lines and points. */
  polygons: Vec3[][][];
}

export function shapeOf(geometry: { type: string; coordinates: unknown }): SphericalShape {
  const chains: Vec3[][] = [];
  const polygons: Vec3[][][] = [];
  const c = geometry.coordinates;
  switch (geometry.type) {
    case "Point":
      chains.push([toVec(c as Position)]);
      break;
    case "MultiPoint":
      for (const p of c as Position[]) chains.push([toVec(p)]);
      break;
    case "LineString":
      chains.push((c as Position[]).map(toVec));
      break;
    case "MultiLineString":
      for (const l of c as Position[][]) chains.push(l.map(toVec));
      break;
    case "Polygon":
    case "MultiPolygon": {
      const polys = geometry.type === "Polygon" ? [c as Position[][]] : (c as Position[][][]);
      for (const poly of polys) {
        const rings = poly.map((r) => r.map(toVec));
        polygons.push(rings);
        chains.push(...rings);
      }
      break;
    }
  }
  return { chains, polygons };
}

function insideShape(p: Vec3, s: SphericalShape): boolean {
  return s.polygons.some(
    ([outer, ...holes]) => outer !== undefined && insideRing(p, outer) && !holes.some((h) => insideRing(p, h)),
  );
}

function chainToPoint(p: Vec3, chain: readonly Vec3[]): number {
  if (chain.length === 1) return angle(p, chain[0] as Vec3);
  let best = Infinity;
  for (let i = 0; i + 1 < chain.length; i++)
    best = Math.min(best, pointToArc(p, chain[i] as Vec3, chain[i + 1] as Vec3));
  return best;
}

function chainsCross(a: readonly Vec3[], b: readonly Vec3[]): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      if (arcsCross(a[i] as Vec3, a[i + 1] as Vec3, b[j] as Vec3, b[j + 1] as Vec3)) return true;
    }
  }
  return false;
}

/**
 * Shortest distance in km between two shapes: 0 when they touch, cross or one contains the
 * other; otherwise the minimum over every vertex of one to every edge of the other (the
 * closest pair of two non-crossing polylines always includes a vertex).
 */
export function shapeDistanceKm(a: SphericalShape, b: SphericalShape): number {
  for (const ca of a.chains) for (const cb of b.chains) if (chainsCross(ca, cb)) return 0;
  if (a.chains.some((c) => c.some((p) => insideShape(p, b)))) return 0;
  if (b.chains.some((c) => c.some((p) => insideShape(p, a)))) return 0;
  let best = Infinity;
  for (const ca of a.chains) for (const p of ca) for (const cb of b.chains) best = Math.min(best, chainToPoint(p, cb));
  for (const cb of b.chains) for (const p of cb) for (const ca of a.chains) best = Math.min(best, chainToPoint(p, ca));
  return best * EARTH_RADIUS_KM;
}
