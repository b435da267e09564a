/**
 * Events per period for the comparison chart: the window cut into calendar months, quarters
 * or years (UTC), and for each period and side the number of events by kind. An event is
 * counted once, in the period of its start day; an event that began before the window is
 * counted in the first period (it is visible there).
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { dayFromParts, dayParts } from "../domain/days";
import { EVENT_KINDS } from "../domain/vocabulary";
import type { EventKind } from "../domain/schema";
import type { TimeWindow } from "../domain/visibility";
import { sideOf, SIDES, type Side } from "./sides";
import { monthAbbreviation } from "../text/months";

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export type KindCounts = Record<EventKind, number>;

export interface Period {
  label: string;
  from: number;
  /** Inclusive last day. */
  to: number;
  counts: Record<Side, KindCounts>;
  /** Events counted in this period, in start order. */
  events: AtlasEvent[];
}

const MONTHS_PER: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

function emptyKinds(): KindCounts {
  return Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as KindCounts;
}

function labelOf(year: number, month: number, g: Granularity): string {
  if (g === "year") return String(year);
  if (g === "quarter") return `${year} Q${Math.floor((month - 1) / 3) + 1}`;
  return `${monthAbbreviation(month)} ${year}`;
}

/** Periods covering `win`; `events` must all overlap it (the visible set does). */
export function periodsOf(events: readonly AtlasEvent[], win: TimeWindow, g: Granularity): Period[] {
  const step = MONTHS_PER[g];
  const first = dayParts(win.from);
  let month = Math.floor((first.month - 1) / step) * step + 1;
  let year = first.year;
  const periods: Period[] = [];
  while (dayFromParts(year, month, 1) <= win.to) {
    const from = dayFromParts(year, month, 1);
    const to = dayFromParts(year, month + step, 1) - 1;
    periods.push({
      label: labelOf(year, month, g),
      from,
      to,
      counts: Object.fromEntries(SIDES.map((s) => [s, emptyKinds()])) as Record<Side, KindCounts>,
      events: [],
    });
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  if (periods.length === 0) return periods;
  for (const e of events) {
    const day = Math.max(e.startDay, win.from);
    // Periods are contiguous and sorted: binary search for the one containing `day`.
    let lo = 0;
    let hi = periods.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((periods[mid] as Period).from <= day) lo = mid;
      else hi = mid - 1;
    }
    const p = periods[lo] as Period;
    p.counts[sideOf(e)][e.kind] += 1;
    p.events.push(e);
  }
  return periods;
}

export function total(counts: KindCounts): number {
  let n = 0;
  for (const k of EVENT_KINDS) n += counts[k];
  return n;
}
