/**
 * Server-only: reads geodata/*.geojson from disk (at build time for the static page) and
 * builds the dataset. Problems are logged so a broken data edit shows in the build output.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type Dataset } from "./build-dataset";
import { checkMetaFiles, COVERAGE_FILE, META_FILE } from "../coverage/check-meta";
import type { Coverage, DatasetMeta } from "../coverage/coverage-schema";

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

export interface DatasetDescription {
  meta: DatasetMeta | null;
  coverage: Coverage | null;
}

let cachedDescription: DatasetDescription | null = null;

/**
 * dataset.json and coverage.json, checked against the events. A problem is logged and that
 * file is then absent (null): the app says so rather than showing a coverage it cannot trust.
 */
export function getDatasetDescription(): DatasetDescription {
  cachedDescription ??= loadDescription();
  return cachedDescription;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(/* turbopackIgnore: true */ path, "utf8");
  } catch {
    return null;
  }
}

export function loadDescription(dir = join(/* turbopackIgnore: true */ process.cwd(), "geodata"), events = getDataset().events): DatasetDescription {
  const check = checkMetaFiles(readOrNull(join(dir, META_FILE)), readOrNull(join(dir, COVERAGE_FILE)), events);
  for (const p of check.problems) console.warn(`geodata: ${p.file} ${p.field}: ${p.message}`);
  const bad = new Set(check.problems.map((p) => p.file));
  return { meta: bad.has(META_FILE) ? null : check.meta, coverage: bad.has(COVERAGE_FILE) ? null : check.coverage };
}
