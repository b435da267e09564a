#!/usr/bin/env node
/**
 * The README's screenshots: the production app at 1280×800 in the light and the dark theme,
 * with a joint air patrol selected (route arrows, a dashed inferred leg, the details
 * panel with its sources). Builds if needed, serves on a free loopback port, saves
 * docs/screenshot-light.png and docs/screenshot-dark.png, stops the server.
 *
 *   node scripts/screenshots.mjs [event-id]
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "./find-chromium.mjs";
import { ensureBuild, startServer } from "./serve-production.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const selected = process.argv[2] ?? "air-patrol-5-2022-11-30";
const outDir = join(root, "docs");

const executablePath = findChromium();
ensureBuild(root);
const server = await startServer(root);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--enable-unsafe-swiftshader",
    "--use-angle=swiftshader",
    "--hide-scrollbars",
  ],
});
try {
  mkdirSync(outDir, { recursive: true });
  for (const colorScheme of ["light", "dark"]) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme,
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/?selected=${encodeURIComponent(selected)}`, { waitUntil: "domcontentloaded" });
    await page.waitForSelector('.map-container[data-map-state="idle"]', { timeout: 60_000 });
    // Settled: the camera has reached the selection and every tile, glyph and fade is done.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const map = window.__atlasMap;
          const done = () => (map.isMoving() || !map.loaded() ? map.once("idle", done) : resolve());
          map.once("idle", done);
          map.triggerRepaint();
        }),
    );
    await page.waitForTimeout(600);
    const file = join(outDir, `screenshot-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
