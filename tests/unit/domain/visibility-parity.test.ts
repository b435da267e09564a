/**
 * The map and the panels agree: the MapLibre filter compiled by `visibilityFilter`,
 * evaluated by MapLibre's own `featureFilter`, accepts exactly the map features whose event
 * `isVisible` accepts — on every feature of the real dataset, for hand-picked edge cases
 * and for seeded random criteria. So does the way the map really draws shapes: the
 * shapes' filter (`shapesFilter`: the rule without the window and the search) and the
 * `shown` feature state set from the panels' visible set (`visibleEvents` through
 * `shownChanges`).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import type { FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { loadDataset } from "@/lib/data/load-dataset";
import { datasetExtent } from "@/lib/data/initial-state";
import { parseDay } from "@/lib/domain/days";
import { LAYER_IDS, type LayerId } from "@/lib/domain/layers";
import { DOMAINS, EVENT_KINDS, type EventKind } from "@/lib/domain/schema";
import { isVisible, satisfies, timelessClauses, type VisibilityCriteria } from "@/lib/domain/visibility";
import { shapesFilter, visibilityFilter } from "@/lib/map/visibility-filter";
import { toMapCollection, toMapCollections } from "@/lib/map/event-features";
import { shownChanges } from "@/lib/map/shown-state";
import { visibleEvents } from "@/lib/store/selectors";
import { overlaps } from "@/lib/domain/time-window";

const dataset = loadDataset();
const events = dataset.events;
const byId = new Map(events.map((e) => [e.id, e]));
const features = toMapCollection(events).features;
const { featureIdOf } = toMapCollections(events);
const extent = datasetExtent(dataset, parseDay("2026-11-29")!);

const participantCodes = [...new Set(events.flatMap((e) => e.participants))].sort();
// Search needles: words and fragments that occur in the data, plus some that never do.
const searchWords = [
  ...new Set(events.flatMap((e) => e.searchText.split(/[^\p{L}\p{N}-]+/u)).filter((w) => w.length >= 2)),
].sort();

/**
 * Ids of the label features the compiled filter keeps (the whole rule filters the labels),
 * of the label features whose event `isVisible` keeps, and of the shape features the map
 * draws (the shapes' filter and the `shown` state), which must be the shape features of the
 * visible events. The shown state starts from a previous window's, as it does on the map.
 */
function bothSides(
  c: VisibilityCriteria,
  previous: VisibilityCriteria = all(),
): { map: string[]; predicate: string[]; drawn: string[]; shapesVisible: string[] } {
  const filter = featureFilter(visibilityFilter(c) as FilterSpecification, "filter");
  const shapes = featureFilter(shapesFilter(c) as FilterSpecification, "filter");
  const before = shownChanges(new Set(), visibleEvents(events, previous), featureIdOf).next;
  const shown = shownChanges(before, visibleEvents(events, c), featureIdOf).next;
  const map: string[] = [];
  const predicate: string[] = [];
  const drawn: string[] = [];
  const shapesVisible: string[] = [];
  const rest = timelessClauses(c);
  for (const f of features) {
    const props = f.properties;
    const event = byId.get(props.id);
    if (!event) throw new Error(`map feature ${props.id} has no event`);
    if (props.shape === "label") {
      if (filter.filter({ zoom: 0 }, { type: 1, properties: props })) map.push(props.id);
      if (isVisible(event, c)) predicate.push(props.id);
    } else {
      if (shapes.filter({ zoom: 0 }, { type: 1, properties: props }) && shown.has(Number(f.id))) drawn.push(props.id);
      if (isVisible(event, c)) shapesVisible.push(props.id);
    }
    // What visibleEvents checks after the time index: the window, then the other clauses.
    const inWindow = overlaps(event, c.window);
    expect(inWindow && satisfies(rest, event)).toBe(isVisible(event, c));
  }
  expect(drawn).toEqual(shapesVisible);
  return { map, predicate, drawn, shapesVisible };
}

const all = (over: Partial<VisibilityCriteria> = {}): VisibilityCriteria => ({
  window: extent,
  layers: new Set(LAYER_IDS),
  participants: new Set(),
  domains: new Set(),
  kinds: new Set(),
  search: "",
  ...over,
});

