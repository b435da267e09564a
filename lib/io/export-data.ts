/**
 * The visible events as files: GeoJSON and CSV. Pure; the caller hands over
 * `selectVisibleEvents` and saves the text.
 *
 * Contract:
 * - `toGeoJson(events)` is a FeatureCollection with one Feature per event: its original
 *   geometry and exactly the dataset's properties (derived values such as day numbers and
 *   bbox are left out), so an export passes the import (and `npm run data:check`'s schema).
 * - `toCsv(events)` has one row per event, in the order given, with the columns of
 *   `CSV_EXPORT_COLUMNS` (the import's own column names), so that importing it gives back every
 *   field that importing the GeoJSON export gives (a property test holds the two equal). A
 *   Point is written as lat/lon, any other geometry as GeoJSON in `geometry`. Lists are joined
 *   with `; `, or written as a JSON array when an item holds a separator (`listCell`). The
 *   first source fills the `source_*` columns, the others go to `more_sources` as JSON;
 *   `contingents` and `personnel_range` are JSON, `joint_personnel` a number or `null`. Every text cell that a spreadsheet would run as a formula (it starts with `=`, `+`,
 *   `-`, `@`, tab or carriage return) is prefixed with `'` (`defuseFormula`), as is text that
 *   already starts with apostrophes before such a character, so the import (which drops one
 *   apostrophe there) gives the text back as it was. Numbers are left alone.
 * - `exportFileName(window, ext)` is `exercise-atlas-<from>-to-<to>.<ext>`.
 */
import Papa from "papaparse";
import type { Feature, FeatureCollection } from "geojson";
import type { AtlasEvent } from "../domain/atlas-event";
import type { EventGeometry } from "../domain/feature-types";
import { formatDay } from "../domain/days";
import { eventPropertiesSchema, type EventProperties } from "../domain/schema";
import type { TimeWindow } from "../domain/visibility";

const PROPERTY_KEYS = Object.keys(eventPropertiesSchema.shape) as Array<keyof EventProperties>;

export function toGeoJson(events: readonly AtlasEvent[]): FeatureCollection<EventGeometry, EventProperties> {
  const features: Feature<EventGeometry, EventProperties>[] = events.map((e) => {
    const properties: Record<string, unknown> = {};
    for (const key of PROPERTY_KEYS) if (e[key] !== undefined) properties[key] = e[key];
    return { type: "Feature", properties: properties as unknown as EventProperties, geometry: e.geometry };
  });
  return { type: "FeatureCollection", features };
}

export const CSV_EXPORT_COLUMNS = [
  "id",
  "name",
  "start",
  "end",
  "date_precision",
  "bloc",
  "kind",
  "layer",
  "lat",
  "lon",
  "geometry",
  "location_precision",
  "geometry_note",
  "inferred_segments",
  "participants",
  "domains",
  "places",
  "alt_names",
  "series",
  "personnel",
  "personnel_note",
  "personnel_scope",
  "joint_personnel",
  "contingents",
  "personnel_range",
  "assets",
  "description",
  "source_url",
  "source_title",
  "source_publisher",
  "source_date",
  "more_sources",
  "notes",
] as const;

/**
 * A list as one cell: `a; b` when no item holds a separator the import splits on (`;`, `|`,
 * `,`) or could be read as JSON, else a JSON array, so "Kaliningrad, Russia" stays one place.
 */
export function listCell(items: readonly string[]): string {
  const plain = items.every((x) => !/[;|,]/.test(x) && x.trim() === x && x !== "") && !items[0]?.startsWith("[");
  return plain ? items.join("; ") : JSON.stringify(items);
}

/** An optional value as a cell: absent → empty, null → `null`, else JSON (objects) or the number. */
function optionalCell(value: unknown): string | number | null {
  if (value === undefined) return null;
  if (value === null) return "null";
  return typeof value === "number" ? value : JSON.stringify(value);
}

type CsvRow = Record<(typeof CSV_EXPORT_COLUMNS)[number], string | number | null>;

function toRow(e: AtlasEvent): CsvRow {
  const point = e.geometry.type === "Point" ? e.geometry.coordinates : null;
  const source = e.sources[0];
  return {
    id: e.id,
    name: e.name,
    start: e.start,
    end: e.end,
    date_precision: e.datePrecision,
    bloc: e.bloc,
    kind: e.kind,
    layer: e.layer,
    lat: point ? (point[1] ?? null) : null,
    lon: point ? (point[0] ?? null) : null,
    geometry: point ? null : JSON.stringify(e.geometry),
    location_precision: e.locationPrecision,
    geometry_note: e.geometryNote,
    inferred_segments:
      e.inferredSegments === undefined ? null : e.inferredSegments.length === 0 ? "[]" : e.inferredSegments.join("; "),
    participants: listCell(e.participants),
    domains: listCell(e.domains),
    places: listCell(e.places),
    alt_names: listCell(e.altNames),
    series: e.series,
    personnel: e.personnel,
    personnel_note: e.personnelNote,
    personnel_scope: e.personnelScope ?? null,
    joint_personnel: optionalCell(e.jointPersonnel),
    contingents: optionalCell(e.contingents),
    personnel_range: optionalCell(e.personnelRange),
    assets: e.assets,
    description: e.description,
    source_url: source?.url ?? null,
    source_title: source?.title ?? null,
    source_publisher: source?.publisher ?? null,
    source_date: source?.date ?? null,
    more_sources: e.sources.length > 1 ? JSON.stringify(e.sources.slice(1)) : null,
    notes: e.notes,
  };
}

/** Apostrophes, then a character that makes a spreadsheet run the cell as a formula. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run gets a leading `'`. Done here rather than with papaparse's
 * `escapeFormulae`, whose check is a per-line anchored regex: "=1+1\n+2" went out unescaped.
 */
export function defuseFormula(cell: string | number | null): string | number | null {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(events: readonly AtlasEvent[]): string {
  const data = events.map((e) => {
    const row = toRow(e);
    return CSV_EXPORT_COLUMNS.map((c) => defuseFormula(row[c]));
  });
  return Papa.unparse({ fields: [...CSV_EXPORT_COLUMNS], data }, { escapeFormulae: false, newline: "\r\n" });
}

export function exportFileName(win: TimeWindow, ext: string): string {
  return `exercise-atlas-${formatDay(win.from)}-to-${formatDay(win.to)}.${ext}`;
}
