/**
 * Derived state. Pure functions of the store's state, memoised on the identity of their
 * inputs (the store replaces, never mutates, what changes), so the map and every panel
 * read the same arrays and nothing is recomputed for an unrelated change.
 *
 * `selectVisibleEvents` is the visible set for the panels: the time index narrows the
 * candidates, then the one visibility rule decides. The map draws exactly that set: its
 * shapes are filtered by `selectShapesMapFilter` and shown by feature state set from
 * `selectVisibleEvents` itself; its labels are filtered by `selectMapFilter`. Both filters
 * are compiled from the same rule.
 *
 * The criteria become clauses once per change of what they hold: the clauses other than the
 * window's are memoised on the non-time criteria, so a slider step builds none of them.
 */
import type { FilterSpecification } from "maplibre-gl";
import type { AtlasEvent } from "../domain/atlas-event";
import { buildTimeIndex, type TimeIndex } from "../domain/time-index";
import {
  normaliseSearch,
  satisfies,
  timelessClauses,
  type Clause,
  type VisibilityCriteria,
} from "../domain/visibility";
import { shapesFilter, visibilityFilter } from "../map/visibility-filter";
import { buildPeriodAggregates, type PeriodAggregates } from "../stats/period-aggregates";
import { summarise } from "../stats/summary";
import { figuresOf, type SummaryFigures } from "../stats/summary-figures";
import type { AtlasState } from "./atlas-store";
import type { UrlState } from "../url/url-state";
import type { Tour, TourStep } from "../tours/tour";
import { tourStepAt } from "../tours/tour-param";
import { defaultUrlState } from "../url/url-defaults";

/** Memoises a function of a few inputs on their identity (one entry: the last call). */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) {
      return lastResult;
    }
    lastArgs = args;
    lastResult = fn(...args);
    return lastResult;
  };
}

const combineEvents = memoLast(
  (bundled: readonly AtlasEvent[], imports: AtlasState["imports"]): readonly AtlasEvent[] =>
    imports.length === 0 ? bundled : [...bundled, ...imports.flatMap((b) => b.events)],
);

/** Every event, bundled and imported. */
export function selectAllEvents(s: AtlasState): readonly AtlasEvent[] {
  return combineEvents(s.bundled, s.imports);
}

/** Memoises a function of one array of events on its identity, for as long as the array lives. */
function memoPerEvents<R>(build: (events: readonly AtlasEvent[]) => R): (events: readonly AtlasEvent[]) => R {
  const cache = new WeakMap<readonly AtlasEvent[], R>();
  return (events) => {
    let r = cache.get(events);
    if (r === undefined) {
      r = build(events);
      cache.set(events, r);
    }
    return r;
  };
}

export const timeIndexOf: (events: readonly AtlasEvent[]) => TimeIndex<AtlasEvent> = memoPerEvents((events) =>
  buildTimeIndex(events),
);

const makeCriteria = memoLast(
  (
    win: AtlasState["window"],
    layers: AtlasState["layers"],
    participants: AtlasState["participants"],
    domains: AtlasState["domains"],
    kinds: AtlasState["kinds"],
    search: string,
  ): VisibilityCriteria => ({ window: win, layers, participants, domains, kinds, search: normaliseSearch(search) }),
);

export function selectCriteria(s: AtlasState): VisibilityCriteria {
  return makeCriteria(s.window, s.layers, s.participants, s.domains, s.kinds, s.search);
}

// Keyed on everything but the window, so the result stays the same object while scrubbing
// (the timeline's histogram over all events is memoised on it).
const makeTimelessCriteria = memoLast(
  (
    layers: AtlasState["layers"],
    participants: AtlasState["participants"],
    domains: AtlasState["domains"],
    kinds: AtlasState["kinds"],
    search: string,
    extent: AtlasState["extent"],
  ): VisibilityCriteria => ({ window: extent, layers, participants, domains, kinds, search: normaliseSearch(search) }),
);
/** Criteria with the time window ignored (for the timeline's histogram, which spans all time). */
export function selectTimelessCriteria(s: AtlasState): VisibilityCriteria {
  return makeTimelessCriteria(s.layers, s.participants, s.domains, s.kinds, s.search, s.extent);
}

// Keyed on the criteria's non-time fields, not on the criteria object, which is new at every
// window step. Any window will do: timelessClauses drops the window's clauses.
const NO_WINDOW = { from: 0, to: 0 };
const timelessClausesMemo = memoLast(
  (
    layers: VisibilityCriteria["layers"],
    participants: VisibilityCriteria["participants"],
    domains: VisibilityCriteria["domains"],
    kinds: VisibilityCriteria["kinds"],
    search: string,
  ): readonly Clause[] => timelessClauses({ window: NO_WINDOW, layers, participants, domains, kinds, search }),
);
/** The rule's clauses other than the window's under `c`, built once per change of its non-time fields. */
export function timelessClausesOf(c: VisibilityCriteria): readonly Clause[] {
  return timelessClausesMemo(c.layers, c.participants, c.domains, c.kinds, c.search);
}

