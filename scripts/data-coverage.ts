/**
 * `npm run data:coverage`: prints what the bundled dataset covers (see
 * lib/coverage/coverage-report.ts). Exit code 1 when the metadata files are missing or
 * invalid, or when a side has no event in a year without a recorded reason.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { loadDataset, loadDescription } from "../lib/data/load-dataset";
import { coverageReport } from "../lib/coverage/coverage-report";

const dir = resolve(process.argv[2] ?? fileURLToPath(new URL("../geodata/", import.meta.url)));
const dataset = loadDataset(dir);
const { meta, coverage } = loadDescription(dir, dataset.events);
if (!meta || !coverage) {
  console.error("data:coverage: dataset.json or coverage.json is missing or invalid; run npm run data:check");
  process.exit(1);
}
const { text, unexplained } = coverageReport(dataset.events, meta, coverage);
console.log(text);
process.exitCode = unexplained === 0 ? 0 : 1;
