/**
 * The per-side summary of a set of events (the visible ones), every figure with the events
 * behind it so the panel can list them.
 *
 *   events          every event of the side
 *   personnel       sum of the figures that compare like with like (`comparedPersonnel`:
 *                   the joint part of a host's strategic exercise, never the host's
 *                   whole-exercise total; those events are also listed in `hostExercises`).
 *                   Events with no such figure are counted apart (`missing`), never as zero.
 *                   A component whose umbrella exercise (its `parent`, or an ancestor) is in
 *                   the same set with a figure is not added again (`inUmbrella`): the
 *                   umbrella's figure already includes it.
 *   personnel-days  personnel × duration in days (start and end inclusive), over the same
 *                   events as `personnel`
 *   patrol distance sum of route lengths (km) of events that have a route
 *   countries       distinct participants
 *   largest         the event with the largest compared figure (ties: the earlier one)
 *
 * Drill area (union of polygons, costly) is in `drill-area.ts`, computed only on demand.
 * Linear in the number of events; memoised on the identity of the input array.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { comparedPersonnel, isHostExercise } from "./compared-personnel";
import { groupBySide, type Side } from "./sides";

/** Above this many polygons the panel computes the drill area (a union) only when asked. */
export const UNION_AUTO_LIMIT = 1500;

export interface Figure {
  total: number;
  events: AtlasEvent[];
}

export interface SideSummary {
  side: Side;
  events: AtlasEvent[];
  personnel: Figure & {
    missing: AtlasEvent[];
    inUmbrella: AtlasEvent[];
    /** Host strategic exercises: counted by their joint part (or missing), not the host's total. */
    hostExercises: AtlasEvent[];
  };
  personnelDays: Figure;
  patrolKm: Figure;
  /** Events with a polygon (the drill area is their union). */
  areaEvents: AtlasEvent[];
  countries: string[];
  largest: AtlasEvent | null;
}

export function durationDays(e: Pick<AtlasEvent, "startDay" | "endDay">): number {
  return e.endDay - e.startDay + 1;
}

/** True when an ancestor of `e` (via `parent`) is in `figured`. */
function hasFiguredAncestor(
  e: AtlasEvent,
  byId: ReadonlyMap<string, AtlasEvent>,
  figured: ReadonlySet<string>,
): boolean {
  const seen = new Set<string>();
  let parent = e.parent;
  while (parent !== null && !seen.has(parent)) {
    if (figured.has(parent)) return true;
    seen.add(parent);
    parent = byId.get(parent)?.parent ?? null;
  }
  return false;
}

export function summariseSide(side: Side, events: readonly AtlasEvent[]): SideSummary {
  const byId = new Map(events.map((e) => [e.id, e]));
  const figured = new Set(events.filter((e) => comparedPersonnel(e) !== null).map((e) => e.id));
  const withFigure: AtlasEvent[] = [];
  const missing: AtlasEvent[] = [];
  const inUmbrella: AtlasEvent[] = [];
  const hostExercises: AtlasEvent[] = [];
  let personnel = 0;
  let personnelDays = 0;
  let patrolKm = 0;
  const patrols: AtlasEvent[] = [];
  const areaEvents: AtlasEvent[] = [];
  const countries = new Set<string>();
  let largest: AtlasEvent | null = null;
  for (const e of events) {
    for (const c of e.participants) countries.add(c);
    if (e.lengthKm !== null) {
      patrolKm += e.lengthKm;
      patrols.push(e);
    }
    if (e.areaKm2 !== null) areaEvents.push(e);
    if (isHostExercise(e)) hostExercises.push(e);
    const figure = comparedPersonnel(e);
    if (figure === null) {
      missing.push(e);
      continue;
    }
    if (largest === null || figure > (comparedPersonnel(largest) ?? 0)) largest = e;
    if (e.parent !== null && hasFiguredAncestor(e, byId, figured)) {
      inUmbrella.push(e);
      continue;
    }
    withFigure.push(e);
    personnel += figure;
    personnelDays += figure * durationDays(e);
  }
  return {
    side,
    events: [...events],
    personnel: { total: personnel, events: withFigure, missing, inUmbrella, hostExercises },
    personnelDays: { total: personnelDays, events: withFigure },
    patrolKm: { total: patrolKm, events: patrols },
    areaEvents,
    countries: [...countries].sort(),
    largest,
  };
}

export type Summary = Record<Side, SideSummary>;

const cache = new WeakMap<readonly AtlasEvent[], Summary>();

/** Summaries of every side (memoised on the array: the visible set is itself memoised). */
export function summarise(events: readonly AtlasEvent[]): Summary {
  let s = cache.get(events);
  if (!s) {
    const g = groupBySide(events);
    s = {
      nato: summariseSide("nato", g.nato),
      "cn-ru": summariseSide("cn-ru", g["cn-ru"]),
      imported: summariseSide("imported", g.imported),
    };
    cache.set(events, s);
  }
  return s;
}
