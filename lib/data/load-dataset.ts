/**
 * Server-only: reads geodata/*.geojson from disk (at build time for the static page) and
 * builds the dataset. Problems are logged so a broken data edit shows in the build output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type Dataset } from "./build-dataset";

let cached: Dataset | null = null;

/** The dataset, read once per server process. */
export function getDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}

// The geodata folder is read at run time from the project root; it is not bundled.
export function loadDataset(dir = join(/* turbopackIgnore: true */ process.cwd(), "geodata")): Dataset {
  const files = readdirSync(/* turbopackIgnore: true */ dir)
    .filter((n) => n.endsWith(".geojson"))
    .sort()
    .map((file) => ({ file, text: readFileSync(/* turbopackIgnore: true */ join(dir, file), "utf8") }));
  const dataset = buildDataset(files);
  for (const p of dataset.problems) {
    console.warn(`geodata: ${p.file} feature ${p.id ?? `#${p.index}`} ${p.field}: ${p.message} (left out)`);
  }
  return dataset;
}
