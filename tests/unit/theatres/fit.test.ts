/** "Fit to visible": the smallest frame round the events, the short way round the globe. */
import { describe, expect, it } from "vitest";
import { coverLongitudes, fitFrame } from "@/lib/theatres/fit";

describe("coverLongitudes", () => {
  it("spans ranges on one side of the world from the westmost to the eastmost", () => {
    expect(
      coverLongitudes([
        [10, 20],
        [25, 30],
        [15, 18],
      ]),
    ).toEqual([10, 30]);
  });

  it("goes across the antimeridian when that is shorter", () => {
    expect(
      coverLongitudes([
        [170, 175],
        [-178, -170],
      ]),
    ).toEqual([170, 190]);
  });

  it("takes a route already unwrapped past 180° as it is", () => {
    expect(
      coverLongitudes([
        [170, 195],
        [-170, -160],
      ]),
    ).toEqual([170, 200]);
  });

  it("covers the world when no gap is left, and nothing without ranges", () => {
    expect(
      coverLongitudes([
        [-180, 0],
        [0, 180],
      ]),
    ).toEqual([0, 360]);
    expect(coverLongitudes([])).toBeNull();
  });
});

describe("fitFrame", () => {
  it("adds a margin and gives a single site some room", () => {
    expect(fitFrame([[20, 52, 20, 52]])).toEqual([18, 50, 22, 54]);
    expect(fitFrame([[10, 50, 30, 60]])).toEqual([9, 49, 31, 61]);
  });

  it("frames Pacific events on both sides of 180° across the antimeridian", () => {
    expect(
      fitFrame([
        [165, 50, 170, 55],
        [-175, 52, -170, 60],
      ]),
    ).toEqual([164, 49, 191, 61]);
  });

  it("is null without events", () => {
    expect(fitFrame([])).toBeNull();
  });
});
