"use client";
/**
 * The map with the events on it and what a pointer does there: a click on an event selects
 * it. Loaded lazily by the page (it pulls in MapLibre).
 */
import { useCallback, useState } from "react";
import type { MapLayerMouseEvent } from "react-map-gl/maplibre";
import { INTERACTIVE_EVENT_LAYERS } from "@/lib/map/event-layers";
import { useAtlas } from "../state/atlas-store-provider";
import { AtlasMap } from "./atlas-map";
import { EventLayers } from "./event-layers";

export function MapView() {
  const select = useAtlas((s) => s.select);
  const [hovering, setHovering] = useState(false);

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      select(typeof id === "string" ? id : null);
    },
    [select],
  );
  const onMouseMove = useCallback((e: MapLayerMouseEvent) => setHovering((e.features?.length ?? 0) > 0), []);

  return (
    <AtlasMap
      interactiveLayerIds={INTERACTIVE_EVENT_LAYERS}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseLeave={() => setHovering(false)}
      cursor={hovering ? "pointer" : "grab"}
    >
      <EventLayers />
    </AtlasMap>
  );
}
