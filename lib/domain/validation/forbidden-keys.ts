/**
 * Finds keys that could pollute object prototypes if the data were ever merged into plain
 * objects: `__proto__`, `constructor` and `prototype`.
 *
 * Contract: `findForbiddenKeys(value)` walks any parsed JSON value (objects and arrays, to
 * any depth; iteratively, so deep nesting cannot overflow the call stack) and returns the path of
 * every own key with a forbidden name, in document order. `JSON.parse` keeps `"__proto__"`
 * as an ordinary own key, so `Object.keys` sees it; the walk never reads through prototypes.
 */
import type { JsonPath } from "./problem";

/** Key names rejected anywhere in the data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Paths of every forbidden own key in `value`; see the module contract. */
export function findForbiddenKeys(value: unknown): JsonPath[] {
  const found: JsonPath[] = [];
  const stack: Array<{ node: unknown; path: JsonPath }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() ?? { node: null, path: [] };
    const last = path[path.length - 1];
    if (typeof last === "string" && FORBIDDEN_KEYS.has(last)) found.push(path);
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i] as unknown, path: [...path, i] });
    } else if (typeof node === "object" && node !== null) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] ?? "";
        const child = Object.getOwnPropertyDescriptor(node, key)?.value as unknown;
        stack.push({ node: child, path: [...path, key] });
      }
    }
  }
  return found;
}
