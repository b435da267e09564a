import { describe, expect, it } from "vitest";
import { markerLanes } from "@/lib/timeline/marker-lanes";

describe("marker lanes", () => {
  it("keeps well-spaced markers in the first lane", () => {
    expect(markerLanes([10, 50, 100], 14, 2)).toEqual([0, 0, 0]);
  });
  it("moves a marker that would overlap its neighbour to the next lane, whatever the input order", () => {
    expect(markerLanes([100, 105, 120, 130], 14, 2)).toEqual([0, 1, 0, 1]);
    expect(markerLanes([130, 120, 105, 100], 14, 2)).toEqual([1, 0, 1, 0]);
  });
  it("with every lane crowded, uses the lane whose last marker is farthest away", () => {
    expect(markerLanes([0, 2, 4, 6], 14, 2)).toEqual([0, 1, 0, 1]);
    expect(markerLanes([0, 1], 14, 1)).toEqual([0, 0]);
  });
});
