/**
 * The per-period aggregates give the Summary's figures equal to the linear summary of the
 * visible set (`summarise(visibleEvents(...))`), on the bundled data and on seeded random
 * events and windows: narrow, wide, empty, on period boundaries, with events that span many
 * periods, components in and out of their umbrella's side and window, ties for the largest.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { loadDataset } from "@/lib/data/load-dataset";
import { formatDay, parseDay } from "@/lib/domain/days";
import { LAYER_IDS, type LayerId } from "@/lib/domain/layers";
import type { VisibilityCriteria } from "@/lib/domain/visibility";
import { buildPeriodAggregates } from "@/lib/stats/period-aggregates";
import { SIDES } from "@/lib/stats/sides";
import { summarise } from "@/lib/stats/summary";
import { figuresOf, type SummaryFigures } from "@/lib/stats/summary-figures";
import { createAtlasStore } from "@/lib/store/atlas-store";
import { selectSummaryFigures, selectVisibleEvents, summaryFigures, visibleEvents } from "@/lib/store/selectors";
import { ev, route, square } from "./fixtures";

function criteria(
  from: number,
  to: number,
  layers: readonly LayerId[] = LAYER_IDS,
  extra: Partial<VisibilityCriteria> = {},
): VisibilityCriteria {
  return {
    window: { from, to },
    layers: new Set(layers),
    participants: new Set(),
    domains: new Set(),
    kinds: new Set(),
    search: "",
    ...extra,
  };
}

function linear(events: readonly AtlasEvent[], c: VisibilityCriteria): SummaryFigures {
  return figuresOf(summarise(visibleEvents(events, c)));
}

/** Equal figure by figure; patrol km (fractional sums in another order) to 1e-9 relative. */
function expectSame(actual: SummaryFigures, expected: SummaryFigures): void {
  for (const side of SIDES) {
    const { patrolKm: a, largest: la, ...restA } = actual[side];
    const { patrolKm: b, largest: lb, ...restB } = expected[side];
    expect(restA).toEqual(restB);
    expect(la?.id ?? null).toBe(lb?.id ?? null);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
  }
}

describe("period aggregates on the bundled data", () => {
  const events = loadDataset().events;
  const aggregates = buildPeriodAggregates(events);
  const first = Math.min(...events.map((e) => e.startDay));
  const last = Math.max(...events.map((e) => e.endDay));

  it("equal the linear summary for every year, every 90 days, the whole span and empty windows", () => {
    const windows: [number, number][] = [
      [first - 400, last + 400],
      [first - 400, first - 1],
      [last + 1, last + 400],
    ];
    for (let y = 2005; y <= 2026; y++) windows.push([parseDay(`${y}-01-01`)!, parseDay(`${y}-12-31`)!]);
    for (let d = first - 45; d <= last; d += 30) windows.push([d, d + 89]);
    for (let d = first; d <= last; d += 365) windows.push([d, d + 5 * 365 - 1]);
    let visible = 0;
    for (const [from, to] of windows) {
      const c = criteria(from, to);
      expect(aggregates.serves(c)).toBe(true);
      const expected = linear(events, c);
      expectSame(aggregates.figures(c), expected);
      visible += expected.nato.events + expected["cn-ru"].events;
    }
    expect(visible).toBeGreaterThan(events.length);
  });

  it("equal the linear summary with layers switched off, including Steadfast Defender 2024's components", () => {
    const from = parseDay("2024-01-01")!;
    const to = parseDay("2024-06-30")!;
    const full = linear(events, criteria(from, to));
    // The window holds an umbrella and its components: the umbrella rule is exercised.
    expect(full.nato.inUmbrella).toBeGreaterThan(0);
    for (let mask = 0; mask < 1 << LAYER_IDS.length; mask++) {
      const layers = LAYER_IDS.filter((_, i) => mask & (1 << i));
      const c = criteria(from, to, layers);
      expectSame(aggregates.figures(c), linear(events, c));
    }
  });

  it("on 400 seeded random windows and layer sets", () => {
    const day = fc.integer({ min: first - 60, max: last + 60 });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), fc.subarray([...LAYER_IDS]), (from, width, layers) => {
        const c = criteria(from, from + width, layers);
        expectSame(aggregates.figures(c), linear(events, c));
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });

  it("are what the Summary panel reads from the store, which follows the window, layers and filters", () => {
    const st = createAtlasStore({ bundled: events, context: [], extent: { from: first, to: last } });
    const panel = () => figuresOf(summarise(selectVisibleEvents(st.getState())));
    st.getState().setWindow({ from: parseDay("2022-01-01")!, to: parseDay("2024-12-31")! });
    expectSame(selectSummaryFigures(st.getState()), panel());
    expect(selectSummaryFigures(st.getState()).nato.events).toBeGreaterThan(10);
    st.getState().setLayerVisible("nato-drills", false);
    expectSame(selectSummaryFigures(st.getState()), panel());
    expect(selectSummaryFigures(st.getState()).nato.events).toBe(0);
    st.getState().toggleFilterValue("participants", "RU");
    expectSame(selectSummaryFigures(st.getState()), panel());
    // Memoised: an unrelated change keeps the same object (no recomputation while playing).
    const before = selectSummaryFigures(st.getState());
    st.getState().setSpeed(90);
    expect(selectSummaryFigures(st.getState())).toBe(before);
  });

  it("leave filtered views to the linear summary, which summaryFigures then returns", () => {
    const c = criteria(first, last, LAYER_IDS, { participants: new Set(["CN"]) });
    expect(aggregates.serves(c)).toBe(false);
    expect(aggregates.serves(criteria(first, last, LAYER_IDS, { search: "baltic" }))).toBe(false);
    expectSame(summaryFigures(events, c), linear(events, c));
    // The filter narrows the figures (a fallback that ignored it would show every NATO event).
    expect(summaryFigures(events, c).nato.events).toBeLessThan(linear(events, criteria(first, last)).nato.events);
  });
});

