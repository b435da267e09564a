/**
 * Rules that look across all features of all files: unique ids and parent links.
 *
 * Contract: both functions take one `FeatureRecord` per feature (in file order) and return
 * problems; they never throw.
 *
 * - `duplicateIdProblems`: an id used more than once is reported at every place it is used,
 *   each problem naming the other places.
 * - `parentProblems`: a non-null `parent` must be the id of an exercise/patrol event (not a
 *   context event) somewhere in the dataset, must not be the feature's own id, and following
 *   parents must never lead back to the feature (every member of a cycle is reported). When an
 *   id is duplicated, the first feature with it is the one parents resolve to.
 */
import type { DatasetProblem } from "./problem";

/** What the cross-feature rules need to know about one feature. */
export interface FeatureRecord {
  file: string;
  index: number;
  /** `properties.id` when it is a string. */
  id: string | null;
  /** True when `properties.kind` is `"context"`. */
  isContext: boolean;
  /** Raw `properties.parent` (only strings are followed). */
  parent: unknown;
}

/** `file feature #3` — how a problem points at another feature. */
export function describePlace(r: Pick<FeatureRecord, "file" | "index">): string {
  return `${r.file} feature #${r.index}`;
}

function problem(r: FeatureRecord, field: string, message: string): DatasetProblem {
  return { file: r.file, id: r.id, index: r.index, field, message };
}

/** Every use of an id that is used more than once; see the module contract. */
export function duplicateIdProblems(records: readonly FeatureRecord[]): DatasetProblem[] {
  const byId = new Map<string, FeatureRecord[]>();
  for (const r of records) {
    if (r.id === null) continue;
    const list = byId.get(r.id) ?? [];
    list.push(r);
    byId.set(r.id, list);
  }
  const out: DatasetProblem[] = [];
  for (const r of records) {
    const same = r.id === null ? [] : (byId.get(r.id) ?? []);
    if (same.length < 2) continue;
    const others = same
      .filter((o) => o !== r)
      .map(describePlace)
      .join(", ");
    out.push(problem(r, "id", `id "${r.id}" must be unique across all files; it is also used by ${others}`));
  }
  return out;
}

/** Unresolved, self-referencing and cyclic parents; see the module contract. */
export function parentProblems(records: readonly FeatureRecord[]): DatasetProblem[] {
  const firstById = new Map<string, FeatureRecord>();
  for (const r of records) if (r.id !== null && !firstById.has(r.id)) firstById.set(r.id, r);
  const parentOf = (r: FeatureRecord): FeatureRecord | undefined =>
    typeof r.parent === "string" ? firstById.get(r.parent) : undefined;

  const out: DatasetProblem[] = [];
  for (const r of records) {
    if (r.isContext || typeof r.parent !== "string") continue;
    const target = firstById.get(r.parent);
    if (r.parent === r.id) {
      out.push(problem(r, "parent", "must not be the event's own id"));
    } else if (target === undefined) {
      out.push(problem(r, "parent", `"${r.parent}" does not match the id of any event in the dataset`));
    } else if (target.isContext) {
      out.push(
        problem(
          r,
          "parent",
          `"${r.parent}" is a context event (${describePlace(target)}); a parent must be an exercise or patrol event`,
        ),
      );
    } else {
      const chain = ancestorChain(r, parentOf);
      if (chain !== null) {
        out.push(problem(r, "parent", `parents form a cycle, so the event is its own ancestor: ${chain.join(" → ")}`));
      }
    }
  }
  return out;
}

/** The id chain from `r` back to itself when `r` is its own ancestor, else null. */
function ancestorChain(r: FeatureRecord, parentOf: (r: FeatureRecord) => FeatureRecord | undefined): string[] | null {
  const chain = [r.id ?? `#${r.index}`];
  const seen = new Set<FeatureRecord>([r]);
  let current = parentOf(r);
  while (current !== undefined) {
    chain.push(current.id ?? `#${current.index}`);
    if (current === r) return chain;
    if (seen.has(current)) return null;
    seen.add(current);
    current = parentOf(current);
  }
  return null;
}
