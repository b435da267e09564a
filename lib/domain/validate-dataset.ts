/**
 * The dataset validator behind `npm run data:check`. Pure: no fs, no clock, no globals.
 *
 * Contract: `validateDataset(files)` takes every data file as `{ file, text }` and returns
 * every problem it finds, at once, as `DatasetProblem`s ordered by file (in the order given),
 * then by feature index (file-level problems first). The same problem is never listed twice.
 * An empty list means the dataset is valid. It never throws on bad input.
 *
 * Per file: the text must be JSON (a parse error is one readable problem with line and column),
 * with no `__proto__`, `constructor` or `prototype` key anywhere, shaped as a strict GeoJSON
 * FeatureCollection (see `validation/envelope.ts`).
 *
 * Per feature: properties are parsed with `eventPropertiesSchema`, or with
 * `contextPropertiesSchema` when `properties.kind` is `"context"`, and every zod issue is
 * reported with its path as the field; the geometry passes `checkGeometry`; the rules in
 * `validation/feature-rules.ts` tie dates, geometry type, location precision and
 * `inferredSegments` together, and those in `validation/personnel-rules.ts` tie the personnel
 * fields (scope, joint part, contingents, range) to each other and to the feature's sources.
 *
 * One kind of feature per file: a file holds either exercise/patrol events or context events,
 * never both. The file's kind is the kind of most of its features (a tie goes to the kind of
 * its first feature), and every feature of the other kind is reported on its `kind` field.
 *
 * Across files: ids are unique (every place is reported) and `parent` links resolve to an
 * exercise/patrol event without cycles (see `validation/cross-rules.ts`).
 */
import type { Geometry } from "geojson";
import { checkGeometry } from "../geo/geometry-checks";
import { contextPropertiesSchema, eventPropertiesSchema } from "./schema";
import { duplicateIdProblems, parentProblems, type FeatureRecord } from "./validation/cross-rules";
import { collectionProblems, featureEnvelopeProblems } from "./validation/envelope";
import { dateOrderProblems, geometryKindProblems, inferredSegmentProblems } from "./validation/feature-rules";
import { personnelProblems } from "./validation/personnel-rules";
import { FORBIDDEN_KEYS, findForbiddenKeys } from "./validation/forbidden-keys";
import { parseJsonText } from "./validation/json-text";
import { formatPath, type DatasetProblem, type JsonPath } from "./validation/problem";
import { schemaProblems, type SchemaProblem } from "./validation/zod-issues";

export type { DatasetProblem } from "./validation/problem";

/** One data file: its name (e.g. `nato-drills.geojson`) and its full text. */
export interface DataFile {
  file: string;
  text: string;
}

/** Problems plus how many features each file holds (null when the file has no features array). */
export interface DatasetReport {
  problems: DatasetProblem[];
  featureCounts: Map<string, number | null>;
}

const FORBIDDEN_MESSAGE = "is a forbidden key (__proto__, constructor and prototype are rejected anywhere in the data)";

/** Validates every file and lists every problem; see the module contract. */
export function validateDataset(files: readonly DataFile[]): DatasetProblem[] {
  return inspectDataset(files).problems;
}

/** Like `validateDataset`, and also counts the features of each file (for the summary line). */
export function inspectDataset(files: readonly DataFile[]): DatasetReport {
  const problems: DatasetProblem[] = [];
  const records: FeatureRecord[] = [];
  const featureCounts = new Map<string, number | null>();
  for (const { file, text } of files) {
    const result = checkFile(file, text);
    problems.push(...result.problems);
    records.push(...result.records);
    featureCounts.set(file, result.featureCount);
  }
  problems.push(...duplicateIdProblems(records), ...parentProblems(records));
  const fileOrder = new Map(files.map((f, i) => [f.file, i]));
  return { problems: sortProblems(dedupe(problems), fileOrder), featureCounts };
}

interface FileResult {
  problems: DatasetProblem[];
  records: FeatureRecord[];
  featureCount: number | null;
}

