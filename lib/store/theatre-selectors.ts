/**
 * Derived state of the Theatres view, per theatre (0 and 1), from the one visible set:
 *
 *   selectTheatreEvents(s, i)   the visible events in theatre i's frame — what its map
 *                               draws (its `shown` feature state) and its strip counts
 *   selectTheatreLabelFilter    the map's label filter (the whole visibility rule) and
 *                               "in the frame", for theatre i's labels
 *   selectOutsideTheatres       visible events in neither frame
 *
 * "In the frame" does not depend on the window, so the events in a frame are found once
 * per set of events and frame (not per slider step); a step only intersects the visible
 * set with them. Each theatre has its own memo (one entry each), so the two maps do not
 * evict each other's results.
 */
import type { FilterSpecification } from "maplibre-gl";
import type { AtlasEvent } from "../domain/atlas-event";
import type { AtlasState } from "./atlas-store";
import { memoLast, selectAllEvents, selectMapFilter, selectVisibleEvents } from "./selectors";
import { eventsInFrame, type FrameBBox } from "../theatres/frame";

export type TheatreIndex = 0 | 1;

/**
 * A filter clause true for exactly the features of the given events. `match` looks its
 * labels up in a table, so it costs the same for three events as for thirty thousand.
 */
export function eventIdClause(ids: readonly string[]): FilterSpecification {
  if (ids.length === 0) return false as unknown as FilterSpecification;
  return ["match", ["get", "id"], [...ids].sort(), true, false] as FilterSpecification;
}

function makeTheatre() {
  const inFrame = memoLast(
    (events: readonly AtlasEvent[], frame: FrameBBox): ReadonlySet<AtlasEvent> => new Set(eventsInFrame(events, frame)),
  );
  const visibleIn = memoLast(
    (visible: readonly AtlasEvent[], members: ReadonlySet<AtlasEvent>): readonly AtlasEvent[] =>
      visible.filter((e) => members.has(e)),
  );
  const clause = memoLast((members: ReadonlySet<AtlasEvent>) => eventIdClause([...members].map((e) => e.id)));
  const labelFilter = memoLast(
    (rule: FilterSpecification, frameClause: FilterSpecification): FilterSpecification =>
      ["all", rule, frameClause] as FilterSpecification,
  );
  return { inFrame, visibleIn, clause, labelFilter };
}

const theatres = [makeTheatre(), makeTheatre()] as const;

/** Every event (visible or not) in theatre i's frame. */
export function selectTheatreMembers(s: AtlasState, i: TheatreIndex): ReadonlySet<AtlasEvent> {
  return theatres[i].inFrame(selectAllEvents(s), s.theatres[i].bbox);
}

/** The visible events in theatre i's frame, sorted like the visible set. */
export function selectTheatreEvents(s: AtlasState, i: TheatreIndex): readonly AtlasEvent[] {
  return theatres[i].visibleIn(selectVisibleEvents(s), selectTheatreMembers(s, i));
}

/** The label filter of theatre i's map. */
export function selectTheatreLabelFilter(s: AtlasState, i: TheatreIndex): FilterSpecification {
  const t = theatres[i];
  return t.labelFilter(selectMapFilter(s), t.clause(selectTheatreMembers(s, i)));
}

const outsideMemo = memoLast(
  (visible: readonly AtlasEvent[], a: ReadonlySet<AtlasEvent>, b: ReadonlySet<AtlasEvent>): readonly AtlasEvent[] =>
    visible.filter((e) => !a.has(e) && !b.has(e)),
);
/** The visible events in neither frame. */
export function selectOutsideTheatres(s: AtlasState): readonly AtlasEvent[] {
  return outsideMemo(selectVisibleEvents(s), selectTheatreMembers(s, 0), selectTheatreMembers(s, 1));
}
