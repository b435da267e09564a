/**
 * `npm run bench`: builds the static site if its sources changed, serves it as `npm start`
 * does, and in one run measures scrub latency (ours / naive / floor) at 1,000, 10,000 and 100,000 synthetic
 * imported events, the same scrub with two maps (the Theatres view) at 10,000 beside the
 * single map's, panel statistics, playback, startup and bytes; prints a table and writes
 * bench-results.json at the project root. Not part of `npm test`; it asserts nothing.
 *
 * Environment: BENCH_SIZES=1000,10000 to run fewer sizes, BENCH_STEPS (default 50),
 * BENCH_STARTUP_RUNS (default 5), BENCH_ONLY=startup to measure only startup and bytes,
 * BENCH_ONLY=stats to measure only the panel statistics (in Node, at the largest size: no
 * build, no browser; merged into an existing bench-results.json),
 * CHROME_PATH for the browser.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureBuild, startServer } from "./serve-production.mjs";
import { syntheticCollection, writeSynthetic } from "./bench/dataset.mjs";
import { addProbe, importFile, launch, openAtlas } from "./bench/browser.mjs";
import { floorOnly, percentile, scrubCell, theatresCell, tilesCell, windows } from "./bench/scrub.mjs";
import { measureBytes } from "./bench/bytes.mjs";
import { printReport, printStatsReport } from "./bench/report.mjs";
import { aggregateIndex, buildArchive, verifyArchive } from "./bench/tiles.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const STEPS = Number(process.env.BENCH_STEPS ?? 50);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const SEED = 8;
/** The size at which the two-map cell runs (the 10,000). */
const THEATRES_AT = 10_000;
const CELLS = [
  { widthDays: 90, stepDays: 30 },
  { widthDays: 5 * 365, stepDays: 90 },
];

const log = (...a) => console.error("[bench]", ...a);

/** The median of each breakdown phase over the runs (each phase on its own). */
function medianBreakdown(breakdowns) {
  const out = {};
  for (const key of Object.keys(breakdowns[0] ?? {})) {
    const values = breakdowns.map((b) => b[key]).filter((v) => v !== null);
    out[key] = values.length > 0 ? Math.round(percentile(values, 50)) : null;
  }
  return out;
}

async function startupRuns(browser, url) {
  // One warm-up navigation (server, disk), then the median of the timed runs; every run is
  // a fresh browser context, so nothing is cached between them.
  const runs = [];
  const breakdowns = [];
  let requests = [];
  for (let i = 0; i <= STARTUP_RUNS; i++) {
    const { context, idleAt, breakdown, requests: r } = await openAtlas(browser, url);
    if (i > 0) {
      runs.push(idleAt);
      breakdowns.push(breakdown);
    }
    requests = r;
    await context.close();
  }
  return { median: percentile(runs, 50), runs: runs.map(Math.round), breakdown: medianBreakdown(breakdowns), requests };
}

async function startup(browser, url) {
  const full = await startupRuns(browser, url + "/");
  // The baseline of the same run: the same page with every event layer off (?layers=), i.e.
  // the page, its data and the basemap without drawing a single event.
  const floor = await startupRuns(browser, url + "/?layers=");
  return {
    startup_ms: full.median,
    startup_runs_ms: full.runs,
    startup_breakdown_ms: full.breakdown,
    startup_no_event_layers_ms: floor.median,
    startup_no_event_layers_runs_ms: floor.runs,
    requests: full.requests,
  };
}

