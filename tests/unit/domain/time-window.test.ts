import { describe, expect, it } from "vitest";
import { addMonths, formatDay, parseDay } from "@/lib/domain/days";
import type { TimeWindow } from "@/lib/domain/visibility";
import {
  centreOn,
  clampWindow,
  moveEdge,
  overlaps,
  placeEdge,
  playbackStart,
  playbackStep,
  shiftWindow,
  stepMonths,
  stepWindow,
  windowsOverlap,
} from "@/lib/domain/time-window";

const day = (s: string) => parseDay(s)!;
const win = (from: string, to: string): TimeWindow => ({ from: day(from), to: day(to) });
const show = (w: TimeWindow) => `${formatDay(w.from)}..${formatDay(w.to)}`;
const extent = win("2005-01-01", "2026-11-29");

describe("clamping", () => {
  it("keeps the width when pushed against either end", () => {
    expect(show(clampWindow(win("2004-12-01", "2005-01-31"), extent))).toBe("2005-01-01..2005-03-03");
    expect(show(clampWindow(win("2026-11-20", "2026-12-10"), extent))).toBe("2026-11-09..2026-11-29");
  });
  it("orders a reversed window and turns one wider than the extent into the extent", () => {
    expect(show(clampWindow({ from: day("2020-05-01"), to: day("2020-04-01") }, extent))).toBe(
      "2020-04-01..2020-05-01",
    );
    expect(clampWindow(win("1990-01-01", "2030-01-01"), extent)).toEqual(extent);
  });
  it("moves one edge without crossing the other", () => {
    const w = win("2020-01-01", "2020-12-31");
    expect(show(moveEdge(w, "from", day("2021-06-01"), extent))).toBe("2020-12-31..2020-12-31");
    expect(show(moveEdge(w, "to", day("1999-01-01"), extent))).toBe("2020-01-01..2020-01-01");
    expect(show(moveEdge(w, "to", day("2030-01-01"), extent))).toBe("2020-01-01..2026-11-29");
  });
});

describe("typed edges", () => {
  it("set one end and push the other along when they would cross, inside the extent", () => {
    const w = win("2016-07-01", "2017-06-30");
    expect(show(placeEdge(w, "from", day("2017-01-01"), extent))).toBe("2017-01-01..2017-06-30");
    expect(show(placeEdge(w, "from", day("2024-02-29"), extent))).toBe("2024-02-29..2024-02-29");
    expect(show(placeEdge(w, "to", day("2010-01-01"), extent))).toBe("2010-01-01..2010-01-01");
    expect(show(placeEdge(w, "to", day("2030-01-01"), extent))).toBe("2016-07-01..2026-11-29");
    expect(show(placeEdge(w, "from", day("1990-01-01"), extent))).toBe("2005-01-01..2017-06-30");
  });
});

describe("month stepping", () => {
  it("crosses year ends both ways", () => {
    expect(formatDay(stepMonths(day("2023-12-15"), 1))).toBe("2024-01-15");
    expect(formatDay(stepMonths(day("2024-01-15"), -1))).toBe("2023-12-15");
    expect(formatDay(stepMonths(day("2023-11-30"), 14))).toBe("2025-01-30");
    expect(formatDay(stepMonths(day("2023-02-28"), -26))).toBe("2020-12-28");
  });
  it("clamps to the month's length, leap days included", () => {
    expect(formatDay(stepMonths(day("2024-01-31"), 1))).toBe("2024-02-29");
    expect(formatDay(stepMonths(day("2023-01-31"), 1))).toBe("2023-02-28");
    expect(formatDay(stepMonths(day("2024-02-29"), 12))).toBe("2025-02-28");
    expect(formatDay(stepMonths(day("2024-02-29"), 48))).toBe("2028-02-29");
    expect(formatDay(stepMonths(day("2024-03-31"), -1))).toBe("2024-02-29");
    expect(formatDay(addMonths(day("2000-02-29"), -1200))).toBe("1900-02-28");
  });
});

