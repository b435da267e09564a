/**
 * Per-period aggregates of the Summary's figures, so that a window change costs the number of
 * periods in the window plus the events at its edges, not the number of visible events.
 * Exact, not an estimate.
 *
 * An event is visible when start <= to and end >= from (visibility.ts). The visible events of
 * a layer are therefore exactly the union of two disjoint sets:
 *   (a) those that start inside the window (start in [from, to]; then end >= start >= from);
 *   (b) those that start before it and are still running at `from` (start < from <= end).
 *
 *       periods  |  p0  |  p1  |  p2  |  p3  |  p4  |
 *       window         [from ..................to]
 *       (a)            [walk][ aggregate p2 ][walk]      start-sorted, by start period
 *       (b)        <====|==>                             crossing `from`: walked one by one
 *
 * (a) is a run of the start-sorted events: the periods it covers whole are read from their
 * aggregates, the (at most two) partial periods at its ends are walked event by event. (b) is
 * found by a time index (`overlapping(from, from - 1)`) and walked: with events of days or
 * weeks that is a few weeks' worth of events, and the index keeps long events apart. Each
 * event is counted once, however many periods it spans, because it belongs to the period of
 * its start only. Personnel-days use each event's whole duration (as summary.ts defines them),
 * so nothing depends on how much of an event the window covers.
 *
 * Per layer and period the aggregate holds the sums (events, personnel, personnel-days,
 * missing figures, host exercises, patrol km and routes, polygons), the largest figure with
 * its earliest event (a maximum is not a sum: ties go to the lower rank in start order, as
 * the linear pass keeps the first), and the countries as a bit set (a distinct count is a
 * union, not a sum). Every layer belongs to one side, so a side is the union of its switched-on
 * layers' aggregates.
 *
 * Components (an event with a `parent` and a figure) are not aggregated: whether their figure
 * counts depends on whether an ancestor is visible too, so they are walked one by one from
 * their own time index (there are a handful in the bundled data).
 *
 * Only the window and the layer switches are served (`serves`); with any other clause of the
 * rule active the caller falls back to the linear summary, as it does when event ids are not
 * unique (the umbrella rule looks events up by id). Patrol km are fractional sums added in
 * another order than the linear pass, so they can differ from it in the last bits (the panel
 * shows whole km); every other figure is an integer and equal exactly.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import type { LayerId } from "../domain/layers";
import { buildTimeIndex, lowerBound, upperBound, type TimeIndex } from "../domain/time-index";
import {
  satisfies,
  timelessClauses,
  visibilityClauses,
  type Clause,
  type VisibilityCriteria,
} from "../domain/visibility";
import { comparedPersonnel, isHostExercise } from "./compared-personnel";
import { sideOf, SIDES, type Side } from "./sides";
import { durationDays } from "./summary";
import type { SideFigures, SummaryFigures } from "./summary-figures";

/**
 * A week: the partial periods at a window's edges hold at most a week of events each, and a
 * five-year window adds about 260 periods. Data spanning centuries gets wider periods, so the
 * number of periods stays bounded.
 */
const MIN_PERIOD_DAYS = 7;
const MAX_PERIODS = 4096;

/** A side's figures while they are summed: the countries as a bit set, the largest with its figure and rank. */
interface Acc extends Omit<SideFigures, "side" | "countries"> {
  countries: Uint32Array;
  largestFigure: number;
  largestRank: number;
}

function emptyAcc(words: number): Acc {
  return {
    events: 0,
    personnel: 0,
    personnelEvents: 0,
    personnelDays: 0,
    missing: 0,
    inUmbrella: 0,
    hostExercises: 0,
    patrolKm: 0,
    patrols: 0,
    areaEvents: 0,
    countries: new Uint32Array(words),
    largest: null,
    largestFigure: -Infinity,
    largestRank: Infinity,
  };
}

function offerLargest(acc: Acc, figure: number, rank: number, e: AtlasEvent | null): void {
  if (e !== null && (figure > acc.largestFigure || (figure === acc.largestFigure && rank < acc.largestRank))) {
    acc.largest = e;
    acc.largestFigure = figure;
    acc.largestRank = rank;
  }
}

