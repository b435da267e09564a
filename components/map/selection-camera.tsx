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
 * Room to leave for the open legend (bottom-left), so the selected event is framed beside
 * or above it rather than under it: the cheaper of its height and its width.
 */
function legendPadding(canvas: HTMLCanvasElement): { bottom: number; left: number } {
  const legend = canvas.closest(".atlas-map")?.querySelector<HTMLDetailsElement>(`.${LEGEND_CLASS}`);
  if (!legend?.open) return { bottom: 0, left: 0 };
  const l = legend.getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  const height = Math.max(0, c.bottom - l.top);
  const width = Math.max(0, l.right - c.left);
  if (height / c.height <= width / c.width)
    return height < c.height * 0.6 ? { bottom: height, left: 0 } : { bottom: 0, left: 0 };
  return width < c.width * 0.6 ? { bottom: 0, left: width } : { bottom: 0, left: 0 };
}

function paddingAround(pad: number, legend: { bottom: number; left: number }) {
  return { top: pad, right: pad, bottom: pad + legend.bottom, left: pad + legend.left };
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
      {
        padding: paddingAround(pad, legendPadding(canvas)),
        maxZoom: MAX_ZOOM,
        duration: reduceMotion ? 0 : 900,
        essential: false,
      },
    );
    // Only the selection moves the camera; the bbox array is stable per event.
  }, [map, bbox]);
  return null;
}
