/**
 * The parity proof of the single map, per theatre: for every preset frame and seeded random
 * windows, what theatre i's map draws — its shapes' `shown` state set from
 * `selectTheatreEvents` and its labels kept by `selectTheatreLabelFilter` evaluated with
 * MapLibre's own `featureFilter` — is exactly the visible set filtered to the frame, and the
 * events outside both frames are the rest of the visible set.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { featureFilter, type FilterSpecification } from "@maplibre/maplibre-gl-style-spec";
import { loadDataset } from "@/lib/data/load-dataset";
import { datasetExtent } from "@/lib/data/initial-state";
import { parseDay } from "@/lib/domain/days";
import { toMapCollections } from "@/lib/map/event-features";
import { shownChanges } from "@/lib/map/shown-state";
import { createAtlasStore } from "@/lib/store/atlas-store";
import { selectVisibleEvents } from "@/lib/store/selectors";
import { isInFrame } from "@/lib/theatres/frame";
import { presetFrame, THEATRE_PRESET_IDS } from "@/lib/theatres/presets";
import { selectOutsideTheatres, selectTheatreEvents, selectTheatreLabelFilter } from "@/lib/store/theatre-selectors";

const dataset = loadDataset();
const events = dataset.events;
const extent = datasetExtent(dataset, parseDay("2026-11-29")!);
const { chunks, featureIdOf } = toMapCollections(events);
const labels = chunks.flatMap((c) => c.labels.features);

function store() {
  return createAtlasStore({ bundled: events, context: dataset.context, extent, view: "theatres" });
}

function drawnBy(s: ReturnType<ReturnType<typeof store>["getState"]>, i: 0 | 1) {
  const shown = shownChanges(new Set(), selectTheatreEvents(s, i), featureIdOf).next;
  const shapes = events.filter((e) => shown.has(featureIdOf.get(e.id)!)).map((e) => e.id);
  const filter = featureFilter(selectTheatreLabelFilter(s, i) as FilterSpecification, "filter");
  const labelled = [
    ...new Set(
      labels
        .filter((f) => filter.filter({ zoom: 5 }, { type: 1, properties: f.properties }))
        .map((f) => f.properties.id),
    ),
  ];
  return { shapes: shapes.sort(), labels: labelled.sort() };
}

describe("each theatre draws and counts the visible events in its frame", () => {
  it("on spring 2024, in the default frames, with some events outside both", () => {
    const st = store();
    st.getState().setWindow({ from: parseDay("2024-03-01")!, to: parseDay("2024-05-31")! });
    const s = st.getState();
    const visible = selectVisibleEvents(s);
    const expected = [0, 1].map((i) =>
      visible
        .filter((e) => isInFrame(e, s.theatres[i as 0 | 1].bbox))
        .map((e) => e.id)
        .sort(),
    );
    // The Baltic holds most of spring 2024's drills; nothing then was in the Pacific frame.
    expect(expected[0]!.length).toBeGreaterThan(5);
    for (const i of [0, 1] as const) {
      const d = drawnBy(s, i);
      expect(d.shapes).toEqual(expected[i]);
      expect(d.labels).toEqual(expected[i]);
      expect(
        selectTheatreEvents(s, i)
          .map((e) => e.id)
          .sort(),
      ).toEqual(expected[i]);
    }
    const inEither = new Set([...expected[0]!, ...expected[1]!]);
    expect(selectOutsideTheatres(s).length).toBeGreaterThan(0);
    expect(
      selectOutsideTheatres(s)
        .map((e) => e.id)
        .sort(),
    ).toEqual(
      visible
        .filter((e) => !inEither.has(e.id))
        .map((e) => e.id)
        .sort(),
    );
  });

  it("for every preset and random windows", () => {
    const st = store();
    fc.assert(
      fc.property(
        fc.constantFrom(...THEATRE_PRESET_IDS),
        fc.constantFrom(...THEATRE_PRESET_IDS),
        fc.integer({ min: extent.from, max: extent.to }),
        fc.integer({ min: 0, max: 2000 }),
        (a, b, from, width) => {
          st.getState().setTheatre(0, presetFrame(a));
          st.getState().setTheatre(1, presetFrame(b));
          st.getState().setWindow({ from, to: from + width });
          const s = st.getState();
          for (const i of [0, 1] as const) {
            const expected = selectVisibleEvents(s)
              .filter((e) => isInFrame(e, s.theatres[i].bbox))
              .map((e) => e.id)
              .sort();
            const d = drawnBy(s, i);
            expect(d.shapes).toEqual(expected);
            expect(d.labels).toEqual(expected);
          }
        },
      ),
      { seed: 16, numRuns: 40 },
    );
  });
});
