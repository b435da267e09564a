"use client";
/**
 * Search and filter chips. They change the store's criteria, from which both the list and
 * the map's filter are derived, so the two always narrow together. Active filters are
 * listed (each removable) with a "Clear all filters" button.
 */
import { useAtlas } from "../state/atlas-store-provider";
import { countryName } from "@/lib/domain/country-names";
import type { EventKind } from "@/lib/domain/schema";
import { selectAllEvents } from "@/lib/store/selectors";
import { facetsOf, type FacetValue } from "@/lib/stats/facets";
import { kindText } from "@/lib/text/kinds";

type Facet = "participants" | "domains" | "kinds";

const labelOf = (facet: Facet, value: string) =>
  facet === "participants"
    ? countryName(value)
    : facet === "kinds"
      ? kindText(value as EventKind)
      : value.replace("-", " ");

function ChipGroup({ facet, legend, values }: { facet: Facet; legend: string; values: FacetValue[] }) {
  const chosen = useAtlas((s) => s[facet]) as ReadonlySet<string>;
  const toggle = useAtlas((s) => s.toggleFilterValue);
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {values.map(({ value, count }) => (
        <button
          key={value}
          type="button"
          className="chip"
          aria-pressed={chosen.has(value)}
          onClick={() => toggle(facet, value)}
        >
          {labelOf(facet, value)} <span className="chip-count">{count}</span>
        </button>
      ))}
    </fieldset>
  );
}

export function EventFilters() {
  const facets = facetsOf(useAtlas(selectAllEvents));
  const search = useAtlas((s) => s.search);
  const setSearch = useAtlas((s) => s.setSearch);
  const participants = useAtlas((s) => s.participants);
  const domains = useAtlas((s) => s.domains);
  const kinds = useAtlas((s) => s.kinds);
  const toggle = useAtlas((s) => s.toggleFilterValue);
  const clear = useAtlas((s) => s.clearFilters);
  const active: [Facet, string][] = [
    ...[...participants].map((v): [Facet, string] => ["participants", v]),
    ...[...domains].map((v): [Facet, string] => ["domains", v]),
    ...[...kinds].map((v): [Facet, string] => ["kinds", v]),
  ];
  const anyActive = active.length > 0 || search.trim() !== "";
  return (
    <div className="event-filters">
      <label className="search">
        <span>Search events</span>
        <input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Name, series, place or participant"
        />
      </label>
      <details className="filter-chips">
        <summary>Filter by country, domain or kind{active.length > 0 ? ` (${active.length} active)` : ""}</summary>
        <ChipGroup facet="kinds" legend="Kind" values={facets.kinds} />
        <ChipGroup facet="domains" legend="Domain" values={facets.domains} />
        <ChipGroup facet="participants" legend="Participant country" values={facets.participants} />
      </details>
      {anyActive && (
        <div className="active-filters" aria-label="Active filters" role="group">
          {search.trim() !== "" && (
            <button
              type="button"
              className="chip"
              onClick={() => setSearch("")}
              aria-label={`Remove search “${search.trim()}”`}
            >
              “{search.trim()}” ×
            </button>
          )}
          {active.map(([facet, value]) => (
            <button
              key={`${facet}:${value}`}
              type="button"
              className="chip"
              onClick={() => toggle(facet, value)}
              aria-label={`Remove filter ${labelOf(facet, value)}`}
            >
              {labelOf(facet, value)} ×
            </button>
          ))}
          <button type="button" className="link-button" onClick={clear}>
            Clear all filters
          </button>
        </div>
      )}
    </div>
  );
}
