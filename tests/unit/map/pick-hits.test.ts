import { describe, expect, it } from "vitest";
import { pickHits, toMapHit, type MapHit } from "@/lib/map/pick-hits";

const hit = (id: string, shape: string, startDay = 0): MapHit => ({ id, name: id, shape, startDay });

describe("pickHits", () => {
  it("offers each event at a stacked site once, oldest first", () => {
    const hits = [
      hit("pm-2018", "point", 300),
      hit("pm-2007", "point", 100),
      hit("pm-2013", "point", 200),
      hit("pm-2013", "point", 200),
    ];
    expect(pickHits(hits).map((h) => h.id)).toEqual(["pm-2007", "pm-2013", "pm-2018"]);
  });

  it("prefers a marker over a route over an area under the pointer", () => {
    expect(pickHits([hit("sea", "area"), hit("patrol", "route"), hit("base", "point")]).map((h) => h.id)).toEqual([
      "base",
    ]);
    expect(pickHits([hit("sea", "area"), hit("patrol", "route"), hit("patrol", "route")]).map((h) => h.id)).toEqual([
      "patrol",
    ]);
    expect(pickHits([hit("a", "area"), hit("b", "area")]).map((h) => h.id)).toEqual(["a", "b"]);
  });

  it("ignores labels and nothing", () => {
    expect(pickHits([hit("x", "label")])).toEqual([]);
    expect(pickHits([])).toEqual([]);
  });

  it("reads a rendered feature's properties defensively", () => {
    expect(toMapHit({ id: "a", name: "A", shape: "point", startDay: 3 })).toEqual({
      id: "a",
      name: "A",
      shape: "point",
      startDay: 3,
    });
    expect(toMapHit({ name: "A" })).toBeNull();
    expect(toMapHit(null)).toBeNull();
  });
});
