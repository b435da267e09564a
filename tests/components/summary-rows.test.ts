/**
 * The Summary table's rows show the aggregate figures and promise, in each button's label,
 * as many events as the list they open: on the bundled data, for windows with and without
 * umbrella components, host exercises, missing figures and patrols, every row and side shows
 * the same text from the aggregates as from the linear summary, and `count` is the length of
 * `events`.
 */
import { describe, expect, it } from "vitest";
import { SUMMARY_ROWS } from "@/components/panels/summary-rows";
import { loadDataset } from "@/lib/data/load-dataset";
import { parseDay } from "@/lib/domain/days";
import { LAYER_IDS } from "@/lib/domain/layers";
import type { VisibilityCriteria } from "@/lib/domain/visibility";
import { SIDES } from "@/lib/stats/sides";
import { summarise } from "@/lib/stats/summary";
import { figuresOf } from "@/lib/stats/summary-figures";
import { periodAggregatesOf, visibleEvents } from "@/lib/store/selectors";

const events = loadDataset().events;

function criteria(from: string, to: string): VisibilityCriteria {
  return {
    window: { from: parseDay(from)!, to: parseDay(to)! },
    layers: new Set(LAYER_IDS),
    participants: new Set(),
    domains: new Set(),
    kinds: new Set(),
    search: "",
  };
}

describe("Summary rows", () => {
  it("show the aggregate figures as the linear summary would, and count the events they list", () => {
    const kinds = new Set<string>();
    for (const [from, to] of [
      ["2005-01-01", "2026-12-31"],
      ["2024-01-01", "2024-06-30"],
      ["2018-07-01", "2018-10-31"],
      ["2013-01-01", "2013-01-31"],
    ] as const) {
      const c = criteria(from, to);
      const summary = summarise(visibleEvents(events, c));
      const linear = figuresOf(summary);
      const aggregate = periodAggregatesOf(events).figures(c);
      for (const side of SIDES) {
        for (const row of SUMMARY_ROWS) {
          expect(row.value(aggregate[side], 1234), `${row.key} ${side} ${from}`).toBe(row.value(linear[side], 1234));
          expect(row.note?.(aggregate[side]), `${row.key} ${side} ${from}`).toBe(row.note?.(linear[side]));
          expect(row.count(aggregate[side]), `${row.key} ${side} ${from}`).toBe(row.events(summary[side]).length);
          if (row.count(aggregate[side]) > 0) kinds.add(row.key);
        }
      }
    }
    // Every row was exercised with a non-empty list somewhere.
    expect([...kinds].sort()).toEqual(SUMMARY_ROWS.map((r) => r.key).sort());
  });
});
