/**
 * The "beyond one machine" prototype: a PMTiles archive of a synthetic dataset, built with
 * geojson-vt (tiling) and @maplibre/vt-pbf (MVT encoding) and our own PMTiles writer, read
 * back with the `pmtiles` package's decoder; and the aggregate time index that keeps panel
 * counts exact when low-zoom tiles drop features.
 *
 * Features carry numeric `startDay`/`endDay` (so a MapLibre filter on the tiles can select
 * a window) plus `layer` and `shape`. Below MAX_ZOOM, a tile keeps one feature in 2^(MAX_ZOOM
 * - z) (chosen by a hash of the index, the same at every zoom, so features do not flicker),
 * as tippecanoe's drop rate does.
 */
import { gzipSync, gunzipSync } from "node:zlib";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { PMTiles } from "pmtiles";
import { VectorTile } from "@mapbox/vector-tile";
import { PbfReader as Pbf } from "pbf";
import { writePmtiles } from "./pmtiles-writer.mjs";

export const MAX_ZOOM = 6;
const DAY_MS = 86_400_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

function hash(i) {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  return (Math.imul(h, 0xc2b2ae35) ^ (h >>> 16)) >>> 0;
}

function tileFeatures(fc) {
  return fc.features.map((f, i) => ({
    type: "Feature",
    geometry: f.geometry,
    properties: {
      startDay: dayOf(f.properties.start),
      endDay: dayOf(f.properties.end ?? f.properties.start),
      bloc: f.properties.bloc,
      shape: f.geometry.type === "Point" ? "point" : f.geometry.type === "Polygon" ? "area" : "route",
      keep: hash(i),
    },
  }));
}

function tileRange(bounds, z) {
  const n = 2 ** z;
  const x = (lon) => Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  const y = (lat) => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n));
  };
  return { x0: x(bounds[0]), x1: x(bounds[2]), y0: y(bounds[3]), y1: y(bounds[1]) };
}

export function buildArchive(fc) {
  const t0 = performance.now();
  const features = tileFeatures(fc);
  const bounds = [180, 90, -180, -90];
  for (const f of fc.features) {
    const coords = JSON.stringify(f.geometry.coordinates)
      .match(/-?\d+(\.\d+)?/g)
      .map(Number);
    for (let i = 0; i < coords.length; i += 2) {
      bounds[0] = Math.min(bounds[0], coords[i]);
      bounds[2] = Math.max(bounds[2], coords[i]);
      bounds[1] = Math.min(bounds[1], coords[i + 1]);
      bounds[3] = Math.max(bounds[3], coords[i + 1]);
    }
  }
  const tiles = [];
  const kept = [];
  for (let z = 0; z <= MAX_ZOOM; z++) {
    const every = 2 ** (MAX_ZOOM - z);
    const subset = features.filter((f) => f.properties.keep % every === 0);
    kept.push({ z, features: subset.length });
    const index = new GeoJSONVT(
      { type: "FeatureCollection", features: subset },
      { maxZoom: z, indexMaxZoom: z, indexMaxPoints: 0, tolerance: 3 },
    );
    const { x0, x1, y0, y1 } = tileRange(bounds, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tile = index.getTile(z, x, y);
        if (!tile || tile.features.length === 0) continue;
        tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt({ events: tile }, { version: 2, extent: 4096 })) });
      }
    }
  }
  const archive = writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: MAX_ZOOM,
    bounds,
    metadata: {
      name: "exercise-atlas synthetic",
      vector_layers: [
        {
          id: "events",
          fields: { startDay: "Number", endDay: "Number", bloc: "String", shape: "String" },
          minzoom: 0,
          maxzoom: MAX_ZOOM,
        },
      ],
    },
  });
  const sizes = tiles.map((t) => t.data.length).sort((a, b) => a - b);
  return {
    archive,
    tiles,
    build_ms: performance.now() - t0,
    info: {
      tiles: tiles.length,
      archive_kb: Math.round(archive.length / 1024),
      max_tile_kb: Math.round(sizes[sizes.length - 1] / 1024),
      median_tile_kb: Math.round(sizes[Math.floor(sizes.length / 2)] / 1024),
      kept_per_zoom: kept,
    },
  };
}

/** Reads every tile back through the `pmtiles` decoder and compares the bytes. */
export async function verifyArchive(archive, tiles) {
  const source = {
    getKey: () => "memory",
    getBytes: async (offset, length) => ({
      data: archive.buffer.slice(archive.byteOffset + offset, archive.byteOffset + offset + length),
    }),
  };
  const p = new PMTiles(source);
  const header = await p.getHeader();
  let mismatches = 0;
  for (const t of tiles) {
    const r = await p.getZxy(t.z, t.x, t.y);
    // The decoder returns tiles decompressed.
    if (!r || !Buffer.from(r.data).equals(gunzipSync(t.data))) mismatches++;
  }
  // Decode the z0 tile: the features it keeps carry numeric time attributes.
  const z0 = tiles.find((t) => t.z === 0);
  const layer = new VectorTile(new Pbf(gunzipSync(z0.data))).layers.events;
  const first = layer.feature(0).properties;
  return {
    header_ok: header.specVersion === 3 && header.maxZoom === MAX_ZOOM && header.numTileEntries === tiles.length,
    tiles_checked: tiles.length,
    mismatches,
    z0_features: layer.length,
    numeric_time: typeof first.startDay === "number" && typeof first.endDay === "number",
  };
}

/**
 * The aggregate index by time: per-day counts of starts and ends as prefix sums, so the
 * number of events overlapping [from, to] is starts(≤ to) − ends(< from), exact at any
 * zoom. One Int32Array pair per side; returns its size and a check against a linear count.
 */
export function aggregateIndex(fc, windows) {
  const days = fc.features.map((f) => [dayOf(f.properties.start), dayOf(f.properties.end ?? f.properties.start)]);
  const first = Math.min(...days.map((d) => d[0]));
  const last = Math.max(...days.map((d) => d[1]));
  const span = last - first + 2;
  const starts = new Int32Array(span);
  const ends = new Int32Array(span);
  for (const [s, e] of days) {
    starts[s - first + 1]++;
    ends[e - first + 1]++;
  }
  for (let i = 1; i < span; i++) {
    starts[i] += starts[i - 1];
    ends[i] += ends[i - 1];
  }
  const at = (a, d) => a[Math.max(0, Math.min(span - 1, d - first + 1))];
  let wrong = 0;
  const t0 = performance.now();
  for (const w of windows) {
    const count = at(starts, w.to) - at(ends, w.from - 1);
    if (count !== days.filter(([s, e]) => s <= w.to && e >= w.from).length) wrong++;
  }
  return {
    bytes: starts.byteLength + ends.byteLength,
    windows: windows.length,
    wrong,
    check_ms: performance.now() - t0,
  };
}
