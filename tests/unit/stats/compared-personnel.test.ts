import { describe, expect, it } from "vitest";
import { comparedPersonnel, comparedPersonnelBasis } from "@/lib/stats/compared-personnel";
import { personnelLines } from "@/lib/stats/personnel-text";
import { summariseSide } from "@/lib/stats/summary";
import { checkLargestExercise } from "@/lib/claims/largest-exercise";
import { ev } from "./fixtures";

const ids = (list: { id: string }[]) => list.map((e) => e.id);
const host = (id: string, personnel: number | null, jointPersonnel: number | null, extra = {}) =>
  ev({
    id,
    bloc: "cn-ru",
    participants: ["RU", "CN"],
    personnel,
    personnelScope: "host-exercise",
    jointPersonnel,
    ...extra,
  });

describe("personnel that compares like with like", () => {
  it("uses the joint part of a host exercise, never the host's whole-exercise total", () => {
    expect(comparedPersonnel(host("v", 300_000, 3_200))).toBe(3_200);
    expect(comparedPersonnelBasis(host("v", 300_000, 3_200))).toBe("joint part");
    expect(comparedPersonnel(host("t", 128_000, null))).toBeNull();
    expect(comparedPersonnelBasis(host("t", 128_000, null))).toBe("none");
    expect(comparedPersonnel(ev({ id: "p", personnel: 10_000 }))).toBe(10_000);
    expect(comparedPersonnelBasis(ev({ id: "p", personnel: 10_000 }))).toBe("event total");
  });

  it("sums joint parts in the Summary, lists host exercises, and counts a host exercise without a joint figure as missing", () => {
    const s = summariseSide("cn-ru", [
      host("vostok", 300_000, 3_200, { start: "2018-09-11", end: "2018-09-17" }),
      host("tsentr", 128_000, null),
      ev({ id: "peace", bloc: "cn-ru", personnel: 10_000, start: "2005-08-18", end: "2005-08-25" }),
    ]);
    expect(s.personnel.total).toBe(13_200);
    expect(ids(s.personnel.hostExercises)).toEqual(["vostok", "tsentr"]);
    expect(ids(s.personnel.missing)).toEqual(["tsentr"]);
    expect(s.personnelDays.total).toBe(3_200 * 7 + 10_000 * 8);
    // The largest is ranked by the compared figure: 10,000 beats Vostok's joint 3,200.
    expect(s.largest?.id).toBe("peace");
  });

  it("never counts an umbrella and its components twice, whichever figure each uses", () => {
    const s = summariseSide("cn-ru", [
      host("umbrella", 300_000, 5_000),
      ev({ id: "part", bloc: "cn-ru", parent: "umbrella", personnel: 3_000 }),
    ]);
    expect(s.personnel.total).toBe(5_000);
    expect(ids(s.personnel.inUmbrella)).toEqual(["part"]);
    // When the umbrella has no joint figure, its component is what there is to count.
    const t = summariseSide("cn-ru", [
      host("umbrella", 300_000, null),
      ev({ id: "part", bloc: "cn-ru", parent: "umbrella", personnel: 3_000 }),
    ]);
    expect(t.personnel.total).toBe(3_000);
  });

  it("ranks the claim's China–Russia rivals by the joint part and names the host's total", () => {
    const sd = ev({ id: "steadfast-defender-2024", personnel: 90_000, start: "2024-01-24", end: "2024-05-31" });
    const ocean = host("ocean-2024", 90_000, 400, { name: "Ocean-2024", start: "2024-09-10", end: "2024-09-16" });
    const joint = ev({
      id: "joint",
      name: "Joint drill",
      bloc: "cn-ru",
      personnel: 2_000,
      start: "2024-07-01",
      end: "2024-07-02",
    });
    const c = checkLargestExercise([sd, ocean, joint]);
    expect(ids(c.rivals)).toEqual(["joint", "ocean-2024"]);
    expect(c.finding).toContain("Joint drill with 2,000");
    const only = checkLargestExercise([sd, ocean]);
    expect(only.finding).toContain(
      "Ocean-2024 with 400 in the joint part (the host reported 90,000 for its whole exercise)",
    );
  });

  it("writes both figures, the range and each contingent with its sources for the details", () => {
    const e = host("v", 300_000, 3_200, {
      sources: [
        { title: "a", publisher: "TASS", date: null, url: "https://a.example/" },
        { title: "b", publisher: "Xinhua", date: null, url: "https://b.example/" },
      ],
      personnelRange: {
        min: 50_000,
        max: 300_000,
        note: "analysts' estimates",
        sources: ["https://a.example/", "https://b.example/"],
      },
      contingents: [
        {
          participant: "CN",
          personnel: 3_200,
          personnelMax: 3_500,
          note: null,
          sources: ["https://b.example/", "https://a.example/"],
        },
      ],
    });
    const lines = personnelLines(e);
    expect(lines.total).toBe("300,000 (the host's whole exercise, not only the joint drill)");
    expect(lines.joint).toBe("3,200 in the joint part (the figure comparisons use)");
    expect(lines.range).toBe("sources range from 50,000 to 300,000: analysts' estimates (TASS; Xinhua)");
    expect(lines.contingents).toEqual(["China: 3,200–3,500 — Xinhua; TASS"]);
    expect(personnelLines(ev({ id: "x", personnel: null }))).toEqual({
      total: "not reported",
      joint: null,
      range: null,
      contingents: [],
    });
  });
});

describe("the largest-exercise claim without a comparable China–Russia figure", () => {
  it("names the host totals it cannot compare instead of saying there is no figure", () => {
    const sd = ev({ id: "steadfast-defender-2024", personnel: 90_000, start: "2024-01-24", end: "2024-05-31" });
    const ocean = ev({
      id: "ocean-2024",
      name: "Ocean-2024",
      bloc: "cn-ru",
      participants: ["RU", "CN"],
      personnel: 90_000,
      personnelScope: "host-exercise",
      jointPersonnel: null,
      start: "2024-09-10",
      end: "2024-09-16",
    });
    const c = checkLargestExercise([sd, ocean]);
    expect(c.rivals).toEqual([]);
    expect(c.finding).toContain(
      "No China–Russia event of 2023–2025 with a personnel figure for its joint part is in view: Ocean-2024 (90,000) reports only the host's whole-exercise total",
    );
    expect(checkLargestExercise([sd]).finding).toContain(
      "No China–Russia event of 2023–2025 with a personnel figure is in view.",
    );
  });
});