describe("shifting, centring and stepping", () => {
  it("shifts and centres keeping the width, inside the extent", () => {
    const w = win("2024-02-28", "2024-03-01");
    expect(show(shiftWindow(w, 1, extent))).toBe("2024-02-29..2024-03-02");
    expect(show(centreOn(win("2020-01-01", "2020-01-11"), day("2005-01-02"), extent))).toBe("2005-01-01..2005-01-11");
    expect(show(centreOn(win("2020-01-01", "2020-01-11"), day("2016-07-12"), extent))).toBe("2016-07-07..2016-07-17");
  });
  it("steps the whole window in window mode and only the end in cumulative mode", () => {
    const w = win("2020-01-01", "2020-03-31");
    expect(show(stepWindow(w, "window", 30, extent))).toBe("2020-01-31..2020-04-30");
    expect(show(stepWindow(w, "window", -30, extent))).toBe("2019-12-02..2020-03-01");
    expect(show(stepWindow(w, "cumulative", 30, extent))).toBe("2020-01-01..2020-04-30");
    expect(show(stepWindow(w, "cumulative", -365, extent))).toBe("2020-01-01..2020-01-01");
  });
});

describe("playback", () => {
  it("window mode moves both ends; cumulative mode keeps the start", () => {
    const w = win("2020-01-01", "2020-01-31");
    expect(show(playbackStep(w, "window", 7, extent, false).window)).toBe("2020-01-08..2020-02-07");
    expect(show(playbackStep(w, "cumulative", 7, extent, false).window)).toBe("2020-01-01..2020-02-07");
  });
  it("switching mode mid-playback continues from the same window", () => {
    let w = win("2020-01-01", "2020-01-31");
    w = playbackStep(w, "window", 10, extent, false).window;
    w = playbackStep(w, "cumulative", 10, extent, false).window;
    expect(show(w)).toBe("2020-01-11..2020-02-20");
    w = playbackStep(w, "window", 10, extent, false).window;
    expect(show(w)).toBe("2020-01-21..2020-03-01");
  });
  it("stops at the end, or with loop starts over", () => {
    const w = win("2026-11-01", "2026-11-25");
    const last = playbackStep(w, "window", 7, extent, false);
    expect(show(last.window)).toBe("2026-11-05..2026-11-29");
    expect(last.finished).toBe(false);
    expect(playbackStep(last.window, "window", 7, extent, false).finished).toBe(true);
    const looped = playbackStep(last.window, "window", 7, extent, true);
    expect(looped.finished).toBe(false);
    expect(show(looped.window)).toBe("2005-01-01..2005-01-25");
    const cumulative = playbackStep(win("2010-01-01", "2026-11-29"), "cumulative", 7, extent, true);
    expect(show(cumulative.window)).toBe("2010-01-01..2010-01-08");
  });
  it("rewinds before playing when the end is already at the extent's end", () => {
    expect(show(playbackStart(extent, "window", extent))).toBe("2005-01-01..2005-12-31");
    expect(show(playbackStart(win("2026-10-01", "2026-11-29"), "window", extent))).toBe("2005-01-01..2005-03-01");
    expect(show(playbackStart(win("2015-01-01", "2026-11-29"), "cumulative", extent))).toBe("2015-01-01..2015-01-01");
    const mid = win("2015-01-01", "2016-01-01");
    expect(playbackStart(mid, "window", extent)).toBe(mid);
  });
});

describe("overlap", () => {
  const w = win("2020-03-01", "2020-03-31");
  const span = (from: string, to: string) => ({ startDay: day(from), endDay: day(to) });
  it("counts an event touching either end of the window, inclusive by day", () => {
    expect(overlaps(span("2020-02-01", "2020-03-01"), w)).toBe(true);
    expect(overlaps(span("2020-03-31", "2020-04-10"), w)).toBe(true);
    expect(overlaps(span("2020-03-10", "2020-03-10"), w)).toBe(true);
    expect(overlaps(span("2020-01-01", "2020-12-31"), w)).toBe(true);
  });
  it("leaves out an event that ends the day before or starts the day after", () => {
    expect(overlaps(span("2020-02-01", "2020-02-29"), w)).toBe(false);
    expect(overlaps(span("2020-04-01", "2020-04-02"), w)).toBe(false);
  });
  it("says the same of two windows, whichever comes first", () => {
    for (const [a, b, meet] of [
      [w, win("2020-03-31", "2020-05-01"), true],
      [w, win("2020-04-01", "2020-05-01"), false],
      [w, win("2019-01-01", "2021-01-01"), true],
    ] as const) {
      expect(windowsOverlap(a, b)).toBe(meet);
      expect(windowsOverlap(b, a)).toBe(meet);
      expect(overlaps({ startDay: b.from, endDay: b.to }, a)).toBe(meet);
    }
  });
});
