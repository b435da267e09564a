/**
 * Geometry of an imported feature: counted, tidied, then held to the dataset's own rules.
 *
 * Contract:
 * - `countPositions(coordinates, cap)` counts the position slots of a coordinates value
 *   without recursion: every array that holds no array (`[20, 54]`, but also `[]` and
 *   `[null]`) and every non-array item beside arrays (a `null` in a line), so degenerate
 *   positions are charged against the vertex budget before any check looks at them (5 million
 *   `[]` in a MultiPoint once produced 5 million issues). It stops as soon as the count passes
 *   `cap` (returns `cap + 1`).
 * - `tidyGeometry(geometry)` returns a new `{ type, coordinates }` (other members such as
 *   `bbox` dropped) in which every finite coordinate is rounded to 5 decimals (about 1 m, the
 *   dataset's precision), altitudes dropped, positions that repeat the one before them are dropped (except the
 *   closing position of a ring) and polygon rings are rewound to the RFC 7946 right-hand rule.
 *   Anything malformed is passed through untouched, for `checkGeometry` to name.
 * - `checkImportGeometry(geometry, charge?)` = the vertex limit per feature, then `charge`
 *   (the file's budget: given the position count, it may refuse), then tidy, then
 *   `checkGeometry` (the dataset's validator: types, ranges, finite numbers, ring closure,
 *   crossings), whose issues are capped at `MAX_ISSUES_PER_FEATURE` plus one saying how many
 *   more there were.
 *   It never throws and never mutates its input.
 */
import type { Position } from "geojson";
import type { EventGeometry } from "../domain/feature-types";
import { checkGeometry, ringSignedArea, type GeometryIssue } from "../geo/geometry-checks";
import { MAX_ISSUES_PER_FEATURE, MAX_VERTICES_PER_FEATURE } from "./limits";
import { formatInt } from "../text/numbers";

export function countPositions(coordinates: unknown, cap: number): number {
  let count = 0;
  const stack: unknown[] = [coordinates];
  while (stack.length > 0) {
    const v = stack.pop();
    if (!Array.isArray(v)) {
      if (++count > cap) return cap + 1;
      continue;
    }
    if (!v.some(Array.isArray)) {
      if (++count > cap) return cap + 1;
      continue;
    }
    for (const item of v as unknown[]) stack.push(item);
  }
  return count;
}

const round5 = (v: unknown): unknown => (typeof v === "number" && Number.isFinite(v) ? Math.round(v * 1e5) / 1e5 : v);

function tidyPosition(p: unknown): unknown {
  if (!Array.isArray(p)) return p;
  // An altitude (RFC 7946 allows one) is dropped: the map is flat.
  const flat = (p.length === 3 || p.length === 4) && p.every((v) => typeof v === "number") ? p.slice(0, 2) : p;
  return flat.map(round5);
}

function isNumberPair(p: unknown): p is Position {
  return Array.isArray(p) && p.length === 2 && typeof p[0] === "number" && typeof p[1] === "number";
}

function dropRepeats(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const rounded = list.map(tidyPosition);
  const out: unknown[] = [];
  for (const p of rounded) {
    const prev = out[out.length - 1];
    if (isNumberPair(p) && isNumberPair(prev) && p[0] === prev[0] && p[1] === prev[1]) continue;
    out.push(p);
  }
  return out;
}

function tidyRing(ring: unknown, exterior: boolean): unknown {
  const tidy = dropRepeats(ring);
  if (!Array.isArray(tidy) || !tidy.every(isNumberPair)) return tidy;
  // A closed ring whose last position repeated the one before lost its closing position: restore it.
  const first = tidy[0];
  const wasClosed = Array.isArray(ring) && ring.length > 1 && sameRounded(ring[0], ring[ring.length - 1]);
  const last = tidy[tidy.length - 1];
  if (wasClosed && first && last && (first[0] !== last[0] || first[1] !== last[1])) tidy.push([...first]);
  const area = ringSignedArea(tidy);
  return (exterior && area < 0) || (!exterior && area > 0) ? [...tidy].reverse() : tidy;
}

function sameRounded(a: unknown, b: unknown): boolean {
  const x = tidyPosition(a);
  const y = tidyPosition(b);
  return isNumberPair(x) && isNumberPair(y) && x[0] === y[0] && x[1] === y[1];
}

function tidyPolygon(rings: unknown): unknown {
  return Array.isArray(rings) ? rings.map((r, i) => tidyRing(r, i === 0)) : rings;
}

const mapIfArray = (v: unknown, f: (x: unknown) => unknown): unknown => (Array.isArray(v) ? v.map(f) : v);

export function tidyGeometry(geometry: Record<string, unknown>): Record<string, unknown> {
  const { type, coordinates: c } = geometry;
  let coordinates: unknown = c;
  switch (type) {
    case "Point":
      coordinates = tidyPosition(c);
      break;
    case "MultiPoint":
      coordinates = mapIfArray(c, tidyPosition);
      break;
    case "LineString":
      coordinates = dropRepeats(c);
      break;
    case "MultiLineString":
      coordinates = mapIfArray(c, dropRepeats);
      break;
    case "Polygon":
      coordinates = tidyPolygon(c);
      break;
    case "MultiPolygon":
      coordinates = mapIfArray(c, tidyPolygon);
      break;
  }
  return "coordinates" in geometry ? { type, coordinates } : { type };
}

export type GeometryCheck =
  { ok: true; geometry: EventGeometry; vertices: number } | { ok: false; issues: GeometryIssue[] };

/** The first `max` issues, and one more saying how many were left out. */
export function capIssues<T>(issues: T[], max: number, more: (n: number) => T): T[] {
  return issues.length <= max ? issues : [...issues.slice(0, max), more(issues.length - max)];
}

export function checkImportGeometry(geometry: unknown, charge?: (vertices: number) => string | null): GeometryCheck {
  if (geometry === null || geometry === undefined) {
    return {
      ok: false,
      issues: [
        { path: "", message: "is missing; every imported event needs a place (a Point, LineString or Polygon)" },
      ],
    };
  }
  if (typeof geometry !== "object" || Array.isArray(geometry)) {
    return { ok: false, issues: [{ path: "", message: "must be a GeoJSON geometry object" }] };
  }
  const record = geometry as Record<string, unknown>;
  const vertices = countPositions(record.coordinates, MAX_VERTICES_PER_FEATURE);
  if (vertices > MAX_VERTICES_PER_FEATURE) {
    return {
      ok: false,
      issues: [
        {
          path: "coordinates",
          message: `has more than ${formatInt(MAX_VERTICES_PER_FEATURE)} vertices (the limit per feature); simplify the geometry`,
        },
      ],
    };
  }
  const refused = charge?.(vertices) ?? null;
  if (refused) return { ok: false, issues: [{ path: "", message: refused }] };
  const tidy = tidyGeometry(record);
  const issues = checkGeometry(tidy);
  if (issues.length > 0) {
    return {
      ok: false,
      issues: capIssues(issues, MAX_ISSUES_PER_FEATURE, (n) => ({
        path: "",
        message: `has ${formatInt(n)} more problems not listed`,
      })),
    };
  }
  return { ok: true, geometry: tidy as unknown as EventGeometry, vertices };
}
