/**
 * The event layers' styles: every layer (basemap, events, selection) is valid MapLibre
 * style, and every ["get", key] in an event layer names a field the map's features carry.
 */
import { describe, expect, it } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { basemapStyle, detailLayers, detailSources } from "@/lib/map/basemap-style";
import {
  EVENTS_SOURCE_ID,
  LABELS_SOURCE_ID,
  SELECTED_SOURCE_ID,
  eventLayers,
  EVENT_LAYER_IDS,
  INTERACTIVE_EVENT_LAYERS,
  LABELS_MIN_ZOOM,
  THEATRE_LABELS_MIN_ZOOM,
  selectionLayers,
} from "@/lib/map/event-layers";
import { MAP_EVENT_PROPERTY_KEYS, toMapCollection, toMapCollections } from "@/lib/map/event-features";
import { visibilityFilter } from "@/lib/map/visibility-filter";
import { LAYER_IDS } from "@/lib/domain/layers";
import { loadDataset } from "@/lib/data/load-dataset";

const ORIGIN = "http://localhost:3000";
const dataset = loadDataset();
const VISIBLE: FilterSpecification = visibilityFilter({
  window: { from: 0, to: 30_000 },
  layers: new Set(LAYER_IDS),
  participants: new Set(["CN"]),
  domains: new Set(["sea"]),
  kinds: new Set(["exercise"]),
  search: "peace",
});

function allLayers(theme: "light" | "dark"): LayerSpecification[] {
  const sel = selectionLayers(theme);
  return [...sel.below, ...eventLayers(theme, VISIBLE), ...sel.above];
}

function fullStyle(theme: "light" | "dark", selected: string | null = "peace-mission-2013"): StyleSpecification {
  const base = basemapStyle(theme, ORIGIN);
  const [{ shapes, labels }] = toMapCollections(dataset.events).chunks as [{ shapes: unknown; labels: unknown }];
  const selectedData = toMapCollection(dataset.events.filter((e) => e.id === selected));
  return {
    ...base,
    sources: {
      ...base.sources,
      ...detailSources(ORIGIN),
      [EVENTS_SOURCE_ID]: { type: "geojson", data: shapes as GeoJSON.FeatureCollection },
      [LABELS_SOURCE_ID]: { type: "geojson", data: labels as GeoJSON.FeatureCollection },
      [SELECTED_SOURCE_ID]: { type: "geojson", data: selectedData },
    },
    layers: [...base.layers, ...detailLayers(theme), ...allLayers(theme)],
  };
}

/** Every ["get", key] in a value (a filter, a layout or paint property), walked recursively. */
function getKeys(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    if (value[0] === "get" && typeof value[1] === "string") out.push(value[1]);
    for (const v of value) getKeys(v, out);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) getKeys(v, out);
  }
  return out;
}

