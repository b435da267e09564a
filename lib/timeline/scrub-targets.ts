/**
 * The windows the timeline's controls ask for, before the store clamps them into the extent
 * (`scrubWindow` in lib/store/atlas-store.ts is the one clamp on the scrub path). A move
 * that keeps the width — the band dragged, a context marker centred, a step in window mode —
 * is proposed unclamped, and clamping keeps its width. A move of one end (a thumb, a typed
 * date, a step in cumulative mode) goes through moveEdge / placeEdge (lib/domain/window.ts),
 * whose rule is about that end: it stops at the extent and at the other end.
 */
import type { TimeWindow } from "../domain/visibility";
import { moveEdge, type PlaybackMode } from "../domain/time-window";

/** The window moved by `days`, keeping its width. */
export function shifted(w: TimeWindow, days: number): TimeWindow {
  const d = Math.round(days);
  return { from: w.from + d, to: w.to + d };
}

/** A window of the same width centred on `day`. */
export function centredOn(w: TimeWindow, day: number): TimeWindow {
  const from = Math.round(day - (w.to - w.from) / 2);
  return { from, to: from + (w.to - w.from) };
}

/**
 * One manual step of `days` (negative = back) in `mode`: window mode moves the whole window,
 * cumulative mode only its end (never before the fixed start).
 */
export function stepped(w: TimeWindow, mode: PlaybackMode, days: number, extent: TimeWindow): TimeWindow {
  return mode === "window" ? shifted(w, days) : moveEdge(w, "to", w.to + days, extent);
}
