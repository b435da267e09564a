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
import { toMapCollections } from "@/lib/map/event-features";
import { EVENTS_SOURCE_ID, LABELS_SOURCE_ID, eventLayers } from "@/lib/map/event-layers";
import { SHOWN_STATE, isShownFeature, shownChanges } from "@/lib/map/shown-state";
import { visibilityFilter, type VisibilityCriteria } from "@/lib/domain/visibility";
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
    const { shapes, labels } = toMapCollections(events);
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
      const spec = { type: "number", "property-type": "data-driven", expression: { interpolated: true, parameters: ["zoom", "feature", "feature-state"] } };
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

  it("without the state (the benchmark's naive peer) no layer reads it", () => {
    const plain = eventLayers("light", ["all"], { shownByState: false });
    expect(JSON.stringify(plain)).not.toContain("feature-state");
  });
});

describe("isShownFeature", () => {
  it("keeps shown shapes and other sources' features, drops hidden shapes", () => {
    expect(isShownFeature({ source: EVENTS_SOURCE_ID, state: { [SHOWN_STATE]: true } }, EVENTS_SOURCE_ID)).toBe(true);
    expect(isShownFeature({ source: EVENTS_SOURCE_ID, state: { [SHOWN_STATE]: false } }, EVENTS_SOURCE_ID)).toBe(false);
    expect(isShownFeature({ source: EVENTS_SOURCE_ID, state: {} }, EVENTS_SOURCE_ID)).toBe(false);
    expect(isShownFeature({ source: LABELS_SOURCE_ID }, EVENTS_SOURCE_ID)).toBe(true);
  });
});
