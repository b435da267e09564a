/**
 * What a click on the map means when several events are under the pointer.
 *
 * Markers and routes are small, deliberate targets; areas are large and often overlap (the
 * Baltic drills), so the most specific kind hit wins: points, then routes, then areas. If
 * that kind holds one event, the click selects it; if it holds several (Chebarkul hosted
 * Peace Mission 2007, 2013 and 2018 at the same coordinates), the map offers a chooser
 * listing them, oldest first. Route pieces and label features of one event count once.
 */
export interface MapHit {
  id: string;
  name: string;
  shape: string;
  startDay: number;
}

const PRIORITY = ["point", "route", "area"] as const;

/** The events a click offers, most specific kind first; empty when nothing was hit. */
export function pickHits(hits: readonly MapHit[]): MapHit[] {
  for (const shape of PRIORITY) {
    const seen = new Map<string, MapHit>();
    for (const h of hits) if (h.shape === shape && !seen.has(h.id)) seen.set(h.id, h);
    if (seen.size > 0)
      return [...seen.values()].sort((a, b) => a.startDay - b.startDay || a.name.localeCompare(b.name));
  }
  return [];
}

/** A rendered feature's properties as a hit, or null when they are not an event's. */
export function toMapHit(props: Record<string, unknown> | null | undefined): MapHit | null {
  if (!props) return null;
  const { id, name, shape, startDay } = props;
  if (typeof id !== "string" || typeof name !== "string" || typeof shape !== "string") return null;
  return { id, name, shape, startDay: typeof startDay === "number" ? startDay : 0 };
}
