import { describe, expect, it } from "vitest";
import { centreOn, clampWindow, shiftWindow, stepWindow } from "@/lib/domain/time-window";
import { centredOn, shifted, stepped } from "@/lib/timeline/scrub-targets";

const extent = { from: 12_000, to: 20_000 };
const w = { from: 13_000, to: 13_100 };

describe("scrub targets, once the store has clamped them", () => {
  it("give the same windows as the domain's clamping helpers", () => {
    for (const days of [-5_000, -30, 0, 30, 9_000]) {
      expect(clampWindow(shifted(w, days), extent)).toEqual(shiftWindow(w, days, extent));
      for (const mode of ["window", "cumulative"] as const) {
        expect(clampWindow(stepped(w, mode, days, extent), extent)).toEqual(stepWindow(w, mode, days, extent));
      }
    }
    for (const day of [11_000, 12_010, 15_555, 19_990, 25_000]) {
      expect(clampWindow(centredOn(w, day), extent)).toEqual(centreOn(w, day, extent));
    }
  });
});