function checkFile(file: string, text: string): FileResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return {
      problems: [{ file, id: null, index: null, field: "json", message: parsed.message }],
      records: [],
      featureCount: null,
    };
  }
  const { features, problems: fileProblems } = collectionProblems(parsed.value);
  const problems: DatasetProblem[] = fileProblems
    .filter((p) => !endsWithForbiddenKey(p.path))
    .map((p) => fileProblem(file, p));
  const forbidden = findForbiddenKeys(parsed.value);
  const forbiddenByFeature = new Map<number, JsonPath[]>();
  for (const path of forbidden) {
    const [first, index, ...rest] = path;
    if (first === "features" && typeof index === "number" && features !== null) {
      forbiddenByFeature.set(index, [...(forbiddenByFeature.get(index) ?? []), rest]);
    } else {
      problems.push(fileProblem(file, { path, message: FORBIDDEN_MESSAGE }));
    }
  }
  if (features === null) return { problems, records: [], featureCount: null };

  const records: FeatureRecord[] = [];
  features.forEach((feature: unknown, index) => {
    const checked = checkFeature(feature);
    const id = checked.id;
    const own = [
      ...(forbiddenByFeature.get(index) ?? []).map((path) => ({ path, message: FORBIDDEN_MESSAGE })),
      ...checked.problems.filter((p) => !endsWithForbiddenKey(p.path)),
    ];
    for (const p of own) problems.push({ file, id, index, field: featureField(p.path), message: p.message });
    if (checked.record) records.push({ file, index, id, ...checked.record });
  });
  problems.push(...mixedKindProblems(file, records));
  return { problems, records, featureCount: features.length };
}

interface FeatureResult {
  id: string | null;
  problems: SchemaProblem[];
  record: Pick<FeatureRecord, "isContext" | "parent"> | null;
}

function checkFeature(feature: unknown): FeatureResult {
  const problems = featureEnvelopeProblems(feature);
  if (typeof feature !== "object" || feature === null || Array.isArray(feature)) {
    return { id: null, problems, record: null };
  }
  const { properties, geometry } = feature as Record<string, unknown>;
  const props = isRecord(properties) ? properties : null;
  const id = typeof props?.id === "string" ? props.id : null;
  const isContext = props?.kind === "context";

  const geometryIssues = isRecord(geometry) ? checkGeometry(geometry) : [];
  for (const g of geometryIssues) {
    problems.push({ path: ["geometry", ...(g.path === "" ? [] : [g.path])], message: g.message });
  }
  if (props === null) return { id, problems, record: null };

  const schema = isContext ? contextPropertiesSchema : eventPropertiesSchema;
  for (const p of schemaProblems(schema, props, FORBIDDEN_KEYS)) {
    problems.push({ path: ["properties", ...p.path], message: p.message });
  }
  const ruleProblems = [
    ...dateOrderProblems(props),
    ...(isContext ? [] : personnelProblems(props)),
    ...(geometry === undefined ? [] : geometryKindProblems(isContext, props, geometry)),
    ...inferredSegmentProblems(
      props,
      geometryIssues.length === 0 && isRecord(geometry) ? (geometry as unknown as Geometry) : null,
    ),
  ];
  for (const p of ruleProblems) {
    problems.push({ path: p.path[0] === "geometry" ? p.path : ["properties", ...p.path], message: p.message });
  }
  return { id, problems, record: { isContext, parent: props.parent } };
}

/** Features whose kind differs from the kind of most features in the file. */
function mixedKindProblems(file: string, records: readonly FeatureRecord[]): DatasetProblem[] {
  const contexts = records.filter((r) => r.isContext).length;
  const events = records.length - contexts;
  if (contexts === 0 || events === 0) return [];
  const fileIsContext = contexts > events || (contexts === events && records[0]?.isContext === true);
  const holds = fileIsContext ? "context events" : "exercise and patrol events";
  return records
    .filter((r) => r.isContext !== fileIsContext)
    .map((r) => ({
      file,
      id: r.id,
      index: r.index,
      field: "kind",
      message: `this file holds ${holds}; a file holds either exercise and patrol events or context events, never both, so move this feature to a file of its own kind`,
    }));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function endsWithForbiddenKey(path: JsonPath): boolean {
  const last = path[path.length - 1];
  return typeof last === "string" && FORBIDDEN_KEYS.has(last);
}

/** Field name of a path inside a feature: property paths lose their `properties.` prefix. */
function featureField(path: JsonPath): string {
  if (path[0] === "properties" && path.length > 1) return formatPath(path.slice(1));
  return formatPath(path);
}

function fileProblem(file: string, p: SchemaProblem): DatasetProblem {
  return { file, id: null, index: null, field: formatPath(p.path), message: p.message };
}

function dedupe(problems: readonly DatasetProblem[]): DatasetProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.index, p.field, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortProblems(problems: DatasetProblem[], fileOrder: ReadonlyMap<string, number>): DatasetProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.p.file) ?? 0) - (fileOrder.get(b.p.file) ?? 0) ||
        (a.p.index ?? -1) - (b.p.index ?? -1) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}
