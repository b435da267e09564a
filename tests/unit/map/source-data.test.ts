import { resolveObjectURL } from "node:buffer";
import { describe, expect, it } from "vitest";
import type { FeatureCollection } from "geojson";
import { URL_DATA_MIN_FEATURES, sourceDataOf } from "@/components/map/source-data";

const collection = (n: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: n }, (_, i) => ({
    type: "Feature",
    id: i,
    properties: { name: `<b>Drill ${i}</b> "quoted"`, layer: "imported" },
    geometry: { type: "Point", coordinates: [20 + i / n, 52] },
  })),
});

describe("a source's data", () => {
  it("is the collection itself when small", () => {
    const small = collection(URL_DATA_MIN_FEATURES - 1);
    expect(sourceDataOf(small)).toBe(small);
  });

  it("is an object URL of exactly the collection's JSON when large, one per collection", async () => {
    const large = collection(URL_DATA_MIN_FEATURES);
    const url = sourceDataOf(large);
    expect(typeof url).toBe("string");
    expect(url as string).toMatch(/^blob:/);
    expect(sourceDataOf(large)).toBe(url);
    const blob = resolveObjectURL(url as string);
    expect(blob?.type).toBe("application/geo+json");
    expect(JSON.parse(await blob!.text())).toEqual(large);
    const other = collection(URL_DATA_MIN_FEATURES);
    expect(sourceDataOf(other)).not.toBe(url);
  });
});
