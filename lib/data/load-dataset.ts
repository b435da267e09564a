/**
 * Server-only: reads geodata/*.geojson from disk (at build time for the static page) and
 * builds the dataset. Problems are logged so a broken data edit shows in the build output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type Dataset } from "./build-dataset";

export function loadDataset(dir = join(process.cwd(), "geodata")): Dataset {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".geojson"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
  const dataset = buildDataset(files);
  for (const p of dataset.problems) {
    console.warn(`geodata: ${p.file} feature ${p.id ?? `#${p.index}`} ${p.field}: ${p.message} (left out)`);
  }
  return dataset;
}
