/**
 * Drill area: the area (km²) covered by a side's polygons with overlaps counted once — the
 * area of their union (turf union, polyclip). Polygons are first grouped by overlapping
 * bounding boxes (a sweep over west edges with union–find): a polygon that overlaps no other
 * adds its own area and only the groups go through the costly union. The result is
 * memoised on the identity of the input array. The app loads this module (and polyclip)
 * only when the Summary is shown, and above `UNION_AUTO_LIMIT` (summary.ts) polygons
 * computes only on request.
 *
 * polyclip's sweep fails on nearly coincident edges (hand-drawn Baltic Sea polygons share
 * long stretches of coast): a many-way union throws "Unable to complete output ring" or never
 * ends. A group is therefore merged one polygon at a time, and a step that fails is retried
 * with both shapes snapped to a coarser grid (about 1 m, then about 100 m): far finer than
 * the polygons' own precision, which are drawn from place names.
 */
import area from "@turf/area";
import { featureCollection, feature } from "@turf/helpers";
import union from "@turf/union";
import type { BBox, MultiPolygon, Polygon } from "geojson";
import type { AtlasEvent } from "../domain/atlas-event";

type Areal = AtlasEvent & { geometry: Polygon | MultiPolygon; bbox: BBox };

const isAreal = (e: AtlasEvent): e is Areal =>
  (e.geometry.type === "Polygon" || e.geometry.type === "MultiPolygon") && e.bbox !== null;

/** Groups of polygons whose bounding boxes overlap, directly or through others. */
export function overlapGroups<T extends { bbox: BBox }>(items: readonly T[]): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.bbox[0] - items[b]!.bbox[0]);
  const active: number[] = [];
  for (const i of order) {
    const [w, s, , n] = items[i]!.bbox;
    // Drop boxes that end west of this one; the rest overlap it in longitude.
    for (let k = active.length - 1; k >= 0; k--) if (items[active[k]!]!.bbox[2] < w) active.splice(k, 1);
    for (const j of active) {
      const b = items[j]!.bbox;
      if (b[1] <= n && b[3] >= s) parent[find(i)] = find(j);
    }
    active.push(i);
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(item);
    groups.set(root, g);
  });
  return [...groups.values()];
}

type Shape = Polygon | MultiPolygon;

/** Coordinates rounded to `step` degrees (rings stay closed: first and last round alike). */
function snap(g: Shape, step: number): Shape {
  const r = (x: number) => Math.round(x / step) * step;
  const ring = (pts: number[][]) => pts.map(([x = 0, y = 0]) => [r(x), r(y)]);
  return g.type === "Polygon"
    ? { type: "Polygon", coordinates: g.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map(ring)) };
}

const SNAP_STEPS = [1e-5, 1e-3] as const;

function unionOf(shapes: readonly Shape[]): Shape | null {
  const merged = union(featureCollection(shapes.map((g) => feature(g))));
  return merged ? merged.geometry : null;
}

/**
 * The union of a group, never throwing: merged one polygon at a time, each step retried on a
 * coarser grid if it fails. (A single many-way union is avoided: on the bundled Baltic Sea
 * polygons polyclip's n-way sweep does not terminate, while every two-way step is fast.)
 */
export function robustUnion(shapes: readonly Shape[]): Shape | null {
  let acc: Shape | null = shapes[0] ?? null;
  for (const next of shapes.slice(1)) {
    if (acc === null) {
      acc = next;
      continue;
    }
    let merged: Shape | null | undefined;
    for (const step of [0, ...SNAP_STEPS]) {
      try {
        merged = step === 0 ? unionOf([acc, next]) : unionOf([snap(acc, step), snap(next, step)]);
        break;
      } catch {
        // try the next, coarser grid
      }
    }
    // Every grid failed: keep the larger shape rather than double-count the overlap.
    acc = merged === undefined ? (area(next) > area(acc) ? next : acc) : merged;
  }
  return acc;
}

const cache = new WeakMap<readonly AtlasEvent[], number>();

/** km² of the union of the polygons of `events` (events without a polygon add nothing). */
export function unionAreaKm2(events: readonly AtlasEvent[]): number {
  const cached = cache.get(events);
  if (cached !== undefined) return cached;
  let km2 = 0;
  for (const group of overlapGroups(events.filter(isAreal))) {
    if (group.length === 1) {
      km2 += group[0]!.areaKm2 ?? 0;
      continue;
    }
    const merged = robustUnion(group.map((e) => e.geometry));
    km2 += merged ? area(merged) / 1e6 : 0;
  }
  cache.set(events, km2);
  return km2;
}
