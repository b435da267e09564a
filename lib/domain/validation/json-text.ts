/**
 * Parses the text of a data file as JSON, turning failures into one readable sentence.
 *
 * Contract: `parseJsonText(text)` never throws. It ignores a leading byte-order mark and
 * returns either `{ ok: true, value }` or `{ ok: false, message }`, where the message says
 * what is wrong and, when the engine reports a position, the line and column (1-based).
 */

/** Result of parsing a data file. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses `text` as JSON without throwing; see the module contract. */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, message: "file is empty; expected a GeoJSON FeatureCollection" };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `is not valid JSON: ${describeJsonError(raw, body)}` };
  }
}

/** Rewrites an engine message ("… in JSON at position 45") with a line and column. */
function describeJsonError(raw: string, body: string): string {
  const pos = /\bat position (\d+)/.exec(raw);
  const reason = raw
    .replace(/\s*in JSON at position \d+.*$/s, "")
    .replace(/,\s*".*" is not valid JSON$/s, "")
    .trim();
  if (!pos) return reason;
  const offset = Number(pos[1]);
  const before = body.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${reason} at line ${line}, column ${column}`;
}
