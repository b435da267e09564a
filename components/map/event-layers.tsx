"use client";
/**
 * The events on the map: one GeoJSON source whose data changes only when the set of events
 * changes (an import), and styled layers whose filter is the visibility rule compiled for
 * the current window and filters. Scrubbing therefore sends MapLibre a new filter, never
 * new data. The selection's casing sits under the event layers, its marker ring above.
 */
import { useMemo } from "react";
import { Layer, Source } from "react-map-gl/maplibre";
import { toMapCollection } from "@/lib/map/event-features";
import { EVENTS_SOURCE_ID, eventLayers, selectionLayers } from "@/lib/map/event-layers";
import { selectAllEvents, selectMapFilter } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { useColorScheme } from "./use-color-scheme";

export function EventLayers() {
  const theme = useColorScheme();
  const events = useAtlas(selectAllEvents);
  const filter = useAtlas(selectMapFilter);
  const selectedId = useAtlas((s) => s.selectedId);
  const data = useMemo(() => toMapCollection(events), [events]);
  const layers = useMemo(() => eventLayers(theme, filter), [theme, filter]);
  const highlight = useMemo(() => selectionLayers(theme, selectedId), [theme, selectedId]);
  return (
    <Source id={EVENTS_SOURCE_ID} type="geojson" data={data} tolerance={0.2}>
      {[...highlight.below, ...layers, ...highlight.above].map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
    </Source>
  );
}
