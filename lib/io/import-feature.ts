/**
 * One imported feature, from raw (untrusted) properties and geometry to an `EventFeature`.
 *
 * Contract: `checkImportedFeature(raw)` never throws. It returns the feature (with its new id)
 * or every problem found, each as `{ field, reason }`: over-long text, the geometry rules
 * (`import-geometry.ts`), the import schema (`import-schema.ts`), and the dataset's own
 * per-feature rules (start ≤ end, geometry type fits the location precision, inferred
 * segments exist). Property paths are written without a `properties.` prefix, geometry paths
 * start with `geometry`, as in `npm run data:check`.
 */
import type { EventFeature } from "../domain/feature-types";
import { dateOrderProblems, geometryKindProblems, inferredSegmentProblems } from "../domain/validation/feature-rules";
import { formatPath, type JsonPath } from "../domain/validation/problem";
import { capIssues, checkImportGeometry } from "./import-geometry";
import { importedProperties } from "./import-schema";
import { personnelProblems } from "../domain/validation/personnel-rules";
import { MAX_ISSUES_PER_FEATURE, MAX_TEXT_LENGTH } from "./limits";
import { formatInt } from "../text/numbers";

export interface RawFeature {
  properties: Record<string, unknown>;
  geometry: unknown;
  /** The new id (see `ids.ts`). */
  id: string;
}

/** Charges a feature's position count to its file's budget, or says why not. */
export type ChargeVertices = (vertices: number) => string | null;

export interface FieldProblem {
  field: string;
  reason: string;
}

export type FeatureCheck =
  { ok: true; feature: EventFeature; vertices: number } | { ok: false; problems: FieldProblem[] };

/** Whether any text value in the properties is longer than the limit (iterative, no paths). */
function hasOverlongText(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.length > MAX_TEXT_LENGTH) return true;
    } else if (typeof v === "object" && v !== null) {
      for (const item of Object.values(v)) if (typeof item === "object" || typeof item === "string") stack.push(item);
    }
  }
  return false;
}

/** Paths of text values longer than the limit, anywhere in the properties (iterative). */
function overlongText(value: unknown): JsonPath[] {
  if (!hasOverlongText(value)) return [];
  const out: JsonPath[] = [];
  const stack: Array<{ v: unknown; path: JsonPath }> = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: JsonPath };
    if (typeof v === "string") {
      if (v.length > MAX_TEXT_LENGTH) out.push(path);
    } else if (Array.isArray(v)) {
      v.forEach((item: unknown, i) => stack.push({ v: item, path: [...path, i] }));
    } else if (typeof v === "object" && v !== null) {
      for (const [k, item] of Object.entries(v)) stack.push({ v: item, path: [...path, k] });
    }
  }
  return out;
}

export function checkImportedFeature(raw: RawFeature, charge?: ChargeVertices): FeatureCheck {
  const problems: FieldProblem[] = [];
  const add = (path: JsonPath, reason: string) => problems.push({ field: formatPath(path), reason });

  for (const path of overlongText(raw.properties)) {
    add(path, `is longer than ${formatInt(MAX_TEXT_LENGTH)} characters`);
  }
  if (problems.length > 0) return { ok: false, problems: capped(problems) };

  const geometry = checkImportGeometry(raw.geometry, charge);
  if (!geometry.ok) {
    for (const g of geometry.issues) add(g.path === "" ? ["geometry"] : ["geometry", g.path], g.message);
  }
  const type = geometry.ok ? geometry.geometry.type : "Point";
  const props = importedProperties(raw.properties, type, raw.id);
  if (!props.ok) for (const p of props.problems) add(p.path, p.message);
  for (const p of dateOrderProblems(raw.properties)) add(p.path, p.message);

  if (geometry.ok && props.ok) {
    const p = props.properties as unknown as Record<string, unknown>;
    const rules = [
      ...geometryKindProblems(false, p, geometry.geometry),
      ...inferredSegmentProblems(p, geometry.geometry),
      ...personnelProblems(p),
    ];
    for (const r of rules) {
      add(r.path, r.message);
    }
  }
  const unique = capped(dedupe(problems));
  if (unique.length > 0 || !geometry.ok || !props.ok) return { ok: false, problems: unique };
  return {
    ok: true,
    vertices: geometry.vertices,
    feature: { type: "Feature", properties: props.properties, geometry: geometry.geometry },
  };
}

function capped(problems: FieldProblem[]): FieldProblem[] {
  return capIssues(problems, MAX_ISSUES_PER_FEATURE, (n) => ({
    field: "feature",
    reason: `has ${formatInt(n)} more problems not listed`,
  }));
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.field}\u0000${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
