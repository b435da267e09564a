/**
 * Headless Chromium for the benchmark (software WebGL through SwiftShader, the same flags
 * as the end-to-end tests), the in-page probe (scripts/bench/page/probe.ts bundled with
 * esbuild), and loading a dataset through the app's import control.
 */
import { build } from "esbuild";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { findChromium } from "../find-chromium.mjs";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

export const VIEWPORT = { width: 1280, height: 800 };

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}

let probeSource = null;
export async function probeScript(root) {
  if (probeSource) return probeSource;
  const out = await build({
    entryPoints: [join(root, "scripts", "bench", "page", "probe.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "silent",
  });
  probeSource = out.outputFiles[0].text;
  return probeSource;
}

/**
 * Records performance.now() when the map container first says "idle" (navigation start = 0),
 * and when the map's canvas first exists (MapLibre constructed), for the startup breakdown.
 */
const IDLE_MARK = () => {
  const mark = () => {
    if (window.__benchMapAt === undefined && document.querySelector(".map-container canvas"))
      window.__benchMapAt = performance.now();
    const el = document.querySelector('.map-container[data-map-state="idle"]');
    if (el && window.__benchIdleAt === undefined) window.__benchIdleAt = performance.now();
  };
  new MutationObserver(mark).observe(document, {
    subtree: true,
    attributes: true,
    childList: true,
    attributeFilter: ["data-map-state"],
  });
};

/**
 * Where the time to map idle went, in ms from navigation start, read from the page's own
 * timings: the HTML received, the page's scripts run (DOMContentLoaded), the events file
 * received, the atlas's first render (the app's "atlas:data-ready" mark), the map's code
 * received (the last JavaScript response asked for before the map was created), the map
 * created (its canvas), the basemap received (the last /basemap/ response) and idle.
 */
const BREAKDOWN = () => {
  const nav = performance.getEntriesByType("navigation")[0];
  const res = performance.getEntriesByType("resource");
  const lastEnd = (test, before = Infinity) =>
    Math.max(
      -1,
      ...res.filter((r) => r.startTime < before && test(new URL(r.name).pathname)).map((r) => r.responseEnd),
    );
  const mark = performance.getEntriesByName("atlas:data-ready")[0];
  const orNull = (x) => (x === undefined || x < 0 ? null : Math.round(x));
  return {
    html_ms: orNull(nav?.responseEnd),
    dom_content_loaded_ms: orNull(nav?.domContentLoadedEventEnd),
    data_file_ms: orNull(lastEnd((p) => p.startsWith("/data/"))),
    atlas_render_ms: orNull(mark?.startTime),
    // Scripts asked for before the map existed (the import worker's, asked for after the
    // first idle, is not the map's code).
    map_code_ms: orNull(lastEnd((p) => p.endsWith(".js") || p.endsWith(".mjs"), window.__benchMapAt ?? Infinity)),
    map_created_ms: orNull(window.__benchMapAt),
    basemap_ms: orNull(lastEnd((p) => p.startsWith("/basemap/"))),
    idle_ms: orNull(window.__benchIdleAt),
  };
};

/** Opens `url` in a fresh context; resolves once the map is idle. Returns { page, context, idleAt, breakdown, requests }. */
export async function openAtlas(browser, url) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: "light",
    reducedMotion: "no-preference",
  });
  await context.addInitScript(IDLE_MARK);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(
    () =>
      window.__benchIdleAt !== undefined && window.__atlasMap?.loaded() === true && window.__atlasStore !== undefined,
    undefined,
    {
      timeout: 120_000,
      polling: 50,
    },
  );
  const idleAt = await page.evaluate(() => window.__benchIdleAt);
  const breakdown = await page.evaluate(BREAKDOWN);
  return { page, context, idleAt, breakdown, requests, errors };
}

export async function addProbe(page, root) {
  await page.evaluate(await probeScript(root));
}

/**
 * Loads the file at `path` as a user would: the "Import data" file input, then waits until
 * the store holds `expected` imported events and the map is idle. Without that control (an
 * app before the import feature), the events are built with the app's own `toAtlasEvent` in
 * the page and added with the store's `addImport`. Returns { ms, inStoreMs, via }: to map idle,
 * and until the store held the events.
 */
export async function importFile(page, path, expected, serveUrl) {
  const input = page.getByLabel("Import data", { exact: true });
  const t0 = Date.now();
  let via;
  if ((await input.count()) > 0) {
    via = "file input";
    await input.first().setInputFiles(path);
  } else {
    via = "addImport (no import control in this build)";
    await page.evaluate(([u, n]) => window.__benchProbe.addImportDirectly(u, n), [serveUrl, path.split("/").pop()]);
  }
  await page.waitForFunction((n) => window.__benchProbe.importedCount() >= n, expected, {
    timeout: 300_000,
    polling: 100,
  });
  // Checked, derived and handed to the page (to within the 100 ms polling); the rest is the map's.
  const inStoreMs = Date.now() - t0;
  await page.waitForFunction(() => window.__atlasMap.loaded(), undefined, { timeout: 300_000, polling: 100 });
  await page.evaluate(() => window.__benchProbe.settle());
  const ms = Date.now() - t0;
  // The import report opens as a modal dialog; close it as a reader would before going on.
  const dialog = page.locator("dialog[open]");
  if ((await dialog.count()) > 0) {
    await page.keyboard.press("Escape");
    if ((await dialog.count()) > 0)
      await dialog
        .getByRole("button", { name: /close|ok|done/i })
        .first()
        .click();
  }
  return { ms, inStoreMs, via };
}
