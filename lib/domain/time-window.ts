/**
 * Time-window arithmetic on UTC day numbers: clamping to the data's extent, moving by
 * days and months, the two playback modes, and centring on a day.
 *
 * Playback modes (one step = `stepDays` of data):
 *
 *   window      [from ----- to]            both ends move:   [from+s ----- to+s]
 *   cumulative  [from ----- to]            start stays:      [from ---------- to+s]
 *
 * When the end reaches the extent's end, playback stops or (with loop) starts over:
 * window mode keeps its width and starts at the extent's start; cumulative mode restarts
 * with its end one step after its fixed start.
 *
 * Overlap is inclusive by UTC day: [a, b] and [c, d] share a day when a <= d and c <= b.
 * `overlaps` and `windowsOverlap` are the only places that comparison is written outside the
 * visibility rule, which states it as data (visibility.ts) so the map can evaluate it too.
 */
import { addMonths } from "./days";
import type { Interval } from "./time-index";
import type { TimeWindow } from "./visibility";

export type PlaybackMode = "window" | "cumulative";

/** Whether an event's days [startDay, endDay] share at least one day with `w`. */
export function overlaps(span: Interval, w: TimeWindow): boolean {
  return span.startDay <= w.to && w.from <= span.endDay;
}

/** Whether two windows share at least one day. */
export function windowsOverlap(a: TimeWindow, b: TimeWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** `w` with from <= to and both inside `extent` (a window wider than the extent becomes the extent). */
export function clampWindow(w: TimeWindow, extent: TimeWindow): TimeWindow {
  let from = Math.round(Math.min(w.from, w.to));
  let to = Math.round(Math.max(w.from, w.to));
  const width = to - from;
  if (width >= extent.to - extent.from) return { ...extent };
  if (from < extent.from) {
    from = extent.from;
    to = from + width;
  }
  if (to > extent.to) {
    to = extent.to;
    from = to - width;
  }
  return { from, to };
}

/** Moves one end (or both) by whole days, keeping from <= to inside the extent. */
export function moveEdge(w: TimeWindow, edge: "from" | "to", day: number, extent: TimeWindow): TimeWindow {
  const clampedDay = Math.min(Math.max(Math.round(day), extent.from), extent.to);
  if (edge === "from") return { from: Math.min(clampedDay, w.to), to: w.to };
  return { from: w.from, to: Math.max(clampedDay, w.from) };
}

/**
 * Sets one end to `day` (clamped to the extent), pushing the other end along when they would
 * cross: typing a start date after the current end gives a one-day window on that date.
 */
export function placeEdge(w: TimeWindow, edge: "from" | "to", day: number, extent: TimeWindow): TimeWindow {
  const d = Math.min(Math.max(Math.round(day), extent.from), extent.to);
  if (edge === "from") return { from: d, to: Math.max(d, w.to) };
  return { from: Math.min(d, w.from), to: d };
}

/** The same day `months` months later, clamped to the month's length (31 Jan + 1 = 28/29 Feb). */
export function stepMonths(day: number, months: number): number {
  return addMonths(day, months);
}

/** The window shifted by `days`, keeping its width, inside the extent. */
export function shiftWindow(w: TimeWindow, days: number, extent: TimeWindow): TimeWindow {
  return clampWindow({ from: w.from + days, to: w.to + days }, extent);
}

/** A window of the same width centred on `day`. */
export function centreOn(w: TimeWindow, day: number, extent: TimeWindow): TimeWindow {
  const width = w.to - w.from;
  const from = Math.round(day - width / 2);
  return clampWindow({ from, to: from + width }, extent);
}

export interface PlaybackStep {
  window: TimeWindow;
  /** True when the end reached the extent and playback should stop (no loop). */
  finished: boolean;
}

/** One playback step of `stepDays` in `mode`; see the module contract. */
export function playbackStep(
  w: TimeWindow,
  mode: PlaybackMode,
  stepDays: number,
  extent: TimeWindow,
  loop: boolean,
): PlaybackStep {
  const step = Math.max(1, Math.round(stepDays));
  if (w.to >= extent.to) {
    if (!loop) return { window: w, finished: true };
    if (mode === "window") {
      const width = w.to - w.from;
      return { window: clampWindow({ from: extent.from, to: extent.from + width }, extent), finished: false };
    }
    return { window: { from: w.from, to: Math.min(w.from + step, extent.to) }, finished: false };
  }
  const to = Math.min(w.to + step, extent.to);
  if (mode === "window") return { window: { from: w.from + (to - w.to), to }, finished: false };
  return { window: { from: w.from, to }, finished: false };
}

/**
 * One manual step of `days` (negative = back) in `mode`: window mode shifts the whole
 * window, cumulative mode moves only the end (never before the fixed start).
 */
export function stepWindow(w: TimeWindow, mode: PlaybackMode, days: number, extent: TimeWindow): TimeWindow {
  if (mode === "window") return shiftWindow(w, days, extent);
  return moveEdge(w, "to", w.to + days, extent);
}

/** Width of the window playback starts with when the current one spans the whole extent. */
export const DEFAULT_PLAY_WIDTH_DAYS = 365;

/**
 * The window playback starts from. Pressing Play with the end already at the extent's end
 * rewinds first (otherwise playback would finish at once): window mode goes back to the
 * extent's start keeping its width (a window as wide as the extent, which could never move,
 * becomes one year wide); cumulative mode keeps its start and rewinds its end to it.
 */
export function playbackStart(w: TimeWindow, mode: PlaybackMode, extent: TimeWindow): TimeWindow {
  if (w.to < extent.to) return w;
  if (mode === "cumulative") return { from: w.from, to: w.from };
  const width = w.to - w.from >= extent.to - extent.from ? DEFAULT_PLAY_WIDTH_DAYS - 1 : w.to - w.from;
  return clampWindow({ from: extent.from, to: extent.from + width }, extent);
}
