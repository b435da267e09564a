import { describe, expect, it } from "vitest";
import { createAtlasStore } from "@/lib/store/atlas-store";
import { selectTimelessCriteria } from "@/lib/store/selectors";

const extent = { from: 12_000, to: 20_000 };

describe("selectTimelessCriteria", () => {
  it("stays the same object while the window moves, so the all-time histogram is not recomputed while scrubbing", () => {
    const store = createAtlasStore({ bundled: [], context: [], extent });
    const before = selectTimelessCriteria(store.getState());
    store.getState().setWindow({ from: 13_000, to: 13_089 });
    store.getState().setWindow({ from: 13_030, to: 13_119 });
    expect(selectTimelessCriteria(store.getState())).toBe(before);
    expect(before.window).toEqual(extent);
  });

  it("changes when a non-time filter changes", () => {
    const store = createAtlasStore({ bundled: [], context: [], extent });
    const before = selectTimelessCriteria(store.getState());
    store.getState().setSearch("Zapad");
    const after = selectTimelessCriteria(store.getState());
    expect(after).not.toBe(before);
    expect(after.search).toBe("zapad");
  });
});
