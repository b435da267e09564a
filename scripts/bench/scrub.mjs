/**
 * Scrub latency for one loaded page: for a window of `widthDays` stepping `stepDays`,
 * `steps` window changes timed three ways (see page/probe.ts): ours (with a floor repaint of
 * the same view after each step), then naive on the same windows.
 */
export const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2006, 0, 1) / DAY_MS;

export function windows(widthDays, stepDays, steps) {
  const out = [];
  for (let i = 0; i <= steps; i++) out.push({ from: FIRST + i * stepDays, to: FIRST + i * stepDays + widthDays - 1 });
  return out;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

function summarise(timings) {
  const timedOut = timings.filter((t) => t.timedOut).length;
  const frame = timings.map((t) => t.frame);
  const idle = timings.map((t) => t.idle);
  return {
    p50_frame: percentile(frame, 50),
    p95_frame: percentile(frame, 95),
    p50_idle: percentile(idle, 50),
    p95_idle: percentile(idle, 95),
    timed_out: timedOut,
  };
}

/**
 * Steps through `ws` with the probe's `step` function (a name on window.__benchProbe); the
 * first window is a warm-up (not counted): it moves away from the full extent. With
 * `withFloor`, a floor repaint is timed after each counted step.
 */
async function timedSteps(page, step, ws, withFloor) {
  const timings = [];
  const floor = [];
  await page.evaluate(([name, w]) => window.__benchProbe[name](w), [step, ws[0]]);
  for (const w of ws.slice(1)) {
    timings.push(await page.evaluate(([name, x]) => window.__benchProbe[name](x), [step, w]));
    if (withFloor) floor.push(await page.evaluate(() => window.__benchProbe.floor()));
  }
  return { timings, floor };
}

export async function scrubCell(page, { widthDays, stepDays, steps }) {
  const ws = windows(widthDays, stepDays, steps);
  const { timings: ours, floor } = await timedSteps(page, "ours", ws, true);
  await page.evaluate(() => window.__benchProbe.naiveSetup());
  const { timings: naive } = await timedSteps(page, "naiveStep", ws, false);
  await page.evaluate(() => window.__benchProbe.naiveTeardown());
  return { ours: summarise(ours), naive: summarise(naive), floor: summarise(floor) };
}

/** The basemap alone: floor repaints with every event layer switched off (`?layers=`). */
export async function floorOnly(page, repeats) {
  const t = [];
  for (let i = 0; i < repeats; i++) t.push(await page.evaluate(() => window.__benchProbe.floor()));
  return summarise(t);
}

/**
 * The vector-tiles prototype: the same windows as `scrubCell`, as a filter change on layers
 * drawing a PMTiles archive (page/probe.ts `tilesStep`), with a floor repaint after each.
 */
export async function tilesCell(page, { widthDays, stepDays, steps }) {
  const { timings: tiles, floor } = await timedSteps(page, "tilesStep", windows(widthDays, stepDays, steps), true);
  return { tiles: summarise(tiles), floor: summarise(floor) };
}

/**
 * The Theatres view's cell: the same windows as `scrubCell`, each change timed until both
 * theatre maps show it (page/probe.ts `oursTheatres`). Call after `showTheatres`.
 */
export async function theatresCell(page, { widthDays, stepDays, steps }) {
  const { timings } = await timedSteps(page, "oursTheatres", windows(widthDays, stepDays, steps), false);
  return summarise(timings);
}
