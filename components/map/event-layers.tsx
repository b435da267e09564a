"use client";
/**
 * The events on the map, from these sources:
 *   events           every event's points, areas and routes. Its data changes only when
 *                    the set of events changes (an import); its layers' filter only when a
 *                    non-time filter changes. The window reaches it as feature state.
 *   events-labels    one label per event, filtered by the whole visibility rule.
 *   events-selected  the selected event's features, for the highlight.
 * A large import adds further pairs (events-2 and events-labels-2, …), each with its own
 * copy of the layers (MAX_SYMBOLS_PER_SOURCE in lib/map/event-features.ts).
 *
 * Order: react-map-gl adds a layer while rendering it, so chunk 0's layers go in drawing
 * order, then the selection (its casing under every event layer, its ring on top); every
 * other chunk's layer is put under the next kind of chunk 0's layer, so areas stay under
 * routes, routes under labels and labels under markers, whichever source they come from.
 *
 * A dense map (DENSE_MAP_EVENTS or more) gives the labels sources their data only once it is
 * zoomed in to where labels are drawn.
 *
 * While the map is zoomed out beyond where labels are drawn, their filter is not updated:
 * any filter change costs MapLibre an extra frame (~80 ms in software WebGL), for labels
 * no one can see. It catches up as soon as labels can be drawn.
 *
 * A theatre's map passes its own selectors: the events it draws (the visible ones in its
 * frame), its label rule (the whole rule and "in the frame") and a higher zoom for labels
 * (THEATRE_LABELS_MIN_ZOOM, why there); the single map draws every visible event.
 */
import { useLayoutEffect, useMemo, useState } from "react";
import type { FeatureCollection } from "geojson";
import type { FilterSpecification } from "maplibre-gl";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import type { AtlasState } from "@/lib/store/atlas-store";
import { Layer, Source, useMap } from "react-map-gl/maplibre";
import { mapCollectionsOf, toMapCollection } from "@/lib/map/event-features";
import { holdPaintForNextLoad } from "@/lib/map/hold-paint";
import {
  DENSE_MAP_EVENTS,
  EVENT_LAYER_IDS,
  LABELS_MIN_ZOOM,
  SELECTED_SOURCE_ID,
  eventLayers,
  labelsSourceId,
  selectionLayers,
  shapesSourceId,
} from "@/lib/map/event-layers";
import {
  selectAllEvents,
  selectMapFilter,
  selectSelectedEvent,
  selectShapesMapFilter,
  selectVisibleEvents,
} from "@/lib/store/selectors";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";
import { useColorScheme } from "../ui/use-color-scheme";
import { sourceDataOf } from "./source-data";
import { useShownState } from "./use-shown-state";
import { useZoomAtLeast } from "./use-zoom-at-least";

const NO_LABELS: FeatureCollection = { type: "FeatureCollection", features: [] };

/**
 * The event sources' tile buffer (in 1/512 of a tile; MapLibre's default is 128). A point in
 * a tile's buffer is copied into that tile and then dropped when drawn (markers, halos and
 * labels are drawn from the tile their anchor is in, and not clipped), so at the default each
 * marker was cut, encoded, sent and decoded for ~2.25 tiles instead of ~1.3; lines need only
 * a few pixels of it to meet without seams.
 */
const EVENT_TILE_BUFFER = 32;

export interface EventLayersProps {
  /** The events the map draws (default: every visible event). */
  drawnOf?: (s: AtlasState) => readonly AtlasEvent[];
  /** The labels' filter (default: the whole visibility rule). */
  labelRuleOf?: (s: AtlasState) => FilterSpecification;
  /** The zoom from which labels are drawn (default LABELS_MIN_ZOOM). */
  labelsMinZoom?: number;
}

export function EventLayers({
  drawnOf = selectVisibleEvents,
  labelRuleOf = selectMapFilter,
  labelsMinZoom = LABELS_MIN_ZOOM,
}: EventLayersProps) {
  const theme = useColorScheme();
  const events = useAtlas(selectAllEvents);
  const shapesRule = useAtlas(selectShapesMapFilter);
  const selected = useAtlas(selectSelectedEvent);
  const collections = mapCollectionsOf(events);
  // New data: the map paints once it has been tiled, not once per tile (lib/map/hold-paint.ts).
  // A layout effect runs after the sources below were given the data (they do it while
  // rendering) and before the browser's next frame.
  const { current: mapRef } = useMap();
  useLayoutEffect(() => {
    const map = mapRef?.getMap();
    if (map) holdPaintForNextLoad(map);
  }, [mapRef, collections]);
  useShownState(collections, drawnOf);
  const labelsDrawn = useZoomAtLeast(labelsMinZoom);
  // Read the rule only while labels are drawn, so a slider step does not even re-render
  // this component while they are not; the last rule applied stays on the labels.
  const liveRule = useAtlas((s) => (labelsDrawn ? labelRuleOf(s) : null));
  const store = useAtlasStoreApi();
  const [labelsRule, setLabelsRule] = useState(() => labelRuleOf(store.getState()));
  if (liveRule !== null && liveRule !== labelsRule) setLabelsRule(liveRule);
  const chunkCount = collections.chunks.length;
  const dense = events.length >= DENSE_MAP_EVENTS;
  // A dense map's labels reach MapLibre only once it is zoomed in far enough to draw them
  // (and stay for these events when it zooms out again): at 100,000 events they are 44 MB of
  // JSON that MapLibre's worker would parse and index before the markers' first tiles.
  const [labelsFor, setLabelsFor] = useState<readonly AtlasEvent[] | null>(labelsDrawn ? events : null);
  if (labelsDrawn && labelsFor !== events) setLabelsFor(events);
  const labelsLoaded = !dense || labelsDrawn || labelsFor === events;
  const layersByChunk = useMemo(
    () =>
      Array.from({ length: chunkCount }, (_, chunk) =>
        eventLayers(theme, shapesRule, { labels: labelsRule, chunk, labelsMinZoom, dense }),
      ),
    [theme, shapesRule, labelsRule, chunkCount, labelsMinZoom, dense],
  );
  const highlight = useMemo(() => selectionLayers(theme), [theme]);
  const selectedData = useMemo(() => toMapCollection(selected ? [selected] : []), [selected]);
  const first = layersByChunk[0] ?? [];
  return (
    <>
      {collections.chunks.map((chunk, i) => (
        <Source
          key={shapesSourceId(i)}
          id={shapesSourceId(i)}
          type="geojson"
          data={sourceDataOf(chunk.shapes)}
          tolerance={0.2}
          buffer={EVENT_TILE_BUFFER}
        />
      ))}
      {collections.chunks.map((chunk, i) => (
        <Source
          key={labelsSourceId(i)}
          id={labelsSourceId(i)}
          type="geojson"
          data={labelsLoaded ? sourceDataOf(chunk.labels) : NO_LABELS}
          buffer={EVENT_TILE_BUFFER}
        />
      ))}
      <Source id={SELECTED_SOURCE_ID} type="geojson" data={selectedData} tolerance={0.2} />
      {first.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
      {highlight.below.map((layer) => (
        <Layer key={layer.id} {...layer} beforeId={EVENT_LAYER_IDS.areaFill} />
      ))}
      {highlight.above.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
      {layersByChunk
        .slice(1)
        .flatMap((layers) =>
          layers.map((layer, kind) => (
            <Layer key={layer.id} {...layer} beforeId={first[kind + 1]?.id ?? EVENT_LAYER_IDS.selectedPoint} />
          )),
        )}
    </>
  );
}