/** The visible events under `criteria`, sorted by start day. */
export function visibleEvents(events: readonly AtlasEvent[], criteria: VisibilityCriteria): AtlasEvent[] {
  // The index returns exactly the events overlapping the window, so only the other clauses
  // of the rule are left to check.
  const candidates = timeIndexOf(events).overlapping(criteria.window.from, criteria.window.to);
  const rest = timelessClausesOf(criteria);
  return candidates.filter((e) => satisfies(rest, e));
}

const visibleMemo = memoLast(visibleEvents);
export function selectVisibleEvents(s: AtlasState): readonly AtlasEvent[] {
  return visibleMemo(selectAllEvents(s), selectCriteria(s));
}

export const periodAggregatesOf: (events: readonly AtlasEvent[]) => PeriodAggregates =
  memoPerEvents(buildPeriodAggregates);

/**
 * The Summary's figures under `criteria`. The window and layer switches are served by the
 * per-period aggregates (exact; see lib/stats/period-aggregates.ts). The participant, domain,
 * kind and search filters cut across every period, so with any of them active this is the
 * linear summary of the visible set instead.
 */
export function summaryFigures(events: readonly AtlasEvent[], criteria: VisibilityCriteria): SummaryFigures {
  const aggregates = periodAggregatesOf(events);
  if (aggregates.serves(criteria)) return aggregates.figures(criteria);
  return figuresOf(summarise(visibleEvents(events, criteria)));
}

const figuresMemo = memoLast(summaryFigures);
export function selectSummaryFigures(s: AtlasState): SummaryFigures {
  return figuresMemo(selectAllEvents(s), selectCriteria(s));
}

const filterMemo = memoLast((c: VisibilityCriteria): FilterSpecification => visibilityFilter(c));
export function selectMapFilter(s: AtlasState): FilterSpecification {
  return filterMemo(selectCriteria(s));
}

// Keyed on the fields the shapes are filtered by, so a keystroke in the search box gives
// the same filter object (and MapLibre is not asked to re-filter).
const shapesFilterMemo = memoLast(
  (
    layers: VisibilityCriteria["layers"],
    participants: VisibilityCriteria["participants"],
    domains: VisibilityCriteria["domains"],
    kinds: VisibilityCriteria["kinds"],
  ): FilterSpecification => shapesFilter({ window: NO_WINDOW, layers, participants, domains, kinds, search: "" }),
);
/**
 * The rule without the window and the search, for the map's shapes (those two reach them as
 * feature state; lib/domain/visibility.ts `shapeClauses`).
 */
export function selectShapesMapFilter(s: AtlasState): FilterSpecification {
  return shapesFilterMemo(s.layers, s.participants, s.domains, s.kinds);
}

const byIdMemo = memoLast((events: readonly AtlasEvent[]) => new Map(events.map((e) => [e.id, e])));
export function selectEventsById(s: AtlasState): ReadonlyMap<string, AtlasEvent> {
  return byIdMemo(selectAllEvents(s));
}

export function selectSelectedEvent(s: AtlasState): AtlasEvent | null {
  return s.selectedId === null ? null : (selectEventsById(s).get(s.selectedId) ?? null);
}

/** The shareable part of the state, as the URL writes it (also the share, embed and cite links). */
export function selectUrlState(s: AtlasState): UrlState {
  return {
    window: s.window,
    mode: s.mode,
    layers: s.layers,
    selected: s.selectedId,
    tab: s.tab,
    view: s.view,
    theatres: s.theatres,
    tour: s.tour,
  };
}

const urlDefaultsMemo = memoLast(defaultUrlState);
/**
 * What the URL leaves out. Against the bundled extent, not the timeline's: a link is read
 * at load against the bundled extent (the imports are not there yet), so a window written
 * as "the default" must mean the same then.
 */
export function selectUrlDefaults(s: AtlasState): UrlState {
  return urlDefaultsMemo(s.bundledExtent);
}

/** The open tour and the step it is on, or null (a new object each call: not for useAtlas). */
export function selectTourStep(
  s: Pick<AtlasState, "tours" | "tour">,
): { tour: Tour; step: TourStep; index: number } | null {
  const at = tourStepAt(s.tours, s.tour);
  return at && s.tour ? { ...at, index: s.tour.step } : null;
}
