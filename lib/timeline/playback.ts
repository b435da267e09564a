/**
 * Playback timing, free of the browser: the speed choices, and how a frame's elapsed time
 * becomes whole-day steps. Fractions of a day carry over to the next frame, so the pace is
 * exact at any frame rate (a week per second at 60 frames per second is a one-day step
 * about every 8.6 frames). A long gap (a stalled tab) is capped so playback never jumps.
 */

export interface SpeedChoice {
  /** Days of data per second of wall time. */
  daysPerSecond: number;
  label: string;
}

export const SPEED_CHOICES: readonly SpeedChoice[] = [
  { daysPerSecond: 7, label: "1 week / s" },
  { daysPerSecond: 30, label: "1 month / s" },
  { daysPerSecond: 91, label: "3 months / s" },
  { daysPerSecond: 365, label: "1 year / s" },
];

/** Longest frame gap counted (ms); anything longer counts as this. */
export const MAX_FRAME_MS = 250;

export interface Advance {
  /** Whole days to step now (0 = not yet). */
  days: number;
  /** Fraction of a day carried to the next frame. */
  carry: number;
}

export function advance(carry: number, elapsedMs: number, daysPerSecond: number): Advance {
  const ms = Math.min(Math.max(elapsedMs, 0), MAX_FRAME_MS);
  const total = carry + (ms * daysPerSecond) / 1000;
  const days = Math.floor(total);
  return { days, carry: total - days };
}

/** The speed choice nearest to `daysPerSecond` (the store may hold any positive value). */
export function nearestSpeed(daysPerSecond: number): SpeedChoice {
  let best = SPEED_CHOICES[0] as SpeedChoice;
  for (const c of SPEED_CHOICES) {
    if (Math.abs(Math.log(c.daysPerSecond / daysPerSecond)) < Math.abs(Math.log(best.daysPerSecond / daysPerSecond)))
      best = c;
  }
  return best;
}
