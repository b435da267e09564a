/**
 * "In a frame": sites, routes and areas against boxes, partly inside, across the
 * antimeridian (routes and boxes), at the Mercator edge, and the normal form of a box.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  eventsInFrame,
  isInFrame,
  normaliseFrame,
  roundFrameInward,
  segmentMeetsRect,
  type FrameBBox,
} from "@/lib/theatres/frame";
import { THEATRE_PRESETS } from "@/lib/theatres/presets";
import { ev, point, route, square } from "../stats/fixtures";

const baltic = THEATRE_PRESETS.baltic.bbox;
const pacific = THEATRE_PRESETS.pacific.bbox;
const arctic = THEATRE_PRESETS.arctic.bbox;

describe("isInFrame", () => {
  it("takes a site inside the box, on its edge, and not beside it", () => {
    expect(isInFrame(ev({ id: "warsaw" }, point(21, 52.2)), baltic)).toBe(true);
    expect(isInFrame(ev({ id: "edge" }, point(30, 55)), baltic)).toBe(true);
    expect(isInFrame(ev({ id: "moscow" }, point(37.6, 55.7)), baltic)).toBe(false);
  });

  it("takes several sites when any one is inside", () => {
    const sites = {
      type: "MultiPoint" as const,
      coordinates: [
        [37.6, 55.7],
        [24.1, 56.9],
      ],
    };
    expect(isInFrame(ev({ id: "two" }, sites), baltic)).toBe(true);
    expect(
      isInFrame(
        ev(
          { id: "two" },
          {
            type: "MultiPoint",
            coordinates: [
              [37.6, 55.7],
              [40, 50],
            ],
          },
        ),
        baltic,
      ),
    ).toBe(false);
  });

  it("takes a route that only crosses the box, with no waypoint inside", () => {
    // Kaliningrad region crossed from Belarus to the North Sea: both ends outside.
    const crossing = ev({ id: "cross" }, route([35, 54], [5, 56]));
    expect(isInFrame(crossing, baltic)).toBe(true);
    // Passing south of the box, its bbox overlapping the box's.
    expect(isInFrame(ev({ id: "south" }, route([5, 45], [35, 48.9])), baltic)).toBe(false);
  });

  it("follows the map's straight Mercator segments, not straight lines in degrees", () => {
    // From (0, 0) to (40, 80): in degrees it passes (10, 20); on the map the segment is straight
    // in Mercator y, where the middle of the segment lies at about 60°N, not 40°N.
    const diagonal = ev({ id: "diag" }, route([0, 0], [40, 80]));
    const box: FrameBBox = [18, 30, 22, 45];
    expect(isInFrame(diagonal, box)).toBe(false);
    expect(isInFrame(diagonal, [18, 56, 22, 66])).toBe(true);
  });

  it("takes an area partly inside, one that covers the whole box, and not one with the box in its hole", () => {
    expect(isInFrame(ev({ id: "part" }, square(28, 50, 5)), baltic)).toBe(true);
    expect(isInFrame(ev({ id: "cover" }, square(0, 40, 50)), baltic)).toBe(true);
    const ring = (w: number, s: number, size: number) => [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ];
    const donut = { type: "Polygon" as const, coordinates: [ring(0, 40, 50), ring(5, 45, 40)] };
    expect(isInFrame(ev({ id: "donut" }, donut), baltic)).toBe(false);
    expect(isInFrame(ev({ id: "donut" }, donut), [2, 41, 3, 42])).toBe(true);
  });

  it("takes a Bering Sea route across the antimeridian in a box that crosses it too", () => {
    const bering = ev({ id: "bering" }, route([170, 60], [-175, 62], [-168, 63]));
    expect(bering.bbox![2]).toBeGreaterThan(180);
    // The Arctic box (10°E to 192°E) starts at 64°N: the route stays south of it …
    expect(isInFrame(bering, arctic)).toBe(false);
    // … until the box reaches 60°N.
    expect(isInFrame(bering, [10, 60, 192, 82])).toBe(true);
    // The same box written with its west edge in the western hemisphere's copy.
    expect(isInFrame(bering, normaliseFrame(-350, 60, -168, 82)!)).toBe(true);
    // A box east of 180° only meets the part of the route drawn there.
    expect(isInFrame(bering, [-174, 61, -160, 66])).toBe(true);
    expect(isInFrame(bering, [-166, 61, -160, 66])).toBe(false);
    // The route drawn the short way never passes 0° longitude.
    expect(isInFrame(bering, [-10, 55, 10, 70])).toBe(false);
  });

  it("takes sites both sides of 180° in a box across the antimeridian, whichever copy they are written in", () => {
    const box = normaliseFrame(170, 50, 190, 70)!;
    expect(box).toEqual([170, 50, 190, 70]);
    expect(isInFrame(ev({ id: "west" }, point(175, 60)), box)).toBe(true);
    expect(isInFrame(ev({ id: "east" }, point(-175, 60)), box)).toBe(true);
    expect(isInFrame(ev({ id: "far" }, point(-165, 60)), box)).toBe(false);
  });

  it("counts an event outside both default frames in neither", () => {
    const events = [
      ev({ id: "vilnius" }, point(25.3, 54.7)),
      ev({ id: "okinawa" }, point(127.7, 26.3)),
      ev({ id: "orenburg" }, point(55.1, 51.8)),
      ev({ id: "straddles-nothing" }, route([60, 30], [100, 30])),
    ];
    const a = eventsInFrame(events, baltic).map((e) => e.id);
    const b = eventsInFrame(events, pacific).map((e) => e.id);
    expect(a).toEqual(["vilnius"]);
    expect(b).toEqual(["okinawa"]);
  });
});

describe("segmentMeetsRect", () => {
  const r = { x0: 0, y0: 0, x1: 1, y1: 1 };
  it("agrees with dense sampling of the segment", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
        fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
        ([ax, ay], [bx, by]) => {
          let sampled = false;
          for (let i = 0; i <= 2000 && !sampled; i++) {
            const t = i / 2000;
            const x = ax + t * (bx - ax);
            const y = ay + t * (by - ay);
            sampled = x >= 0 && x <= 1 && y >= 0 && y <= 1;
          }
          // Sampling can miss a segment that only grazes a corner; it never finds one that misses.
          if (sampled) expect(segmentMeetsRect(ax, ay, bx, by, r)).toBe(true);
        },
      ),
      { seed: 16, numRuns: 400 },
    );
    expect(segmentMeetsRect(-1, 2, 2, 2, r)).toBe(false);
    expect(segmentMeetsRect(-1, 1.5, 1.5, -1, r)).toBe(true);
    expect(segmentMeetsRect(-1, 3.1, 3.1, -1, r)).toBe(false);
  });
});

describe("the normal form of a frame", () => {
  it("wraps the west edge into [-180, 180) and keeps the width", () => {
    expect(normaliseFrame(190, 10, 200, 20)).toEqual([-170, 10, -160, 20]);
    expect(normaliseFrame(-200, 10, -170, 20)).toEqual([160, 10, 190, 20]);
    expect(normaliseFrame(-500, -89, 500, 89)).toEqual([-140, -85.0511, 220, 85.0511]);
  });

  it("is not a box without width, height or finite edges", () => {
    expect(normaliseFrame(10, 10, 10, 20)).toBeNull();
    expect(normaliseFrame(10, 20, 30, 20)).toBeNull();
    expect(normaliseFrame(Number.NaN, 0, 1, 1)).toBeNull();
  });

  it("rounds inward to 0.01°, so the rounded frame stays inside the view it came from", () => {
    expect(roundFrameInward([10.123, 49.001, 30.999, 61.5])).toEqual([10.13, 49.01, 30.99, 61.5]);
    expect(roundFrameInward([179.999, 0, 181, 1])).toEqual([-180, 0, -179, 1]);
    expect(roundFrameInward([10.001, 0, 10.009, 1])).toBeNull();
  });
});
