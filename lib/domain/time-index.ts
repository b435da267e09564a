/**
 * An index of events by time, so finding the events that overlap a window costs
 * O(log n + candidates) instead of a scan of every event.
 *
 * Events are sorted by start day. An event overlaps [from, to] when start <= to and
 * end >= from; with the longest duration D known, every such event starts in
 * [from - D, to], which two binary searches bound. A few very long events would make D
 * large, so events longer than LONG_EVENT_DAYS are kept apart in a short list that is
 * always checked. The index returns exactly the overlapping events, in start order;
 * `visibleEvents` then applies the rule's other clauses. Its test compares every answer
 * with a linear scan, and the visibility parity test compares the result with `isVisible`.
 */
import { overlaps } from "./time-window";

export interface Interval {
  startDay: number;
  endDay: number;
}

const LONG_EVENT_DAYS = 120;

export interface TimeIndex<T extends Interval> {
  /** Events overlapping [from, to], sorted by start day (ties keep input order). */
  overlapping(from: number, to: number): T[];
  readonly size: number;
}

/** The first index whose value is >= `value` (in an ascending array). */
export function lowerBound(starts: Int32Array | Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > `value` (in an ascending array). */
export function upperBound(starts: Int32Array | Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function buildTimeIndex<T extends Interval>(events: readonly T[]): TimeIndex<T> {
  const order = events.map((e, i) => ({ e, i }));
  order.sort((a, b) => a.e.startDay - b.e.startDay || a.i - b.i);
  const short: T[] = [];
  const long: { e: T; rank: number }[] = [];
  let maxShort = 0;
  order.forEach(({ e }, rank) => {
    const duration = e.endDay - e.startDay;
    if (duration > LONG_EVENT_DAYS) long.push({ e, rank });
    else {
      short.push(e);
      if (duration > maxShort) maxShort = duration;
    }
  });
  const starts = new Float64Array(short.map((e) => e.startDay));
  const shortRank = new Int32Array(short.length);
  {
    let s = 0;
    order.forEach(({ e }, rank) => {
      if (e.endDay - e.startDay <= LONG_EVENT_DAYS) shortRank[s++] = rank;
    });
  }

  return {
    size: events.length,
    overlapping(from: number, to: number): T[] {
      const lo = lowerBound(starts, from - maxShort);
      const hi = upperBound(starts, to);
      // Plain arrays (no per-hit objects): a wide window over a large import has tens of
      // thousands of hits, and this runs on every window change.
      const hitsShort: T[] = [];
      const ranks: number[] = [];
      const needRanks = long.length > 0;
      for (let i = lo; i < hi; i++) {
        const e = short[i] as T;
        if (e.endDay >= from) {
          hitsShort.push(e);
          if (needRanks) ranks.push(shortRank[i] as number);
        }
      }
      const w = { from, to };
      const hitsLong = needRanks ? long.filter(({ e }) => overlaps(e, w)) : [];
      if (hitsLong.length === 0) return hitsShort;
      // Merge the two start-ordered lists by their rank in the full order.
      const out: T[] = [];
      let a = 0;
      let b = 0;
      while (a < hitsShort.length || b < hitsLong.length) {
        const sa = hitsShort[a];
        const lb = hitsLong[b];
        if (lb === undefined || (sa !== undefined && (ranks[a] as number) < lb.rank)) {
          out.push(sa as T);
          a++;
        } else {
          out.push(lb.e);
          b++;
        }
      }
      return out;
    },
  };
}
