"use client";
/**
 * The events on the map: one GeoJSON source whose data changes only when the set of events
 * changes (an import), and styled layers whose filter is the visibility rule compiled for
 * the current window and filters. Scrubbing therefore sends MapLibre a new filter, never
 * new data — up to a size: past it (large imports) the source holds only the visible
 * events (see lib/map/event-source-plan.ts). The selection's casing sits under the event
 * layers, its marker ring above.
 */
import { useMemo } from "react";
import { Layer, Source } from "react-map-gl/maplibre";
import { toMapCollection } from "@/lib/map/event-features";
import { EVENTS_SOURCE_ID, eventLayers, selectionLayers } from "@/lib/map/event-layers";
import { eventSourcePlan } from "@/lib/map/event-source-plan";
import { selectAllEvents, selectMapFilter, selectVisibleEvents } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { useColorScheme } from "./use-color-scheme";

export function EventLayers() {
  const theme = useColorScheme();
  const events = useAtlas(selectAllEvents);
  const visible = useAtlas(selectVisibleEvents);
  const rule = useAtlas(selectMapFilter);
  const selectedId = useAtlas((s) => s.selectedId);
  const plan = eventSourcePlan(events, visible, rule);
  const data = useMemo(() => toMapCollection(plan.events), [plan.events]);
  const layers = useMemo(() => eventLayers(theme, plan.filter), [theme, plan.filter]);
  const highlight = useMemo(() => selectionLayers(theme, selectedId), [theme, selectedId]);
  return (
    <Source id={EVENTS_SOURCE_ID} type="geojson" data={data} tolerance={0.2}>
      {[...highlight.below, ...layers, ...highlight.above].map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
    </Source>
  );
}
