/**
 * Today's UTC day number from the reader's clock, read when the page starts. The HTML is
 * built once, so "today" (the end of the timeline when it is later than the last event) is
 * never the build's date.
 */
import { dayOfMs } from "../domain/days";

export function todayUtcDay(): number {
  return dayOfMs(Date.now());
}
