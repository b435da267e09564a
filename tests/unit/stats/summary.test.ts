import { describe, expect, it } from "vitest";
import { summarise, summariseSide, durationDays } from "@/lib/stats/summary";
import { unionAreaKm2 } from "@/lib/stats/drill-area";
import { ev, route, square } from "./fixtures";

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("summary", () => {
  it("sums reported personnel and counts missing figures apart, never as zero", () => {
    const s = summariseSide("nato", [
      ev({ id: "a", personnel: 1000, start: "2020-01-01", end: "2020-01-10" }),
      ev({ id: "b", personnel: null }),
      ev({ id: "c", personnel: 500, start: "2020-02-01", end: "2020-02-01" }),
      ev({ id: "d", personnel: null }),
    ]);
    expect(s.events).toHaveLength(4);
    expect(s.personnel.total).toBe(1500);
    expect(ids(s.personnel.events)).toEqual(["a", "c"]);
    expect(ids(s.personnel.missing)).toEqual(["b", "d"]);
    // 1000 × 10 days + 500 × 1 day
    expect(s.personnelDays.total).toBe(10_500);
    expect(s.largest?.id).toBe("a");
  });

  it("does not add a component's figure again when its umbrella has one", () => {
    const s = summariseSide("nato", [
      ev({ id: "umbrella", personnel: 90_000 }),
      ev({ id: "part", parent: "umbrella", personnel: 20_000 }),
      ev({ id: "sub", parent: "part", personnel: 5_000 }),
      ev({ id: "orphan", parent: "not-visible", personnel: 3_000 }),
    ]);
    expect(s.personnel.total).toBe(93_000);
    expect(ids(s.personnel.inUmbrella)).toEqual(["part", "sub"]);
    expect(s.largest?.id).toBe("umbrella");
  });

  it("counts a component when its umbrella reports no figure", () => {
    const s = summariseSide("nato", [ev({ id: "u", personnel: null }), ev({ id: "p", parent: "u", personnel: 6_000 })]);
    expect(s.personnel.total).toBe(6_000);
    expect(ids(s.personnel.missing)).toEqual(["u"]);
  });

  it("has no largest event and zero totals when no figure is reported", () => {
    const s = summariseSide("cn-ru", [ev({ id: "x", bloc: "cn-ru" })]);
    expect(s.largest).toBeNull();
    expect(s.personnel.total).toBe(0);
    expect(s.personnel.missing).toHaveLength(1);
  });

  it("counts distinct participating countries", () => {
    const s = summariseSide("cn-ru", [
      ev({ id: "a", bloc: "cn-ru", participants: ["CN", "RU"] }),
      ev({ id: "b", bloc: "cn-ru", participants: ["RU", "CN", "IR"] }),
    ]);
    expect(s.countries).toEqual(["CN", "IR", "RU"]);
  });

  it("sums patrol distance, taking the short way across the antimeridian", () => {
    // 178°E → 178°W along the equator is 4° of arc, about 445 km, not 356°.
    const s = summariseSide("cn-ru", [
      ev({ id: "r", bloc: "cn-ru", kind: "air-patrol" }, route([178, 0], [-178, 0])),
      ev({ id: "q", bloc: "cn-ru", kind: "air-patrol" }, route([0, 0], [1, 0])),
    ]);
    expect(s.patrolKm.total).toBeGreaterThan(444 + 110);
    expect(s.patrolKm.total).toBeLessThan(446 + 112);
    expect(ids(s.patrolKm.events)).toEqual(["r", "q"]);
  });

  it("splits events by side, imported apart, and memoises on the array", () => {
    const events = [
      ev({ id: "n" }),
      ev({ id: "c", bloc: "cn-ru" }),
      ev({ id: "i", bloc: "cn-ru" }, undefined, "imported"),
    ];
    const s = summarise(events);
    expect(ids(s.nato.events)).toEqual(["n"]);
    expect(ids(s["cn-ru"].events)).toEqual(["c"]);
    expect(ids(s.imported.events)).toEqual(["i"]);
    expect(summarise(events)).toBe(s);
  });

  it("counts days inclusively", () => {
    expect(durationDays({ startDay: 10, endDay: 10 })).toBe(1);
    expect(durationDays({ startDay: 10, endDay: 19 })).toBe(10);
  });
});

describe("drill area", () => {
  it("counts overlapping areas once", () => {
    const one = ev({ id: "a" }, square(20, 0, 1));
    const same = ev({ id: "b" }, square(20, 0, 1));
    const half = ev({ id: "c" }, square(20.5, 0, 1));
    const a = one.areaKm2!;
    expect(unionAreaKm2([one])).toBeCloseTo(a, 0);
    expect(unionAreaKm2([one, same])).toBeCloseTo(a, 0);
    // Two unit squares overlapping by half: 1.5 squares (at the equator, near-equal areas).
    expect(unionAreaKm2([one, half]) / a).toBeCloseTo(1.5, 2);
  });

  it("adds disjoint areas and ignores events without a polygon", () => {
    const a = ev({ id: "a" }, square(10, 0, 1));
    const b = ev({ id: "b" }, square(30, 0, 1));
    const p = ev({ id: "p" });
    expect(unionAreaKm2([a, b, p])).toBeCloseTo(a.areaKm2! + b.areaKm2!, 0);
    expect(unionAreaKm2([p])).toBe(0);
    expect(unionAreaKm2([])).toBe(0);
  });
});

describe("overlap groups", async () => {
  const { overlapGroups } = await import("@/lib/stats/drill-area");
  it("groups boxes that overlap directly or through a chain, and leaves the rest alone", () => {
    const box = (id: string, w: number, s: number, e: number, n: number) => ({
      id,
      bbox: [w, s, e, n] as [number, number, number, number],
    });
    const groups = overlapGroups([
      box("a", 0, 0, 2, 2),
      box("far", 10, 10, 11, 11),
      box("b", 1, 1, 3, 3),
      box("c", 2.5, 2.5, 4, 4),
      box("south", 0, -5, 4, -4),
    ]);
    const ids = groups
      .map((g) =>
        g
          .map((x) => x.id)
          .sort()
          .join(),
      )
      .sort();
    expect(ids).toEqual(["a,b,c", "far", "south"]);
  });

  it("gives the same area as one union over a chain of overlaps plus a disjoint square", () => {
    const a = ev({ id: "a" }, square(0, 0, 1));
    const b = ev({ id: "b" }, square(0.5, 0, 1));
    const c = ev({ id: "c" }, square(1.25, 0, 1));
    const d = ev({ id: "d" }, square(40, 0, 1));
    // a∪b∪c spans 0–2.25° of longitude: 2.25 squares; d adds one more.
    expect(unionAreaKm2([a, b, c, d]) / a.areaKm2!).toBeCloseTo(3.25, 2);
  });
});
