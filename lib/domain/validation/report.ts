/**
 * How `npm run data:check` writes problems and its summary. Pure string formatting.
 *
 * Contract: `formatProblem` writes one line per problem,
 * `file: feature <id or #index> field <field>: message` (`#index` is the 0-based position in
 * `features`, used when the feature has no usable id); a file-level problem is written
 * `file: <field>: message`. `formatSummary` writes one line with the total and, per file,
 * its feature count and problem count, then each of `otherFiles` (the metadata files) with
 * its problem count.
 */
import type { DatasetProblem } from "./problem";

/** One problem as one line of text; see the module contract. */
export function formatProblem(p: DatasetProblem): string {
  if (p.index === null) return `${p.file}: ${p.field}: ${p.message}`;
  const feature = p.id !== null ? `feature ${p.id}` : `feature #${p.index}`;
  return p.field === ""
    ? `${p.file}: ${feature}: ${p.message}`
    : `${p.file}: ${feature} field ${p.field}: ${p.message}`;
}

/** The summary line: total problems, then per file its features and problems. */
export function formatSummary(
  problems: readonly DatasetProblem[],
  featureCounts: ReadonlyMap<string, number | null>,
  otherFiles: readonly string[] = [],
): string {
  const countOf = (file: string) => {
    const count = problems.filter((p) => p.file === file).length;
    return `${count} problem${count === 1 ? "" : "s"}`;
  };
  const perFile = [
    ...[...featureCounts].map(([file, features]) => {
      const what = features === null ? "unreadable" : `${features} feature${features === 1 ? "" : "s"}`;
      return `${file} ${what}, ${countOf(file)}`;
    }),
    ...otherFiles.map((file) => `${file} ${countOf(file)}`),
  ];
  const total = problems.length;
  const files = featureCounts.size + otherFiles.length;
  const head =
    total === 0 ? "data:check OK: no problems" : `data:check FAILED: ${total} problem${total === 1 ? "" : "s"}`;
  return `${head} in ${files} file${files === 1 ? "" : "s"} (${perFile.join("; ")})`;
}
