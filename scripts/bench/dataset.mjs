/**
 * Seeded synthetic datasets for the benchmark: `n` events as a GeoJSON FeatureCollection
 * that passes the import schema (geodata/README.md; optional fields are left to their defaults
 * so the 100,000-event file stays under the import's 50 MB limit): 80% points, 10% small polygons
 * (closed counter-clockwise rings, no self-intersection), 10% short routes (3–5 waypoints,
 * never across the antimeridian); starts spread over 20 years (2005–2024), durations of
 * 1–30 days; coordinates over Eurasia and the western Pacific with at most 5 decimals.
 * The same (n, seed) always gives the same bytes.
 */
import { writeFileSync } from "node:fs";

/** mulberry32: small, fast and good enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
export const FIRST_DAY = Date.UTC(2005, 0, 1) / DAY_MS;
export const SPAN_DAYS = Date.UTC(2025, 0, 1) / DAY_MS - FIRST_DAY; // 20 years
const WEST = 20;
const EAST = 160;
const SOUTH = 5;
const NORTH = 65;

const round5 = (x) => Math.round(x * 1e5) / 1e5;
const iso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

const SIDES = [
  { bloc: "cn-ru", participants: ["CN", "RU"], kinds: ["exercise", "command-post", "naval-patrol", "air-patrol"] },
  { bloc: "nato", participants: ["US", "PL", "LT"], kinds: ["exercise", "command-post", "naval-patrol"] },
];
const DOMAINS = ["land", "sea", "air", "amphibious"];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function geometryFor(r, shape) {
  const lon = WEST + r() * (EAST - WEST);
  const lat = SOUTH + r() * (NORTH - SOUTH);
  if (shape === "point") return { type: "Point", coordinates: [round5(lon), round5(lat)] };
  if (shape === "area") {
    // A small hexagon, vertices counter-clockwise (the right-hand rule), ring closed.
    const radius = 0.1 + r() * 0.4;
    const ring = [];
    for (let k = 0; k < 6; k++) {
      const a = (k / 6) * 2 * Math.PI;
      ring.push([round5(lon + radius * Math.cos(a)), round5(lat + radius * Math.sin(a))]);
    }
    ring.push(ring[0]);
    return { type: "Polygon", coordinates: [ring] };
  }
  const n = 3 + Math.floor(r() * 3);
  const line = [[round5(lon), round5(lat)]];
  let x = lon;
  let y = lat;
  for (let k = 1; k < n; k++) {
    x = Math.min(EAST, x + 0.3 + r() * 1.2);
    y = Math.max(SOUTH, Math.min(NORTH, y + (r() - 0.5) * 1.5));
    line.push([round5(x), round5(y)]);
  }
  return { type: "LineString", coordinates: line };
}

/** The i-th feature's shape: exactly 80% points, 10% areas, 10% routes, interleaved. */
function shapeOf(i) {
  const k = i % 10;
  return k === 8 ? "area" : k === 9 ? "route" : "point";
}

export function syntheticCollection(n, seed = 8) {
  const r = rng(seed * 1_000_003 + n);
  const features = [];
  for (let i = 0; i < n; i++) {
    const shape = shapeOf(i);
    const side = pick(r, SIDES);
    const start = FIRST_DAY + Math.floor(r() * SPAN_DAYS);
    const duration = 1 + Math.floor(r() * 30); // 1–30 days, inclusive of both ends
    const kind =
      shape === "route"
        ? side.bloc === "nato"
          ? "naval-patrol"
          : pick(r, ["naval-patrol", "air-patrol"])
        : pick(
            r,
            side.kinds.filter((k) => !k.endsWith("patrol")),
          );
    features.push({
      type: "Feature",
      // Only what the import schema requires or what the panels read; the rest defaults.
      properties: {
        id: `bench-${i + 1}`,
        name: `Synthetic ${shape} ${i + 1}`,
        bloc: side.bloc,
        kind,
        start: iso(start),
        end: iso(start + duration - 1),
        participants: side.participants,
        domains: [pick(r, DOMAINS)],
        personnel: r() < 0.7 ? 100 + Math.floor(r() * 20_000) : null,
        locationPrecision: shape === "point" ? "site" : shape === "area" ? "region" : "route",
      },
      geometry: geometryFor(r, shape),
    });
  }
  return { type: "FeatureCollection", features };
}

/** Writes the collection to `path`; returns its size in bytes. */
export function writeSynthetic(path, n, seed) {
  const text = JSON.stringify(syntheticCollection(n, seed));
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
