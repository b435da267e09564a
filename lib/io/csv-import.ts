/**
 * CSV text → imported features (columns: see `csv-columns.ts` and docs/import-format.md).
 *
 * Contract: `importCsv(text, ctx)` never throws. The first non-empty row is the header; it
 * must name the required columns (name, start, bloc, and lat + lon or geometry), else the
 * whole file fails with a message listing what is missing and what was found. Each later
 * non-empty row is one feature, checked like a GeoJSON feature (`checkImportedFeature`);
 * every problem is reported with the 1-based line the row starts on and the column it comes
 * from. Rows are read as arrays and keyed through a Map, so a header such as `__proto__`
 * is just an unknown column. At most `MAX_FEATURES_PER_FILE` rows.
 */
import Papa from "papaparse";
import {
  CSV_COLUMNS,
  columnKey,
  columnOfField,
  REQUIRED_COLUMNS,
  rowToRaw,
  unescapeFormula,
  type CsvColumn,
} from "./csv-columns";
import { checkImportedFeature } from "./import-feature";
import { idMaker } from "./ids";
import { acceptedFeatures } from "./accepted-features";
import { rejectionLog } from "./rejection-log";
import { MAX_FEATURES_PER_FILE } from "./limits";
import { formatInt } from "../text/numbers";
import type { ImportContext, ImportOutcome } from "./types";

interface Row {
  cells: string[];
  line: number;
  /** What papaparse found wrong with the row's quoting, in plain words. */
  error?: string;
}

/** The delimiters a header is tried with, in order of preference when they tie. */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * The first line of the text outside quotes (a quote simply toggles; headers rarely quote).
 * The delimiter is chosen from this line only: papaparse's own guess looks at the first rows
 * too, and a few rows of `PL;LT;EE` cells can outvote the commas (it then refused a valid
 * file, depending on whether it ended with a newline).
 */
export function headerLine(text: string): string {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === "\n" || c === "\r")) return text.slice(0, i);
  }
  return text;
}

/**
 * The candidate that splits the header into the most distinct known columns (`columnKey`);
 * a tie, or a header with no known column at all, goes to the earlier candidate (comma), so
 * a refusal quotes the header as one cell rather than guessing.
 */
export function detectDelimiter(header: string): CsvDelimiter {
  let best: CsvDelimiter = ",";
  let bestCount = 0;
  for (const d of CSV_DELIMITERS) {
    const cells = (Papa.parse<string[]>(header, { delimiter: d, newline: "\n", header: false }).data[0] ??
      []) as unknown[];
    const known = new Set(cells.map((c) => (typeof c === "string" ? columnKey(c) : null)).filter((c) => c !== null));
    if (known.size > bestCount) {
      best = d;
      bestCount = known.size;
    }
  }
  return best;
}

/**
 * CRLF and lone CR → LF outside quoted fields, so papaparse can be told `newline: "\n"` and
 * every row boundary is an LF (papaparse guesses one style per file; in a CR-only file the
 * old line count, which counted LFs, said "line 1" for every row). Quoted cells keep their
 * text. Quotes are read as papaparse reads them: a quote opens a field only at its start, and
 * closes it only before spaces and a delimiter, a line break or the end; `""` is a quote.
 */
export function normaliseLineEnds(text: string, delimiter: string, quoted = true): string {
  if (!text.includes("\r")) return text;
  if (!quoted) return text.replace(/\r\n?/g, "\n");
  const parts: string[] = [];
  let from = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      let j = i + 1;
      while (text[j] === " ") j++;
      const next = text[j];
      if (next === undefined || next === delimiter || next === "\n" || next === "\r") inQuotes = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (c === "\r") {
      parts.push(text.slice(from, i), "\n");
      if (text[i + 1] === "\n") i++;
      from = i + 1;
      fieldStart = true;
    } else {
      fieldStart = c === "\n" || c === delimiter;
    }
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/**
 * Line breaks (CRLF, CR or LF) in text[from, to): quoted cells may keep any style. A CRLF is
 * counted at its LF, so a pair split across two slices is still counted once.
 */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) n++;
  }
  return n;
}

/** A character that is not in the text: with it as the quote, papaparse reads quotes as text. */
function unusedChar(text: string): string {
  for (let c = 0xe000; c < 0xf900; c++) {
    const ch = String.fromCharCode(c);
    if (!text.includes(ch)) return ch;
  }
  return "\u0000";
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: "opens a quoted cell that is never closed",
  InvalidQuotes: 'has a quote inside a quoted cell that is not doubled (write "" for a quote in a quoted cell)',
};

/**
 * Rows of `body` (LF line ends), each with the line it starts on, from `firstLine`. A row on
 * which papaparse reports an error keeps the error, to be rejected. An unterminated quote
 * swallows the rest of the file into one cell; then that row ends at the line break after the
 * quote, and the rest is read again with quotes as plain text: papaparse only reports
 * "unterminated" when no quote after it could close a cell, so no later cell can be quoted.
 * That second reading is the only one, so the time stays linear.
 */
