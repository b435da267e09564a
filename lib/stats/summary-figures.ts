/**
 * The Summary's figures as numbers, without the event lists behind them.
 *
 * A `SideSummary` (summary.ts) carries every list the panel can open, so building one is
 * linear in the visible events. The table itself needs only these numbers, which the
 * per-period aggregates (period-aggregates.ts) compute without visiting every visible event.
 * `figuresOfSide` reads the same numbers off a `SideSummary`: it is the fallback when a filter
 * is active and the reference the aggregate path is proved equal to.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { SIDES, type Side } from "./sides";
import type { SideSummary, Summary } from "./summary";

export interface SideFigures {
  side: Side;
  /** Visible events of the side. */
  events: number;
  /** Sum of compared personnel figures, components inside a figured umbrella left out. */
  personnel: number;
  /** Events whose figure is in `personnel` (and in `personnelDays`). */
  personnelEvents: number;
  personnelDays: number;
  missing: number;
  inUmbrella: number;
  hostExercises: number;
  patrolKm: number;
  /** Events with a route (the ones behind `patrolKm`). */
  patrols: number;
  /** Events with a polygon (the drill area is their union). */
  areaEvents: number;
  /** Distinct participants, sorted. */
  countries: string[];
  /** The largest compared figure (ties: the earlier event). */
  largest: AtlasEvent | null;
}

export type SummaryFigures = Record<Side, SideFigures>;

export function figuresOfSide(s: SideSummary): SideFigures {
  return {
    side: s.side,
    events: s.events.length,
    personnel: s.personnel.total,
    personnelEvents: s.personnel.events.length,
    personnelDays: s.personnelDays.total,
    missing: s.personnel.missing.length,
    inUmbrella: s.personnel.inUmbrella.length,
    hostExercises: s.personnel.hostExercises.length,
    patrolKm: s.patrolKm.total,
    patrols: s.patrolKm.events.length,
    areaEvents: s.areaEvents.length,
    countries: s.countries,
    largest: s.largest,
  };
}

const cache = new WeakMap<Summary, SummaryFigures>();

/** The figures of every side of a summary (memoised on the summary, itself memoised). */
export function figuresOf(summary: Summary): SummaryFigures {
  let f = cache.get(summary);
  if (!f) {
    f = Object.fromEntries(SIDES.map((side) => [side, figuresOfSide(summary[side])])) as SummaryFigures;
    cache.set(summary, f);
  }
  return f;
}
