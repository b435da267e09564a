"use client";
/**
 * The events on the map, from three sources:
 *   events           every event's points, areas and routes. Its data changes only when
 *                    the set of events changes (an import); its layers' filter only when a
 *                    non-time filter changes. The window reaches it as feature state.
 *   events-labels    one label per event, filtered by the whole visibility rule.
 *   events-selected  the selected event's features, for the highlight.
 * Layers are added in this order (react-map-gl adds them while rendering), so the labels go
 * under the markers and the selection casing under every event layer.
 *
 * While the map is zoomed out beyond where labels are drawn, their filter is not updated:
 * any filter change costs MapLibre an extra frame (~80 ms in software WebGL), for labels
 * no one can see. It catches up as soon as labels can be drawn.
 */
import { useMemo, useState } from "react";
import { Layer, Source } from "react-map-gl/maplibre";
import { toMapCollection, toMapCollections } from "@/lib/map/event-features";
import {
  EVENT_LAYER_IDS,
  EVENTS_SOURCE_ID,
  LABELS_MIN_ZOOM,
  LABELS_SOURCE_ID,
  SELECTED_SOURCE_ID,
  eventLayers,
  selectionLayers,
} from "@/lib/map/event-layers";
import { selectAllEvents, selectMapFilter, selectSelectedEvent, selectTimelessMapFilter } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";
import { useColorScheme } from "./use-color-scheme";
import { useShownState } from "./use-shown-state";
import { useZoomAtLeast } from "./use-zoom-at-least";

export function EventLayers() {
  const theme = useColorScheme();
  const events = useAtlas(selectAllEvents);
  const timeless = useAtlas(selectTimelessMapFilter);
  const rule = useAtlas(selectMapFilter);
  const selected = useAtlas(selectSelectedEvent);
  const collections = useMemo(() => toMapCollections(events), [events]);
  useShownState(collections.featureIdOf);
  const labelsDrawn = useZoomAtLeast(LABELS_MIN_ZOOM);
  const [labelsRule, setLabelsRule] = useState(rule);
  if (labelsDrawn && labelsRule !== rule) setLabelsRule(rule);
  const layers = useMemo(() => eventLayers(theme, timeless, { labels: labelsRule }), [theme, timeless, labelsRule]);
  const shapeLayers = layers.filter((l) => l.id !== EVENT_LAYER_IDS.labels);
  const labelLayer = layers.find((l) => l.id === EVENT_LAYER_IDS.labels);
  const highlight = useMemo(() => selectionLayers(theme), [theme]);
  const selectedData = useMemo(() => toMapCollection(selected ? [selected] : []), [selected]);
  return (
    <>
      <Source id={EVENTS_SOURCE_ID} type="geojson" data={collections.shapes} tolerance={0.2}>
        {shapeLayers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Source>
      <Source id={LABELS_SOURCE_ID} type="geojson" data={collections.labels}>
        {labelLayer ? <Layer {...labelLayer} beforeId={EVENT_LAYER_IDS.points} /> : null}
      </Source>
      <Source id={SELECTED_SOURCE_ID} type="geojson" data={selectedData} tolerance={0.2}>
        {highlight.below.map((layer) => (
          <Layer key={layer.id} {...layer} beforeId={shapeLayers[0]?.id} />
        ))}
        {highlight.above.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Source>
    </>
  );
}
