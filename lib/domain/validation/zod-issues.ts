/**
 * Turns zod issues into field/message pairs that read well in a data report.
 *
 * Contract: `schemaProblems(schema, value)` parses `value` with `schema` (never throws) and
 * returns one `{ path, message }` per zod issue, with the issue's path. Messages written in
 * the schema (e.g. "must be a real calendar date written YYYY-MM-DD") are kept; zod's generic
 * ones are replaced by plain sentences ("is required", "must be one of "cn-ru", "nato"").
 * An unknown key becomes one entry per key whose path ends in that key. Keys named in
 * `skipUnknownKeys` are left out (they are reported elsewhere).
 */
import type { z } from "zod";
import type { JsonPath } from "./problem";

/** One schema problem: where, and what. */
export interface SchemaProblem {
  path: JsonPath;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null",
};

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return "text";
  if (typeof v === "number") return Number.isInteger(v) ? "a whole number" : "a number";
  if (typeof v === "boolean") return "true or false";
  return typeof v === "object" ? "an object" : typeof v;
}

/** Error map for zod's generic issues; custom schema messages take precedence over it. */
const humanErrors: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case "invalid_type": {
      if (iss.input === undefined) return "is required";
      const expected = TYPE_NAMES[iss.expected] ?? iss.expected;
      return `must be ${expected} (found ${kindOf(iss.input)})`;
    }
    case "invalid_value": {
      const values = iss.values.map((v) => JSON.stringify(v));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(", ")}`;
    }
    case "too_small": {
      const min = Number(iss.minimum);
      if (iss.origin === "array") return `must have at least ${min} item${min === 1 ? "" : "s"}`;
      if (iss.origin === "string") return min <= 1 ? "must not be empty" : `must be at least ${min} characters`;
      return iss.inclusive ? `must be at least ${min}` : `must be greater than ${min}`;
    }
    case "too_big": {
      const max = Number(iss.maximum);
      if (iss.origin === "array") return `must have at most ${max} items`;
      if (iss.origin === "string") return `must be at most ${max} characters`;
      return iss.inclusive ? `must be at most ${max}` : `must be less than ${max}`;
    }
    case "invalid_format":
      return "has the wrong format";
    default:
      return undefined;
  }
};

/** Parses `value` and lists its problems; see the module contract. */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  skipUnknownKeys: ReadonlySet<string> = new Set(),
): SchemaProblem[] {
  const result = schema.safeParse(value, { error: humanErrors });
  if (result.success) return [];
  const out: SchemaProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        if (!skipUnknownKeys.has(key)) {
          out.push({
            path: [...issue.path.map(toPathPart), key],
            message: "is not a known property (see geodata/README.md)",
          });
        }
      }
    } else {
      out.push({ path: issue.path.map(toPathPart), message: issue.message });
    }
  }
  return out;
}

function toPathPart(p: PropertyKey): string | number {
  return typeof p === "number" ? p : String(p);
}
