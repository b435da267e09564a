/**
 * Panel statistics in Node, per window change, in one run:
 *   - the Summary's figures as the app computes them (`summaryFigures`: the per-period
 *     aggregates plus the exact pass at the window's edges) against the linear baseline the
 *     app used before (`summarise` over `visibleEvents`), checked equal at every step;
 *   - as before, the visible set with a simple count (`visibleEvents`: the time index, then
 *     the one rule) against a linear scan with `isVisible` over every event.
 * Prints one JSON object.
 *
 * Usage: tsx scripts/bench/stats.ts <dataset.geojson> <steps>
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection, Geometry } from "geojson";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { LAYER_IDS } from "@/lib/domain/layers";
import { isVisible, type VisibilityCriteria } from "@/lib/domain/visibility";
import { figuresOf, type SummaryFigures } from "@/lib/stats/summary-figures";
import { summarise } from "@/lib/stats/summary";
import { SIDES } from "@/lib/stats/sides";
import { periodAggregatesOf, summaryFigures, timeIndexOf, visibleEvents } from "@/lib/store/selectors";
import { syntheticToAtlasEvent } from "./import-defaults";

const DAY_MS = 86_400_000;

/** The panel's target for the Summary's figures per window change (p95), from the performance issue. */
const TARGET_MS = 4;

/** Throws unless the two paths give the same figures (patrol km to 1e-9 relative: fractional sums in another order). */
function assertSame(a: SummaryFigures, b: SummaryFigures): void {
  for (const side of SIDES) {
    const { patrolKm: pa, largest: la, countries: ca, ...ra } = a[side];
    const { patrolKm: pb, largest: lb, countries: cb, ...rb } = b[side];
    const same =
      JSON.stringify(ra) === JSON.stringify(rb) &&
      ca.join() === cb.join() &&
      (la?.id ?? null) === (lb?.id ?? null) &&
      Math.abs(pa - pb) <= 1e-9 * Math.max(1, Math.abs(pb));
    if (!same) throw new Error(`the aggregate and linear summaries disagree on ${side}`);
  }
}

/** A simple count (the bench's earlier measure, kept for comparison across runs): counts by side and layer, personnel with missing figures apart, participants. */
function summary(events: readonly AtlasEvent[]) {
  const bySide = new Map<string, { count: number; personnel: number; missing: number }>();
  const participants = new Set<string>();
  for (const e of events) {
    const s = bySide.get(e.bloc) ?? { count: 0, personnel: 0, missing: 0 };
    s.count++;
    if (e.personnel === null) s.missing++;
    else s.personnel += e.personnel;
    bySide.set(e.bloc, s);
    for (const p of e.participants) participants.add(p);
  }
  return { bySide, participants: participants.size };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

function criteria(from: number, to: number): VisibilityCriteria {
  return {
    window: { from, to },
    layers: new Set(LAYER_IDS),
    participants: new Set(),
    domains: new Set(),
    kinds: new Set(),
    search: "",
  };
}

function main() {
  const [file, stepsArg] = process.argv.slice(2);
  if (!file) throw new Error("usage: stats.ts <dataset.geojson> <steps>");
  const steps = Number(stepsArg ?? 50);
  const fc = JSON.parse(readFileSync(file, "utf8")) as FeatureCollection<Geometry, Record<string, unknown>>;
  const events = fc.features.map((f, i) => syntheticToAtlasEvent(f, i, "bench"));
  const tIndex = performance.now();
  timeIndexOf(events);
  const indexMs = performance.now() - tIndex;
  const tAggregates = performance.now();
  periodAggregatesOf(events);
  const aggregatesMs = performance.now() - tAggregates;

  const first = Date.UTC(2006, 0, 1) / DAY_MS;
  const cells = [
    { window_days: 90, step_days: 30 },
    { window_days: 5 * 365, step_days: 90 },
  ].map(({ window_days, step_days }) => {
    const ours: number[] = [];
    const naive: number[] = [];
    const agg: number[] = [];
    const lin: number[] = [];
    let check = 0;
    // The first few steps warm up both paths (JIT) and are not counted.
    const warmup = 5;
    {
      for (let i = -warmup; i < steps; i++) {
        const k = Math.max(i, 0) + (i < 0 ? steps + i : 0);
        const c = criteria(first + k * step_days, first + k * step_days + window_days - 1);
        let t = performance.now();
        const a = visibleEvents(events, c);
        const sa = summary(a);
        if (i >= 0) ours.push(performance.now() - t);
        t = performance.now();
        const b = events.filter((e) => isVisible(e, c));
        const sb = summary(b);
        if (i >= 0) naive.push(performance.now() - t);
        if (a.length !== b.length || sa.participants !== sb.participants) throw new Error("ours and the scan disagree");
        if (i >= 0) check += a.length;
        // The Summary's figures: the app's path, then the linear one it replaced.
        t = performance.now();
        const fa = summaryFigures(events, c);
        if (i >= 0) agg.push(performance.now() - t);
        t = performance.now();
        const fb = figuresOf(summarise(visibleEvents(events, c)));
        if (i >= 0) lin.push(performance.now() - t);
        assertSame(fa, fb);
      }
    }
    return {
      window_days,
      step_days,
      mean_visible: Math.round(check / steps),
      ours_p50_ms: median(ours),
      ours_p95_ms: p95(ours),
      naive_p50_ms: median(naive),
      naive_p95_ms: p95(naive),
      summary_p50_ms: median(agg),
      summary_p95_ms: p95(agg),
      summary_linear_p50_ms: median(lin),
      summary_linear_p95_ms: p95(lin),
    };
  });
  const worst = cells.reduce((a, b) => (b.ours_p95_ms > a.ours_p95_ms ? b : a));
  const worstNaive = cells.reduce((a, b) => (b.naive_p95_ms > a.naive_p95_ms ? b : a));
  const summaryMs = Math.max(...cells.map((c) => c.summary_p95_ms));
  const summaryLinearMs = Math.max(...cells.map((c) => c.summary_linear_p95_ms));
  console.log(
    JSON.stringify({
      features: events.length,
      index_build_ms: indexMs,
      ours_ms: worst.ours_p95_ms,
      naive_ms: worstNaive.naive_p95_ms,
      aggregates_build_ms: aggregatesMs,
      period_days: periodAggregatesOf(events).periodDays,
      summary_ms: summaryMs,
      summary_linear_ms: summaryLinearMs,
      summary_target_ms: TARGET_MS,
      cells,
    }),
  );
}

main();
