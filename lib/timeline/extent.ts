/**
 * The range the timeline spans: the bundled data's extent (which already reaches today)
 * widened to every imported event, so an import dated before the bundled data (or after
 * today) can be reached with the slider. It starts on 1 January, like the bundled extent,
 * so the year axis begins on a year line. Without imports it is the bundled extent itself
 * (the same object), so nothing downstream is recomputed for it.
 */
import { dayFromParts, dayParts } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";

export function timelineExtent(
  bundled: TimeWindow,
  imported: readonly { startDay: number; endDay: number }[],
): TimeWindow {
  let first = bundled.from;
  let last = bundled.to;
  for (const e of imported) {
    if (e.startDay < first) first = e.startDay;
    if (e.endDay > last) last = e.endDay;
  }
  if (first === bundled.from && last === bundled.to) return bundled;
  return { from: first < bundled.from ? dayFromParts(dayParts(first).year, 1, 1) : bundled.from, to: last };
}
