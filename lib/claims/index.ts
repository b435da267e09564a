/** All checked claims for a set of events (the visible ones), memoised on the inputs' identity. */
import type { AtlasEvent } from "../domain/atlas-event";
import type { ContextEvent } from "../domain/context-event";
import type { TimeWindow } from "../domain/visibility";
import type { ClaimCheck } from "./claim";
import { checkScoPartners } from "./sco-partners";
import { checkLargestExercise } from "./largest-exercise";
import { checkPatrolTiming } from "./patrol-timing";

export type { ClaimCheck, Verdict } from "./claim";
export { VERDICT_LABELS } from "./claim";

let last: {
  events: readonly AtlasEvent[];
  context: readonly ContextEvent[];
  window: TimeWindow;
  result: ClaimCheck[];
} | null = null;

export function checkClaims(
  events: readonly AtlasEvent[],
  context: readonly ContextEvent[],
  win: TimeWindow,
): ClaimCheck[] {
  if (last && last.events === events && last.context === context && last.window === win) return last.result;
  const result = [checkScoPartners(events), checkLargestExercise(events), checkPatrolTiming(events, context, win)];
  last = { events, context, window: win, result };
  return result;
}