function panelStats(file) {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const r = spawnSync(tsx, [join(root, "scripts", "bench", "stats.ts"), file, String(STEPS)], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`stats failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

async function playback(browser, url, file, n) {
  const { page, context } = await openAtlas(browser, url + "/");
  await page.route("**/__bench/data.geojson", (route) =>
    route.fulfill({ path: file, contentType: "application/geo+json" }),
  );
  await addProbe(page, root);
  await importFile(page, file, n, url + "/__bench/data.geojson");
  await page.evaluate(() => {
    const s = window.__atlasStore.getState();
    s.setWindow({ from: s.extent.from, to: s.extent.from + 89 });
  });
  await page.evaluate(() => window.__benchProbe.settle());
  const floor = await page.evaluate(() => window.__benchProbe.repaintFps(3000));
  await page.evaluate(() => window.__benchProbe.settle());
  const play = page.getByRole("button", { name: "Play", exact: true });
  let result;
  if ((await play.count()) > 0) {
    await play.first().click();
    result = { ...(await page.evaluate(() => window.__benchProbe.countFrames(5000))), via: "Play button" };
    await page
      .getByRole("button", { name: "Pause", exact: true })
      .first()
      .click()
      .catch(() => {});
  } else {
    result = {
      ...(await page.evaluate(() => window.__benchProbe.playWithSteps(5000, 30))),
      via: "playbackStep on requestAnimationFrame (30 days/s)",
    };
  }
  await context.close();
  return { features: n, fps: result.fps, map_fps: result.mapFps, via: result.via, repaint_floor_fps: floor.fps };
}

/** Serves `archive` at /__bench/events.pmtiles with HTTP range requests, as a static host does. */
async function routeArchive(page, archive) {
  await page.route("**/__bench/events.pmtiles", (route) => {
    const m = /bytes=(\d+)-(\d*)/.exec(route.request().headers()["range"] ?? "");
    const headers = { "content-type": "application/octet-stream", "accept-ranges": "bytes" };
    if (!m) return route.fulfill({ status: 200, body: archive, headers });
    const a = Number(m[1]);
    const b = Math.min(m[2] ? Number(m[2]) : archive.length - 1, archive.length - 1);
    return route.fulfill({
      status: 206,
      body: archive.subarray(a, b + 1),
      headers: { ...headers, "content-range": `bytes ${a}-${b}/${archive.length}` },
    });
  });
}

/** The archive loaded through the `pmtiles` protocol in the app's map (event layers off), scrubbed like the GeoJSON cells. */
async function tilesInPage(browser, url, archive) {
  const { page, context } = await openAtlas(browser, url + "/?layers=");
  await routeArchive(page, archive);
  await addProbe(page, root);
  const first = windows(CELLS[0].widthDays, CELLS[0].stepDays, 1)[0];
  const drawn = await page.evaluate(
    ([u, w]) => window.__benchProbe.tilesSetup(u, w),
    [url + "/__bench/events.pmtiles", first],
  );
  const zoom = await page.evaluate(() => window.__atlasMap.getZoom());
  const cells = [];
  for (const cell of CELLS) {
    const r = await tilesCell(page, { ...cell, steps: STEPS });
    cells.push({
      window_days: cell.widthDays,
      step_days: cell.stepDays,
      tiles_p50_ms: r.tiles.p50_frame,
      tiles_p95_ms: r.tiles.p95_frame,
      tiles_idle_p95_ms: r.tiles.p95_idle,
      floor_ms: r.floor.p50_frame,
      floor_p95_ms: r.floor.p95_frame,
      timed_out_steps: r.tiles.timed_out,
    });
    log(
      `  tiles ${cell.widthDays} d: p95 ${r.tiles.p95_frame.toFixed(0)} ms, floor p50 ${r.floor.p50_frame.toFixed(1)} ms`,
    );
  }
  await context.close();
  return { zoom, features_drawn_first_window: drawn, cells };
}

/** BENCH_ONLY=stats: the panel statistics alone, kept beside the rest of an earlier run's results. */
function statsOnly() {
  const n = Math.max(...SIZES);
  const tmp = mkdtempSync(join(tmpdir(), "atlas-bench-data-"));
  const out = join(root, "bench-results.json");
  try {
    const file = join(tmp, `synthetic-${n}.geojson`);
    writeSynthetic(file, n, SEED);
    log(`panel statistics at ${n} events (Node)`);
    const results = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : {};
    results.stats = { ...panelStats(file), date: new Date().toISOString() };
    writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
    printStatsReport(results.stats);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  if (process.env.BENCH_ONLY === "stats") return statsOnly();
  const started = Date.now();
  ensureBuild(root);
  const server = await startServer(root);
  const browser = await launch();
  const tmp = mkdtempSync(join(tmpdir(), "atlas-bench-data-"));
  const results = { date: new Date().toISOString(), steps: STEPS, scrub: [], imports: [], theatres_scrub: [] };
  try {
    log("startup");
    const s = await startup(browser, server.url);
    results.startup_ms = s.startup_ms;
    results.startup_runs_ms = s.startup_runs_ms;
    results.startup_breakdown_ms = s.startup_breakdown_ms;
    results.startup_no_event_layers_ms = s.startup_no_event_layers_ms;
    results.startup_no_event_layers_runs_ms = s.startup_no_event_layers_runs_ms;
    log("bytes");
    results.bytes = await measureBytes(root, server.url, s.requests);
    results.first_load_js_gzip_kb = results.bytes.first_load_js_gzip_kb;
    if (process.env.BENCH_ONLY !== "startup") await restOfBench(browser, server, tmp, results);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    // Written even when a step failed, so a long run is not lost.
    results.total_s = (Date.now() - started) / 1000;
    writeFileSync(join(root, "bench-results.json"), JSON.stringify(results, null, 2) + "\n");
  }
  printReport(results);
}

/** Everything after startup and bytes: the scrub cells, imports, playback, statistics, tiles. */
async function restOfBench(browser, server, tmp, results) {
  {
    log("basemap frame cost (?layers=)");
    {
      const { page, context } = await openAtlas(browser, server.url + "/?layers=");
      await addProbe(page, root);
      results.basemap_floor = await floorOnly(page, STEPS);
      await context.close();
    }

    const files = {};
    for (const n of SIZES) {
      const file = join(tmp, `synthetic-${n}.geojson`);
      const bytes = writeSynthetic(file, n, SEED);
      files[n] = file;
      log(`${n} events (${(bytes / 1e6).toFixed(1)} MB): import`);
      const { page, context } = await openAtlas(browser, server.url + "/");
      await page.route("**/__bench/data.geojson", (route) =>
        route.fulfill({ path: file, contentType: "application/geo+json" }),
      );
      await addProbe(page, root);
      const imp = await importFile(page, file, n, server.url + "/__bench/data.geojson");
      results.imports.push({
        features: n,
        file_mb: bytes / 1e6,
        import_to_idle_ms: imp.ms,
        import_to_store_ms: imp.inStoreMs,
        via: imp.via,
      });
      for (const cell of CELLS) {
        log(`${n} events: scrub ${cell.widthDays} d stepping ${cell.stepDays}`);
        const r = await scrubCell(page, { ...cell, steps: STEPS });
        log(
          `  ours p95 ${r.ours.p95_frame.toFixed(0)} ms, naive p95 ${r.naive.p95_frame.toFixed(0)} ms, floor p50 ${r.floor.p50_frame.toFixed(1)} ms`,
        );
        results.scrub.push({
          features: n,
          window_days: cell.widthDays,
          step_days: cell.stepDays,
          ours_p50_ms: r.ours.p50_frame,
          ours_p95_ms: r.ours.p95_frame,
          ours_idle_p50_ms: r.ours.p50_idle,
          ours_idle_p95_ms: r.ours.p95_idle,
          naive_p50_ms: r.naive.p50_frame,
          naive_p95_ms: r.naive.p95_frame,
          naive_idle_p50_ms: r.naive.p50_idle,
          naive_idle_p95_ms: r.naive.p95_idle,
          floor_ms: r.floor.p50_frame,
          floor_p95_ms: r.floor.p95_frame,
          floor_idle_p50_ms: r.floor.p50_idle,
          timed_out_steps: r.ours.timed_out + r.naive.timed_out + r.floor.timed_out,
        });
      }
      if (n === THEATRES_AT) {
        log(`${n} events: the Theatres view (two maps)`);
        const zooms = await page.evaluate(() => window.__benchProbe.showTheatres());
        for (const cell of CELLS) {
          const single = results.scrub.find((x) => x.features === n && x.window_days === cell.widthDays);
          const two = await theatresCell(page, { ...cell, steps: STEPS });
          log(
            `  ${cell.widthDays} d: two maps p95 ${two.p95_frame.toFixed(0)} ms, single map p95 ${single.ours_p95_ms.toFixed(0)} ms`,
          );
          results.theatres_scrub.push({
            features: n,
            window_days: cell.widthDays,
            step_days: cell.stepDays,
            map_zooms: zooms,
            single_p50_ms: single.ours_p50_ms,
            single_p95_ms: single.ours_p95_ms,
            theatres_p50_ms: two.p50_frame,
            theatres_p95_ms: two.p95_frame,
            theatres_idle_p95_ms: two.p95_idle,
            timed_out_steps: two.timed_out,
          });
        }
      }
      await context.close();
    }

    if (SIZES.includes(1000)) {
      log("playback at 1,000 events");
      results.playback = await playback(browser, server.url, files[1000], 1000);
    }

    const statsN = Math.max(...SIZES);
    log(`panel statistics at ${statsN} events (Node)`);
    results.stats = panelStats(files[statsN]);

    log(`PMTiles prototype at ${statsN} events`);
    const fc = syntheticCollection(statsN, SEED);
    const built = buildArchive(fc);
    results.pmtiles = {
      features: statsN,
      build_ms: built.build_ms,
      ...built.info,
      readback: await verifyArchive(built.archive, built.tiles),
    };
    log(`PMTiles prototype in the page: scrubbing ${statsN} events on tiles`);
    results.pmtiles.scrub = await tilesInPage(browser, server.url, built.archive);
    results.aggregate_index = {
      features: statsN,
      ...aggregateIndex(fc, [...windows(90, 30, STEPS), ...windows(5 * 365, 90, STEPS)]),
    };
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
