import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/domain/days";
import type { ContextEvent } from "@/lib/domain/context-event";
import { checkScoPartners, involvesScoOrNeighbour } from "@/lib/claims/sco-partners";
import { checkLargestExercise, isRussianStrategic } from "@/lib/claims/largest-exercise";
import { chanceShare, checkPatrolTiming, gapDays } from "@/lib/claims/patrol-timing";
import { checkClaims } from "@/lib/claims";
import { ev } from "../stats/fixtures";

const day = (s: string) => parseDay(s)!;

function ctx(id: string, start: string, end = start): ContextEvent {
  return {
    id,
    name: id,
    kind: "context",
    category: "summit",
    start,
    end,
    datePrecision: "day",
    locationPrecision: null,
    description: "d",
    sources: [],
    notes: null,
    startDay: day(start),
    endDay: day(end),
    coordinates: null,
  };
}

describe("claim 1: SCO members or neighbours", () => {
  const cnru = (id: string, participants: string[], kind: "exercise" | "air-patrol" = "exercise") =>
    ev({ id, bloc: "cn-ru", kind, participants });

  it("counts exercises with a third participant from the SCO or a neighbour, and says when that is not a majority", () => {
    const r = checkScoPartners([
      cnru("bilateral", ["CN", "RU"]),
      cnru("with-iran", ["CN", "RU", "IR"]),
      cnru("with-south-africa", ["CN", "RU", "ZA"]),
      cnru("with-mongolia", ["RU", "CN", "MN"]),
      cnru("patrol", ["CN", "RU", "KZ"], "air-patrol"), // not an exercise
      ev({ id: "nato", participants: ["PL", "LT"] }), // not China–Russia
    ]);
    expect(r.total).toBe(4);
    expect(r.matching.map((e) => e.id)).toEqual(["with-iran", "with-mongolia"]);
    expect(r.value).toBe("2 of 4 (50 %)");
    expect(r.verdict).toBe("not-supported"); // exactly half is not "more than half"
    expect(r.method).toMatch(/Iran/);
    expect(r.method).toMatch(/Mongolia/);
  });

  it("supports the claim when more than half qualify, and has no data without exercises", () => {
    expect(
      checkScoPartners([cnru("a", ["CN", "RU", "KZ"]), cnru("b", ["CN", "RU", "BY"]), cnru("c", ["CN", "RU"])]).verdict,
    ).toBe("supported");
    expect(checkScoPartners([]).verdict).toBe("no-data");
    expect(involvesScoOrNeighbour({ participants: ["CN", "RU"] })).toBe(false);
  });
});

describe("claim 2: Steadfast Defender 2024", () => {
  const sd = ev({ id: "steadfast-defender-2024", personnel: 90_000, start: "2024-01-24", end: "2024-05-31" });
  const part = ev({ id: "dragon-24", parent: "steadfast-defender-2024", personnel: 20_000, start: "2024-02-25" });
  const ocean = ev({
    id: "ocean-2024",
    name: "Ocean-2024",
    bloc: "cn-ru",
    personnel: 90_000,
    personnelScope: "host-exercise",
    jointPersonnel: 400,
    participants: ["RU", "CN"],
    start: "2024-09-10",
  });
  const vostok = ev({
    id: "vostok-2022",
    name: "Vostok-2022",
    bloc: "cn-ru",
    personnel: 50_000,
    participants: ["RU", "CN"],
    start: "2022-08-31",
  });
  const trident = ev({ id: "trident-juncture-2018", personnel: 50_000, start: "2018-10-25" });

  it("compares with other NATO events and with China–Russia events of 2023–2025", () => {
    const r = checkLargestExercise([trident, vostok, sd, part, ocean]);
    expect(r.value).toBe("90,000 personnel");
    expect(r.verdict).toBe("supported");
    expect(r.largerNato).toEqual([]);
    expect(r.rivals.map((e) => e.id)).toEqual(["ocean-2024"]); // Vostok 2022 is outside 2023–2025
    // Ranked and written by the joint part, with the host's whole-exercise total beside it.
    expect(r.finding).toMatch(
      /Ocean-2024 with 400 in the joint part \(the host reported 90,000 for its whole exercise\)/,
    );
    expect(isRussianStrategic(ocean)).toBe(true);
  });

  it("does not support the claim when a larger NATO event is in view", () => {
    const bigger = ev({ id: "bigger", personnel: 100_000 });
    const r = checkLargestExercise([sd, bigger]);
    expect(r.verdict).toBe("not-supported");
    expect(r.largerNato.map((e) => e.id)).toEqual(["bigger"]);
  });

  it("says so when Steadfast Defender is not in the window", () => {
    expect(checkLargestExercise([trident]).verdict).toBe("no-data");
  });
});

describe("claim 3: patrols near context events", () => {
  const quad = ctx("quad-summit-tokyo-2022", "2022-05-24");
  const patrol = (id: string, start: string, end = start) => ev({ id, bloc: "cn-ru", kind: "air-patrol", start, end });

  it("measures the gap between date ranges", () => {
    expect(gapDays({ startDay: 10, endDay: 12 }, { startDay: 12, endDay: 12 })).toBe(0);
    expect(gapDays({ startDay: 10, endDay: 12 }, { startDay: 19, endDay: 20 })).toBe(7);
    expect(gapDays({ startDay: 19, endDay: 20 }, { startDay: 10, endDay: 12 })).toBe(7);
  });

  it("finds patrols within ±7 days and compares with chance", () => {
    const win = { from: day("2022-01-01"), to: day("2022-12-31") };
    const r = checkPatrolTiming(
      [
        patrol("same-day", "2022-05-24"),
        patrol("week-later", "2022-05-31"),
        patrol("far", "2022-11-30"),
        ev({ id: "naval", bloc: "cn-ru", kind: "naval-patrol", start: "2022-05-24" }),
      ],
      [quad],
      win,
    );
    expect(r.patrols).toHaveLength(3);
    expect(r.matches.map((m) => [m.patrol.id, m.gap])).toEqual([
      ["same-day", 0],
      ["week-later", 7],
    ]);
    expect(r.value).toBe("2 of 3 (67 %)");
    // 15 days of 365 lie within ±7 days of the summit.
    expect(r.chance).toBeCloseTo(15 / 365, 5);
    expect(r.verdict).toBe("supported");
    expect(r.finding).toMatch(/2022-05-24 during quad-summit-tokyo-2022/);
  });

  it("does not support the claim when no patrol is near a context event", () => {
    const r = checkPatrolTiming([patrol("far", "2022-11-30")], [quad], {
      from: day("2022-01-01"),
      to: day("2022-12-31"),
    });
    expect(r.verdict).toBe("not-supported");
    expect(r.events).toEqual([]);
  });

  it("counts overlapping context ranges once for the chance share", () => {
    const w = { from: 0, to: 99 };
    expect(
      chanceShare(
        [
          { startDay: 10, endDay: 10 },
          { startDay: 12, endDay: 12 },
        ],
        w,
        2,
      ),
    ).toBeCloseTo(7 / 100);
    expect(chanceShare([{ startDay: 0, endDay: 0 }], w, 5)).toBeCloseTo(6 / 100);
  });

  it("checks all three claims together", () => {
    const all = checkClaims([patrol("p", "2022-05-24")], [quad], { from: day("2022-01-01"), to: day("2022-12-31") });
    expect(all.map((c) => c.id)).toEqual(["sco-partners", "largest-exercise", "patrol-timing"]);
  });
});
