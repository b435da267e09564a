import { describe, expect, it } from "vitest";
import { allPreset, lastTwelveMonthsPreset, umbrellaPresets } from "@/lib/timeline/presets";
import { formatDay, parseDay } from "@/lib/domain/days";
import { atlasEvent } from "./event-builder";

const day = (s: string) => parseDay(s)!;
const extent = { from: day("2005-01-01"), to: day("2024-02-29") };

describe("window presets", () => {
  it("All is the whole extent; the last 12 months end today and are 12 months long", () => {
    expect(allPreset(extent).window).toEqual(extent);
    const last = lastTwelveMonthsPreset(extent).window;
    expect([formatDay(last.from), formatDay(last.to)]).toEqual(["2023-03-01", "2024-02-29"]);
  });

  it("offers each umbrella exercise (an event another names as parent) with exactly its dates", () => {
    const events = [
      atlasEvent({ id: "dragon-24", parent: "steadfast-defender-2024", start: "2024-03-01", end: "2024-03-14" }),
      atlasEvent({
        id: "steadfast-defender-2024",
        name: "Steadfast Defender 2024",
        start: "2024-01-22",
        end: "2024-05-31",
      }),
      atlasEvent({ id: "lonely", start: "2010-01-01", end: "2010-01-02" }),
    ];
    const presets = umbrellaPresets(events, { from: extent.from, to: day("2026-01-01") });
    expect(presets.map((p) => [p.label, formatDay(p.window.from), formatDay(p.window.to)])).toEqual([
      ["Steadfast Defender 2024", "2024-01-22", "2024-05-31"],
    ]);
  });
});
