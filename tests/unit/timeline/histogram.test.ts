import { describe, expect, it } from "vitest";
import { activityHistogram, monthBins } from "@/lib/timeline/histogram";
import { formatDay, parseDay } from "@/lib/domain/days";
import { LAYER_IDS } from "@/lib/domain/layers";
import type { VisibilityCriteria } from "@/lib/domain/visibility";
import { atlasEvent } from "./event-builder";

const day = (s: string) => parseDay(s)!;
const extent = { from: day("2023-11-01"), to: day("2024-03-10") };
const criteria = (over: Partial<VisibilityCriteria> = {}): VisibilityCriteria => ({
  window: extent,
  layers: new Set(LAYER_IDS),
  participants: new Set(),
  domains: new Set(),
  kinds: new Set(),
  search: "",
  ...over,
});

const events = [
  atlasEvent({ id: "a", bloc: "cn-ru", start: "2023-12-31", end: "2024-01-01" }),
  atlasEvent({ id: "b", bloc: "nato", kind: "exercise", participants: ["PL"], start: "2024-02-29", end: "2024-02-29" }),
  atlasEvent({ id: "c", bloc: "nato", participants: ["PL"], start: "2024-01-20", end: "2024-05-31" }),
  atlasEvent({ id: "old", bloc: "nato", participants: ["PL"], start: "2019-01-01", end: "2019-02-01" }),
];

describe("monthly activity histogram", () => {
  it("has one bin per calendar month touching the extent, across the year end and a leap February", () => {
    const bins = monthBins(extent);
    expect(bins.map((b) => formatDay(b.from))).toEqual([
      "2023-11-01",
      "2023-12-01",
      "2024-01-01",
      "2024-02-01",
      "2024-03-01",
    ]);
    expect(formatDay(bins[3]!.to)).toBe("2024-02-29");
  });

  it("counts an event in every month it touches, per side, and nothing outside the extent", () => {
    const h = activityHistogram(events, criteria(), extent);
    expect(h.bins.map((b) => [b.cnru, b.nato])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 2],
      [0, 1],
    ]);
    expect(h.max).toBe(2);
  });

  it("follows the non-time filters (layers, participants, search)", () => {
    expect(
      activityHistogram(events, criteria({ layers: new Set(["nato-drills"]) }), extent).bins.every((b) => b.cnru === 0),
    ).toBe(true);
    const cnOnly = activityHistogram(events, criteria({ participants: new Set(["CN"]) }), extent);
    expect(cnOnly.bins.reduce((n, b) => n + b.nato, 0)).toBe(0);
    expect(cnOnly.bins.reduce((n, b) => n + b.cnru, 0)).toBe(2);
    expect(activityHistogram(events, criteria({ search: "no such thing" }), extent).max).toBe(0);
  });
});
