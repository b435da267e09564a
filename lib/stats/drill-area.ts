/**
 * Drill area: the area (km²) covered by a side's polygons with overlaps counted once — the
 * area of their union (turf union, polyclip). Costly for many polygons, so callers ask for
 * it only when it is shown, and the result is memoised on the identity of the input array.
 */
import area from "@turf/area";
import { featureCollection, feature } from "@turf/helpers";
import union from "@turf/union";
import type { MultiPolygon, Polygon } from "geojson";
import type { AtlasEvent } from "../domain/atlas-event";

const cache = new WeakMap<readonly AtlasEvent[], number>();

/** km² of the union of the polygons of `events` (events without a polygon add nothing). */
export function unionAreaKm2(events: readonly AtlasEvent[]): number {
  const cached = cache.get(events);
  if (cached !== undefined) return cached;
  const polys = events
    .filter((e) => e.geometry.type === "Polygon" || e.geometry.type === "MultiPolygon")
    .map((e) => feature(e.geometry as Polygon | MultiPolygon));
  let km2 = 0;
  if (polys.length === 1) km2 = area(polys[0]!) / 1e6;
  else if (polys.length > 1) {
    const merged = union(featureCollection<Polygon | MultiPolygon>(polys));
    km2 = merged ? area(merged) / 1e6 : 0;
  }
  cache.set(events, km2);
  return km2;
}
