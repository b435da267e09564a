/**
 * How close an event came to the places it is usually measured against:
 *   - a NATO drill (any geometry: area, sites or route): distance to the nearest Russian or
 *     Belarusian territory (Kaliningrad included);
 *   - a patrol route (China–Russia air, naval or coast-guard patrol): closest approach to
 *     Japan, South Korea, Taiwan and Alaska.
 * 0 km means the geometry touches or enters the country's territory (land outline; Natural
 * Earth 1:50m, simplified to about 1 km; territorial waters are not modelled).
 *
 * Pure: the outlines are passed in (`ProximityBorders`, the JSON written by
 * scripts/build-proximity-borders.ts), so the app can load them lazily and tests can use
 * tiny fixtures. Antimeridian-safe (see spherical.ts).
 */
import type { Position } from "geojson";
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from "geojson";
import { shapeDistanceKm, shapeOf, type SphericalShape } from "./spherical";

export const PROXIMITY_TARGETS = ["RU", "BY", "JP", "KR", "TW", "US-AK"] as const;
export type ProximityTarget = (typeof PROXIMITY_TARGETS)[number];

export const TARGET_NAMES: Readonly<Record<ProximityTarget, string>> = {
  RU: "Russia",
  BY: "Belarus",
  JP: "Japan",
  KR: "South Korea",
  TW: "Taiwan",
  "US-AK": "Alaska (United States)",
};

/** Each target's outline as MultiPolygon coordinates. */
export type ProximityBorders = Readonly<Record<ProximityTarget, Position[][][]>>;

export interface ProximityMeasure {
  target: ProximityTarget;
  name: string;
  km: number;
}

export interface ProximityReport {
  /** What was measured, in a sentence fragment ("nearest Russian or Belarusian territory"). */
  question: string;
  /** Sorted nearest first. */
  measures: ProximityMeasure[];
}

/**
 * What proximity needs of an event: its side, its kind and its geometry. Structural, so the
 * geometry layer does not depend on the domain's event type (lib/domain builds on lib/geo).
 */
type ProximityEvent = {
  bloc: string;
  kind: string;
  geometry: Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;
};

const PATROL_KINDS = new Set(["air-patrol", "naval-patrol", "coast-guard-patrol"]);

/** The targets an event is measured against, or null when no proximity question applies. */
export function proximityTargetsOf(e: ProximityEvent): readonly ProximityTarget[] | null {
  if (e.bloc === "nato") return ["RU", "BY"];
  if (PATROL_KINDS.has(e.kind) && (e.geometry.type === "LineString" || e.geometry.type === "MultiLineString")) {
    return ["JP", "KR", "TW", "US-AK"];
  }
  return null;
}

const shapeCache = new WeakMap<object, SphericalShape>();
function targetShape(borders: ProximityBorders, t: ProximityTarget): SphericalShape {
  const coords = borders[t];
  let s = shapeCache.get(coords);
  if (!s) {
    s = shapeOf({ type: "MultiPolygon", coordinates: coords });
    shapeCache.set(coords, s);
  }
  return s;
}

/** Distance (km) from a geometry to one target's territory. */
export function distanceToTarget(
  geometry: ProximityEvent["geometry"],
  target: ProximityTarget,
  borders: ProximityBorders,
): number {
  return shapeDistanceKm(shapeOf(geometry), targetShape(borders, target));
}

/** The proximity report for an event, or null when none applies (see the module contract). */
export function proximityOf(e: ProximityEvent, borders: ProximityBorders): ProximityReport | null {
  const targets = proximityTargetsOf(e);
  if (!targets) return null;
  const shape = shapeOf(e.geometry);
  const measures = targets
    .map((target) => ({ target, name: TARGET_NAMES[target], km: shapeDistanceKm(shape, targetShape(borders, target)) }))
    .sort((a, b) => a.km - b.km);
  const question =
    e.bloc === "nato" ? "Distance to the nearest Russian or Belarusian territory" : "Closest approach of the route";
  return { question, measures };
}
