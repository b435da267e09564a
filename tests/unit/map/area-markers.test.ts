import { describe, expect, it } from "vitest";
import { AREA_MARKER_BELOW_KM2, eventFeatures } from "@/lib/map/event-features";
import { ev, square } from "../stats/fixtures";

const shapes = (e: Parameters<typeof eventFeatures>[0]) => eventFeatures(e).map((f) => f.properties.shape);

describe("markers for small drill areas", () => {
  it("gives an area too small to see at the world view a marker inside it", () => {
    const small = ev({ id: "range", locationPrecision: "site" }, square(18.6, 52.9, 0.1));
    expect(small.areaKm2!).toBeLessThan(AREA_MARKER_BELOW_KM2);
    expect(shapes(small)).toEqual(["area", "point", "label"]);
    const marker = eventFeatures(small).find((f) => f.properties.shape === "point")!;
    expect(marker.geometry.type).toBe("Point");
    const [lon = 0, lat = 0] = (marker.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeGreaterThanOrEqual(18.6);
    expect(lon).toBeLessThanOrEqual(18.7);
    expect(lat).toBeGreaterThanOrEqual(52.9);
    expect(lat).toBeLessThanOrEqual(53);
    // The marker is the same event: same id and visibility fields as the area.
    expect(marker.properties.id).toBe("range");
    expect(marker.properties.startDay).toBe(small.startDay);
  });

  it("draws a large area as an area alone", () => {
    const sea = ev({ id: "sea", locationPrecision: "sea-area" }, square(10, 54, 5));
    expect(sea.areaKm2!).toBeGreaterThan(AREA_MARKER_BELOW_KM2);
    expect(shapes(sea)).toEqual(["area", "label"]);
  });
});
