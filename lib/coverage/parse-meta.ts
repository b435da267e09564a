/**
 * Parses the text of `dataset.json` or `coverage.json` without throwing: the value, or every
 * problem with its path (a JSON syntax error as one problem with line and column). Forbidden
 * keys (`__proto__`, `constructor`, `prototype`) are refused here as in the GeoJSON files.
 */
import type { z } from "zod";
import { FORBIDDEN_KEYS, findForbiddenKeys } from "../domain/validation/forbidden-keys";
import { parseJsonText } from "../domain/validation/json-text";
import { formatPath } from "../domain/validation/problem";
import { schemaProblems } from "../domain/validation/zod-issues";
import { coverageSchema, datasetMetaSchema, type Coverage, type DatasetMeta } from "./coverage-schema";

export interface MetaProblem {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: MetaProblem[] };

function parseWith<T>(schema: z.ZodType<T>, text: string): Parsed<T> {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [{ field: "json", message: json.message }] };
  const forbidden = findForbiddenKeys(json.value);
  if (forbidden.length > 0) {
    return {
      ok: false,
      problems: forbidden.map((path) => ({ field: formatPath(path), message: "is a forbidden key" })),
    };
  }
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: schemaProblems(schema, json.value, FORBIDDEN_KEYS).map((p) => ({
      field: formatPath(p.path) || "(file)",
      message: p.message,
    })),
  };
}

export const parseDatasetMeta = (text: string): Parsed<DatasetMeta> => parseWith(datasetMetaSchema, text);
export const parseCoverage = (text: string): Parsed<Coverage> => parseWith(coverageSchema, text);
