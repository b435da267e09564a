/**
 * The event layers' styles, as typed MapLibre layer specifications apart from any
 * component. Every layer reads only fields of `MapEventProperties`; a unit test validates
 * each layer with the style spec and checks every ["get", key] against that type.
 *
 * Meaning is carried by shape and pattern as well as colour:
 *   side      NATO blue / China–Russia orange / imported wine or teal (layer-presentation.ts)
 *   marker    circle China–Russia, square NATO, diamond imported (layer-presentation.ts)
 *   site      filled marker; approximate location: hollow marker with a soft halo
 *   area      translucent fill; solid outline for a named site, dashed when approximate
 *   route     solid where a source supports the segment, dashed where none does, with arrows
 *
 * Which events are drawn: the shapes' filter is the visibility rule without the window, and
 * each shape layer multiplies its opacity by the `shown` feature state, which the map sets
 * from the panels' visible set (lib/map/shown-state.ts). Labels live on their own source
 * and are filtered by the whole rule, so a hidden event's label never takes room.
 *
 * Labels avoid each other (a label that does not fit is dropped rather than drawn over
 * another) and the visible markers. The markers are drawn above them and always
 * (`icon-allow-overlap`) but claim no room themselves, because a hidden marker would push
 * visible labels away; instead each visible marker's label feature carries an invisible copy
 * of the marker that claims its room (the labels are filtered by the whole rule, so only
 * visible events claim any).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from "maplibre-gl";
import { PALETTES, type Theme } from "./palette";
import { BASEMAP_FONT } from "./basemap-style";
import { layerColour, LAYER_PRESENTATION, matchLayer } from "./layer-presentation";
import { MARKER_PIXEL_RATIO } from "./marker-images";
import { SHOWN_STATE } from "./shown-state";

/** Points, areas and routes: all events, tiled once; the window reaches them as feature state. */
export const EVENTS_SOURCE_ID = "events";
/** One label per event, filtered by the full visibility rule. */
export const LABELS_SOURCE_ID = "events-labels";

/*
 * A large import is split into chunks, each with its own pair of sources and its own copy
 * of the layers (see MAX_SYMBOLS_PER_SOURCE in event-features.ts). Chunk 0 uses the plain
 * ids above; chunk k > 0 appends `-${k + 1}` to every source and layer id.
 */
function chunked(id: string, chunk: number): string {
  return chunk === 0 ? id : `${id}-${chunk + 1}`;
}
export function shapesSourceId(chunk: number): string {
  return chunked(EVENTS_SOURCE_ID, chunk);
}
export function labelsSourceId(chunk: number): string {
  return chunked(LABELS_SOURCE_ID, chunk);
}
export function layerIdOf(baseId: string, chunk: number): string {
  return chunked(baseId, chunk);
}
const SHAPES_SOURCE = /^events(-\d+)?$/;
/** Whether a source is one of the shape sources (whose features carry the shown state). */
export function isShapesSource(id: string | undefined): boolean {
  return id !== undefined && SHAPES_SOURCE.test(id);
}
/** The selected event's shapes alone, for the highlight. */
export const SELECTED_SOURCE_ID = "events-selected";

export const EVENT_LAYER_IDS = {
  areaFill: "events-areas-fill",
  areaOutline: "events-areas-outline",
  areaOutlineApprox: "events-areas-outline-approximate",
  routes: "events-routes",
  routesInferred: "events-routes-inferred",
  routeArrows: "events-route-arrows",
  pointHalo: "events-points-halo",
  labels: "events-labels",
  points: "events-points",
  selectedArea: "events-selected-area",
  selectedLine: "events-selected-line",
  selectedPoint: "events-selected-point",
} as const;

/** Layers a click or hover can hit (chunk 0's; see interactiveLayerIds). */
export const INTERACTIVE_EVENT_LAYERS = [
  EVENT_LAYER_IDS.points,
  EVENT_LAYER_IDS.routes,
  EVENT_LAYER_IDS.routesInferred,
  EVENT_LAYER_IDS.areaFill,
];

/** The layers a click or hover can hit, in every chunk. */
export function interactiveLayerIds(chunks: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < chunks; c++) for (const id of INTERACTIVE_EVENT_LAYERS) out.push(layerIdOf(id, c));
  return out;
}

export const ARROW_IMAGE_ID = "route-arrow";

/** Event names are written from this zoom on (below it the map is too crowded for them). */
export const LABELS_MIN_ZOOM = 2.5;

/**
 * Where a theatre's map starts drawing labels. Its frames open at zoom 2.5–3.5, where the
 * labels of a theatre's dozens of overlapping drills are mostly collisions, and where any
 * change to their filter made MapLibre lay out all of them again on each slider step:
 * measured at 10,000 events, two maps stepped at 481/742 ms p50/p95 with labels against
 * 53/83 ms without (the single map: 44/64 ms). Zooming a theatre in brings its names back.
 */
