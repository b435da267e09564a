/**
 * Prints how long the panels' statistics take for 100,000 synthetic events (no assertion:
 * timings depend on the machine). Run with `npx tsx scripts/bench-summary.ts [count]`.
 *
 * Events are spread over 2005–2025, half NATO and half China–Russia, a third each points,
 * small polygons (about 50 km across, scattered over Europe and the Western Pacific so
 * many overlap) and patrol routes (some across the antimeridian); 70 % report personnel.
 */
import type { EventGeometry } from "../lib/domain/feature-types";
import { toAtlasEvent, type AtlasEvent } from "../lib/domain/atlas-event";
import { formatDay } from "../lib/domain/days";
import { checkClaims } from "../lib/claims";
import { unionAreaKm2 } from "../lib/stats/drill-area";
import { periodsOf } from "../lib/stats/time-series";
import { laneRows } from "../lib/stats/lanes";
import { summarise } from "../lib/stats/summary";

const count = Number(process.argv[2] ?? 100_000);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

function geometry(i: number, nato: boolean): EventGeometry {
  const lon = nato ? 10 + random() * 20 : 120 + random() * 60;
  const lat = nato ? 50 + random() * 10 : 30 + random() * 20;
  if (i % 3 === 0) return { type: "Point", coordinates: [lon, lat] };
  if (i % 3 === 1) {
    const d = 0.4;
    return {
      type: "Polygon",
      coordinates: [
        [
          [lon, lat],
          [lon + d, lat],
          [lon + d, lat + d],
          [lon, lat + d],
          [lon, lat],
        ],
      ],
    };
  }
  return {
    type: "LineString",
    coordinates: [
      [lon, lat],
      [lon + 10, lat + 2],
      [lon > 170 ? lon - 350 : lon + 15, lat],
    ],
  };
}

const t0 = performance.now();
const events: AtlasEvent[] = [];
const start = Date.UTC(2005, 0, 1) / 86_400_000;
for (let i = 0; i < count; i++) {
  const nato = i % 2 === 0;
  const s = start + Math.floor(random() * 7600);
  events.push(
    toAtlasEvent(
      {
        type: "Feature",
        geometry: geometry(i, nato),
        properties: {
          id: `synthetic-${i}`,
          name: `Synthetic ${i}`,
          altNames: [],
          bloc: nato ? "nato" : "cn-ru",
          kind: i % 3 === 2 ? "air-patrol" : "exercise",
          series: null,
          parent: null,
          start: formatDay(s),
          end: formatDay(s + Math.floor(random() * 20)),
          datePrecision: "day",
          participants: nato ? ["PL", "US"] : ["CN", "RU", i % 5 === 0 ? "IR" : "KZ"],
          places: [],
          domains: ["land"],
          personnel: random() < 0.7 ? 100 + Math.floor(random() * 10_000) : null,
          personnelNote: null,
          assets: null,
          locationPrecision: "region",
          geometryNote: null,
          description: "synthetic",
          sources: [{ title: "s", publisher: "p", date: null, url: "https://example.org/" }],
          notes: null,
        },
      },
      "imported",
    ),
  );
}
events.sort((a, b) => a.startDay - b.startDay);
const t1 = performance.now();
const time = (label: string, fn: () => unknown) => {
  const a = performance.now();
  fn();
  console.log(`${label.padEnd(44)} ${(performance.now() - a).toFixed(1)} ms`);
};
console.log(`${count} synthetic events built in ${(t1 - t0).toFixed(0)} ms`);
const win = { from: start, to: start + 7600 };
time("summary (all figures except area)", () => summarise(events));
time("summary again (memoised)", () => summarise(events));
time("periods by month", () => periodsOf(events, win, "month"));
time("lane rows", () => laneRows(events));
time("claims", () => checkClaims(events, [], win));
const polys = events.filter((e) => e.areaKm2 !== null);
const year = polys.filter((e) => e.startDay < start + 365);
time(`drill area, one year (${year.length} polygons)`, () => unionAreaKm2(year));
time(`drill area, all (${polys.length} polygons)`, () => unionAreaKm2(polys));
