/**
 * A dropped or chosen file → an import outcome. The one entry point the worker calls.
 *
 * Contract: `importBytes(fileName, bytes, ctx)` never throws (an unexpected error becomes a
 * failed import naming it). It refuses files over `MAX_FILE_BYTES`, empty files and text
 * that is not UTF-8, then reads CSV when the name ends in `.csv`, `.tsv` or `.txt` (papaparse
 * detects the delimiter), GeoJSON for `.geojson` and `.json`; a file with another name is read
 * as GeoJSON when its first character is `{` or `[`, else as CSV.
 */
import { decodeUtf8 } from "./decode";
import { importCsv } from "./csv-import";
import { importGeoJson } from "./geojson-import";
import type { ImportContext, ImportOutcome } from "./types";

export function formatOf(fileName: string, text: string): "csv" | "geojson" {
  const lower = fileName.toLowerCase();
  if (/\.(csv|tsv|txt)$/.test(lower)) return "csv";
  if (/\.(geojson|json)$/.test(lower)) return "geojson";
  return /^\uFEFF?\s*[[{]/.test(text) ? "geojson" : "csv";
}

export function importText(fileName: string, text: string, ctx: ImportContext): ImportOutcome {
  try {
    return formatOf(fileName, text) === "csv" ? importCsv(text, ctx) : importGeoJson(text, ctx);
  } catch (err) {
    return { ok: false, message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export function importBytes(fileName: string, bytes: Uint8Array, ctx: ImportContext): ImportOutcome {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  return importText(fileName, decoded.text, ctx);
}
