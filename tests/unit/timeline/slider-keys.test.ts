import { describe, expect, it } from "vitest";
import { sliderKeyTarget } from "@/lib/timeline/slider-keys";
import { formatDay, parseDay } from "@/lib/domain/days";
import type { TimeWindow } from "@/lib/domain/visibility";

const day = (s: string) => parseDay(s)!;
const extent = { from: day("2005-01-01"), to: day("2026-11-29") };
const win = (from: string, to: string): TimeWindow => ({ from: day(from), to: day(to) });
const show = (w: TimeWindow | null) => (w ? `${formatDay(w.from)}..${formatDay(w.to)}` : null);

describe("slider keys", () => {
  const w = win("2024-01-31", "2024-12-31");
  it("moves one day with the arrows, across a year end", () => {
    expect(show(sliderKeyTarget("ArrowRight", "to", w, extent))).toBe("2024-01-31..2025-01-01");
    expect(show(sliderKeyTarget("ArrowLeft", "from", w, extent))).toBe("2024-01-30..2024-12-31");
    expect(show(sliderKeyTarget("ArrowUp", "from", w, extent))).toBe("2024-02-01..2024-12-31");
  });

  it("moves one month with Page keys, clamping 31 January to the leap day", () => {
    expect(show(sliderKeyTarget("PageUp", "from", w, extent))).toBe("2024-02-29..2024-12-31");
    expect(show(sliderKeyTarget("PageDown", "to", w, extent))).toBe("2024-01-31..2024-11-30");
  });

  it("goes to the ends of each thumb's range with Home and End", () => {
    expect(show(sliderKeyTarget("Home", "from", w, extent))).toBe("2005-01-01..2024-12-31");
    expect(show(sliderKeyTarget("End", "from", w, extent))).toBe("2024-12-31..2024-12-31");
    expect(show(sliderKeyTarget("Home", "to", w, extent))).toBe("2024-01-31..2024-01-31");
    expect(show(sliderKeyTarget("End", "to", w, extent))).toBe("2024-01-31..2026-11-29");
  });

  it("never lets a thumb pass the other or leave the extent, and ignores other keys", () => {
    const point = win("2024-06-01", "2024-06-01");
    expect(show(sliderKeyTarget("ArrowRight", "from", point, extent))).toBe("2024-06-01..2024-06-01");
    expect(show(sliderKeyTarget("PageDown", "to", point, extent))).toBe("2024-06-01..2024-06-01");
    const atEnd = win("2026-11-01", "2026-11-29");
    expect(show(sliderKeyTarget("PageUp", "to", atEnd, extent))).toBe("2026-11-01..2026-11-29");
    expect(sliderKeyTarget("Enter", "to", w, extent)).toBeNull();
    expect(sliderKeyTarget("a", "from", w, extent)).toBeNull();
  });
});
