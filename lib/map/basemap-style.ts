/**
 * The offline basemap as a MapLibre style: sea (background), land, country borders and
 * country labels, all served from our own origin (public/basemap, built by
 * scripts/build-basemap.ts). Labels use a Noto Sans woff2 through `font-faces`, so no
 * glyph server is needed.
 *
 * Level of detail: the 1:110m geometry draws below zoom 3 and the 1:50m geometry from
 * zoom 3 on. The 1:50m sources are a separate block (`detailSources`/`detailLayers`) so
 * the map can add them after the first idle: startup then fetches ~130 KB instead of
 * ~1.4 MB, and world-zoom frames never pay for the finer geometry.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { PALETTES, type Theme } from "./palette";

export const BASEMAP_FONT = "Noto Sans Regular";
export const DETAIL_MIN_ZOOM = 3;

/** Layer id before which event layers are inserted (labels stay on top of events). */
export const BASEMAP_LABEL_LAYER_ID = "basemap-country-labels";

/**
 * The font file the first view's labels need (country names in Latin script). The pages
 * preload it, since MapLibre asks for it only once the labels' tiles are laid out, which
 * made its download the last step before the first view settled.
 */
export const BASEMAP_LABEL_FONT_PATH = fontPath("latin");

function fontPath(subset: string): string {
  return `/fonts/noto-sans-${subset}-400-normal.woff2`;
}

function fontFaces(origin: string) {
  const face = (subset: string, range: string[]) => ({
    url: `${origin}${fontPath(subset)}`,
    "unicode-range": range,
  });
  return {
    [BASEMAP_FONT]: [
      face("latin", [
        "U+0000-00FF",
        "U+0131",
        "U+0152-0153",
        "U+02BB-02BC",
        "U+02C6",
        "U+02DA",
        "U+02DC",
        "U+2000-206F",
        "U+20AC",
        "U+2122",
        "U+2191",
        "U+2193",
        "U+2212",
        "U+2215",
        "U+FEFF",
        "U+FFFD",
      ]),
      face("latin-ext", [
        "U+0100-02AF",
        "U+1E00-1EFF",
        "U+2020",
        "U+20A0-20AB",
        "U+20AD-20C0",
        "U+2113",
        "U+2C60-2C7F",
        "U+A720-A7FF",
      ]),
      face("cyrillic", ["U+0301", "U+0400-045F", "U+0490-0491", "U+04B0-04B1", "U+2116"]),
      face("greek", ["U+0370-0377", "U+037A-037F", "U+0384-038A", "U+038C", "U+038E-03A1", "U+03A3-03FF"]),
    ],
  };
}

export function detailSources(origin: string): Record<string, SourceSpecification> {
  return {
    "basemap-land-50m": { type: "geojson", data: `${origin}/basemap/land-50m.json`, tolerance: 0.5 },
    "basemap-borders-50m": { type: "geojson", data: `${origin}/basemap/borders-50m.json`, tolerance: 0.5 },
  };
}

export function detailLayers(theme: Theme): LayerSpecification[] {
  const p = PALETTES[theme];
  return [
    {
      id: "basemap-land-50m",
      type: "fill",
      source: "basemap-land-50m",
      minzoom: DETAIL_MIN_ZOOM,
      paint: { "fill-color": p.landDetail, "fill-antialias": false },
    },
    {
      id: "basemap-borders-50m",
      type: "line",
      source: "basemap-borders-50m",
      minzoom: DETAIL_MIN_ZOOM,
      paint: { "line-color": p.border, "line-width": 0.8 },
    },
  ];
}

/**
 * The base style. `origin` is the page's own origin ("" gives relative URLs, which the
 * browser resolves against the page; MapLibre's worker needs absolute ones, so the map
 * passes `window.location.origin`).
 */
export function basemapStyle(theme: Theme, origin: string): StyleSpecification {
  const p = PALETTES[theme];
  const style: StyleSpecification = {
    version: 8,
    name: `Exercise Atlas offline (${theme})`,
    sources: {
      "basemap-land-110m": { type: "geojson", data: `${origin}/basemap/land-110m.json`, tolerance: 0.5 },
      "basemap-borders-110m": { type: "geojson", data: `${origin}/basemap/borders-110m.json`, tolerance: 0.5 },
      "basemap-labels": {
        type: "geojson",
        data: `${origin}/basemap/labels.json`,
        attribution: "Natural Earth",
      },
    },
    layers: [
      { id: "basemap-sea", type: "background", paint: { "background-color": p.sea } },
      {
        id: "basemap-land-110m",
        type: "fill",
        source: "basemap-land-110m",
        maxzoom: DETAIL_MIN_ZOOM,
        paint: { "fill-color": p.land, "fill-antialias": false },
      },
      {
        id: "basemap-borders-110m",
        type: "line",
        source: "basemap-borders-110m",
        maxzoom: DETAIL_MIN_ZOOM,
        paint: { "line-color": p.border, "line-width": 0.6 },
      },
      {
        id: BASEMAP_LABEL_LAYER_ID,
        type: "symbol",
        source: "basemap-labels",
        layout: {
          "text-field": ["get", "name"],
          "text-font": [BASEMAP_FONT],
          // Larger countries first and slightly larger; collisions hide the rest.
          "symbol-sort-key": ["-", 0, ["get", "areaKm2"]],
          "text-size": ["interpolate", ["linear"], ["zoom"], 1, 10, 5, 14],
          "text-max-width": 7,
          "text-padding": 4,
        },
        // Zoom in a filter must be the input of a top-level step.
        filter: [
          "step",
          ["zoom"],
          [">=", ["get", "areaKm2"], 900000],
          2,
          [">=", ["get", "areaKm2"], 250000],
          3,
          [">=", ["get", "areaKm2"], 40000],
          4,
          [">=", ["get", "areaKm2"], 5000],
          5,
          true,
        ],
        paint: {
          "text-color": p.label,
          "text-halo-color": p.labelHalo,
          "text-halo-width": 1.2,
        },
      },
    ],
  };
  // `font-faces` is newer than the published style types; it is validated by the style spec.
  (style as StyleSpecification & { "font-faces"?: unknown })["font-faces"] = fontFaces(origin);
  return style;
}