describe("event layer styles", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`validates every layer, basemap and events and selection, in the ${theme} theme`, () => {
      const errors = validateStyleMin(fullStyle(theme));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it("also validates with nothing selected", () => {
    expect(validateStyleMin(fullStyle("dark", null))).toEqual([]);
  });

  it("a broken layer would be caught (the validator is really looking)", () => {
    const style = fullStyle("light");
    const broken = {
      ...style,
      layers: [
        ...style.layers,
        { id: "x", type: "circle", source: EVENTS_SOURCE_ID, paint: { "circle-radius": "big" } },
      ],
    };
    expect(validateStyleMin(broken as unknown as StyleSpecification).length).toBeGreaterThan(0);
  });

  it('reads only fields of MapEventProperties in every ["get", key]', () => {
    const known = new Set<string>(MAP_EVENT_PROPERTY_KEYS);
    const layers = allLayers("light");
    const keys = new Set(
      layers.flatMap((l) => getKeys(["filter" in l ? l.filter : null, l.layout ?? null, l.paint ?? null])),
    );
    // The walk finds the fields the styles are known to use, so it would notice a typo.
    for (const used of ["name", "layer", "shape", "precise", "segment", "startDay", "endDay"])
      expect(keys).toContain(used);
    expect([...keys].filter((k) => !known.has(k))).toEqual([]);
    expect(getKeys(["match", ["get", "nmae"], "a", 1, 0]).filter((k) => !known.has(k))).toEqual(["nmae"]);
  });

  it("the features carry exactly the fields MapEventProperties declares (the search text on labels only)", () => {
    const collection = toMapCollection(dataset.events);
    const all = [...MAP_EVENT_PROPERTY_KEYS].sort();
    for (const f of collection.features)
      expect(Object.keys(f.properties).sort()).toEqual(
        f.properties.shape === "label" ? all : all.filter((k) => k !== "searchText"),
      );
  });

  it("has one label per event and lets a click hit markers, routes and areas", () => {
    const collection = toMapCollection(dataset.events);
    const labels = collection.features.filter((f) => f.properties.shape === "label");
    expect(labels.length).toBe(dataset.events.length);
    const ids = eventLayers("light", VISIBLE).map((l) => l.id);
    for (const id of INTERACTIVE_EVENT_LAYERS) expect(ids).toContain(id);
    expect(INTERACTIVE_EVENT_LAYERS).not.toContain(EVENT_LAYER_IDS.labels);
  });

  it("writes labels in the offline font and keeps them from overlapping", () => {
    const labels = eventLayers("light", VISIBLE).find((l) => l.id === EVENT_LAYER_IDS.labels);
    expect(labels?.type).toBe("symbol");
    const layout = (labels as { layout: Record<string, unknown> }).layout;
    expect(layout["text-font"]).toEqual(["Noto Sans Regular"]);
    expect(layout["text-allow-overlap"] ?? false).toBe(false);
    expect(layout["text-variable-anchor"]).toBeDefined();
  });

  it("draws the precision: approximate outlines and inferred route legs dashed, exact ones solid", () => {
    const byId = new Map(eventLayers("light", VISIBLE).map((l) => [l.id, l]));
    const dash = (id: string) => (byId.get(id) as { paint?: Record<string, unknown> }).paint?.["line-dasharray"];
    expect(dash(EVENT_LAYER_IDS.areaOutline)).toBeUndefined();
    expect(dash(EVENT_LAYER_IDS.areaOutlineApprox)).toBeDefined();
    expect(dash(EVENT_LAYER_IDS.routes)).toBeUndefined();
    expect(dash(EVENT_LAYER_IDS.routesInferred)).toBeDefined();
  });
});

describe("label points", () => {
  it("puts a route's label halfway along it, the short way across the antimeridian", async () => {
    const { midpointOf } = await import("@/lib/map/event-features");
    expect(
      midpointOf([
        [
          [0, 0],
          [10, 0],
          [10, 10],
        ],
      ]),
    ).toEqual([10, 0]);
    const mid = midpointOf([
      [
        [170, 60],
        [-170, 60],
      ],
    ]);
    expect(mid?.[0]).toBeCloseTo(180, 5);
  });
});

describe("where labels start", () => {
  const labelsLayer = (layers: LayerSpecification[]) => layers.find((l) => l.id === EVENT_LAYER_IDS.labels)!;
  it("the single map's labels from LABELS_MIN_ZOOM, a theatre's from its own higher zoom, in every chunk", () => {
    expect(labelsLayer(eventLayers("light", VISIBLE)).minzoom).toBe(LABELS_MIN_ZOOM);
    expect(THEATRE_LABELS_MIN_ZOOM).toBeGreaterThan(LABELS_MIN_ZOOM);
    for (const chunk of [0, 2]) {
      const layers = eventLayers("dark", VISIBLE, { chunk, labelsMinZoom: THEATRE_LABELS_MIN_ZOOM });
      const labels = layers.find((l) => l.type === "symbol" && "source" in l && l.source.startsWith(LABELS_SOURCE_ID))!;
      expect(labels.minzoom).toBe(THEATRE_LABELS_MIN_ZOOM);
    }
  });
});
