import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset } from "@/lib/data/build-dataset";
import { createAtlasStore } from "@/lib/store/atlas-store";
import { selectMapFilter, selectVisibleEvents } from "@/lib/store/selectors";
import { parseDay } from "@/lib/domain/days";
import { isVisible } from "@/lib/domain/visibility";
import { selectCriteria } from "@/lib/store/selectors";

const dir = join(process.cwd(), "geodata");
const dataset = buildDataset(
  readdirSync(dir)
    .filter((f) => f.endsWith(".geojson"))
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") })),
);
const extent = { from: parseDay("2005-01-01")!, to: parseDay("2026-11-29")! };

function store() {
  return createAtlasStore({ bundled: dataset.events, context: dataset.context, extent });
}

describe("selectors", () => {
  it("the bundled data loads whole (no feature left out)", () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.events.length).toBeGreaterThan(90);
    expect(dataset.context.length).toBeGreaterThan(5);
  });

  it("the visible set is the rule applied to every event, sorted by start", () => {
    const s = store();
    s.getState().setWindow({ from: parseDay("2016-01-01")!, to: parseDay("2016-12-31")! });
    const visible = selectVisibleEvents(s.getState());
    const expected = dataset.events.filter((e) => isVisible(e, selectCriteria(s.getState())));
    expect(visible.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((e, i) => i === 0 || visible[i - 1]!.startDay <= e.startDay)).toBe(true);
  });

  it("is memoised: the same state gives the same array and filter objects", () => {
    const s = store();
    const a = selectVisibleEvents(s.getState());
    const f = selectMapFilter(s.getState());
    s.getState().setSpeed(90);
    expect(selectVisibleEvents(s.getState())).toBe(a);
    expect(selectMapFilter(s.getState())).toBe(f);
  });

  it("layers, search and chips narrow the set", () => {
    const s = store();
    const all = selectVisibleEvents(s.getState()).length;
    s.getState().setLayerVisible("nato-drills", false);
    expect(selectVisibleEvents(s.getState()).every((e) => e.bloc === "cn-ru")).toBe(true);
    s.getState().setSearch("  Peace MISSION ");
    const pm = selectVisibleEvents(s.getState());
    expect(pm.length).toBeGreaterThan(5);
    expect(pm.every((e) => e.series === "Peace Mission" || e.searchText.includes("peace mission"))).toBe(true);
    s.getState().clearFilters();
    s.getState().toggleFilterValue("participants", "IN");
    expect(selectVisibleEvents(s.getState()).every((e) => e.participants.includes("IN"))).toBe(true);
    expect(selectVisibleEvents(s.getState()).length).toBeLessThan(all);
  });

  it("keeps the window inside the extent and ordered", () => {
    const s = store();
    s.getState().setWindow({ from: extent.to + 100, to: extent.from - 100 });
    const w = s.getState().window;
    expect(w.from).toBeLessThanOrEqual(w.to);
    expect(w.from).toBeGreaterThanOrEqual(extent.from);
    expect(w.to).toBeLessThanOrEqual(extent.to);
  });
});
