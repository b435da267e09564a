/**
 * The window reaches the map's shapes as the `shown` feature state: the flips are exactly
 * the events that entered or left the visible set, every shape layer's opacity follows the
 * state (evaluated with MapLibre's own expression engine), and queried features of hidden
 * events are left out.
 */
import { describe, expect, it } from "vitest";
import { createExpression } from "@maplibre/maplibre-gl-style-spec";
import type { StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { loadDataset } from "@/lib/data/load-dataset";
import { MAX_SYMBOLS_PER_SOURCE, symbolWeight, toMapCollections } from "@/lib/map/event-features";
import {
  EVENTS_SOURCE_ID,
  LABELS_SOURCE_ID,
  eventLayers,
  interactiveLayerIds,
  isShapesSource,
  labelsSourceId,
  shapesSourceId,
} from "@/lib/map/event-layers";
import { SHOWN_STATE, isShownFeature, shownChanges } from "@/lib/map/shown-state";
import type { VisibilityCriteria } from "@/lib/domain/visibility";
import { visibilityFilter } from "@/lib/map/visibility-filter";
import { LAYER_IDS } from "@/lib/domain/layers";

const events = loadDataset().events;
const { featureIdOf } = toMapCollections(events);

describe("shownChanges", () => {
  it("shows what entered, hides what left, keeps the rest", () => {
    const [a, b, c] = events;
    if (!a || !b || !c) throw new Error("dataset too small");
    const ids = [a, b, c].map((e) => featureIdOf.get(e.id) as number);
    const first = shownChanges(new Set(), [a, b], featureIdOf);
    expect(first.show.sort()).toEqual([ids[0], ids[1]].sort());
    expect(first.hide).toEqual([]);
    const second = shownChanges(first.next, [b, c], featureIdOf);
    expect(second.show).toEqual([ids[2]]);
    expect(second.hide).toEqual([ids[0]]);
    expect([...second.next].sort()).toEqual([ids[1], ids[2]].sort());
    expect(shownChanges(second.next, [b, c], featureIdOf)).toMatchObject({ show: [], hide: [] });
  });

  it("leaves out events the source does not hold yet", () => {
    const ghost = { ...events[0]!, id: "not-on-the-map" };
    expect(shownChanges(new Set(), [ghost], featureIdOf).next.size).toBe(0);
  });

  it("gives every feature of one event the same id, and each event its own", () => {
    const { chunks } = toMapCollections(events);
    expect(chunks).toHaveLength(1);
    const { shapes, labels } = chunks[0]!;
    const idsOf = new Map<string, Set<unknown>>();
    for (const f of [...shapes.features, ...labels.features]) {
      const s = idsOf.get(f.properties.id) ?? new Set();
      s.add(f.id);
      idsOf.set(f.properties.id, s);
    }
    for (const [eventId, ids] of idsOf) expect([...ids]).toEqual([featureIdOf.get(eventId)]);
    expect(new Set(featureIdOf.values()).size).toBe(events.length);
    expect(labels.features.every((f) => f.properties.shape === "label")).toBe(true);
    expect(shapes.features.some((f) => f.properties.shape === "label")).toBe(false);
  });
});

describe("large imports are split into sources MapLibre can draw", () => {
  // Many copies of the dataset's events, as a large import would bring.
  const many = Array.from({ length: 700 }, (_, k) => events.map((e) => ({ ...e, id: `${e.id}-${k}` }))).flat();

  it("keeps every source under the symbol budget, every event in exactly one, ids unchanged", () => {
    const budget = 2_000;
    const { chunks, featureIdOf, chunkOfFeature } = toMapCollections(many, budget);
    expect(chunks.length).toBeGreaterThan(10);
    const seen = new Map<number, number>();
    chunks.forEach((chunk, c) => {
      const ids = new Set<number>();
      for (const f of [...chunk.shapes.features, ...chunk.labels.features]) {
        ids.add(Number(f.id));
        expect(chunkOfFeature[Number(f.id)]).toBe(c);
      }
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      const weight = [...ids].reduce((w, id) => w + symbolWeight(many[id]!), 0);
      expect(weight).toBeLessThanOrEqual(budget);
      // Markers and labels really are within the budget (the weight bounds them).
      const markers = chunk.shapes.features.filter((f) => f.properties.shape === "point");
      const sites = markers.reduce(
        (n, f) => n + (f.geometry.type === "MultiPoint" ? f.geometry.coordinates.length : 1),
        0,
      );
      expect(sites).toBeLessThanOrEqual(budget);
    });
    expect(seen.size).toBe(many.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    many.forEach((e, i) => expect(featureIdOf.get(e.id)).toBe(i));
  });

  it("the default budget stays under MapLibre's 32,767 symbols per tile bucket", () => {
    expect(MAX_SYMBOLS_PER_SOURCE).toBeLessThan(32_767);
    expect(toMapCollections(many).chunks.length).toBeGreaterThan(1);
  });

  it("names each chunk's sources and layers apart, and knows which sources carry the state", () => {
    expect([shapesSourceId(0), labelsSourceId(0), shapesSourceId(2), labelsSourceId(2)]).toEqual([
      "events",
      "events-labels",
      "events-3",
      "events-labels-3",
    ]);
    expect(["events", "events-3"].every(isShapesSource)).toBe(true);
    expect(
      ["events-labels", "events-labels-3", "events-selected", "basemap-land-110m", undefined].some(isShapesSource),
    ).toBe(false);
    const second = eventLayers("light", ["all"], { chunk: 1 });
    expect(second.every((l) => l.id.endsWith("-2"))).toBe(true);
    expect(new Set(second.map((l) => ("source" in l ? l.source : "")))).toEqual(
      new Set(["events-2", "events-labels-2"]),
    );
    expect(interactiveLayerIds(2)).toEqual(
      expect.arrayContaining(["events-points", "events-points-2", "events-areas-fill-2"]),
    );
  });
});

describe("shape layers follow the shown state", () => {
  const criteria: VisibilityCriteria = {
    window: { from: 0, to: 30_000 },
    layers: new Set(LAYER_IDS),
    participants: new Set(),
    domains: new Set(),
    kinds: new Set(),
    search: "",
  };
  const layers = eventLayers("light", ["all"], { labels: visibilityFilter(criteria) });
  const opacityKeys = ["fill-opacity", "line-opacity", "icon-opacity", "circle-opacity"];

  it("every shape layer's opacity is its value when shown and 0 when not", () => {
    const shapeLayers = layers.filter((l) => "source" in l && l.source === EVENTS_SOURCE_ID);
    expect(shapeLayers.length).toBeGreaterThanOrEqual(8);
    for (const layer of shapeLayers) {
      const paint = (layer as { paint: Record<string, unknown> }).paint;
      const key = opacityKeys.find((k) => k in paint);
      expect(key, layer.id).toBeDefined();
      const spec = {
        type: "number",
        "property-type": "data-driven",
        expression: { interpolated: true, parameters: ["zoom", "feature", "feature-state"] },
      };
      const compiled = createExpression(paint[key!], "paint", spec as unknown as StylePropertySpecification);
      if (compiled.result !== "success") throw new Error(`${layer.id}: ${JSON.stringify(compiled.value)}`);
      const feature = { type: "Point" as const, properties: {} };
      const on = compiled.value.evaluate({ zoom: 3 }, feature, { [SHOWN_STATE]: true });
      const off = compiled.value.evaluate({ zoom: 3 }, feature, {});
      expect(on, layer.id).toBeGreaterThan(0);
      expect(off, layer.id).toBe(0);
    }
  });

  it("labels come from their own source, filtered by the whole rule (window included)", () => {
    const labels = layers.filter((l) => "source" in l && l.source === LABELS_SOURCE_ID);
    expect(labels).toHaveLength(1);
    expect(JSON.stringify((labels[0] as { filter: unknown }).filter)).toContain("startDay");
  });

  it("a visible marker's label claims the marker's room with an invisible copy of it; other labels carry no icon", () => {
    const labels = layers.find((l) => "source" in l && l.source === LABELS_SOURCE_ID) as {
      layout: Record<string, unknown>;
      paint: Record<string, unknown>;
    };
    expect(labels.layout["text-optional"]).toBe(true);
    expect(labels.layout["icon-allow-overlap"]).toBe(true);
    expect(labels.layout["icon-ignore-placement"] ?? false).toBe(false);
    expect(labels.paint["icon-opacity"]).toBe(0);
    const spec = {
      type: "resolvedImage",
      "property-type": "data-driven",
      expression: { interpolated: false, parameters: ["zoom", "feature"] },
    };
    const compiled = createExpression(
      labels.layout["icon-image"],
      "layout",
      spec as unknown as StylePropertySpecification,
    );
    if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
    const imageOf = (properties: Record<string, unknown>) =>
      compiled.value.evaluate({ zoom: 4 }, { type: "Point" as const, properties });
    expect(String(imageOf({ marker: 1, layer: "nato-drills", precise: 1 }))).toBe("marker-square-filled");
    // An empty image name resolves to no image: the label has no icon.
    expect(imageOf({ marker: 0, layer: "nato-drills", precise: 1 })).toBeNull();
    const markerLabels = toMapCollections(events).chunks[0]!.labels.features.filter((f) => f.properties.marker === 1);
    expect(markerLabels.length).toBe(
      events.filter((e) => e.geometry.type === "Point" || e.geometry.type === "MultiPoint").length,
    );
  });

  it("without the state (the benchmark's naive peer) no layer reads it", () => {
    const plain = eventLayers("light", ["all"], { shownByState: false });
    expect(JSON.stringify(plain)).not.toContain("feature-state");
  });
});

describe("isShownFeature", () => {
  it("keeps shown shapes and other sources' features, drops hidden shapes", () => {
    expect(isShownFeature({ source: EVENTS_SOURCE_ID, state: { [SHOWN_STATE]: true } }, isShapesSource)).toBe(true);
    expect(isShownFeature({ source: "events-2", state: { [SHOWN_STATE]: false } }, isShapesSource)).toBe(false);
    expect(isShownFeature({ source: EVENTS_SOURCE_ID, state: {} }, isShapesSource)).toBe(false);
    expect(isShownFeature({ source: LABELS_SOURCE_ID }, isShapesSource)).toBe(true);
  });
});
