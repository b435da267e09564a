"use client";
/** Whether the map's zoom is at least `min`; re-renders only when that answer changes. */
import { useEffect, useState } from "react";
import { useMap } from "react-map-gl/maplibre";

export function useZoomAtLeast(min: number): boolean {
  const { current } = useMap();
  const [atLeast, setAtLeast] = useState(() => (current?.getZoom() ?? 0) >= min);
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const update = () => setAtLeast(map.getZoom() >= min);
    update();
    map.on("zoom", update);
    return () => {
      map.off("zoom", update);
    };
  }, [current, min]);
  return atLeast;
}
