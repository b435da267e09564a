/** Today's UTC day number, read from the server's clock once per request. */
import { dayOfMs } from "../domain/days";

export function todayUtcDay(): number {
  return dayOfMs(Date.now());
}
