import { describe, expect, it } from "vitest";
import { advance, MAX_FRAME_MS, nearestSpeed, SPEED_CHOICES } from "@/lib/timeline/playback";

describe("playback timing", () => {
  it("offers a week per second up to a year per second", () => {
    expect(SPEED_CHOICES[0]!.daysPerSecond).toBe(7);
    expect(SPEED_CHOICES[SPEED_CHOICES.length - 1]!.daysPerSecond).toBe(365);
  });

  it("keeps an exact pace over many frames by carrying fractions of a day", () => {
    let carry = 0;
    let days = 0;
    for (let frame = 0; frame < 600; frame++) {
      const a = advance(carry, 1000 / 60, 7);
      days += a.days;
      carry = a.carry;
    }
    // 10 s at a week per second is 70 days (floating point may leave the last one carried).
    expect(days + carry).toBeCloseTo(70, 6);
    expect(days).toBeGreaterThanOrEqual(69);
    expect(carry).toBeLessThan(1);
  });

  it("never jumps after a stalled frame and never goes backwards", () => {
    expect(advance(0, 10_000, 365).days).toBe(Math.floor((MAX_FRAME_MS * 365) / 1000));
    expect(advance(0.5, -20, 30)).toEqual({ days: 0, carry: 0.5 });
  });

  it("maps any stored speed to the nearest choice", () => {
    expect(nearestSpeed(30).daysPerSecond).toBe(30);
    expect(nearestSpeed(1).daysPerSecond).toBe(7);
    expect(nearestSpeed(300).daysPerSecond).toBe(365);
  });
});
