import { describe, expect, it } from "vitest";
import { markerImage, markerImageId, markerImages, MARKER_SHAPES, MARKER_SIZE } from "@/lib/map/marker-images";
import { LAYER_IDS } from "@/lib/domain/layers";
import { LAYER_PRESENTATION } from "@/lib/map/layer-presentation";

const shapeOf = (l: (typeof LAYER_IDS)[number]) => LAYER_PRESENTATION[l].shape;

/** Alpha at (x, y); the SDF edge sits at 0.75. */
const alpha = (img: { data: Uint8Array; width: number }, x: number, y: number) =>
  (img.data[(y * img.width + x) * 4 + 3] ?? 0) / 255;
const inside = (img: { data: Uint8Array; width: number }, x: number, y: number) => alpha(img, x, y) >= 0.75;

describe("marker images", () => {
  it("gives each side its own shape, and both China–Russia layers the same", () => {
    expect(new Set(LAYER_IDS.map((l) => shapeOf(l))).size).toBe(3);
    expect(shapeOf("cn-ru-exercises")).toBe(shapeOf("cn-ru-patrols"));
  });

  it("makes every image the layers can ask for", () => {
    const ids = markerImages().map((m) => m.id);
    for (const layer of LAYER_IDS)
      for (const fill of ["filled", "hollow"] as const) expect(ids).toContain(markerImageId(shapeOf(layer), fill));
  });

  it("fills a filled marker and leaves a hollow one's centre empty", () => {
    const c = MARKER_SIZE / 2;
    for (const shape of MARKER_SHAPES) {
      expect(inside(markerImage(shape, "filled"), c, c)).toBe(true);
      expect(inside(markerImage(shape, "hollow"), c, c)).toBe(false);
      expect(inside(markerImage(shape, "filled"), 0, 0)).toBe(false);
    }
  });

  it("tells a square from a circle at the corners", () => {
    const corner = Math.round(MARKER_SIZE * 0.22);
    expect(inside(markerImage("square", "filled"), corner, corner)).toBe(true);
    expect(inside(markerImage("circle", "filled"), corner, corner)).toBe(false);
    expect(inside(markerImage("diamond", "filled"), corner, corner)).toBe(false);
  });
});
