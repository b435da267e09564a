/**
 * Server-only: reads geodata/*.geojson and geodata/tours/*.json from disk (at build time for
 * the static page) and builds the dataset. Problems are logged so a broken data edit shows in
 * the build output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, type Dataset } from "./build-dataset";
import { formatProblem } from "../domain/validation/report";
import type { DataFile } from "../domain/validate-dataset";
import { TOURS_DIR } from "../tours/check-tours";
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
  const dataset = buildDataset(files, undefined, readTourFiles(dir));
  for (const p of dataset.problems) console.warn(`geodata: ${formatProblem(p)} (left out)`);
  return dataset;
}

/** geodata/tours/*.json as `tours/<name>` (none when the folder is absent). */
export function readTourFiles(dir: string): DataFile[] {
  const toursDir = join(/* turbopackIgnore: true */ dir, TOURS_DIR);
  if (!existsSync(/* turbopackIgnore: true */ toursDir)) return [];
  return readdirSync(/* turbopackIgnore: true */ toursDir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((name) => ({
      file: `${TOURS_DIR}/${name}`,
      text: readFileSync(/* turbopackIgnore: true */ join(toursDir, name), "utf8"),
    }));
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

export function loadDescription(
  dir = join(/* turbopackIgnore: true */ process.cwd(), "geodata"),
  events = getDataset().events,
): DatasetDescription {
  const check = checkMetaFiles(readOrNull(join(dir, META_FILE)), readOrNull(join(dir, COVERAGE_FILE)), events);
  for (const p of check.problems) console.warn(`geodata: ${p.file} ${p.field}: ${p.message}`);
  const bad = new Set(check.problems.map((p) => p.file));
  return { meta: bad.has(META_FILE) ? null : check.meta, coverage: bad.has(COVERAGE_FILE) ? null : check.coverage };
}