describe("visibility parity: MapLibre filter vs TypeScript predicate", () => {
  it("the real dataset yields map features for every event", () => {
    expect(events.length).toBeGreaterThan(50);
    expect(new Set(features.map((f) => f.properties.id))).toEqual(new Set(events.map((e) => e.id)));
  });

  it("the shapes' filter ignores the window and the search, and nothing else", () => {
    const kinds = new Set<EventKind>(["exercise"]);
    const narrow = all({ window: { from: extent.from, to: extent.from }, search: "peace", kinds });
    const shapes = featureFilter(shapesFilter(narrow) as FilterSpecification, "filter");
    const shapeFeatures = features.filter((f) => f.properties.shape !== "label");
    const kept = shapeFeatures
      .filter((f) => shapes.filter({ zoom: 0 }, { type: 1, properties: f.properties }))
      .map((f) => f.properties.id);
    expect(kept).toEqual(bothSides(all({ kinds })).shapesVisible);
    expect(kept.length).toBeGreaterThan(bothSides(narrow).shapesVisible.length);
    expect(kept.length).toBeLessThan(shapeFeatures.length);
    // Only the labels carry the search text the search is checked against.
    expect(
      features.filter((f) => f.properties.searchText !== undefined).every((f) => f.properties.shape === "label"),
    ).toBe(true);
  });

  it("agrees on every feature with nothing filtered, and everything is visible", () => {
    const { map, predicate, drawn } = bothSides(all());
    expect(map).toEqual(predicate);
    expect(map).toHaveLength(events.length);
    expect(drawn).toHaveLength(features.length - events.length);
  });

  it("agrees at the inclusive edges of every event (first day, last day, the day before, the day after)", () => {
    for (const e of events) {
      for (const [from, to] of [
        [e.startDay, e.startDay],
        [e.endDay, e.endDay],
        [e.startDay - 1, e.startDay - 1],
        [e.endDay + 1, e.endDay + 1],
      ] as const) {
        const { map, predicate } = bothSides(all({ window: { from, to } }));
        expect(map).toEqual(predicate);
      }
      const inside = bothSides(all({ window: { from: e.startDay, to: e.startDay } })).predicate;
      expect(inside).toContain(e.id);
      expect(bothSides(all({ window: { from: e.endDay + 1, to: e.endDay + 1 } })).predicate).not.toContain(e.id);
    }
  });

  it("agrees with markup, quotes and bars in the search text (they are just characters)", () => {
    for (const search of ["<script>", '"', "|cn|", "\\", "steadfast defender"]) {
      const { map, predicate } = bothSides(all({ search }));
      expect(map).toEqual(predicate);
    }
  });

  it("agrees on 1,200 seeded random criteria", () => {
    const day = fc.integer({ min: extent.from - 30, max: extent.to + 30 });
    const criteria = fc.record({
      window: fc.tuple(day, day).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      layers: fc.subarray([...LAYER_IDS]).map((l) => new Set<LayerId>(l)),
      participants: fc
        .oneof(fc.constant([] as string[]), fc.subarray(participantCodes, { maxLength: 3 }))
        .map((p) => new Set(p)),
      domains: fc
        .oneof(fc.constant([] as string[]), fc.subarray([...DOMAINS], { maxLength: 3 }))
        .map((d) => new Set<string>(d)),
      kinds: fc
        .oneof(fc.constant([] as EventKind[]), fc.subarray([...EVENT_KINDS], { maxLength: 3 }))
        .map((k) => new Set<EventKind>(k)),
      search: fc.oneof(
        { weight: 3, arbitrary: fc.constant("") },
        { weight: 3, arbitrary: fc.constantFrom(...searchWords).map((w) => w.slice(0, 4)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 4 }).map((s) => s.toLowerCase()) },
      ),
    });
    let nonEmpty = 0;
    fc.assert(
      fc.property(criteria, criteria, (c, previous) => {
        const { map, predicate } = bothSides(c, previous);
        if (predicate.length > 0) nonEmpty++;
        expect(map).toEqual(predicate);
      }),
      { seed: 20260412, numRuns: 1200 },
    );
    // The random criteria must exercise visible and invisible outcomes, not only empty sets.
    expect(nonEmpty).toBeGreaterThan(100);
  });
});
