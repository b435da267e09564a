import { describe, expect, it } from "vitest";
import { acceptedFeatures } from "@/lib/io/accepted-features";
import { importGeoJson } from "@/lib/io/geojson-import";
import { MAX_VERTICES_PER_FILE } from "@/lib/io/limits";
import { collection, ok } from "./helpers";

describe("acceptedFeatures", () => {
  it("charges the per-file vertex budget and refuses the charge that would pass it", () => {
    const acc = acceptedFeatures();
    expect(acc.charge(MAX_VERTICES_PER_FILE - 1)).toBeNull();
    expect(acc.charge(1)).toBeNull();
    expect(acc.charge(1)).toMatch(/limit per file/);
  });

  it("charges rejected features too, before their geometry is checked", () => {
    // Three 4-vertex features against a budget of 10 (through a small file budget): the
    // third is refused for the budget even though the first two were rejected for dates.
    const acc = acceptedFeatures(10);
    const square = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const bad = { type: "Feature", properties: { name: "x", start: "not a date", bloc: "nato" }, geometry: square };
    expect(acc.charge(4)).toBeNull();
    expect(acc.charge(4)).toBeNull();
    expect(acc.charge(4)).toMatch(/limit per file/);
    // Through the importer with the real budget: a file of features whose geometry is all
    // degenerate positions is bounded by the count, not by the checks.
    const outcome = ok(importGeoJson(collection(bad, bad), { batchId: "t" }));
    expect(outcome.rejectedFeatures).toBe(2);
  });
});