/** Seeded synthetic events: short and very long, every side, components, host exercises, ties. */
function synthetic(seed: number, n: number): AtlasEvent[] {
  const r = fc.sample(
    fc.record({
      startOffset: fc.integer({ min: 0, max: 3 * 365 }),
      duration: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }) },
        { weight: 1, arbitrary: fc.integer({ min: 100, max: 900 }) },
      ),
      side: fc.constantFrom("nato", "cn-ru", "imported"),
      kind: fc.constantFrom("exercise", "naval-patrol", "air-patrol"),
      personnel: fc.option(fc.constantFrom(1000, 2000, 3000, 5000), { nil: null }),
      host: fc.boolean(),
      joint: fc.option(fc.constantFrom(1000, 3000), { nil: null }),
      parent: fc.option(fc.integer({ min: 0, max: n - 1 }), { freq: 3, nil: null }),
      participants: fc.subarray(["CN", "RU", "IR", "PL", "US", "LT", "DE", "IN", "KZ"], { minLength: 1 }),
      shape: fc.constantFrom("point", "route", "area"),
    }),
    { seed, numRuns: n },
  );
  const base = parseDay("2019-01-01")!;
  return r.map((x, i) => {
    const start = base + x.startOffset;
    const end = start + x.duration;
    const geometry =
      x.shape === "route"
        ? route([120, 30], [121 + (i % 5), 31])
        : x.shape === "area"
          ? square(20, 50, 0.2 + (i % 3) * 0.1)
          : undefined;
    const host = x.side === "cn-ru" && x.host;
    return ev(
      {
        id: `e${i}`,
        bloc: x.side === "nato" ? "nato" : "cn-ru",
        kind: x.kind,
        start: formatDay(start),
        end: formatDay(end),
        personnel: x.personnel,
        participants: x.participants,
        parent: x.parent === null ? null : `e${x.parent}`,
        ...(host ? { personnelScope: "host-exercise" as const, jointPersonnel: x.joint } : {}),
      },
      geometry,
      x.side === "imported" ? "imported" : "bundled",
    );
  });
}

describe("period aggregates on seeded random events and windows", () => {
  it("equal the linear summary on 6 datasets × 150 windows (narrow, wide, empty, partial edges)", () => {
    const base = parseDay("2019-01-01")!;
    let withUmbrella = 0;
    let nonEmpty = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const events = synthetic(seed, 600);
      const aggregates = buildPeriodAggregates(events);
      const win = fc.oneof(
        fc.tuple(fc.integer({ min: -100, max: 4 * 365 }), fc.integer({ min: 0, max: 10 })),
        fc.tuple(fc.integer({ min: -100, max: 4 * 365 }), fc.integer({ min: 0, max: 120 })),
        fc.tuple(fc.integer({ min: -400, max: 2 * 365 }), fc.integer({ min: 300, max: 6 * 365 })),
      );
      fc.assert(
        fc.property(win, fc.subarray([...LAYER_IDS], { minLength: 1 }), ([offset, width], layers) => {
          const c = criteria(base + offset, base + offset + width, layers);
          const expected = linear(events, c);
          expectSame(aggregates.figures(c), expected);
          for (const side of SIDES) {
            withUmbrella += expected[side].inUmbrella;
            nonEmpty += expected[side].events > 0 ? 1 : 0;
          }
        }),
        { seed: 1000 + seed, numRuns: 150 },
      );
    }
    // The random cases must reach the umbrella rule and non-empty sides, not only empty sets.
    expect(withUmbrella).toBeGreaterThan(50);
    expect(nonEmpty).toBeGreaterThan(1000);
  });

  it("break ties for the largest event as the linear pass does (the earlier event)", () => {
    const events = [
      ev({ id: "late", start: "2020-03-10", end: "2020-03-10", personnel: 5000 }),
      ev({ id: "early", start: "2020-01-02", end: "2020-04-30", personnel: 5000 }),
      ev({ id: "same-day-second", start: "2020-01-02", end: "2020-01-02", personnel: 5000 }),
    ];
    const aggregates = buildPeriodAggregates(events);
    for (const [from, to] of [
      ["2020-01-01", "2020-12-31"],
      ["2020-03-01", "2020-03-31"],
      ["2020-01-03", "2020-03-10"],
    ] as const) {
      const c = criteria(parseDay(from)!, parseDay(to)!);
      expect(aggregates.figures(c).nato.largest?.id).toBe(linear(events, c).nato.largest?.id);
    }
    expect(aggregates.figures(criteria(parseDay("2020-01-01")!, parseDay("2020-12-31")!)).nato.largest?.id).toBe(
      "early",
    );
  });

  it("fall back when event ids repeat and a component looks its umbrella up by id", () => {
    const twins = [
      ev({ id: "a", personnel: 100 }),
      ev({ id: "a", start: "2020-02-01", end: "2020-02-01", personnel: 200 }),
    ];
    const all = criteria(0, 1e6);
    // Without components no id is looked up: the aggregates serve, and agree.
    expect(buildPeriodAggregates(twins).serves(all)).toBe(true);
    expectSame(buildPeriodAggregates(twins).figures(all), linear(twins, all));
    const withComponent = [...twins, ev({ id: "c", parent: "a", personnel: 50 })];
    expect(buildPeriodAggregates(withComponent).serves(all)).toBe(false);
    expectSame(summaryFigures(withComponent, all), linear(withComponent, all));
  });
});
