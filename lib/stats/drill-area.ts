/**
 * Drill area: the area (km²) covered by a side's polygons with overlaps counted once — the
 * area of their union (turf union, polyclip). Polygons are first grouped by overlapping
 * bounding boxes (a sweep over west edges with union–find): a polygon that overlaps no other
 * adds its own area and only the groups go through the costly union. The result is
 * memoised on the identity of the input array. The app loads this module (and polyclip)
 * only when the Summary is shown, and above `UNION_AUTO_LIMIT` (summary.ts) polygons
 * computes only on request.
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
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.bbox[0] - items[b]!.bbox[0]));
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
    const merged = union(featureCollection(group.map((e) => feature(e.geometry))));
    km2 += merged ? area(merged) / 1e6 : 0;
  }
  cache.set(events, km2);
  return km2;
}