function parseRows(
  body: string,
  delimiter: string,
  firstLine: number,
  quoted: boolean,
  maxRows: number,
  rows: Row[],
): { tooMany: boolean } {
  let line = firstLine;
  let cursor = 0;
  let tooMany = false;
  let restart: { at: number; line: number } | null = null;
  Papa.parse<string[]>(body, {
    header: false,
    delimiter,
    newline: "\n",
    skipEmptyLines: false,
    quoteChar: quoted ? '"' : unusedChar(body),
    step: (results, parser) => {
      const start = line;
      const rowStart = cursor;
      const end = results.meta.cursor;
      line += countLineBreaks(body, cursor, end);
      cursor = end;
      const cells = (results.data as unknown as unknown[]).map((c) => (typeof c === "string" ? c : ""));
      const errors = results.errors;
      if (errors.length === 0 && cells.every((c) => c.trim() === "")) return;
      if (rows.length > maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      const missing = errors.find((e) => e.code === "MissingQuotes");
      if (missing) {
        // Inside the never-closed quote the line ends were left as written (CR, CRLF or LF).
        const from = missing.index ?? rowStart;
        const lf = body.indexOf("\n", from);
        const cr = body.indexOf("\r", from);
        const lineEnd = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
        rows.push({
          cells,
          line: start,
          error: `${QUOTE_PROBLEMS.MissingQuotes}; the row was left out and the lines after it were read without quotes`,
        });
        if (lineEnd !== -1) {
          const at = lineEnd + (body[lineEnd] === "\r" && body[lineEnd + 1] === "\n" ? 2 : 1);
          restart = { at, line: start + countLineBreaks(body, rowStart, at) };
        }
        parser.abort();
        return;
      }
      const first = errors[0];
      if (first) {
        const last = line - (body[end - 1] === "\n" ? 1 : 0);
        const span =
          last > start ? `; the row runs over lines ${start}–${last}, so the rows there were read into it` : "";
        rows.push({ cells, line: start, error: `${QUOTE_PROBLEMS[first.code] ?? first.message}${span}` });
        return;
      }
      rows.push({ cells, line: start });
    },
  });
  const again = restart as { at: number; line: number } | null;
  if (tooMany || !again) return { tooMany };
  const rest = normaliseLineEnds(body.slice(again.at), delimiter, false);
  return parseRows(rest, delimiter, again.line, false, maxRows, rows);
}

/** Splits the text into rows, each with the line it starts on; never throws. */
function readRows(text: string, maxRows: number): { rows: Row[]; tooMany: boolean } {
  const unmarked = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(headerLine(unmarked));
  const rows: Row[] = [];
  const { tooMany } = parseRows(normaliseLineEnds(unmarked, delimiter), delimiter, 1, true, maxRows, rows);
  return { rows, tooMany };
}

export function importCsv(text: string, ctx: ImportContext): ImportOutcome {
  ctx.onProgress?.({ stage: "parsing", done: 0, total: 0 });
  const { rows, tooMany } = readRows(text, MAX_FEATURES_PER_FILE);
  if (tooMany) {
    return {
      ok: false,
      message: `The file has more than ${formatInt(MAX_FEATURES_PER_FILE)} rows; at most ${formatInt(MAX_FEATURES_PER_FILE)} are imported from one file (split it).`,
    };
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, message: "The file is empty." };
  if (header.error) return { ok: false, message: `The CSV header (line ${header.line}) ${header.error}.` };
  if (header.cells.length === 1 && /^\s*[[{]/.test(header.cells[0] ?? "")) {
    return { ok: false, message: "The file looks like JSON, not CSV; give it a .geojson or .json name." };
  }
  const columns = header.cells.map((h) => columnKey(h));
  const present = new Set(columns.filter((c): c is CsvColumn => c !== null));
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (!present.has("geometry") && !(present.has("lat") && present.has("lon")))
    missing.push("lat and lon (or geometry)");
  if (missing.length > 0) {
    const found = header.cells
      .slice(0, 12)
      .map((h) => JSON.stringify(h.slice(0, 30)))
      .join(", ");
    return {
      ok: false,
      message: `The CSV header (line ${header.line}) has no ${missing.join(", ")} column; found ${found || "nothing"}. Known columns: ${CSV_COLUMNS.join(", ")}.`,
    };
  }
  if (body.length === 0) return { ok: false, message: "The CSV has a header but no rows." };

  const log = rejectionLog();
  const accepted = acceptedFeatures();
  const nextId = idMaker(ctx.batchId);
  body.forEach((row, i) => {
    if (i % 2000 === 0) ctx.onProgress?.({ stage: "validating", done: i, total: body.length });
    const cells = new Map<CsvColumn, string>();
    columns.forEach((c, k) => {
      if (c !== null && !cells.has(c)) cells.set(c, unescapeFormula(row.cells[k] ?? ""));
    });
    const label = (cells.get("id") || cells.get("name") || "").trim().slice(0, 120) || null;
    const reject = (field: string, reason: string) => log.add({ index: null, line: row.line, label, field, reason });
    if (row.error) {
      reject("row", row.error);
      return;
    }
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim() !== "")) {
      reject(
        "row",
        `has ${row.cells.length} cells but the header has ${header.cells.length} columns (a missing quote or an extra comma?)`,
      );
      return;
    }
    const raw = rowToRaw(cells);
    const fromLatLon = !cells.get("geometry")?.trim();
    const checked = checkImportedFeature(
      { properties: raw.properties, geometry: raw.geometry, id: nextId(raw.rawId ?? raw.properties.name, i) },
      accepted.charge,
    );
    if (raw.problems.length > 0 || !checked.ok) {
      for (const p of raw.problems) reject(p.field, p.reason);
      // When the place could not be read, "geometry is missing" would only repeat that.
      const placeUnread = raw.problems.length > 0 && raw.geometry === null;
      for (const p of checked.ok ? [] : checked.problems) {
        if (placeUnread && p.field.startsWith("geometry")) continue;
        reject(columnOfField(p.field, fromLatLon), p.reason);
      }
      return;
    }
    accepted.add(checked.feature);
  });
  ctx.onProgress?.({ stage: "validating", done: body.length, total: body.length });
  return {
    ok: true,
    format: "csv",
    features: accepted.features,
    rejected: log.kept,
    omittedRejections: log.omitted,
    rejectedFeatures: log.features,
    total: body.length,
  };
}
