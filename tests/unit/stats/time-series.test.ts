import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/domain/days";
import { periodsOf, total } from "@/lib/stats/time-series";
import { laneRows } from "@/lib/stats/lanes";
import { ev } from "./fixtures";

const day = (s: string) => parseDay(s)!;

describe("periods", () => {
  const events = [
    ev({ id: "early", start: "2015-12-20", end: "2016-01-05" }),
    ev({ id: "a", start: "2016-02-10", end: "2016-02-12" }),
    ev({ id: "b", bloc: "cn-ru", kind: "air-patrol", start: "2016-02-28", end: "2016-03-02" }),
    ev({ id: "c", bloc: "cn-ru", start: "2016-11-30", end: "2016-12-01" }),
  ];
  const win = { from: day("2016-01-01"), to: day("2016-12-31") };

  it("cuts the window into months, quarters and years and counts each event once by start", () => {
    const months = periodsOf(events, win, "month");
    expect(months).toHaveLength(12);
    expect(months[0]?.label).toBe("Jan 2016");
    expect(months[0]?.counts.nato.exercise).toBe(1); // began before the window
    expect(months[1]?.counts.nato.exercise).toBe(1);
    expect(months[1]?.counts["cn-ru"]["air-patrol"]).toBe(1);
    expect(months[10]?.counts["cn-ru"].exercise).toBe(1);
    const quarters = periodsOf(events, win, "quarter");
    expect(quarters.map((q) => q.label)).toEqual(["2016 Q1", "2016 Q2", "2016 Q3", "2016 Q4"]);
    expect(total(quarters[0]!.counts.nato) + total(quarters[0]!.counts["cn-ru"])).toBe(3);
    const years = periodsOf(events, win, "year");
    expect(years).toHaveLength(1);
    expect(years[0]?.events).toHaveLength(4);
  });

  it("aligns a mid-quarter window to calendar periods", () => {
    const q = periodsOf([], { from: day("2016-02-15"), to: day("2016-07-01") }, "quarter");
    expect(q.map((p) => p.label)).toEqual(["2016 Q1", "2016 Q2", "2016 Q3"]);
    expect(q[0]?.from).toBe(day("2016-01-01"));
    expect(q[0]?.to).toBe(day("2016-03-31"));
  });
});

describe("lane rows", () => {
  it("nests components under their umbrella, in start order", () => {
    const rows = laneRows([
      ev({ id: "sd", start: "2024-01-24" }),
      ev({ id: "other", start: "2024-02-01" }),
      ev({ id: "part", parent: "sd", start: "2024-02-14" }),
      ev({ id: "sub", parent: "part", start: "2024-04-09" }),
      ev({ id: "orphan", parent: "gone", start: "2024-05-01" }),
    ]);
    expect(rows.map((r) => [r.event.id, r.depth, r.isUmbrella])).toEqual([
      ["sd", 0, true],
      ["part", 1, true],
      ["sub", 2, false],
      ["other", 0, false],
      ["orphan", 0, false],
    ]);
  });

  it("keeps events caught in a parent cycle", () => {
    const rows = laneRows([ev({ id: "x", parent: "y" }), ev({ id: "y", parent: "x" })]);
    expect(rows.map((r) => r.event.id).sort()).toEqual(["x", "y"]);
  });
});

describe("facets", async () => {
  const { facetsOf } = await import("@/lib/stats/facets");
  it("lists every participant, domain and kind with its count, most frequent first", () => {
    const f = facetsOf([
      ev({ id: "a", participants: ["PL", "US"], domains: ["land"] }),
      ev({ id: "b", participants: ["US"], domains: ["air", "land"], kind: "command-post" }),
    ]);
    expect(f.participants).toEqual([
      { value: "US", count: 2 },
      { value: "PL", count: 1 },
    ]);
    expect(f.domains).toEqual([
      { value: "land", count: 2 },
      { value: "air", count: 1 },
    ]);
    expect(f.kinds).toEqual([
      { value: "command-post", count: 1 },
      { value: "exercise", count: 1 },
    ]);
  });
});
