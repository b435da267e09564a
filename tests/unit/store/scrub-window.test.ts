/**
 * The one entry of the scrub path (`scrubWindow`): it clamps into the extent, pauses
 * playback for a manual move (in the same state change), leaves playback running for
 * playback's own steps, and changes nothing when nothing changes.
 */
import { describe, expect, it } from "vitest";
import { createAtlasStore, type AtlasState } from "@/lib/store/atlas-store";
import { selectTimelessCriteria, timelessClausesOf, selectCriteria } from "@/lib/store/selectors";

const extent = { from: 12_000, to: 20_000 };
const store = () => createAtlasStore({ bundled: [], context: [], extent, window: { from: 13_000, to: 13_365 } });

/** Every state change a store makes while `run` runs. */
function changes(s: ReturnType<typeof store>, run: () => void): Array<{ next: AtlasState; prev: AtlasState }> {
  const seen: Array<{ next: AtlasState; prev: AtlasState }> = [];
  const off = s.subscribe((next, prev) => seen.push({ next, prev }));
  run();
  off();
  return seen;
}

describe("scrubWindow", () => {
  it("pauses running playback once, in the same change as the new window", () => {
    const s = store();
    s.getState().setPlaying(true);
    const seen = changes(s, () => s.getState().scrubWindow({ from: 14_000, to: 14_100 }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.next.playing).toBe(false);
    expect(seen[0]!.next.window).toEqual({ from: 14_000, to: 14_100 });
  });

  it("pauses even when the window does not move (a key at the end of the range)", () => {
    const s = store();
    s.getState().setPlaying(true);
    const seen = changes(s, () => s.getState().scrubWindow({ from: 13_000, to: 13_365 }));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.next.playing).toBe(false);
    expect(seen[0]!.next.window).toBe(seen[0]!.prev.window);
  });

  it("keeps playback running for playback's own steps (pause: false), and setWindow is that", () => {
    const s = store();
    s.getState().setPlaying(true);
    s.getState().scrubWindow({ from: 13_001, to: 13_366 }, { pause: false });
    expect(s.getState().playing).toBe(true);
    s.getState().setWindow({ from: 13_002, to: 13_367 });
    expect(s.getState().playing).toBe(true);
    expect(s.getState().window).toEqual({ from: 13_002, to: 13_367 });
  });

  it("clamps into the extent, keeping the width of a window pushed past an end", () => {
    const s = store();
    s.getState().scrubWindow({ from: 19_900, to: 20_265 });
    expect(s.getState().window).toEqual({ from: 19_635, to: 20_000 });
    s.getState().scrubWindow({ from: 11_000.4, to: 10_000 });
    expect(s.getState().window).toEqual({ from: 12_000, to: 13_000 });
  });

  it("makes no change at all when the window is the same and nothing plays", () => {
    const s = store();
    expect(changes(s, () => s.getState().scrubWindow({ from: 13_000, to: 13_365 }))).toEqual([]);
  });

  it("builds no clauses while scrubbing: the non-window clauses stay the same object", () => {
    const s = store();
    const before = timelessClausesOf(selectCriteria(s.getState()));
    s.getState().scrubWindow({ from: 15_000, to: 15_100 });
    s.getState().scrubWindow({ from: 15_030, to: 15_130 });
    expect(timelessClausesOf(selectCriteria(s.getState()))).toBe(before);
    expect(timelessClausesOf(selectTimelessCriteria(s.getState()))).toBe(before);
    s.getState().setSearch("Zapad");
    expect(timelessClausesOf(selectCriteria(s.getState()))).not.toBe(before);
  });
});
