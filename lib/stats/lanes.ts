/**
 * Rows of the lane (Gantt) chart: events in start order, each umbrella exercise (an event
 * that is another's `parent`) immediately followed by its components, indented one level
 * per generation. A component whose umbrella is not in the set is a top-level row.
 */
import type { AtlasEvent } from "../domain/atlas-event";

export interface LaneRow {
  event: AtlasEvent;
  /** 0 for a top-level row, 1 for a component, 2 for a component of a component... */
  depth: number;
  /** True when some row in the set is this event's component. */
  isUmbrella: boolean;
}

/** `events` in start order (the visible set is); returns the rows. */
export function laneRows(events: readonly AtlasEvent[]): LaneRow[] {
  const ids = new Set(events.map((e) => e.id));
  const children = new Map<string, AtlasEvent[]>();
  const roots: AtlasEvent[] = [];
  for (const e of events) {
    if (e.parent !== null && ids.has(e.parent) && e.parent !== e.id) {
      const list = children.get(e.parent) ?? [];
      list.push(e);
      children.set(e.parent, list);
    } else roots.push(e);
  }
  const rows: LaneRow[] = [];
  const placed = new Set<string>();
  const visit = (e: AtlasEvent, depth: number) => {
    if (placed.has(e.id)) return; // a parent cycle in imported data must not loop
    placed.add(e.id);
    const kids = children.get(e.id) ?? [];
    rows.push({ event: e, depth, isUmbrella: kids.length > 0 });
    for (const k of kids) visit(k, depth + 1);
  };
  for (const r of roots) visit(r, 0);
  // Events caught in a parent cycle have no root; show them flat rather than drop them.
  for (const e of events) if (!placed.has(e.id)) visit(e, 0);
  return rows;
}