export const THEATRE_LABELS_MIN_ZOOM = 4;

function sideColour(theme: Theme): ExpressionSpecification {
  return matchLayer((l) => layerColour(PALETTES[theme], l));
}

const shapeIs = (shape: string): ExpressionSpecification => ["==", ["get", "shape"], shape];

/** `marker-<shape>-<filled|hollow>`: the side's shape, filled for a named site. */
function markerImage(): ExpressionSpecification {
  return [
    "concat",
    "marker-",
    matchLayer((l) => LAYER_PRESENTATION[l].shape),
    ["case", ["==", ["get", "precise"], 1], "-filled", "-hollow"],
  ];
}

/**
 * From this many events on the map, the world view draws its markers smaller and without
 * their outline, the approximate-location halo smaller and the route arrows only once zoomed
 * in. In software WebGL the markers' pixels are most of a frame's cost (measured at 10,000
 * events: 420 ms of a 600 ms frame, 135 ms at a third of the size), and at that density
 * they cover one another anyway. Every marker is still drawn; from DENSE_FULL_ZOOM on they
 * look as they always do.
 */
export const DENSE_MAP_EVENTS = 5_000;
/** The zoom from which a dense map's markers are drawn at full size with their outline. */
export const DENSE_FULL_ZOOM = 5;
/** The zoom from which a dense map draws its route arrows. */
export const DENSE_ARROWS_MIN_ZOOM = 4;

export interface EventLayerOptions {
  /** The labels' filter: the whole visibility rule (default: `visible`). */
  labels?: FilterSpecification;
  /** The zoom from which labels are drawn (default LABELS_MIN_ZOOM). */
  labelsMinZoom?: number;
  /** Multiply each shape's opacity by the `shown` feature state (default true). */
  shownByState?: boolean;
  /** Which chunk's sources and ids (default 0). */
  chunk?: number;
  /** The source of the shapes (default: the chunk's). */
  source?: string;
  /** Draw for a dense map (see DENSE_MAP_EVENTS; default false). */
  dense?: boolean;
}

/**
 * `visible` is the shapes' filter (the same for every layer); each layer adds its shape. The
 * labels layer draws from the chunk's labels source.
 */
export function eventLayers(
  theme: Theme,
  visible: FilterSpecification,
  options: EventLayerOptions = {},
): LayerSpecification[] {
  const chunk = options.chunk ?? 0;
  return baseEventLayers(theme, visible, options).map((l) =>
    chunk === 0 ? l : ({ ...l, id: layerIdOf(l.id, chunk) } as LayerSpecification),
  );
}

