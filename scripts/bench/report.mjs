/**
 * The benchmark's table: scrub latency with the ratios that count (ours/naive and
 * ours/floor, at p95), then panel statistics, playback, startup and bytes, each with its
 * target from the performance issue.
 */
const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "–");
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

function row(cells, widths) {
  return cells.map((c, i) => String(c).padStart(widths[i] ?? 10)).join("  ");
}

/** The panel statistics' lines: the Summary's figures against the target, then the visible set. */
function statsLines(t) {
  const out = [];
  out.push(
    "",
    `Panel statistics at ${t.features} events: the Summary's figures per window change as the app computes them (per-period aggregates of ${t.period_days} days + an exact pass at the window's edges), p95 of the worse window:`,
    `  ${f(t.summary_ms, 2)} ms; target ≤ ${t.summary_target_ms ?? 4} ms; baseline, same run: the linear summary of the visible set ${f(t.summary_linear_ms, 2)} ms (${ratio(t.summary_ms, t.summary_linear_ms)}); aggregates built once ${f(t.aggregates_build_ms)} ms`,
  );
  for (const c of t.cells) {
    out.push(
      `  ${c.window_days} d window: ~${c.mean_visible} visible; figures p50/p95 ${f(c.summary_p50_ms, 2)}/${f(c.summary_p95_ms, 2)} ms, linear ${f(c.summary_linear_p50_ms, 2)}/${f(c.summary_linear_p95_ms, 2)} ms`,
    );
  }
  out.push(
    `  the visible set (time index, shared with the map and the list) + a simple count: ${f(t.ours_ms, 2)} ms, linear scan ${f(t.naive_ms, 2)} ms (${ratio(t.ours_ms, t.naive_ms)}); index build once ${f(t.index_build_ms)} ms`,
  );
  for (const c of t.cells) {
    out.push(
      `    ${c.window_days} d: p50/p95 ${f(c.ours_p50_ms, 2)}/${f(c.ours_p95_ms, 2)} ms, scan ${f(c.naive_p50_ms, 2)}/${f(c.naive_p95_ms, 2)} ms`,
    );
  }
  return out;
}

/** BENCH_ONLY=stats prints only this part (the rest of the results may be from another run). */
export function printStatsReport(stats) {
  console.log([...statsLines(stats), "", "Written to bench-results.json (stats)."].join("\n"));
}

