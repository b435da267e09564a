/**
 * The rejections of one import, kept up to a bound and counted beyond it.
 *
 * Contract: `rejectionLog(max)` keeps the first `max` rejections in order and counts the rest
 * (`omitted`), and counts the distinct features or rows rejected (`features`; a file-level
 * entry, with neither index nor line, is not a feature). The rejections of one feature are
 * added one after another, so a feature is counted when its key first differs from the last.
 * A hostile file can produce millions of problems; the report needs the first few hundred
 * and the totals.
 */
import { MAX_REJECTIONS_PER_FILE } from "./limits";
import type { Rejection } from "./types";

export interface RejectionLog {
  add(r: Rejection): void;
  readonly kept: Rejection[];
  readonly omitted: number;
  readonly features: number;
}

export function rejectionLog(max = MAX_REJECTIONS_PER_FILE): RejectionLog {
  const kept: Rejection[] = [];
  let omitted = 0;
  let features = 0;
  let lastKey: string | null = null;
  const log: RejectionLog = {
    add(r) {
      if (r.index !== null || r.line !== null) {
        const key = `${r.index}:${r.line}`;
        if (key !== lastKey) features++;
        lastKey = key;
      }
      if (kept.length < max) kept.push(r);
      else omitted++;
    },
    kept,
    get omitted() {
      return omitted;
    },
    get features() {
      return features;
    },
  };
  return log;
}
