/**
 * Window presets: the whole range, the last 12 months, and each umbrella exercise (an event
 * that some other event names as its `parent`, e.g. Steadfast Defender 2024), whose preset
 * is exactly its own dates.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { addMonths } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";
import { clampWindow } from "../domain/time-window";

export interface WindowPreset {
  id: string;
  label: string;
  window: TimeWindow;
}

export function allPreset(extent: TimeWindow): WindowPreset {
  return { id: "all", label: "All", window: { ...extent } };
}

/** The 12 months ending on the extent's last day (today), inclusive. */
export function lastTwelveMonthsPreset(extent: TimeWindow): WindowPreset {
  const win = clampWindow({ from: addMonths(extent.to, -12) + 1, to: extent.to }, extent);
  return { id: "last-12-months", label: "Last 12 months", window: win };
}

/** One preset per umbrella exercise, in date order. */
export function umbrellaPresets(events: readonly AtlasEvent[], extent: TimeWindow): WindowPreset[] {
  const parents = new Set(events.map((e) => e.parent).filter((p): p is string => p !== null));
  return events
    .filter((e) => parents.has(e.id))
    .sort((a, b) => a.startDay - b.startDay || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, label: e.name, window: clampWindow({ from: e.startDay, to: e.endDay }, extent) }));
}