/** Adds one visible event, with the same rules as `summariseSide`. */
function addEvent(
  acc: Acc,
  e: AtlasEvent,
  rank: number,
  countryBit: ReadonlyMap<string, number>,
  inUmbrella: boolean,
): void {
  acc.events++;
  for (const c of e.participants) {
    const k = countryBit.get(c) as number;
    acc.countries[k >>> 5] = (acc.countries[k >>> 5] as number) | (1 << (k & 31));
  }
  if (e.lengthKm !== null) {
    acc.patrolKm += e.lengthKm;
    acc.patrols++;
  }
  if (e.areaKm2 !== null) acc.areaEvents++;
  if (isHostExercise(e)) acc.hostExercises++;
  const figure = comparedPersonnel(e);
  if (figure === null) {
    acc.missing++;
    return;
  }
  offerLargest(acc, figure, rank, e);
  if (inUmbrella) {
    acc.inUmbrella++;
    return;
  }
  acc.personnel += figure;
  acc.personnelEvents++;
  acc.personnelDays += figure * durationDays(e);
}

function merge(acc: Acc, p: Acc): void {
  acc.events += p.events;
  acc.personnel += p.personnel;
  acc.personnelEvents += p.personnelEvents;
  acc.personnelDays += p.personnelDays;
  acc.missing += p.missing;
  acc.inUmbrella += p.inUmbrella;
  acc.hostExercises += p.hostExercises;
  acc.patrolKm += p.patrolKm;
  acc.patrols += p.patrols;
  acc.areaEvents += p.areaEvents;
  for (let w = 0; w < acc.countries.length; w++)
    acc.countries[w] = (acc.countries[w] as number) | (p.countries[w] as number);
  offerLargest(acc, p.largestFigure, p.largestRank, p.largest);
}

interface Ranked {
  startDay: number;
  endDay: number;
  /** Position in `LayerPeriods.events` (or in the components list). */
  i: number;
}

/** One layer's events that are not components, in start order, with their periods. */
interface LayerPeriods {
  layer: LayerId;
  side: Side;
  events: AtlasEvent[];
  ranks: Int32Array;
  starts: Float64Array;
  /** first[p]: index of the first event starting in period p or later (length periods + 1). */
  first: Int32Array;
  periods: (Acc | null)[];
  crossing: TimeIndex<Ranked>;
}

export interface PeriodAggregates {
  /** Whether `figures` can answer these criteria (only the window and layer clauses active). */
  serves(criteria: VisibilityCriteria): boolean;
  /** The Summary's figures for every side under `criteria`; only when `serves(criteria)`. */
  figures(criteria: VisibilityCriteria): SummaryFigures;
  readonly periodDays: number;
}

