/**
 * How the time window reaches the map's shapes: as feature state, not as a filter.
 *
 * A MapLibre filter (or new source data) is applied when tiles are built, so changing it
 * re-tiles every feature of the source in the worker — hundreds of milliseconds per slider
 * step at 10,000 events in software WebGL. Feature state is applied on the main thread to
 * the paint arrays of just the features whose state changed, and the next frame shows it.
 * So every shape is tiled once per set of events (and per change of the non-time filters);
 * each layer multiplies its opacity by the `shown` state; and a window change flips `shown`
 * for the events that entered or left the visible set, which the time index finds.
 *
 * Hidden markers and arrows cost no fill: MapLibre's symbol shader drops a symbol whose
 * opacity is under 0.1 before rasterising it. Labels are not done this way (a hidden label
 * would still take room from visible ones); they are filtered by the full rule on a
 * separate, small source.
 */
import type { AtlasEvent } from "../domain/atlas-event";

export const SHOWN_STATE = "shown";

export interface ShownChanges {
  /** Feature ids to mark shown. */
  show: number[];
  /** Feature ids to mark hidden. */
  hide: number[];
  /** The shown ids after the change. */
  next: Set<number>;
}

/**
 * The flips that turn the `shown` set `prev` into exactly the features of `visible`. Events
 * without a feature id (not on the map's source yet) are left out of `next`, so they are
 * shown once they arrive.
 */
export function shownChanges(
  prev: ReadonlySet<number>,
  visible: readonly AtlasEvent[],
  featureIdOf: ReadonlyMap<string, number>,
): ShownChanges {
  const next = new Set<number>();
  const show: number[] = [];
  for (const e of visible) {
    const id = featureIdOf.get(e.id);
    if (id === undefined) continue;
    next.add(id);
    if (!prev.has(id)) show.push(id);
  }
  const hide: number[] = [];
  for (const id of prev) if (!next.has(id)) hide.push(id);
  return { show, hide, next };
}

/**
 * Whether a feature MapLibre returned from a query is drawn. Queries return the shapes of
 * hidden events too (their opacity is 0), so whatever reads the map — a click, a hover, a
 * test — keeps only shapes whose `shown` state is set. Features of other sources are
 * filtered by the rule itself.
 */
export function isShownFeature(
  f: { source?: string; state?: Record<string, unknown> },
  isShapesSource: (source: string | undefined) => boolean,
): boolean {
  return !isShapesSource(f.source) || f.state?.[SHOWN_STATE] === true;
}
