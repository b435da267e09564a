/**
 * The first place where the rings of a polygon cross or touch themselves or each other, found
 * with a bounded amount of work.
 *
 * Contract: `firstCrossing(rings, maxPairs)` looks at the rings' segments (each ring closed,
 * with no repeated positions: `checkGeometry` ensures both first) and returns
 * - `{ kind: "crossing", at }` for the first pair of segments found to meet, where the pair is
 *   not two neighbours of one ring sharing their common vertex: a proper crossing, a vertex
 *   lying on another segment (rings that touch), a collinear overlap, or neighbours that fold
 *   back on each other (a zero-width spike);
 * - `{ kind: "none" }` when no pair meets;
 * - `{ kind: "too-complex", pairs }` when more than `maxPairs` candidate pairs would have to be
 *   examined; nothing is claimed about the rings then.
 * It never throws, never mutates its input, and its memory is linear in the segment count.
 *
 * Why not turf `kinks`: it compares every pair of segments (quadratic) and collects every
 * crossing before returning, so a 7,000-vertex zigzag produced millions of points and ran the
 * import worker out of memory. Here the segments are swept in order of their low end along
 * one axis (longitude, or latitude when segments are shorter that way: a comb of long east–west
 * teeth is swept north to south) and only pairs whose ranges on that axis overlap are compared;
 * the search stops at the first hit,
 * and the candidate count is charged before each comparison, so hostile input costs at most
 * `maxPairs` cheap comparisons. Real outlines (a coast, a circle of 50,000 vertices) need a few
 * candidates per segment.
 */
import type { Position } from "geojson";

export type CrossingResult =
  { kind: "none" } | { kind: "crossing"; at: Position } | { kind: "too-complex"; pairs: number };

/** Twice the signed area of triangle (a, b, c): > 0 when c is left of a→b. */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** c is within the bounding box of a–b (used only when a, b, c are collinear). */
function within(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Where segments p1–p2 and p3–p4 meet, or null. */
function meet(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
  x4: number,
  y4: number,
): Position | null {
  const d1 = orient(x3, y3, x4, y4, x1, y1);
  const d2 = orient(x3, y3, x4, y4, x2, y2);
  const d3 = orient(x1, y1, x2, y2, x3, y3);
  const d4 = orient(x1, y1, x2, y2, x4, y4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [x1 + t * (x2 - x1), y1 + t * (y2 - y1)];
  }
  if (d1 === 0 && within(x3, y3, x4, y4, x1, y1)) return [x1, y1];
  if (d2 === 0 && within(x3, y3, x4, y4, x2, y2)) return [x2, y2];
  if (d3 === 0 && within(x1, y1, x2, y2, x3, y3)) return [x3, y3];
  if (d4 === 0 && within(x1, y1, x2, y2, x4, y4)) return [x4, y4];
  return null;
}

export function firstCrossing(rings: readonly (readonly Position[])[], maxPairs: number): CrossingResult {
  let n = 0;
  for (const ring of rings) n += Math.max(0, ring.length - 1);
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const ringOf = new Uint32Array(n);
  const indexInRing = new Uint32Array(n);
  const ringSize = new Uint32Array(rings.length);
  let k = 0;
  rings.forEach((ring, r) => {
    ringSize[r] = Math.max(0, ring.length - 1);
    for (let i = 0; i + 1 < ring.length; i++) {
      const p = ring[i] as Position;
      const q = ring[i + 1] as Position;
      ax[k] = p[0] as number;
      ay[k] = p[1] as number;
      bx[k] = q[0] as number;
      by[k] = q[1] as number;
      ringOf[k] = r;
      indexInRing[k] = i;
      k++;
    }
  });

  // Neighbours in one ring share a vertex by construction; they meet anywhere else only
  // when they are collinear and fold back over each other.
  for (let s = 0; s < n; s++) {
    const size = ringSize[ringOf[s] as number] as number;
    const i = indexInRing[s] as number;
    const next = i + 1 < size ? s + 1 : s - i; // the ring's first segment follows its last
    if (next === s) continue;
    const ux = (bx[s] as number) - (ax[s] as number);
    const uy = (by[s] as number) - (ay[s] as number);
    const vx = (bx[next] as number) - (ax[next] as number);
    const vy = (by[next] as number) - (ay[next] as number);
    if (ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0)
      return { kind: "crossing", at: [bx[s] as number, by[s] as number] };
  }

  // Sweep along the axis on which segments are short compared with the whole extent.
  if (relativeLength(ay, by, n) < relativeLength(ax, bx, n)) {
    const swapped = sweep(ay, ax, by, bx, ringOf, indexInRing, ringSize, n, maxPairs);
    return swapped.kind === "crossing"
      ? { kind: "crossing", at: [swapped.at[1] as number, swapped.at[0] as number] }
      : swapped;
  }
  return sweep(ax, ay, bx, by, ringOf, indexInRing, ringSize, n, maxPairs);
}

/** Total length of the segments along one axis, over the extent on that axis. */
function relativeLength(a: Float64Array, b: Float64Array, n: number): number {
  let lo = Infinity;
  let hi = -Infinity;
  let sum = 0;
  for (let s = 0; s < n; s++) {
    const p = a[s] as number;
    const q = b[s] as number;
    sum += Math.abs(q - p);
    lo = Math.min(lo, p, q);
    hi = Math.max(hi, p, q);
  }
  return hi > lo ? sum / (hi - lo) : Infinity;
}

/** Compares the pairs of segments whose ranges overlap on the first (x) axis, in sweep order. */
function sweep(
  ax: Float64Array,
  ay: Float64Array,
  bx: Float64Array,
  by: Float64Array,
  ringOf: Uint32Array,
  indexInRing: Uint32Array,
  ringSize: Uint32Array,
  n: number,
  maxPairs: number,
): CrossingResult {
  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    minX[s] = Math.min(ax[s] as number, bx[s] as number);
    maxX[s] = Math.max(ax[s] as number, bx[s] as number);
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (minX[a] as number) - (minX[b] as number));
  let pairs = 0;
  for (let oi = 0; oi < n; oi++) {
    const s = order[oi] as number;
    const sMaxX = maxX[s] as number;
    const sMinY = Math.min(ay[s] as number, by[s] as number);
    const sMaxY = Math.max(ay[s] as number, by[s] as number);
    for (let oj = oi + 1; oj < n; oj++) {
      const t = order[oj] as number;
      if ((minX[t] as number) > sMaxX) break;
      if (++pairs > maxPairs) return { kind: "too-complex", pairs: maxPairs };
      if (Math.max(ay[t] as number, by[t] as number) < sMinY || Math.min(ay[t] as number, by[t] as number) > sMaxY)
        continue;
      if (ringOf[s] === ringOf[t]) {
        const size = ringSize[ringOf[s] as number] as number;
        const d = Math.abs((indexInRing[s] as number) - (indexInRing[t] as number));
        if (d === 1 || d === size - 1) continue;
      }
      const at = meet(
        ax[s] as number,
        ay[s] as number,
        bx[s] as number,
        by[s] as number,
        ax[t] as number,
        ay[t] as number,
        bx[t] as number,
        by[t] as number,
      );
      if (at) return { kind: "crossing", at };
    }
  }
  return { kind: "none" };
}
