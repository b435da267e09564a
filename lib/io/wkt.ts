/**
 * A small WKT reader for the CSV `geometry` column: POINT, MULTIPOINT, LINESTRING,
 * MULTILINESTRING, POLYGON and MULTIPOLYGON, with optional Z/M (extra ordinates dropped).
 *
 * Contract: `parseWkt(text)` never throws and never recurses on the input; it returns a
 * GeoJSON-shaped `{ type, coordinates }` (checked later by the geometry rules) or a message
 * saying what is wrong and at which character. EMPTY geometries are refused (an event needs
 * a place).
 */
export type WktResult = { ok: true; geometry: { type: string; coordinates: unknown } } | { ok: false; message: string };

const TYPES: Record<string, { type: string; depth: number }> = {
  POINT: { type: "Point", depth: 0 },
  MULTIPOINT: { type: "MultiPoint", depth: 1 },
  LINESTRING: { type: "LineString", depth: 1 },
  MULTILINESTRING: { type: "MultiLineString", depth: 2 },
  POLYGON: { type: "Polygon", depth: 2 },
  MULTIPOLYGON: { type: "MultiPolygon", depth: 3 },
};

/** `nested` holds positions at `depth` levels of lists below the top (POINT: the position itself). */
export function parseWkt(text: string): WktResult {
  const m = /^\s*([A-Za-z]+)\s*(ZM|Z|M)?\s*/i.exec(text);
  const word = m?.[1]?.toUpperCase() ?? "";
  const spec = TYPES[word];
  if (!m || !spec) {
    return {
      ok: false,
      message: `is not WKT: expected POINT, LINESTRING, POLYGON or their MULTI forms (found ${JSON.stringify(text.slice(0, 30))})`,
    };
  }
  const rest = text.slice(m[0].length);
  if (/^EMPTY\s*$/i.test(rest)) return { ok: false, message: `is an EMPTY ${word}; every event needs a place` };
  const parsed = parseLists(rest, m[0].length);
  if (typeof parsed === "string") return { ok: false, message: parsed };
  let coordinates: unknown = parsed;
  // MULTIPOINT (1 2, 3 4) is the common shorthand for MULTIPOINT ((1 2), (3 4)).
  if (spec.type === "MultiPoint" && Array.isArray(parsed)) {
    coordinates = (parsed as unknown[]).map((p) =>
      Array.isArray(p) && Array.isArray(p[0]) && p.length === 1 ? p[0] : p,
    );
  }
  if (spec.type === "Point" && Array.isArray(parsed) && parsed.length === 1) coordinates = parsed[0];
  const depth = depthOf(coordinates);
  if (depth !== spec.depth) {
    return { ok: false, message: `has the wrong nesting of parentheses for a ${word}` };
  }
  return { ok: true, geometry: { type: spec.type, coordinates } };
}

/** Depth of list nesting above the positions (a position, [x, y], has depth 0). */
function depthOf(v: unknown): number {
  let d = 0;
  let cur = v;
  while (Array.isArray(cur) && Array.isArray(cur[0])) {
    d++;
    cur = cur[0];
  }
  return Array.isArray(cur) ? d : -1;
}

const NUMBER = /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;

/**
 * Parses `( … )` into nested arrays; numbers separated by spaces form one position. Every
 * "(" and "," must be followed by an item (so `(20 54,, 21 55)` is refused, not read as two
 * positions), and a number is read whole, however long (it was once cut at 40 characters, so
 * `10.000…0045 20` became `[10, 45]`), and must end at a space, "," or ")".
 */
function parseLists(s: string, offset: number): unknown[] | string {
  const stack: unknown[][] = [];
  let root: unknown[] | null = null;
  let position: number[] | null = null;
  let expectItem = false;
  let i = 0;
  const at = () => `at character ${offset + i + 1}`;
  const endPosition = () => {
    if (position) {
      stack[stack.length - 1]?.push(position.slice(0, 2));
      if (position.length < 2) return `has a position with only one number ${at()}`;
      position = null;
    }
    return null;
  };
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "(") {
      if (root !== null && stack.length === 0) return `has text after the geometry ${at()}`;
      if (position) return `has "(" inside a position ${at()}`;
      if (stack.length >= 4) return `is nested too deeply ${at()}`;
      const list: unknown[] = [];
      if (stack.length === 0) root = list;
      else stack[stack.length - 1]?.push(list);
      stack.push(list);
      expectItem = true;
      i++;
    } else if (c === ")" || c === ",") {
      if (stack.length === 0) return `has an unexpected "${c}" ${at()}`;
      if (expectItem) {
        const empty = c === ")" && stack[stack.length - 1]?.length === 0;
        return empty ? `has an empty list "()" ${at()}` : `has an empty position before the "${c}" ${at()}`;
      }
      const err = endPosition();
      if (err) return err;
      if (c === ")") stack.pop();
      expectItem = c === ",";
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(s);
      const end = num ? i + num[0].length : i;
      if (!num || stack.length === 0)
        return `has ${JSON.stringify(s.slice(i, i + 12))} where a number was expected ${at()}`;
      if (end < s.length && !/[\s,)]/.test(s[end] as string))
        return `has ${JSON.stringify(s.slice(i, Math.min(end + 6, i + 20)))} where a number was expected ${at()}`;
      position ??= [];
      position.push(Number(num[0]));
      expectItem = false;
      i = end;
    }
  }
  if (stack.length > 0 || root === null) return "has unbalanced parentheses";
  return root;
}