export function buildPeriodAggregates(events: readonly AtlasEvent[]): PeriodAggregates {
  // The order the linear pass visits events in: by start day, ties in input order (the time
  // index's order). A rank in it breaks ties for the largest event.
  // Sorted as indices over a typed array: comparing fields of the events themselves is
  // several times slower at 100,000 events (and this runs once per data set, on the main thread).
  const startOf = new Float64Array(events.map((e) => e.startDay));
  const order = Uint32Array.from(events, (_, i) => i).sort(
    (a, b) => (startOf[a] as number) - (startOf[b] as number) || a - b,
  );

  const seenNames = new Set<string>();
  for (const e of events) for (const c of e.participants) seenNames.add(c);
  const names = [...seenNames].sort();
  const countryBit = new Map(names.map((n, k) => [n, k]));
  const words = Math.max(1, Math.ceil(names.length / 32));

  const base = order.length > 0 ? (startOf[order[0] as number] as number) : 0;
  const lastStart = order.length > 0 ? (startOf[order[order.length - 1] as number] as number) : 0;
  const periodDays = Math.max(MIN_PERIOD_DAYS, Math.ceil((lastStart - base + 1) / MAX_PERIODS));
  const periodOf = (day: number) => Math.floor((day - base) / periodDays);
  const periodCount = periodOf(lastStart) + 1;

  const components: { e: AtlasEvent; rank: number }[] = [];
  const simpleByLayer = new Map<LayerId, { events: AtlasEvent[]; ranks: number[] }>();
  for (let rank = 0; rank < order.length; rank++) {
    const e = events[order[rank] as number] as AtlasEvent;
    if (e.parent !== null && comparedPersonnel(e) !== null) components.push({ e, rank });
    else {
      let list = simpleByLayer.get(e.layer);
      if (!list) simpleByLayer.set(e.layer, (list = { events: [], ranks: [] }));
      list.events.push(e);
      list.ranks.push(rank);
    }
  }

  const layers: LayerPeriods[] = [...simpleByLayer].map(([layer, list]) => {
    const starts = new Float64Array(list.events.map((e) => e.startDay));
    const periods: (Acc | null)[] = new Array<Acc | null>(periodCount).fill(null);
    list.events.forEach((e, i) => {
      const p = periodOf(e.startDay);
      const acc = periods[p] ?? emptyAcc(words);
      periods[p] = acc;
      addEvent(acc, e, list.ranks[i] as number, countryBit, false);
    });
    const first = new Int32Array(periodCount + 1);
    for (let p = 0; p <= periodCount; p++) first[p] = lowerBound(starts, base + p * periodDays);
    return {
      layer,
      side: sideOf(list.events[0] as AtlasEvent),
      events: list.events,
      ranks: new Int32Array(list.ranks),
      starts,
      first,
      periods,
      crossing: buildTimeIndex(list.events.map((e, i) => ({ startDay: e.startDay, endDay: e.endDay, i }))),
    };
  });

  const componentIndex = buildTimeIndex(components.map((x, i) => ({ startDay: x.e.startDay, endDay: x.e.endDay, i })));
  // Ids matter only to the umbrella rule, so only with components; a repeated id would make
  // "the" ancestor ambiguous, and then `serves` leaves everything to the linear summary.
  const byId = new Map<string, AtlasEvent>();
  let uniqueIds = true;
  if (components.length > 0) {
    for (const e of events) {
      if (byId.has(e.id)) uniqueIds = false;
      byId.set(e.id, e);
    }
  }

  /** The umbrella rule of summary.ts: an ancestor, visible on the same side, has a figure. */
  function inFiguredUmbrella(e: AtlasEvent, side: Side, rule: readonly Clause[]): boolean {
    const seen = new Set<string>();
    let parent = e.parent;
    while (parent !== null && !seen.has(parent)) {
      const a = byId.get(parent);
      if (a === undefined || sideOf(a) !== side || !satisfies(rule, a)) return false;
      if (comparedPersonnel(a) !== null) return true;
      seen.add(parent);
      parent = a.parent;
    }
    return false;
  }

  function walk(acc: Acc, l: LayerPeriods, lo: number, hi: number): void {
    for (let i = lo; i < hi; i++) addEvent(acc, l.events[i] as AtlasEvent, l.ranks[i] as number, countryBit, false);
  }

  function addLayer(acc: Acc, l: LayerPeriods, from: number, to: number): void {
    // (a) events starting in [from, to]: whole periods from their aggregates, the ends walked.
    const lo = lowerBound(l.starts, from);
    const hi = upperBound(l.starts, to);
    if (lo < hi) {
      const pf = periodOf(l.starts[lo] as number);
      const pl = periodOf(l.starts[hi - 1] as number);
      if (pf === pl) walk(acc, l, lo, hi);
      else {
        walk(acc, l, lo, l.first[pf + 1] as number);
        for (let p = pf + 1; p < pl; p++) {
          const agg = l.periods[p];
          if (agg) merge(acc, agg);
        }
        walk(acc, l, l.first[pl] as number, hi);
      }
    }
    // (b) events that started before the window and are still running at its first day.
    for (const x of l.crossing.overlapping(from, from - 1))
      addEvent(acc, l.events[x.i] as AtlasEvent, l.ranks[x.i] as number, countryBit, false);
  }

  function toFigures(side: Side, acc: Acc): SideFigures {
    const countries: string[] = [];
    for (let k = 0; k < names.length; k++)
      if (((acc.countries[k >>> 5] as number) >>> (k & 31)) & 1) countries.push(names[k] as string);
    return {
      side,
      events: acc.events,
      personnel: acc.personnel,
      personnelEvents: acc.personnelEvents,
      personnelDays: acc.personnelDays,
      missing: acc.missing,
      inUmbrella: acc.inUmbrella,
      hostExercises: acc.hostExercises,
      patrolKm: acc.patrolKm,
      patrols: acc.patrols,
      areaEvents: acc.areaEvents,
      countries,
      largest: acc.largest,
    };
  }

  return {
    periodDays,
    serves(criteria) {
      return uniqueIds && timelessClauses(criteria).every((c) => c.field === "layer");
    },
    figures(criteria) {
      const { from, to } = criteria.window;
      const accs = Object.fromEntries(SIDES.map((side) => [side, emptyAcc(words)])) as Record<Side, Acc>;
      for (const l of layers) if (criteria.layers.has(l.layer)) addLayer(accs[l.side], l, from, to);
      if (components.length > 0) {
        const rule = visibilityClauses(criteria);
        const rest = timelessClauses(criteria);
        for (const x of componentIndex.overlapping(from, to)) {
          const c = components[x.i] as { e: AtlasEvent; rank: number };
          if (!satisfies(rest, c.e)) continue;
          const side = sideOf(c.e);
          addEvent(accs[side], c.e, c.rank, countryBit, inFiguredUmbrella(c.e, side, rule));
        }
      }
      return Object.fromEntries(SIDES.map((side) => [side, toFigures(side, accs[side])])) as SummaryFigures;
    },
  };
}
