/**
 * What the map's "events" source holds, and which filter its layers get.
 *
 * Up to SUBSET_THRESHOLD events the source holds every event and never changes while
 * scrubbing; the layers carry the visibility rule compiled as a MapLibre filter
 * (`selectMapFilter`), so a window change costs a filter change. A filter change makes
 * MapLibre re-tile every feature of the source, so its cost grows with all events, not
 * with the visible ones. Past the threshold (large imports) the source holds exactly the
 * visible events (`selectVisibleEvents`: the time index, then the same rule) and the layers
 * no visibility filter, so a window change re-tiles only what is visible.
 *
 * Either way the map shows the set the panels show: in the first mode by the compiled rule
 * (the parity test), in the second by the panels' own selector.
 */
import type { FilterSpecification } from "maplibre-gl";
import type { AtlasEvent } from "../domain/atlas-event";

/** Measured with `npm run bench` (see docs/scaling.md). */
export const SUBSET_THRESHOLD = 1_000;

export const NO_VISIBILITY_FILTER: FilterSpecification = ["all"];

export interface EventSourcePlan {
  /** The events the source holds. */
  events: readonly AtlasEvent[];
  /** The visibility part of every event layer's filter. */
  filter: FilterSpecification;
}

export function eventSourcePlan(
  all: readonly AtlasEvent[],
  visible: readonly AtlasEvent[],
  ruleFilter: FilterSpecification,
  threshold = SUBSET_THRESHOLD,
): EventSourcePlan {
  return all.length > threshold ? { events: visible, filter: NO_VISIBILITY_FILTER } : { events: all, filter: ruleFilter };
}
