/**
 * Extracts the country outlines the proximity measures need from Natural Earth 1:50m
 * (world-atlas TopoJSON) into lib/geo/proximity-borders.json: Russia and Belarus (distance
 * of a NATO drill to their border) and Japan, South Korea, Taiwan and Alaska (closest
 * approach of a patrol route). Alaska is the part of the United States north of 50° N and
 * west of 129° W, plus the Aleutians beyond the antimeridian. Outlines are simplified to
 * about 1 km and rounded to 3 decimals so the file stays small; distances are reported in
 * whole kilometres, well above that error.
 *
 * Run with `npx tsx scripts/build-proximity-borders.ts`; the output is committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import simplify from "@turf/simplify";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
const countries = topology.objects.countries as GeometryCollection;

const round = (n: number) => Math.round(n * 1000) / 1000;

function polygonsOf(id: string): Position[][][] {
  const geometry = countries.geometries.find((g) => g.id === id);
  if (!geometry) throw new Error(`no country ${id} in world-atlas`);
  const f = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
  const simple = simplify(f, { tolerance: 0.01, highQuality: true }) as Feature<Polygon | MultiPolygon>;
  const g = simple.geometry;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  return polys.map((p) => p.map((ring) => ring.map(([x = 0, y = 0]) => [round(x), round(y)])));
}

function isAlaska(poly: Position[][]): boolean {
  const outer = poly[0] ?? [];
  return outer.every(([x = 0, y = 0]) => y > 50 && (x < -129 || x > 170));
}

const borders = {
  RU: polygonsOf("643"),
  BY: polygonsOf("112"),
  JP: polygonsOf("392"),
  KR: polygonsOf("410"),
  TW: polygonsOf("158"),
  "US-AK": polygonsOf("840").filter(isAlaska),
};
const out = join(root, "lib", "geo", "proximity-borders.json");
writeFileSync(out, JSON.stringify(borders) + "\n");
const vertices = Object.fromEntries(Object.entries(borders).map(([k, v]) => [k, v.flat(2).length]));
console.log(`wrote ${out}: ${(JSON.stringify(borders).length / 1024).toFixed(0)} KiB`, vertices);
