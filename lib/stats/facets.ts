/**
 * The values the filter chips offer: every participant, domain and kind that occurs in the
 * data, with how many events carry it, most frequent first (ties alphabetical). Computed
 * over all events (not the visible ones) so chips do not vanish while the window moves;
 * memoised on the identity of the array.
 */
import type { AtlasEvent } from "../domain/atlas-event";

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  participants: FacetValue[];
  domains: FacetValue[];
  kinds: FacetValue[];
}

function ranked(counts: Map<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const cache = new WeakMap<readonly AtlasEvent[], Facets>();

export function facetsOf(events: readonly AtlasEvent[]): Facets {
  let f = cache.get(events);
  if (f) return f;
  const participants = new Map<string, number>();
  const domains = new Map<string, number>();
  const kinds = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of events) {
    for (const p of e.participants) bump(participants, p);
    for (const d of e.domains) bump(domains, d);
    bump(kinds, e.kind);
  }
  f = { participants: ranked(participants), domains: ranked(domains), kinds: ranked(kinds) };
  cache.set(events, f);
  return f;
}
