/**
 * Build-time assets served from our own origin, so the default page makes no request
 * elsewhere: MapLibre's worker (maplibre-gl 6 looks for it next to its own file, which
 * does not exist after bundling), the Noto Sans woff2 files used for map labels, and the
 * offline basemap. Run before `next build` and `next dev`.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBasemap } from "./build-basemap.ts";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const publicDir = join(root, "public");

mkdirSync(publicDir, { recursive: true });
const maplibreDist = dirname(require.resolve("maplibre-gl/package.json")) + "/dist";
copyFileSync(join(maplibreDist, "maplibre-gl-worker.mjs"), join(publicDir, "maplibre-gl-worker.mjs"));

const fontDir = join(publicDir, "fonts");
mkdirSync(fontDir, { recursive: true });
const fontFiles = dirname(require.resolve("@fontsource/noto-sans/package.json"));
for (const subset of ["latin", "latin-ext", "cyrillic", "greek"]) {
  const name = `noto-sans-${subset}-400-normal.woff2`;
  copyFileSync(join(fontFiles, "files", name), join(fontDir, name));
}

const sizes = buildBasemap();
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(`prepared worker, fonts and basemap (${(total / 1024).toFixed(0)} KiB of basemap GeoJSON)`);
