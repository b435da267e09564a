import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { holdCounts, holdPaintForNextLoad, holdPaintWhileLoading, paintNextFrame } from "@/lib/map/hold-paint";

/** A stand-in for the parts of a MapLibre map the hold reads: its painter and its state. */
function fakeMap() {
  const painted: unknown[][] = [];
  const map = {
    isLoaded: false,
    moving: false,
    _placementDirty: false,
    repaints: 0,
    painter: { render: (...args: unknown[]) => painted.push(args) },
    loaded() {
      return this.isLoaded;
    },
    isMoving() {
      return this.moving;
    },
    triggerRepaint() {
      this.repaints++;
    },
  };
  return { map, painted };
}

describe("holding MapLibre's painting while the map loads", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    clock = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("skips frames while loading and paints the first frame once everything has loaded", () => {
    const { map, painted } = fakeMap();
    expect(holdPaintWhileLoading(map, { now, maxHoldMs: 1000 })).toBe(true);
    map.painter.render("a");
    clock = 100;
    map.painter.render("b");
    expect(painted).toEqual([]);
    map.isLoaded = true;
    clock = 200;
    map.painter.render("c");
    expect(painted).toEqual([["c"]]);
    expect(holdCounts(map)).toEqual({ held: 2, painted: 1 });
  });

  it("holds a loaded frame whose symbols are still being placed", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    map.isLoaded = true;
    map._placementDirty = true;
    map.painter.render(1);
    expect(painted).toEqual([]);
    map._placementDirty = false;
    map.painter.render(2);
    expect(painted).toEqual([[2]]);
  });

  it("never holds while the map moves, nor a frame asked for with paintNextFrame", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    map.moving = true;
    map.painter.render("drag");
    map.moving = false;
    map.painter.render("held");
    paintNextFrame(map);
    map.painter.render("export");
    map.painter.render("held again");
    expect(painted).toEqual([["drag"], ["export"]]);
  });

  it("paints at least once per maxHoldMs, and asks for that frame itself if no tile arrives", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    clock = 300;
    map.painter.render("held");
    expect(map.repaints).toBe(0);
    // The one frame at the cap, asked for 700 ms later (1000 after the last paint).
    vi.advanceTimersByTime(699);
    expect(map.repaints).toBe(0);
    vi.advanceTimersByTime(1);
    expect(map.repaints).toBe(1);
    clock = 1000;
    map.painter.render("at the cap");
    expect(painted).toEqual([["at the cap"]]);
    // A frame held later sets one timer, however many frames it holds.
    clock = 1100;
    map.painter.render("held");
    map.painter.render("held");
    vi.advanceTimersByTime(1000);
    expect(map.repaints).toBe(2);
  });

  it("after the first view, a load nobody asked to hold (a filter re-tiling) paints as it comes", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    map.painter.render("held");
    map.isLoaded = true;
    map.painter.render("first view");
    map.isLoaded = false;
    clock = 50;
    map.painter.render("labels re-tiling");
    expect(painted).toEqual([["first view"], ["labels re-tiling"]]);
  });

  it("holdPaintForNextLoad holds the next load (new event data) until it has been drawn", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    map.isLoaded = true;
    map.painter.render("first view");
    clock = 5000;
    holdPaintForNextLoad(map, now);
    // The data may reach the sources after the call: a frame before that paints as usual.
    map.painter.render("before the data");
    map.isLoaded = false;
    clock = 5100;
    map.painter.render("tiling");
    clock = 5200;
    map.painter.render("tiling");
    map.isLoaded = true;
    clock = 5300;
    map.painter.render("the new data");
    map.isLoaded = false;
    map.painter.render("a filter afterwards");
    expect(painted).toEqual([["first view"], ["before the data"], ["the new data"], ["a filter afterwards"]]);
  });

  it("an armed hold that sees no load within maxHoldMs lets go", () => {
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now, maxHoldMs: 1000 });
    map.isLoaded = true;
    map.painter.render("first view");
    holdPaintForNextLoad(map, now);
    clock = 1000;
    map.painter.render("nothing came");
    map.isLoaded = false;
    map.painter.render("a later filter");
    expect(painted).toEqual([["first view"], ["nothing came"], ["a later filter"]]);
  });

  it("leaves a map without a painter alone, and installs only once", () => {
    const bare = { loaded: () => false, isMoving: () => false, triggerRepaint: () => {} };
    expect(holdPaintWhileLoading(bare)).toBe(false);
    expect(holdCounts(bare)).toBeNull();
    const { map, painted } = fakeMap();
    holdPaintWhileLoading(map, { now });
    const wrapped = map.painter.render;
    expect(holdPaintWhileLoading(map, { now })).toBe(true);
    expect(map.painter.render).toBe(wrapped);
    map.isLoaded = true;
    map.painter.render("x");
    expect(painted).toEqual([["x"]]);
  });
});
