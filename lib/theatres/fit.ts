/**
 * "Fit to visible": the smallest frame that holds every given event's extent. Longitudes
 * are on a circle, so the box is the complement of the widest gap between the events'
 * longitude ranges (a set of Pacific events on both sides of 180° gives a box across the
 * antimeridian, not one across the whole world). A margin keeps edge events off the edge.
 */
import type { BBox } from "geojson";
import { normaliseFrame, type FrameBBox } from "./frame";

/** Degrees added on every side, and the least width and height of a fitted frame. */
const MARGIN_DEG = 1;
const MIN_SPAN_DEG = 4;

/** The longitude range [start, end] on the circle (start in [0, 360), end >= start) covering all ranges. */
export function coverLongitudes(ranges: readonly [number, number][]): [number, number] | null {
  if (ranges.length === 0) return null;
  const norm = ranges.map(([w, e]): [number, number] => {
    const width = Math.max(0, e - w);
    const start = ((w % 360) + 360) % 360;
    return [start, start + Math.min(width, 360)];
  });
  if (norm.some(([a, b]) => b - a >= 360)) return [0, 360];
  norm.sort((a, b) => a[0] - b[0]);
  // Merge overlapping ranges (a range may run past 360; the wrap is handled by the gap test).
  const merged: [number, number][] = [];
  for (const [a, b] of norm) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  // The gap after each merged range, up to the next one's start (the last wraps round).
  let best = -1;
  let bestGap = -Infinity;
  for (let i = 0; i < merged.length; i++) {
    const end = merged[i]![1];
    const nextStart = i + 1 < merged.length ? merged[i + 1]![0] : merged[0]![0] + 360;
    const gap = nextStart - end;
    if (gap > bestGap) {
      bestGap = gap;
      best = i;
    }
  }
  if (bestGap <= 0) return [0, 360];
  const start = best + 1 < merged.length ? merged[best + 1]![0] : merged[0]![0];
  const end = merged[best]![1];
  return [start, end < start ? end + 360 : end];
}

/** The frame fitted to `boxes` (events' bboxes), or null when there are none. */
export function fitFrame(boxes: readonly BBox[]): FrameBBox | null {
  const lon = coverLongitudes(boxes.map((b) => [b[0], b[2]]));
  if (!lon) return null;
  const south = Math.min(...boxes.map((b) => b[1]));
  const north = Math.max(...boxes.map((b) => b[3]));
  const grow = (a: number, b: number): [number, number] => {
    const pad = Math.max(MARGIN_DEG, (MIN_SPAN_DEG - (b - a)) / 2);
    return [a - pad, b + pad];
  };
  const [w, e] = lon[1] - lon[0] >= 360 ? [-180, 180] : grow(lon[0], lon[1]);
  const [s, n] = grow(south, north);
  return normaliseFrame(w, s, Math.min(e, w + 360), n);
}
