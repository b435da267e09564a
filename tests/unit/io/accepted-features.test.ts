import { describe, expect, it } from "vitest";
import type { EventFeature } from "@/lib/domain/feature-types";
import { acceptedFeatures } from "@/lib/io/accepted-features";
import { MAX_VERTICES_PER_FILE } from "@/lib/io/limits";

const feature = {} as EventFeature;

describe("acceptedFeatures", () => {
  it("keeps features up to the per-file vertex budget and refuses the one that would pass it", () => {
    const acc = acceptedFeatures();
    expect(acc.add(feature, MAX_VERTICES_PER_FILE - 1)).toBeNull();
    expect(acc.add(feature, 1)).toBeNull();
    expect(acc.add(feature, 1)).toMatch(/limit per file/);
    expect(acc.features).toHaveLength(2);
  });
});
