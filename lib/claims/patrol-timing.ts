/**
 * Claim 3: China–Russia bomber patrols are timed to coincide with political events (the
 * joint patrol over the Sea of Japan on 24 May 2022, during the Quad summit in Tokyo).
 *
 * Counted: air patrols in the set whose dates fall within ±`days` of a context event's dates
 * (the gap between the two date ranges is at most `days`). For scale, the share of the
 * window's days that lie that close to some context event: if patrols were placed at random,
 * about that share would match by chance.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import type { ContextEvent } from "../domain/context-event";
import { formatDay } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";
import { percent, type ClaimCheck } from "./claim";

export const DEFAULT_PROXIMITY_DAYS = 7;

type Dated = { startDay: number; endDay: number };

/** Days between two ranges (0 when they overlap). */
export function gapDays(a: Dated, b: Dated): number {
  if (a.endDay < b.startDay) return b.startDay - a.endDay;
  if (b.endDay < a.startDay) return a.startDay - b.endDay;
  return 0;
}

export interface PatrolMatch {
  patrol: AtlasEvent;
  context: ContextEvent;
  gap: number;
}

/** Share of the days of `win` within `days` of some context event. */
export function chanceShare(context: readonly Dated[], win: TimeWindow, days: number): number {
  const width = win.to - win.from + 1;
  if (width <= 0) return 0;
  let covered = 0;
  let cursor = win.from; // first day not yet counted
  const ranges = context
    .map((c) => ({ from: Math.max(c.startDay - days, win.from), to: Math.min(c.endDay + days, win.to) }))
    .filter((r) => r.from <= r.to)
    .sort((a, b) => a.from - b.from);
  for (const r of ranges) {
    const from = Math.max(r.from, cursor);
    if (r.to >= from) {
      covered += r.to - from + 1;
      cursor = r.to + 1;
    }
  }
  return covered / width;
}

export function checkPatrolTiming(
  events: readonly AtlasEvent[],
  context: readonly ContextEvent[],
  win: TimeWindow,
  days = DEFAULT_PROXIMITY_DAYS,
): ClaimCheck & { matches: PatrolMatch[]; patrols: AtlasEvent[]; chance: number } {
  const patrols = events.filter((e) => e.bloc === "cn-ru" && e.kind === "air-patrol");
  const matches: PatrolMatch[] = [];
  for (const p of patrols) {
    let best: PatrolMatch | null = null;
    for (const c of context) {
      const gap = gapDays(p, c);
      if (gap <= days && (best === null || gap < best.gap)) best = { patrol: p, context: c, gap };
    }
    if (best) matches.push(best);
  }
  const chance = chanceShare(context, win, days);
  const share = patrols.length === 0 ? 0 : matches.length / patrols.length;
  const verdict =
    patrols.length === 0 ? "no-data" : matches.length === 0 ? "not-supported" : share > chance ? "supported" : "partly";
  const list = matches
    .map((m) => `${formatDay(m.patrol.startDay)} ${m.gap === 0 ? "during" : `${m.gap} day(s) from`} ${m.context.name}`)
    .join("; ");
  return {
    id: "patrol-timing",
    claim:
      "China–Russia bomber patrols are timed to political events, such as the Quad summit in Tokyo on 24 May 2022.",
    value: `${matches.length} of ${patrols.length} (${percent(matches.length, patrols.length)})`,
    verdict,
    finding:
      patrols.length === 0
        ? "No China–Russia air patrol is visible."
        : `${matches.length} of ${patrols.length} visible air patrols fell within ±${days} days of a context event${list ? `: ${list}` : ""}. By chance about ${percent(chance, 1)} of the window's days lie that close to one; the dataset's context events are a selection, so this shows coincidence, not intent.`,
    method: `China–Russia events of kind air-patrol whose dates are within ±${days} days of a context event in the dataset (gap between the two date ranges ≤ ${days} days); chance share = share of the window's days within ±${days} days of a context event.`,
    events: matches.map((m) => m.patrol),
    matches,
    patrols,
    chance,
  };
}
