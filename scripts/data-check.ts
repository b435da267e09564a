/**
 * `npm run data:check`: validates every `*.geojson` file in `geodata/` (or in the folder given
 * as the first argument) and, when the folder has them, its `dataset.json` and
 * `coverage.json` (the bundled geodata must: tests/data/coverage.test.ts) and, when it has a
 * `tours/` folder, every `tours/*.json` guided tour, prints every problem at once, one per
 * line, then one summary line.
 * Exit code 0 when there is no problem, 1 otherwise (also when there is no data file at all).
 * All the judging happens in `lib/domain/validate-dataset.ts`, `lib/coverage/check-meta.ts`
 * and `lib/tours/check-tours.ts`; this file only does the I/O.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inspectDataset, type DataFile } from "../lib/domain/validate-dataset";
import { formatProblem, formatSummary } from "../lib/domain/validation/report";
import { buildDataset } from "../lib/data/build-dataset";
import { checkMetaFiles, COVERAGE_FILE, META_FILE } from "../lib/coverage/check-meta";
import { checkTourFiles, toursSummary, TOURS_DIR } from "../lib/tours/check-tours";
import { readTourFiles } from "../lib/data/load-dataset";

const defaultDir = fileURLToPath(new URL("../geodata/", import.meta.url));
const dir = resolve(process.argv[2] ?? defaultDir);

function readDataFiles(folder: string): DataFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".geojson"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), "utf8") }));
}

const readOptional = (file: string): string | null =>
  existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8") : null;

let files: DataFile[];
try {
  files = readDataFiles(dir);
} catch (err) {
  console.error(`data:check: cannot read ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`data:check FAILED: no *.geojson files in ${dir}`);
  process.exit(1);
}
const { problems, featureCounts } = inspectDataset(files);
const metaText = readOptional(META_FILE);
const coverageText = readOptional(COVERAGE_FILE);
// Either file present means both are expected (a lone one is reported as missing its twin).
const others = metaText === null && coverageText === null ? [] : [META_FILE, COVERAGE_FILE];
const events = buildDataset(files, problems).events;
const meta = others.length === 0 ? [] : checkMetaFiles(metaText, coverageText, events).problems;
const hasTours = existsSync(join(dir, TOURS_DIR));
const tourFiles = hasTours ? readTourFiles(dir) : [];
const tours = checkTourFiles(tourFiles, events);
const all = [...problems, ...meta, ...tours.problems];
for (const p of all) console.log(formatProblem(p));
const summary = formatSummary(all, featureCounts, [...others, ...tourFiles.map((t) => t.file)]);
console.log(hasTours ? summary + toursSummary(tourFiles.length, tours.tours.length) : summary);
process.exitCode = all.length === 0 ? 0 : 1;
