/**
 * The record the app works with: one event (bundled or imported) with its validated
 * properties, its original geometry and the values derived once when it is loaded
 * (day numbers, bbox, area, length, the layer it belongs to, and the lowercase text and
 * keys the search and the filter chips match against). Built once; never mutated.
 */
import type { BBox } from "geojson";
import type { EventFeature, EventGeometry } from "./feature-types";
import { normaliseEvent } from "./normalise";
import type { EventProperties } from "./schema";
import { layerOf, type LayerId } from "./layers";
import { countryName } from "./country-names";
import { MS_PER_DAY } from "./days";

export type EventOrigin = "bundled" | "imported";

export interface AtlasEvent extends EventProperties {
  origin: EventOrigin;
  layer: LayerId;
  /** UTC day numbers of the first and last day (inclusive). */
  startDay: number;
  endDay: number;
  bbox: BBox | null;
  areaKm2: number | null;
  lengthKm: number | null;
  geometry: EventGeometry;
  /** Lowercase name, other names, series, places and participants (codes and names). */
  searchText: string;
  /** `|CN|RU|`: participant codes between bars, so "has CN" is a substring test on both sides. */
  participantsKey: string;
  /** `|land|air|`, likewise for domains. */
  domainsKey: string;
}

export function keyOf(values: readonly string[]): string {
  return `|${values.join("|")}|`;
}

export function searchTextOf(
  p: Pick<EventProperties, "name" | "altNames" | "series" | "places" | "participants">,
): string {
  return [p.name, ...p.altNames, p.series ?? "", ...p.places, ...p.participants, ...p.participants.map(countryName)]
    .join(" \u2022 ")
    .toLowerCase();
}

export function toAtlasEvent(feature: EventFeature, origin: EventOrigin): AtlasEvent {
  const n = normaliseEvent(feature);
  return {
    ...n,
    origin,
    layer: layerOf({ bloc: n.bloc, kind: n.kind, origin }),
    startDay: Math.round(n.startMs / MS_PER_DAY),
    endDay: Math.round(n.endMs / MS_PER_DAY),
    geometry: feature.geometry,
    searchText: searchTextOf(n),
    participantsKey: keyOf(n.participants),
    domainsKey: keyOf(n.domains),
  };
}
