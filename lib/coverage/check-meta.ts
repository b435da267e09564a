/**
 * The checks `npm run data:check` runs on `dataset.json` and `coverage.json`: each must be
 * present and parse, and then agree with the events (see `coverageRuleProblems`). Problems
 * come back in the dataset validator's own shape, as file-level problems, so they print the
 * same way. Pure: the caller reads the files (a missing file is passed as null).
 */
import type { DatasetProblem } from "../domain/validation/problem";
import { coverageRuleProblems, type CoveredEvent } from "./coverage-table";
import { parseCoverage, parseDatasetMeta } from "./parse-meta";
import type { Coverage, DatasetMeta } from "./coverage-schema";

export const META_FILE = "dataset.json";
export const COVERAGE_FILE = "coverage.json";

export interface MetaCheck {
  problems: DatasetProblem[];
  meta: DatasetMeta | null;
  coverage: Coverage | null;
}

const fileProblem = (file: string, field: string, message: string): DatasetProblem => ({
  file,
  id: null,
  index: null,
  field,
  message,
});

export function checkMetaFiles(
  metaText: string | null,
  coverageText: string | null,
  events: readonly CoveredEvent[],
): MetaCheck {
  const problems: DatasetProblem[] = [];
  let meta: DatasetMeta | null = null;
  let coverage: Coverage | null = null;
  if (metaText === null)
    problems.push(
      fileProblem(META_FILE, "(file)", "is missing; it holds the dataset's version, dataThrough date and definition"),
    );
  else {
    const r = parseDatasetMeta(metaText);
    if (r.ok) meta = r.value;
    else problems.push(...r.problems.map((p) => fileProblem(META_FILE, p.field, p.message)));
  }
  if (coverageText === null)
    problems.push(
      fileProblem(
        COVERAGE_FILE,
        "(file)",
        "is missing; it holds each series' coverage and the reasons for empty years",
      ),
    );
  else {
    const r = parseCoverage(coverageText);
    if (r.ok) coverage = r.value;
    else problems.push(...r.problems.map((p) => fileProblem(COVERAGE_FILE, p.field, p.message)));
  }
  if (meta && coverage) {
    for (const p of coverageRuleProblems(events, meta, coverage))
      problems.push(fileProblem(p.file, p.field, p.message));
  }
  return { problems, meta, coverage };
}
