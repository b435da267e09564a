/**
 * One pass over a parsed JSON tree that finds what must stop an import before anything
 * reads it: nesting deeper than `MAX_DEPTH`, and keys that could pollute prototypes
 * (`__proto__`, `constructor`, `prototype`) if the data were ever merged into objects.
 *
 * Contract: `scanJson(value)` never throws and never recurses (an explicit stack, so a
 * hostile depth cannot overflow the call stack). It returns the path of the first place
 * deeper than the limit (or null) and the paths of every forbidden key, in document order.
 * Paths are built only for what is reported, so a 30 MB file costs one walk.
 */
import { FORBIDDEN_KEYS } from "../domain/validation/forbidden-keys";
import type { JsonPath } from "../domain/validation/problem";
import { MAX_DEPTH } from "./limits";

interface Frame {
  node: object;
  depth: number;
  parent: Frame | null;
  key: string | number | null;
}

export interface JsonScan {
  tooDeep: JsonPath | null;
  forbidden: JsonPath[];
}

/** Arrays of plain values (coordinate pairs, lists of names) need no frame of their own. */
function isFlatArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const item of v as unknown[]) if (typeof item === "object" && item !== null) return false;
  return true;
}

function pathOf(frame: Frame | null, last?: string | number): JsonPath {
  const out: Array<string | number> = last === undefined ? [] : [last];
  for (let f = frame; f !== null; f = f.parent) if (f.key !== null) out.push(f.key);
  return out.reverse();
}

export function scanJson(value: unknown, maxDepth = MAX_DEPTH): JsonScan {
  const forbidden: JsonPath[] = [];
  if (typeof value !== "object" || value === null) return { tooDeep: null, forbidden };
  const stack: Frame[] = [{ node: value, depth: 1, parent: null, key: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > maxDepth) return { tooDeep: pathOf(frame), forbidden };
    const { node } = frame;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const child: unknown = node[i];
        if (typeof child !== "object" || child === null) continue;
        if (isFlatArray(child) && frame.depth + 1 <= maxDepth) continue;
        stack.push({ node: child, depth: frame.depth + 1, parent: frame, key: i });
      }
    } else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (FORBIDDEN_KEYS.has(key)) {
          forbidden.push(pathOf(frame, key));
          continue; // never look inside what we refuse
        }
        const child = Object.getOwnPropertyDescriptor(node, key)?.value as unknown;
        if (typeof child === "object" && child !== null)
          stack.push({ node: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  forbidden.sort(comparePaths);
  return { tooDeep: null, forbidden };
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return 0; // keys of one object keep their discovery order (stable sort)
  }
  return a.length - b.length;
}
