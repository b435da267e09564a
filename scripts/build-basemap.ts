/**
 * Builds the offline basemap from Natural Earth (world-atlas TopoJSON) into public/basemap/:
 *   land-110m.json, land-50m.json       land polygons, cut at the antimeridian
 *   borders-110m.json, borders-50m.json country borders (shared arcs only, no coastlines)
 *   labels.json                         one label point per country, ranked by area
 * Coarse geometry is drawn at world zooms and the finer one only when zoomed in: the
 * basemap is repainted every frame, so its vertex count is the floor under every slider
 * step. Coordinates are rounded (3 decimals ≈ 100 m, finer than 1:50m source accuracy).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import area from "@turf/area";
import centerOfMass from "@turf/center-of-mass";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import pointOnFeature from "@turf/point-on-feature";
import { cutAtAntimeridian, splitLineAtJumps } from "../lib/geo/antimeridian.ts";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "public", "basemap");

function loadTopology(name: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), "utf8")) as Topology;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
function roundPositions<T>(coords: T, d: number): T {
  if (typeof (coords as unknown[])[0] === "number") {
    return (coords as unknown as number[]).map((n) => round(n, d)) as unknown as T;
  }
  return (coords as unknown as unknown[]).map((c) => roundPositions(c, d)) as unknown as T;
}

function write(name: string, data: unknown): number {
  const text = JSON.stringify(data);
  writeFileSync(join(outDir, name), text);
  return text.length;
}

function landCollection(topo: Topology, objectName: string): FeatureCollection<MultiPolygon> {
  const obj = topo.objects[objectName] as GeometryCollection;
  const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon>;
  return {
    type: "FeatureCollection",
    features: fc.features
      .filter((f) => f.geometry)
      .map((f) => ({
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPolygon",
          coordinates: roundPositions(cutAtAntimeridian(f.geometry).coordinates, 3),
        },
      })),
  };
}

function bordersCollection(topo: Topology) {
  const obj = topo.objects.countries as GeometryCollection;
  const lines = mesh(topo, obj, (a, b) => a !== b);
  const parts = lines.coordinates.flatMap((line: Position[]) => splitLineAtJumps(line));
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: { type: "MultiLineString", coordinates: roundPositions(parts, 3) },
      },
    ],
  };
}

/** One label per country at its largest part's centre of mass (or a point inside it). */
function labelCollection(topo: Topology) {
  const obj = topo.objects.countries as GeometryCollection;
  const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: Feature[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const cut = cutAtAntimeridian(f.geometry);
    let largest: Feature<Polygon> | null = null;
    let largestArea = 0;
    let total = 0;
    for (const rings of cut.coordinates) {
      const poly: Feature<Polygon> = {
        type: "Feature",
        properties: {},
        geometry: { type: "Polygon", coordinates: rings },
      };
      const a = area(poly);
      total += a;
      if (a > largestArea) {
        largestArea = a;
        largest = poly;
      }
    }
    if (!largest) continue;
    let pt = centerOfMass(largest);
    if (!booleanPointInPolygon(pt, largest)) pt = pointOnFeature(largest);
    features.push({
      type: "Feature",
      properties: { name: f.properties.name, areaKm2: Math.round(total / 1e6) },
      geometry: { type: "Point", coordinates: roundPositions(pt.geometry.coordinates, 2) },
    });
  }
  features.sort((a, b) => (b.properties?.areaKm2 ?? 0) - (a.properties?.areaKm2 ?? 0));
  return { type: "FeatureCollection", features };
}

export function buildBasemap(): Record<string, number> {
  mkdirSync(outDir, { recursive: true });
  const c110 = loadTopology("countries-110m");
  const c50 = loadTopology("countries-50m");
  const l110 = loadTopology("land-110m");
  const l50 = loadTopology("land-50m");
  return {
    "land-110m.json": write("land-110m.json", landCollection(l110, "land")),
    "land-50m.json": write("land-50m.json", landCollection(l50, "land")),
    "borders-110m.json": write("borders-110m.json", bordersCollection(c110)),
    "borders-50m.json": write("borders-50m.json", bordersCollection(c50)),
    "labels.json": write("labels.json", labelCollection(c50)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = buildBasemap();
  for (const [name, bytes] of Object.entries(sizes)) console.log(`basemap ${name}: ${(bytes / 1024).toFixed(1)} KiB`);
}
