/**
 * Build-time assets served from our own origin, so the default page makes no request
 * elsewhere: MapLibre's worker (maplibre-gl 6 looks for it next to its own file, which
 * does not exist after bundling), the Noto Sans woff2 files used for map labels, the
 * offline basemap, and the bundled events as one content-named JSON file
 * (public/data/atlas-data.<hash>.json, see lib/data/data-file.ts; older ones are removed).
 * Run before `next build` and `next dev`.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBasemap } from "./build-basemap.ts";
import { bundledDataFile, DATA_DIR, DATA_FILE_PATTERN } from "../lib/data/data-file.ts";

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

const dataDir = join(publicDir, DATA_DIR);
mkdirSync(dataDir, { recursive: true });
const data = bundledDataFile();
for (const old of readdirSync(dataDir))
  if (DATA_FILE_PATTERN.test(old) && old !== data.name) rmSync(join(dataDir, old));
writeFileSync(join(dataDir, data.name), data.text);

const sizes = buildBasemap();
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(
  `prepared worker, fonts, basemap (${(total / 1024).toFixed(0)} KiB of GeoJSON) and ${data.path} (${(data.text.length / 1024).toFixed(0)} KiB)`,
);
