/**
 * The timeline's monthly activity histogram: for every calendar month of the extent, how
 * many events of each side were under way in it (an event counts in every month its
 * [start, end] touches, so a long exercise shows as sustained activity, not one spike).
 *
 * Which events count is decided by the one visibility rule with the time window widened to
 * the whole extent (the caller passes those criteria): the histogram follows the layers,
 * participant, domain, kind and search filters, and shows all of time.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { addMonths, startOfMonth } from "../domain/days";
import { satisfies, visibilityClauses, type TimeWindow, type VisibilityCriteria } from "../domain/visibility";
import { overlaps } from "../domain/time-window";

export interface MonthBin {
  /** First and last day of the month (UTC day numbers, inclusive). */
  from: number;
  to: number;
  nato: number;
  cnru: number;
}

export interface ActivityHistogram {
  bins: MonthBin[];
  /** The largest count of either side in any month (0 when there is nothing). */
  max: number;
}

/** The months touching `extent`, in order, with zero counts. */
export function monthBins(extent: TimeWindow): MonthBin[] {
  const bins: MonthBin[] = [];
  for (let from = startOfMonth(extent.from); from <= extent.to; from = addMonths(from, 1)) {
    bins.push({ from, to: addMonths(from, 1) - 1, nato: 0, cnru: 0 });
  }
  return bins;
}

/** Index of the bin containing `day` (binary search; bins are contiguous). */
function binIndex(bins: readonly MonthBin[], day: number): number {
  let lo = 0;
  let hi = bins.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((bins[mid] as MonthBin).from <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Counts the events that satisfy `criteria` into monthly bins per side; see the module contract. */
export function activityHistogram(
  events: readonly AtlasEvent[],
  criteria: VisibilityCriteria,
  extent: TimeWindow,
): ActivityHistogram {
  const bins = monthBins(extent);
  if (bins.length === 0) return { bins, max: 0 };
  const clauses = visibilityClauses(criteria);
  for (const e of events) {
    if (!satisfies(clauses, e)) continue;
    if (!overlaps(e, extent)) continue;
    const first = binIndex(bins, Math.max(e.startDay, extent.from));
    const last = binIndex(bins, Math.min(e.endDay, extent.to));
    for (let i = first; i <= last; i++) {
      const bin = bins[i] as MonthBin;
      if (e.bloc === "nato") bin.nato++;
      else bin.cnru++;
    }
  }
  let max = 0;
  for (const b of bins) max = Math.max(max, b.nato, b.cnru);
  return { bins, max };
}
