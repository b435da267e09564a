/**
 * A dense map (DENSE_MAP_EVENTS events or more) draws its world view lighter: smaller
 * markers and halos, no marker outline, no route arrows; from DENSE_FULL_ZOOM on it looks
 * exactly like any other map. Evaluated with MapLibre's own expression engine.
 */
import { describe, expect, it } from "vitest";
import {
  createExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { LayerSpecification } from "maplibre-gl";
import { DENSE_ARROWS_MIN_ZOOM, DENSE_FULL_ZOOM, EVENT_LAYER_IDS, eventLayers } from "@/lib/map/event-layers";
import { basemapStyle } from "@/lib/map/basemap-style";

type Props = Record<string, unknown>;
const spec = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;

function layer(dense: boolean, id: string, chunk = 0): LayerSpecification & { layout?: Props; paint?: Props } {
  const found = eventLayers("light", ["all"], { dense, chunk }).find((l) => l.id.replace(/-\d+$/, "") === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found as LayerSpecification & { layout?: Props; paint?: Props };
}

/** The value of a layer's property at a zoom, for a feature with `properties`. */
function valueAt(l: LayerSpecification & { layout?: Props; paint?: Props }, key: string, zoom: number): unknown {
  const kind = key in (l.paint ?? {}) ? "paint" : "layout";
  const value = kind === "paint" ? l.paint![key] : l.layout![key];
  const propertySpec = spec[`${kind}_${l.type}`]![key]!;
  const compiled = createExpression(value, kind, propertySpec);
  if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom }, { type: "Point" as const, properties: { layer: "nato", precise: 1 } });
}

describe("a dense map's layers", () => {
  it("are valid MapLibre style", () => {
    const base = basemapStyle("light", "http://localhost:3000");
    const layers = eventLayers("dark", ["all"], { dense: true }).map((l) =>
      "source" in l ? ({ ...l, source: "basemap-labels" } as LayerSpecification) : l,
    );
    expect(validateStyleMin({ ...base, layers: [...base.layers, ...layers] }).map((e) => e.message)).toEqual([]);
  });

  it("draw smaller markers and halos, without outline, below the full zoom", () => {
    for (const zoom of [0, 1.9, DENSE_FULL_ZOOM - 2, DENSE_FULL_ZOOM - 0.5]) {
      const points = layer(true, EVENT_LAYER_IDS.points);
      expect(valueAt(points, "icon-size", zoom) as number).toBeLessThan(1);
      expect(valueAt(points, "icon-size", zoom) as number).toBeGreaterThan(0);
      // MapLibre skips the outline's pass only where the width is exactly 0.
      expect(valueAt(points, "icon-halo-width", zoom)).toBe(0);
      const halo = layer(true, EVENT_LAYER_IDS.pointHalo);
      expect(valueAt(halo, "circle-radius", zoom) as number).toBeLessThan(
        valueAt(layer(false, EVENT_LAYER_IDS.pointHalo), "circle-radius", zoom) as number,
      );
    }
  });

  it("look exactly like any map's from the full zoom on, in every chunk", () => {
    for (const chunk of [0, 3]) {
      for (const zoom of [DENSE_FULL_ZOOM, DENSE_FULL_ZOOM + 3]) {
        for (const [id, key] of [
          [EVENT_LAYER_IDS.points, "icon-size"],
          [EVENT_LAYER_IDS.points, "icon-halo-width"],
          [EVENT_LAYER_IDS.pointHalo, "circle-radius"],
        ] as const) {
          expect(valueAt(layer(true, id, chunk), key, zoom), `${id} ${key} at ${zoom}`).toEqual(
            valueAt(layer(false, id, chunk), key, zoom),
          );
        }
      }
    }
  });

  it("draw route arrows only once zoomed in, and a map that is not dense always draws them", () => {
    expect(layer(true, EVENT_LAYER_IDS.routeArrows).minzoom).toBe(DENSE_ARROWS_MIN_ZOOM);
    expect(DENSE_ARROWS_MIN_ZOOM).toBeLessThanOrEqual(DENSE_FULL_ZOOM);
    // Explicit 0, not undefined: the map would otherwise keep the dense minzoom.
    expect(layer(false, EVENT_LAYER_IDS.routeArrows).minzoom).toBe(0);
  });

  it("change nothing for a map that is not dense", () => {
    expect(eventLayers("light", ["all"])).toEqual(eventLayers("light", ["all"], { dense: false }));
    const points = layer(false, EVENT_LAYER_IDS.points);
    for (const zoom of [0, 2, 6]) {
      expect(valueAt(points, "icon-size", zoom)).toBe(1);
      expect(valueAt(points, "icon-halo-width", zoom)).toBeGreaterThan(0);
    }
  });
});
