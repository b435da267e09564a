/**
 * Stacks timeline markers that would overlap into a few lanes (rows), so markers close in
 * time (a summit and a war weeks apart) stay separately visible and clickable. Greedy, in
 * time order: each marker takes the first lane whose previous marker is at least `minGapPx`
 * to its left; when none is, the lane whose previous marker is farthest away.
 */
export function markerLanes(positionsPx: readonly number[], minGapPx: number, laneCount: number): number[] {
  const order = positionsPx.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const lastX: number[] = Array.from({ length: Math.max(1, laneCount) }, () => Number.NEGATIVE_INFINITY);
  const lanes: number[] = new Array<number>(positionsPx.length).fill(0);
  for (const { x, i } of order) {
    let lane = lastX.findIndex((last) => x - last >= minGapPx);
    if (lane === -1) lane = lastX.reduce((best, last, l) => (last < (lastX[best] ?? 0) ? l : best), 0);
    lanes[i] = lane;
    lastX[lane] = x;
  }
  return lanes;
}
