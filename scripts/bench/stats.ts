/**
 * Panel statistics in Node: the time to recompute the visible set and its summary for a
 * new window, ours (`visibleEvents`: the time index, then the one rule) against a linear
 * scan with `isVisible` over every event. Prints one JSON object.
 *
 * Usage: tsx scripts/bench/stats.ts <dataset.geojson> <steps>
 */
import { readFileSync } from "node:fs";
import type { FeatureCollection, Geometry } from "geojson";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { LAYER_IDS } from "@/lib/domain/layers";
import { isVisible, type VisibilityCriteria } from "@/lib/domain/visibility";
import { timeIndexOf, visibleEvents } from "@/lib/store/selectors";
import { syntheticToAtlasEvent } from "./import-defaults";

const DAY_MS = 86_400_000;

/** What a statistics panel shows: counts by side and layer, personnel with missing figures apart, participants. */
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
  return { window: { from, to }, layers: new Set(LAYER_IDS), participants: new Set(), domains: new Set(), kinds: new Set(), search: "" };
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

  const first = Date.UTC(2006, 0, 1) / DAY_MS;
  const cells = [
    { window_days: 90, step_days: 30 },
    { window_days: 5 * 365, step_days: 90 },
  ].map(({ window_days, step_days }) => {
    const ours: number[] = [];
    const naive: number[] = [];
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
    };
  });
  const worst = cells.reduce((a, b) => (b.ours_p95_ms > a.ours_p95_ms ? b : a));
  const worstNaive = cells.reduce((a, b) => (b.naive_p95_ms > a.naive_p95_ms ? b : a));
  console.log(
    JSON.stringify({ features: events.length, index_build_ms: indexMs, ours_ms: worst.ours_p95_ms, naive_ms: worstNaive.naive_p95_ms, cells }),
  );
}

main();
