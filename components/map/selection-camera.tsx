"use client";
/**
 * Eases the camera to the selected event's extent (its turf bbox, computed when the data
 * loaded; `east` may exceed 180 for a route across the antimeridian, which fitBounds takes
 * as the short way round). Runs when the selection changes, including the first render
 * from a `selected=` URL. The camera itself is never stored: it stays the map's business.
 */
import { useEffect } from "react";
import { useMap } from "react-map-gl/maplibre";
import { selectSelectedEvent } from "@/lib/store/selectors";
import { useAtlas } from "../state/atlas-store-provider";

/** A site is a point: zooming to its bbox would zoom in without end. */
const MAX_ZOOM = 6.5;

export function SelectionCamera() {
  const { current: map } = useMap();
  const event = useAtlas(selectSelectedEvent);
  const bbox = event?.bbox ?? null;
  useEffect(() => {
    if (!map || !bbox) return;
    const [west, south, east, north] = bbox;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const canvas = map.getCanvas();
    const pad = Math.max(16, Math.min(60, Math.min(canvas.clientWidth, canvas.clientHeight) * 0.12));
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: pad, maxZoom: MAX_ZOOM, duration: reduceMotion ? 0 : 900, essential: false },
    );
    // Only the selection moves the camera; the bbox array is stable per event.
  }, [map, bbox]);
  return null;
}
