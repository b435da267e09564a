/**
 * The timeline's one time axis: day numbers <-> positions, shared by the histogram, the
 * context markers and the slider so all three line up exactly. Positions are fractions of
 * the axis width (0 = the extent's first day, 1 = its last day), so the components can
 * place things with percentages and never need to know pixel widths except for the tick
 * density.
 */
import { dayFromParts, dayParts } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";

/** Where `day` falls on the axis, 0..1 (outside the extent gives values outside 0..1). */
export function dayToFraction(day: number, extent: TimeWindow): number {
  const span = extent.to - extent.from;
  return span <= 0 ? 0 : (day - extent.from) / span;
}

/** The whole day nearest to a position on the axis, clamped to the extent. */
export function fractionToDay(fraction: number, extent: TimeWindow): number {
  const f = Math.min(Math.max(fraction, 0), 1);
  return Math.round(extent.from + f * (extent.to - extent.from));
}

export interface AxisTick {
  /** 1 January of `year`. */
  day: number;
  year: number;
  /** Whether the year is written under the tick (all ticks get a line). */
  labelled: boolean;
}

/** Label steps tried in turn until labels are at least `minLabelPx` apart. */
const LABEL_STEPS = [1, 2, 5, 10] as const;

/**
 * A tick at every 1 January inside the extent; years are labelled every 1, 2, 5 or 10
 * years, whichever is the first that leaves `minLabelPx` between labels at `widthPx`.
 */
export function yearTicks(extent: TimeWindow, widthPx: number, minLabelPx = 44): AxisTick[] {
  const first = dayParts(extent.from);
  const last = dayParts(extent.to);
  const startYear = extent.from === dayFromParts(first.year, 1, 1) ? first.year : first.year + 1;
  const pxPerYear = (widthPx * 365.25) / Math.max(1, extent.to - extent.from);
  const step = LABEL_STEPS.find((s) => s * pxPerYear >= minLabelPx) ?? 10;
  const ticks: AxisTick[] = [];
  for (let year = startYear; year <= last.year; year++) {
    ticks.push({ day: dayFromParts(year, 1, 1), year, labelled: year % step === 0 });
  }
  return ticks;
}