function baseEventLayers(theme: Theme, visible: FilterSpecification, options: EventLayerOptions): LayerSpecification[] {
  const p = PALETTES[theme];
  const colour = sideColour(theme);
  const chunk = options.chunk ?? 0;
  const source = options.source ?? shapesSourceId(chunk);
  const byState = options.shownByState ?? true;
  const dense = options.dense ?? false;
  // A dense map's world view: smaller markers and halos, no marker outline, no arrows.
  const byZoom = (low: number, full: number): number | ExpressionSpecification =>
    dense ? ["interpolate", ["linear"], ["zoom"], DENSE_FULL_ZOOM - 2, low, DENSE_FULL_ZOOM, full] : full;
  // The opacity of a shape: `value` while its event is shown, 0 while it is not.
  const shown = (value: number): number | ExpressionSpecification =>
    byState ? ["case", ["boolean", ["feature-state", SHOWN_STATE], false], value, 0] : value;
  const all = (...parts: unknown[]) => ["all", visible, ...parts] as FilterSpecification;
  return [
    {
      id: EVENT_LAYER_IDS.areaFill,
      type: "fill",
      source,
      filter: all(shapeIs("area")),
      // Low: the Baltic areas overlap many times over, and the stack must not hide the land.
      paint: { "fill-color": colour, "fill-opacity": shown(0.1) },
    },
    {
      id: EVENT_LAYER_IDS.areaOutline,
      type: "line",
      source,
      filter: all(shapeIs("area"), ["==", ["get", "precise"], 1]),
      paint: { "line-color": colour, "line-width": 1.5, "line-opacity": shown(1) },
    },
    {
      id: EVENT_LAYER_IDS.areaOutlineApprox,
      type: "line",
      source,
      filter: all(shapeIs("area"), ["==", ["get", "precise"], 0]),
      paint: { "line-color": colour, "line-width": 1.5, "line-dasharray": [3, 2], "line-opacity": shown(1) },
    },
    {
      id: EVENT_LAYER_IDS.routes,
      type: "line",
      source,
      filter: all(shapeIs("route"), ["==", ["get", "segment"], "sourced"]),
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": colour, "line-width": 2.5, "line-opacity": shown(1) },
    },
    {
      id: EVENT_LAYER_IDS.routesInferred,
      type: "line",
      source,
      filter: all(shapeIs("route"), ["==", ["get", "segment"], "inferred"]),
      paint: { "line-color": colour, "line-width": 2, "line-dasharray": [2, 2], "line-opacity": shown(0.85) },
    },
    {
      id: EVENT_LAYER_IDS.routeArrows,
      type: "symbol",
      source,
      // Always explicit: the map keeps a layer's old minzoom when the new one is undefined.
      minzoom: dense ? DENSE_ARROWS_MIN_ZOOM : 0,
      filter: all(shapeIs("route")),
      layout: {
        "symbol-placement": "line",
        "symbol-spacing": 90,
        "icon-image": ARROW_IMAGE_ID,
        "icon-size": 0.7,
        "icon-allow-overlap": true,
        // Arrows never push a label away.
        "icon-ignore-placement": true,
        "icon-rotation-alignment": "map",
      },
      paint: { "icon-color": colour, "icon-opacity": shown(0.95) },
    },
    {
      id: EVENT_LAYER_IDS.pointHalo,
      type: "circle",
      source,
      filter: all(shapeIs("point"), ["==", ["get", "precise"], 0]),
      paint: {
        "circle-radius": byZoom(7, 14),
        "circle-color": colour,
        "circle-opacity": shown(0.14),
        "circle-blur": 0.4,
      },
    },
    {
      id: EVENT_LAYER_IDS.labels,
      type: "symbol",
      source: options.source ?? labelsSourceId(chunk),
      filter: ["all", options.labels ?? visible, shapeIs("label")] as FilterSpecification,
      minzoom: options.labelsMinZoom ?? LABELS_MIN_ZOOM,
      layout: {
        "text-field": ["get", "name"],
        "text-font": [BASEMAP_FONT],
        "text-size": 12,
        "text-variable-anchor": ["top", "bottom", "left", "right", "top-left", "bottom-right"],
        "text-radial-offset": 1.1,
        "text-justify": "auto",
        "text-max-width": 9,
        "text-padding": 3,
        "symbol-placement": "point",
        // The invisible marker that claims a visible marker's room (see the module contract);
        // it is always placed, and the name may be dropped without it.
        "icon-image": ["case", ["==", ["get", "marker"], 1], markerImage(), ""],
        "icon-size": 1,
        "icon-allow-overlap": true,
        "icon-padding": 1,
        "text-optional": true,
      },
      paint: { "text-color": p.label, "text-halo-color": p.labelHalo, "text-halo-width": 1.5, "icon-opacity": 0 },
    },
    {
      id: EVENT_LAYER_IDS.points,
      type: "symbol",
      source,
      filter: all(shapeIs("point")),
      layout: {
        "icon-image": markerImage(),
        "icon-size": byZoom(0.5, 1),
        "icon-allow-overlap": true,
        // A hidden marker must not push a visible label away (see the module contract).
        "icon-ignore-placement": true,
      },
      paint: {
        "icon-color": colour,
        "icon-halo-color": p.labelHalo,
        // A zoom step, not a ramp: MapLibre skips the outline's pass only where it is 0.
        "icon-halo-width": dense
          ? ["step", ["zoom"], 0, DENSE_FULL_ZOOM, 1.5 * MARKER_PIXEL_RATIO]
          : 1.5 * MARKER_PIXEL_RATIO,
        "icon-opacity": shown(1),
      },
    },
  ];
}

/**
 * Highlight layers for the selected event. `below` goes under the event layers (a wide
 * casing around the area's outline or the route, which keeps the route's own colour, dash
 * and arrows readable); `above` goes on top (a ring around the marker). They draw from
 * SELECTED_SOURCE_ID, which holds the selected event's features alone, so selecting never
 * re-tiles the events.
 */
export function selectionLayers(theme: Theme): { below: LayerSpecification[]; above: LayerSpecification[] } {
  const p = PALETTES[theme];
  return {
    below: [
      {
        id: EVENT_LAYER_IDS.selectedArea,
        type: "line",
        source: SELECTED_SOURCE_ID,
        filter: shapeIs("area"),
        layout: { "line-join": "round" },
        paint: { "line-color": p.highlight, "line-width": 5, "line-opacity": 0.9 },
      },
      {
        id: EVENT_LAYER_IDS.selectedLine,
        type: "line",
        source: SELECTED_SOURCE_ID,
        filter: shapeIs("route"),
        layout: { "line-cap": "round", "line-join": "round" },
        paint: { "line-color": p.highlight, "line-width": 8, "line-opacity": 0.9 },
      },
    ],
    above: [
      {
        id: EVENT_LAYER_IDS.selectedPoint,
        type: "circle",
        source: SELECTED_SOURCE_ID,
        filter: shapeIs("point"),
        paint: {
          "circle-radius": 12,
          "circle-color": "rgba(0,0,0,0)",
          "circle-stroke-color": p.highlight,
          "circle-stroke-width": 3,
        },
      },
    ],
  };
}
