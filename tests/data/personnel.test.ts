/**
 * The Summary's personnel on the real bundled data: it never counts an umbrella exercise and
 * one of its components twice, and the China–Russia side uses the joint contingent of a
 * host's strategic exercise wherever one is recorded, never the host's total — for the
 * whole range and for random windows.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { loadDataset } from "@/lib/data/load-dataset";
import { comparedPersonnel } from "@/lib/stats/compared-personnel";
import { summarise } from "@/lib/stats/summary";

const events = loadDataset(join(fileURLToPath(new URL("../../", import.meta.url)), "geodata")).events;
const byId = new Map(events.map((e) => [e.id, e]));

function ancestors(e: AtlasEvent): string[] {
  const out: string[] = [];
  let p = e.parent;
  while (p !== null && !out.includes(p)) {
    out.push(p);
    p = byId.get(p)?.parent ?? null;
  }
  return out;
}

function checkWindow(visible: AtlasEvent[]) {
  const s = summarise(visible);
  for (const side of ["nato", "cn-ru"] as const) {
    const counted = s[side].personnel.events;
    const countedIds = new Set(counted.map((e) => e.id));
    // No counted event has a counted ancestor: an umbrella and its parts are never both in the sum.
    for (const e of counted)
      for (const a of ancestors(e)) expect(countedIds.has(a), `${e.id} and its umbrella ${a}`).toBe(false);
    // The sum is exactly the compared figures of the counted events.
    expect(s[side].personnel.total).toBe(counted.reduce((n, e) => n + (comparedPersonnel(e) ?? NaN), 0));
    // Every visible event with a figure is counted, or stands under a counted umbrella.
    for (const e of s[side].events) {
      if (comparedPersonnel(e) === null) continue;
      expect(countedIds.has(e.id) || ancestors(e).some((a) => countedIds.has(a)), e.id).toBe(true);
    }
  }
  return s;
}

describe("Summary personnel on the bundled data", () => {
  it("records host strategic exercises as such, and the data holds at least one with its joint contingent", () => {
    const hosts = events.filter((e) => e.personnelScope === "host-exercise");
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.some((e) => e.jointPersonnel != null)).toBe(true);
    // Russia's strategic exercises with a PLA contingent are host exercises, whatever their edition.
    for (const e of events) {
      if (e.bloc === "cn-ru" && /^(Vostok|Tsentr|Kavkaz|Ocean)$/.test(e.series ?? ""))
        expect(e.personnelScope, e.id).toBe("host-exercise");
    }
  });

  it("uses the joint contingent, not the host's total, over the whole range", () => {
    const s = checkWindow(events);
    const cnru = s["cn-ru"];
    for (const e of cnru.personnel.hostExercises) {
      expect(cnru.personnel.events.includes(e)).toBe(
        e.jointPersonnel != null && !ancestors(e).some((a) => cnru.personnel.events.some((c) => c.id === a)),
      );
      if (e.jointPersonnel != null && e.personnel !== null) expect(e.jointPersonnel).toBeLessThanOrEqual(e.personnel);
    }
    const hostTotals = cnru.personnel.hostExercises.reduce((n, e) => n + (e.personnel ?? 0), 0);
    const jointParts = cnru.personnel.hostExercises.reduce((n, e) => n + (e.jointPersonnel ?? 0), 0);
    expect(cnru.personnel.total).toBeLessThan(cnru.personnel.total - jointParts + hostTotals);
  });

  it("holds for random windows", () => {
    const first = Math.min(...events.map((e) => e.startDay));
    const last = Math.max(...events.map((e) => e.endDay));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 4000 }), (from, span) => {
        const to = from + span;
        checkWindow(events.filter((e) => e.endDay >= from && e.startDay <= to));
      }),
      { numRuns: 200 },
    );
  });
});
