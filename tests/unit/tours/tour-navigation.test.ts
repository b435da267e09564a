import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadDataset } from "@/lib/data/load-dataset";
import { initialState } from "@/lib/data/initial-state";
import { formatDay, parseDay } from "@/lib/domain/days";
import { createAtlasStore } from "@/lib/store/atlas-store";
import { selectTourStep, selectUrlState, selectVisibleEvents } from "@/lib/store/selectors";
import { parseTourParams } from "@/lib/tours/tour-param";
import { serialiseUrlState } from "@/lib/url/url-state";
import { defaultUrlState } from "@/lib/url/url-defaults";

const data = loadDataset(fileURLToPath(new URL("../../../geodata/", import.meta.url)));
const today = parseDay("2026-12-03")!;
const atlasData = {
  format: 2 as const,
  events: data.events,
  context: data.context,
  tours: data.tours,
  problemCount: 0,
};

function storeAt(query: string) {
  return createAtlasStore(initialState(atlasData, today, new URLSearchParams(query)));
}

describe("guided tours in the store and the URL", () => {
  it("the bundled data has tours to take", () => {
    expect(data.tours.length).toBeGreaterThanOrEqual(2);
  });

  it("every step shows its own window, layers, selection and tab, with no filter left over, and writes tour and step to the URL", () => {
    for (const tour of data.tours) {
      const store = storeAt("");
      store.getState().setSearch("no such thing");
      store.getState().setView("theatres");
      store.getState().startTour(tour.id);
      tour.steps.forEach((step, i) => {
        if (i > 0) store.getState().goToTourStep(i);
        const s = store.getState();
        expect(selectTourStep(s)?.step).toBe(step);
        expect(formatDay(s.window.from)).toBe(step.from);
        expect(formatDay(s.window.to)).toBe(step.to);
        expect([...s.layers].sort()).toEqual([...step.layers].sort());
        expect(s.selectedId).toBe(step.selected ?? null);
        if (step.tab) expect(s.tab).toBe(step.tab);
        expect(s.search).toBe("");
        expect(s.view).toBe("single");
        if (step.selected) expect(selectVisibleEvents(s).map((e) => e.id)).toContain(step.selected);
        const query = new URLSearchParams(serialiseUrlState(selectUrlState(s), defaultUrlState(s.extent)));
        expect(query.get("tour")).toBe(tour.id);
        expect(query.get("step")).toBe(String(i + 1));
      });
      // Past the ends nothing moves.
      store.getState().goToTourStep(tour.steps.length);
      expect(store.getState().tour).toEqual({ id: tour.id, step: tour.steps.length - 1 });
    }
  });

  it("a step's URL restores the step and its view; what the URL says itself wins", () => {
    const tour = data.tours[0]!;
    const step = tour.steps[2]!;
    const s = storeAt(`tour=${tour.id}&step=3`).getState();
    expect(s.tour).toEqual({ id: tour.id, step: 2 });
    expect(formatDay(s.window.from)).toBe(step.from);
    expect(formatDay(s.window.to)).toBe(step.to);
    expect(s.selectedId).toBe(step.selected ?? null);
    expect(s.notices).toEqual([]);
    const moved = storeAt(`tour=${tour.id}&step=3&from=2010-01-01&to=2010-12-31`).getState();
    expect(formatDay(moved.window.from)).toBe("2010-01-01");
    expect(moved.tour).toEqual({ id: tour.id, step: 2 });
  });

  it("leaving the tour keeps the view", () => {
    const tour = data.tours[0]!;
    const store = storeAt(`tour=${tour.id}&step=2`);
    const before = store.getState();
    store.getState().exitTour();
    const after = store.getState();
    expect(after.tour).toBeNull();
    expect(after.window).toBe(before.window);
    expect(after.layers).toBe(before.layers);
    expect(after.selectedId).toBe(before.selectedId);
    expect(
      new URLSearchParams(serialiseUrlState(selectUrlState(after), defaultUrlState(after.extent))).has("tour"),
    ).toBe(false);
  });

  it("an unknown tour, a bad step or a step without a tour is a plain-text notice, never a crash", () => {
    const tour = data.tours[0]!;
    const n = tour.steps.length;
    expect(parseTourParams(new URLSearchParams("tour=<script>"), data.tours)).toEqual({
      position: null,
      notices: ['No guided tour has the id "<script>"; no tour was opened.'],
    });
    for (const bad of ["0", String(n + 1), "1.5", "-1", "two", ""]) {
      const r = parseTourParams(new URLSearchParams(`tour=${tour.id}&step=${encodeURIComponent(bad)}`), data.tours);
      expect(r.position, bad).toEqual({ id: tour.id, step: 0 });
      expect(r.notices[0], bad).toContain(`"step" must be a whole number from 1 to ${n}`);
    }
    expect(parseTourParams(new URLSearchParams("step=2"), data.tours).notices).toEqual([
      '"step" was ignored: it needs a "tour".',
    ]);
    expect(parseTourParams(new URLSearchParams(`tour=${"x".repeat(500)}`), data.tours).notices).toEqual([
      'The "tour" parameter is too long and was ignored.',
    ]);
    const s = storeAt("tour=nope&step=4").getState();
    expect(s.tour).toBeNull();
    expect(s.notices.map((x) => x.text)).toEqual(['No guided tour has the id "nope"; no tour was opened.']);
  });
});
