/** Small composable builders for AtlasEvents with known answers. */
import type { Geometry } from "geojson";
import { toAtlasEvent, type AtlasEvent } from "@/lib/domain/atlas-event";
import type { EventFeature, EventGeometry } from "@/lib/domain/feature-types";
import type { EventProperties } from "@/lib/domain/schema";

export function square(west: number, south: number, size: number): EventGeometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  };
}

export function route(...coordinates: [number, number][]): EventGeometry {
  return { type: "LineString", coordinates };
}

export const point = (lon: number, lat: number): EventGeometry => ({ type: "Point", coordinates: [lon, lat] });

export function ev(
  props: Partial<EventProperties> & { id: string },
  geometry: Geometry = point(20, 52),
  origin: "bundled" | "imported" = "bundled",
): AtlasEvent {
  const p: EventProperties = {
    name: props.id,
    altNames: [],
    bloc: "nato",
    kind: "exercise",
    series: null,
    parent: null,
    start: "2020-01-01",
    end: "2020-01-01",
    datePrecision: "day",
    participants: ["PL"],
    places: [],
    domains: ["land"],
    personnel: null,
    personnelNote: null,
    assets: null,
    locationPrecision: "region",
    geometryNote: null,
    description: "fixture",
    sources: [{ title: "t", publisher: "p", date: null, url: "https://example.org/" }],
    notes: null,
    ...props,
  };
  const feature = { type: "Feature", properties: p, geometry } as EventFeature;
  return toAtlasEvent(feature, origin);
}
