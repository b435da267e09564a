/**
 * What a theatre's map draws of its frame: a dashed outline, so the margin a preset leaves
 * round its box (the map's shape is not the box's) reads as outside the frame, where no
 * event is drawn. Edges of constant longitude or latitude are straight on the Mercator map,
 * so the box's four corners are enough. Not an event source: its ids do not start "events".
 */
import type { Feature, LineString } from "geojson";
import type { LineLayerSpecification } from "maplibre-gl";
import { PALETTES, type Theme } from "../map/palette";
import type { FrameBBox } from "./frame";

export const FRAME_SOURCE_ID = "theatre-frame";
export const FRAME_LAYER_ID = "theatre-frame-outline";

export function frameOutline([w, s, e, n]: FrameBBox): Feature<LineString> {
  return {
    type: "Feature",
    properties: {},
    geometry: {
      type: "LineString",
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    },
  };
}

export function frameOutlineLayer(theme: Theme): Omit<LineLayerSpecification, "source"> {
  return {
    id: FRAME_LAYER_ID,
    type: "line",
    paint: { "line-color": PALETTES[theme].context, "line-width": 1.5, "line-dasharray": [4, 3], "line-opacity": 0.8 },
  };
}
