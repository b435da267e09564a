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
import { LEGEND_CLASS } from "./legend";

/** A site is a point: zooming to its bbox would zoom in without end. */
const MAX_ZOOM = 6.5;

/**
 * How much of the map's left side the open legend covers, so the selected event is framed
 * beside it rather than under it (0 when the legend is closed or the map too narrow to spare it).
 */
function legendWidth(canvas: HTMLCanvasElement): number {
  const legend = canvas.closest(".atlas-map")?.querySelector<HTMLDetailsElement>(`.${LEGEND_CLASS}`);
  if (!legend?.open) return 0;
  const covered = legend.getBoundingClientRect().right - canvas.getBoundingClientRect().left;
  return covered > 0 && canvas.clientWidth - covered > 320 ? covered : 0;
}

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
      { padding: { top: pad, bottom: pad, right: pad, left: pad + legendWidth(canvas) }, maxZoom: MAX_ZOOM, duration: reduceMotion ? 0 : 900, essential: false },
    );
    // Only the selection moves the camera; the bbox array is stable per event.
  }, [map, bbox]);
  return null;
}
