/**
 * The layer presentation table is the one source of each layer's label, colour, shape and
 * legend note: every layer has exactly one entry, the entries are complete and tell the
 * sides apart by shape as well as colour, and the map's own style (the markers' colour and
 * image) gives each layer what the table says.
 */
import { describe, expect, it } from "vitest";
import { createExpression, type StylePropertySpecification } from "@maplibre/maplibre-gl-style-spec";
import { LAYER_IDS, LAYER_LABELS, type LayerId } from "@/lib/domain/layers";
import { EVENTS_SOURCE_ID, eventLayers } from "@/lib/map/event-layers";
import { layerColour, LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { MARKER_SHAPES } from "@/lib/map/marker-images";
import { PALETTES, type Theme } from "@/lib/map/palette";

const THEMES: Theme[] = ["light", "dark"];

describe("layer presentation table", () => {
  it("has one entry for every layer and none for anything else", () => {
    expect(Object.keys(LAYER_PRESENTATION).sort()).toEqual([...LAYER_IDS].sort());
    expect(new Set(Object.keys(LAYER_PRESENTATION)).size).toBe(LAYER_IDS.length);
  });

  it("gives every layer the domain's label, a palette colour, a drawable shape and a note", () => {
    for (const l of LAYER_IDS) {
      const entry = LAYER_PRESENTATION[l];
      expect(entry.label).toBe(LAYER_LABELS[l]);
      expect(MARKER_SHAPES).toContain(entry.shape);
      expect(entry.shapeNote.length).toBeGreaterThan(0);
      for (const t of THEMES) expect(layerColour(PALETTES[t], l)).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("tells the three sides apart by shape and by colour; both China–Russia layers look alike", () => {
    const sides: LayerId[] = ["cn-ru-exercises", "nato-drills", "imported"];
    expect(new Set(sides.map((l) => LAYER_PRESENTATION[l].shape)).size).toBe(3);
    for (const t of THEMES) expect(new Set(sides.map((l) => layerColour(PALETTES[t], l))).size).toBe(3);
    expect(LAYER_PRESENTATION["cn-ru-patrols"].shape).toBe(LAYER_PRESENTATION["cn-ru-exercises"].shape);
    expect(LAYER_PRESENTATION["cn-ru-patrols"].paletteKey).toBe(LAYER_PRESENTATION["cn-ru-exercises"].paletteKey);
  });

  it("is what the map draws: each layer's marker colour and image come from the table", () => {
    for (const theme of THEMES) {
      const marker = eventLayers(theme, ["all"]).find(
        (l) =>
          "source" in l &&
          l.source === EVENTS_SOURCE_ID &&
          l.type === "symbol" &&
          "icon-color" in (l.paint ?? {}) &&
          Array.isArray(l.layout?.["icon-image"]),
      ) as { paint: Record<string, unknown>; layout: Record<string, unknown> } | undefined;
      if (!marker) throw new Error("no marker layer");
      const compile = (value: unknown, type: string, kind: "paint" | "layout") => {
        const spec = {
          type,
          "property-type": "data-driven",
          expression: { interpolated: false, parameters: ["zoom", "feature"] },
        };
        const compiled = createExpression(value, kind, spec as unknown as StylePropertySpecification);
        if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
        return (properties: Record<string, unknown>) =>
          compiled.value.evaluate({ zoom: 4 }, { type: "Point" as const, properties });
      };
      const colourOf = compile(marker.paint["icon-color"], "color", "paint");
      const imageOf = compile(marker.layout["icon-image"], "resolvedImage", "layout");
      for (const layer of LAYER_IDS) {
        const drawn = colourOf({ layer, precise: 1 }) as { toString(): string };
        const expected = layerColour(PALETTES[theme], layer);
        const rgb = [1, 3, 5].map((i) => parseInt(expected.slice(i, i + 2), 16));
        expect(String(drawn), `${theme} ${layer}`).toBe(`rgba(${rgb.join(",")},1)`);
        expect(String(imageOf({ layer, precise: 1 }))).toBe(`marker-${LAYER_PRESENTATION[layer].shape}-filled`);
        expect(String(imageOf({ layer, precise: 0 }))).toBe(`marker-${LAYER_PRESENTATION[layer].shape}-hollow`);
      }
    }
  });
});
