/**
 * `npm run data:check`: validates every `*.geojson` file in `geodata/` (or in the folder given
 * as the first argument), prints every problem at once, one per line, then one summary line.
 * Exit code 0 when there is no problem, 1 otherwise (also when there is no data file at all).
 * All the judging happens in `lib/domain/validate-dataset.ts`; this file only does the I/O.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inspectDataset, type DataFile } from "../lib/domain/validate-dataset";
import { formatProblem, formatSummary } from "../lib/domain/validation/report";

const defaultDir = fileURLToPath(new URL("../geodata/", import.meta.url));
const dir = resolve(process.argv[2] ?? defaultDir);

function readDataFiles(folder: string): DataFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".geojson"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(folder, file), "utf8") }));
}

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
for (const p of problems) console.log(formatProblem(p));
console.log(formatSummary(problems, featureCounts));
process.exitCode = problems.length === 0 ? 0 : 1;