export function printReport(r) {
  const out = [];
  out.push("", "Scrub latency (ms): change → first frame showing the new window / → map idle");
  const widths = [8, 7, 14, 14, 13, 13, 11, 13, 13];
  out.push(
    row(
      [
        "events",
        "window",
        "ours p50/p95",
        "naive p50/p95",
        "ours idle p95",
        "floor p50/p95",
        "ours/naive",
        "ours/floor p95",
        "ours/floor p50",
      ],
      widths,
    ),
  );
  for (const s of r.scrub) {
    out.push(
      row(
        [
          s.features,
          `${s.window_days} d`,
          `${f(s.ours_p50_ms)}/${f(s.ours_p95_ms)}`,
          `${f(s.naive_p50_ms)}/${f(s.naive_p95_ms)}`,
          f(s.ours_idle_p95_ms),
          `${f(s.floor_ms)}/${f(s.floor_p95_ms)}`,
          ratio(s.ours_p95_ms, s.naive_p95_ms),
          ratio(s.ours_p95_ms, s.floor_p95_ms),
          ratio(s.ours_p50_ms, s.floor_ms),
        ],
        widths,
      ),
    );
  }
  out.push(
    "targets: ours/naive ≤ 1 in every cell (p95); at 10,000 ours within 2× the floor (p95 against p95, and p50 against p50); at 100,000 ours p95 < 400 ms",
  );
  for (const t of r.theatres_scrub ?? []) {
    out.push(
      `Two maps (Theatres view) at ${t.features} events, ${t.window_days} d window: p50/p95 ${f(t.theatres_p50_ms)}/${f(t.theatres_p95_ms)} ms beside the single map's ${f(t.single_p50_ms)}/${f(t.single_p95_ms)} ms: ${ratio(t.theatres_p95_ms, t.single_p95_ms)} at p95, ${ratio(t.theatres_p50_ms, t.single_p50_ms)} at p50; target ≤ 1.5× at 10,000`,
    );
  }
  if (r.basemap_floor)
    out.push(
      `Basemap alone (?layers=): repaint p50 ${f(r.basemap_floor.p50_frame, 1)} ms, p95 ${f(r.basemap_floor.p95_frame, 1)} ms`,
    );
  for (const i of r.imports ?? [])
    out.push(
      `Import of ${i.features} events (${f(i.file_mb, 1)} MB) to map idle: ${f(i.import_to_idle_ms)} ms via ${i.via}` +
        (i.import_to_store_ms === undefined
          ? ""
          : ` (in the store after ${f(i.import_to_store_ms)} ms: read, checked and derived in the import worker and handed over; the rest is the map's data built, tiled and drawn)`),
    );
  if (r.stats) out.push(...statsLines(r.stats));
  if (r.playback) {
    const p = r.playback;
    out.push(
      "",
      `Playback at ${p.features} events: ${f(p.fps, 1)} frames/s (map drew ${f(p.map_fps, 1)}/s) via ${p.via}; target ≥ 50`,
      `  floor: the map repainting every frame with nothing changed runs at ${f(p.repaint_floor_fps, 1)} frames/s here (playback ${ratio(p.fps, p.repaint_floor_fps)} of it)`,
    );
  }
  out.push(
    "",
    `Startup to map idle: median ${f(r.startup_ms)} ms of [${(r.startup_runs_ms ?? []).join(", ")}]; target ≤ 1500`,
  );
  if (r.startup_no_event_layers_ms !== undefined) {
    out.push(
      `  baseline, same run: the page with every event layer off (?layers=) ${f(r.startup_no_event_layers_ms)} ms of [${(r.startup_no_event_layers_runs_ms ?? []).join(", ")}] (startup ${ratio(r.startup_ms, r.startup_no_event_layers_ms)} of it)`,
    );
  }
  if (r.startup_breakdown_ms) {
    const b = r.startup_breakdown_ms;
    const phases = [
      ["HTML received", b.html_ms],
      ["scripts run (DOMContentLoaded)", b.dom_content_loaded_ms],
      ["events file received", b.data_file_ms],
      ["atlas first render", b.atlas_render_ms],
      ["map code received", b.map_code_ms],
      ["map created", b.map_created_ms],
      ["basemap received", b.basemap_ms],
      ["map idle", b.idle_ms],
    ];
    out.push(
      `  where the time goes (median ms after navigation start, each phase on its own): ${phases.map(([name, ms]) => `${name} ${f(ms)}`).join(" · ")}`,
    );
  }
  if (r.bytes) {
    const b = r.bytes;
    out.push(
      `First-load JS: ${f(b.first_load_js_gzip_kb, 1)} KB gzipped (${b.first_load_js_files} files, ${f(b.first_load_js_raw_kb, 1)} KB raw; the noModule polyfill, ${f(b.nomodule_polyfill_gzip_kb, 1)} KB, apart); target ≤ 200`,
      `Lazily loaded JS (map, MapLibre and its worker): ${f(b.lazy_js_gzip_kb, 1)} KB gzipped (${b.lazy_js_files} files)`,
      `HTML (the same for every URL): ${f(b.html_raw_kb, 1)} KB raw, ${f(b.html_gzip_kb, 1)} KB gzipped`,
      ...(b.data_file
        ? [
            `Events file (${b.data_file.path}, cached for ever): ${f(b.data_file.raw_kb, 1)} KB raw, ${f(b.data_file.gzip_kb, 1)} KB gzipped`,
          ]
        : []),
      `Basemap: ${f(b.basemap.raw_kb, 1)} KB raw, ${f(b.basemap.gzip_kb, 1)} KB gzipped (${b.basemap.files} files)`,
      `Geodata: ${f(b.geodata.raw_kb, 1)} KB raw, ${f(b.geodata.gzip_kb, 1)} KB gzipped (${b.geodata.files} files)`,
    );
  }
  if (r.pmtiles) {
    const p = r.pmtiles;
    out.push(
      "",
      `PMTiles prototype (${p.features} events, z0–${p.kept_per_zoom.length - 1}): ${p.tiles} tiles, ${p.archive_kb} KB, largest tile ${p.max_tile_kb} KB gzipped, built in ${f(p.build_ms / 1000, 1)} s; read back with the pmtiles decoder: header ${p.readback.header_ok ? "ok" : "WRONG"}, ${p.readback.mismatches} of ${p.readback.tiles_checked} tiles differ; z0 keeps ${p.readback.z0_features} features`,
    );
  }
  if (r.pmtiles?.scrub) {
    const t = r.pmtiles.scrub;
    out.push(
      `  loaded through the pmtiles protocol in the page (zoom ${f(t.zoom, 1)}, event layers off), window as a filter on the tiles:`,
    );
    for (const c of t.cells) {
      out.push(
        `    ${c.window_days} d: p50/p95 ${f(c.tiles_p50_ms)}/${f(c.tiles_p95_ms)} ms, idle p95 ${f(c.tiles_idle_p95_ms)} ms; floor p50/p95 ${f(c.floor_ms)}/${f(c.floor_p95_ms)} ms`,
      );
    }
  }
  if (r.aggregate_index) {
    const a = r.aggregate_index;
    out.push(
      `Aggregate time index: ${f(a.bytes / 1024, 1)} KB; exact counts for ${a.windows - a.wrong} of ${a.windows} windows against a linear count`,
    );
  }
  out.push("", `Total run: ${f(r.total_s)} s. Written to bench-results.json.`);
  console.log(out.join("\n"));
}
