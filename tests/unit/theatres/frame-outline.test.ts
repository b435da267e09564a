/** The frame outline is a valid MapLibre layer in both themes, drawn round the whole box. */
import { describe, expect, it } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { StyleSpecification } from "maplibre-gl";
import { frameOutline, frameOutlineLayer, FRAME_SOURCE_ID } from "@/lib/theatres/frame-outline";
import { isShapesSource } from "@/lib/map/event-layers";

describe("frame outline", () => {
  it.each(["light", "dark"] as const)("validates in the %s theme and is not an event source", (theme) => {
    const style = {
      version: 8,
      sources: { [FRAME_SOURCE_ID]: { type: "geojson", data: frameOutline([170, 50, 190, 70]) } },
      layers: [{ ...frameOutlineLayer(theme), source: FRAME_SOURCE_ID }],
    } as StyleSpecification;
    expect(validateStyleMin(style)).toEqual([]);
    expect(isShapesSource(FRAME_SOURCE_ID)).toBe(false);
    expect(FRAME_SOURCE_ID.startsWith("events")).toBe(false);
  });

  it("closes the ring through the four corners, east edge past 180° kept as it is", () => {
    expect(frameOutline([170, 50, 190, 70]).geometry.coordinates).toEqual([
      [170, 50],
      [190, 50],
      [190, 70],
      [170, 70],
      [170, 50],
    ]);
  });
});
