/**
 * Small readers for untrusted parsed JSON that collect problems instead of throwing.
 *
 * Contract: every reader takes a value, its path and a `ProblemSink`, returns the value
 * typed (or null when it is unusable) and records one plain-words problem per fault. Only
 * own properties are ever read, so a value cannot smuggle data in through its prototype,
 * and `__proto__`, `constructor` and `prototype` keys are reported, never accepted. Texts are
 * length-capped before anything else looks at them. No zod: this runs in the browser too,
 * where the bundle stays free of it (as lib/domain/days.ts does for dates).
 */
import { FORBIDDEN_KEYS } from "../domain/validation/forbidden-keys";
import type { JsonPath } from "../domain/validation/problem";
import { quoteValue } from "../url/url-state";

export interface PathProblem {
  path: JsonPath;
  message: string;
}

export type ProblemSink = PathProblem[];

export type JsonObject = Readonly<Record<string, unknown>>;

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** What a value is, in the words the messages use. */
export function kindOf(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return "text";
  if (typeof v === "number") return "a number";
  if (typeof v === "boolean") return "true or false";
  return typeof v === "object" ? "an object" : typeof v;
}

/** A rejected value shown safely: the URL module's quoteValue, so every message quotes alike. */
export const quote = quoteValue;

/** An own property's value; inherited ones (and getters) are never read. */
export function own(obj: JsonObject, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  return d && "value" in d ? (d.value as unknown) : undefined;
}

/** The object at `path`, or null with a problem. */
export function readObject(v: unknown, path: JsonPath, out: ProblemSink): JsonObject | null {
  if (isJsonObject(v)) return v;
  out.push({ path, message: v === undefined ? "is required" : `must be an object (found ${kindOf(v)})` });
  return null;
}

/** Reports every own key of `obj` that is not in `allowed` (forbidden names said as such). */
export function checkKeys(obj: JsonObject, allowed: readonly string[], path: JsonPath, out: ProblemSink): void {
  for (const key of Object.keys(obj)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({
        path: [...path, key],
        message: "is a forbidden key (__proto__, constructor and prototype are rejected anywhere in the data)",
      });
    } else if (!allowed.includes(key)) {
      out.push({ path: [...path, key], message: `is not a known property (expected ${allowed.join(", ")})` });
    }
  }
}

/** The list at `path` with between `min` and `max` items, or null with a problem. */
export function readList(
  v: unknown,
  path: JsonPath,
  out: ProblemSink,
  min: number,
  max: number,
): readonly unknown[] | null {
  if (!Array.isArray(v)) {
    out.push({ path, message: v === undefined ? "is required" : `must be a list (found ${kindOf(v)})` });
    return null;
  }
  if (v.length < min) {
    out.push({
      path,
      message: min === 1 ? "must not be empty" : `must have at least ${min} items (found ${v.length})`,
    });
    return null;
  }
  if (v.length > max) {
    out.push({ path, message: `must have at most ${max} items (found ${v.length})` });
    return null;
  }
  return v as readonly unknown[];
}

// Markup-looking text: a tag or comment opener, or an entity. The UI renders tour text as
// text, so markup would show literally; refusing it keeps the files honest about that.
const MARKUP = /<[a-zA-Z!/?]|&[a-zA-Z#][a-zA-Z0-9]*;/;
// Newlines are allowed (paragraphs); other control characters are not.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

/** A non-empty plain-text string of at most `max` characters, or null with a problem. */
export function readText(v: unknown, path: JsonPath, out: ProblemSink, max: number): string | null {
  if (typeof v !== "string") {
    out.push({ path, message: v === undefined ? "is required" : `must be text (found ${kindOf(v)})` });
    return null;
  }
  if (v.length > max) {
    out.push({ path, message: `is ${v.length} characters long; at most ${max} are allowed` });
    return null;
  }
  if (v.trim() === "") {
    out.push({ path, message: "must not be empty" });
    return null;
  }
  if (v !== v.trim()) {
    out.push({ path, message: "must not start or end with spaces or line breaks" });
    return null;
  }
  if (CONTROL.test(v)) {
    out.push({ path, message: "must not contain control characters" });
    return null;
  }
  const markup = MARKUP.exec(v);
  if (markup) {
    out.push({
      path,
      message: `must be plain text, not HTML (found ${quote(v.slice(markup.index, markup.index + 12))})`,
    });
    return null;
  }
  return v;
}

/** A finite number in [min, max], or null with a problem. */
export function readNumber(v: unknown, path: JsonPath, out: ProblemSink, min: number, max: number): number | null {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    out.push({ path, message: v === undefined ? "is required" : `must be a number (found ${kindOf(v)})` });
    return null;
  }
  if (v < min || v > max) {
    out.push({ path, message: `must be between ${min} and ${max} (found ${v})` });
    return null;
  }
  return v;
}

/** An http(s) address that parses as a URL, or null with a problem. */
export function readHttpUrl(v: unknown, path: JsonPath, out: ProblemSink, max: number): string | null {
  if (typeof v !== "string") {
    out.push({ path, message: v === undefined ? "is required" : `must be text (found ${kindOf(v)})` });
    return null;
  }
  if (v.length > max) {
    out.push({ path, message: `is ${v.length} characters long; at most ${max} are allowed` });
    return null;
  }
  let protocol: string | null = null;
  try {
    protocol = new URL(v).protocol;
  } catch {
    protocol = null;
  }
  if (protocol !== "http:" && protocol !== "https:") {
    out.push({ path, message: `${quote(v)} is not an http(s) address` });
    return null;
  }
  return v;
}
