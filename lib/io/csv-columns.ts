/**
 * The CSV columns an import understands (documented in docs/import-format.md and in the
 * import dialog) and how one row becomes raw event properties and a raw geometry.
 *
 * Contract: `columnKey(header)` maps a header cell to a known column (case, spaces, `_` and
 * `-` do not matter; a few aliases such as `latitude`, `lng`, `source url` are accepted) or
 * null. `rowToRaw(cells)` never throws; it returns the properties and geometry to validate,
 * or problems with the cells it could not read (a latitude that is not a number, unreadable
 * WKT). Property problems found later are reported against the column they came from
 * (`columnOfField`). A cell that starts with `'` followed by `=`, `+`, `-`, `@`, tab or carriage
 * return (how our CSV export defuses formulas) loses that apostrophe, so exports import back;
 * so does one of several apostrophes before such a character (the export adds one to text that
 * itself starts with `'=`, so that text comes back as written).
 */
import { parseWkt } from "./wkt";
import { scanJson } from "./json-scan";
import { MAX_DEPTH } from "./limits";
import type { FieldProblem } from "./import-feature";

export const CSV_COLUMNS = [
  "id",
  "name",
  "start",
  "end",
  "bloc",
  "kind",
  "lat",
  "lon",
  "geometry",
  "participants",
  "source_url",
  "source_title",
  "source_publisher",
  "source_date",
  "alt_names",
  "series",
  "date_precision",
  "places",
  "domains",
  "personnel",
  "personnel_note",
  "assets",
  "location_precision",
  "geometry_note",
  "description",
  "notes",
  "inferred_segments",
  "more_sources",
  "personnel_scope",
  "joint_personnel",
  "contingents",
  "personnel_range",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Required: name, start, bloc, and either lat + lon or geometry. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ["name", "start", "bloc"];

const ALIASES: Record<string, CsvColumn> = {
  latitude: "lat",
  longitude: "lon",
  lng: "lon",
  long: "lon",
  wkt: "geometry",
  geom: "geometry",
  source: "source_url",
  url: "source_url",
  sourceurl: "source_url",
  startdate: "start",
  enddate: "end",
  title: "name",
  side: "bloc",
  countries: "participants",
};
const BY_SQUASHED = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [c.replace(/_/g, ""), c]));

export function columnKey(header: string): CsvColumn | null {
  const squashed = header
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, "");
  return BY_SQUASHED.get(squashed) ?? ALIASES[squashed] ?? null;
}

const LIST_SPLIT = /[;|,]/;

/**
 * A list cell: a JSON array of texts when it starts with `[` (how the export writes a list
 * whose items hold separators, such as "Kaliningrad, Russia"), else items split on `;`, `|`
 * or `,`.
 */
function listCell(cell: string, column: CsvColumn, problems: FieldProblem[], upper = false): string[] | undefined {
  const t = cell.trim();
  let items: string[];
  if (t.startsWith("[")) {
    const parsed = jsonCell(t, column, problems);
    if (parsed === undefined) return undefined;
    if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) {
      problems.push({ field: column, reason: "starts with [ but is not a JSON array of texts" });
      return undefined;
    }
    items = parsed as string[];
  } else {
    items = t
      .split(LIST_SPLIT)
      .map((x) => x.trim())
      .filter((x) => x !== "");
  }
  return upper ? items.map((x) => x.toUpperCase()) : items;
}

/** A JSON cell for a property the schema checks (contingents, personnel range, more sources). */
function jsonProperty(cell: string | undefined, column: CsvColumn, problems: FieldProblem[]): unknown {
  if (cell === undefined) return undefined;
  return jsonCell(cell.trim(), column, problems);
}

const BLOC_ALIASES: Record<string, string> = {
  nato: "nato",
  "cn-ru": "cn-ru",
  cnru: "cn-ru",
  "china-russia": "cn-ru",
  "china–russia": "cn-ru",
  "cn/ru": "cn-ru",
};

/**
 * A cell holding JSON, held to the same edge rules as a GeoJSON file: it must parse, be no
 * deeper than `MAX_DEPTH` and carry no `__proto__`, `constructor` or `prototype` key
 * anywhere. `undefined` (with a problem) when it breaks one.
 */
export function jsonCell(text: string, column: string, problems: FieldProblem[]): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    problems.push({ field: column, reason: `starts with ${JSON.stringify(text[0] ?? "")} but is not valid JSON` });
    return undefined;
  }
  const scan = scanJson(value);
  if (scan.tooDeep) {
    problems.push({ field: column, reason: `is JSON nested more than ${MAX_DEPTH} levels deep` });
    return undefined;
  }
  const forbidden = scan.forbidden[0];
  if (forbidden) {
    problems.push({
      field: column,
      reason: `holds the forbidden key ${JSON.stringify(String(forbidden[forbidden.length - 1]))} (__proto__, constructor and prototype are refused anywhere in an import)`,
    });
    return undefined;
  }
  return value;
}

export function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Raw values of a row, keyed by column (a Map, so no header can reach an object prototype). */
export type RowCells = ReadonlyMap<CsvColumn, string>;

export interface RawRow {
  properties: Record<string, unknown>;
  geometry: unknown;
  problems: FieldProblem[];
  rawId: string | null;
}

function numberCell(cell: string, column: string, problems: FieldProblem[]): number | null {
  const t = cell.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    const hint = /^\s*-?\d+,\d+\s*$/.test(cell) ? " (use a dot as the decimal separator)" : "";
    problems.push({ field: column, reason: `${JSON.stringify(cell.slice(0, 40))} is not a number${hint}` });
    return null;
  }
  return Number(t);
}

export function rowToRaw(cells: RowCells): RawRow {
  const problems: FieldProblem[] = [];
  const props: Record<string, unknown> = {};
  const get = (c: CsvColumn): string | undefined => {
    const v = cells.get(c);
    return v === undefined || v.trim() === "" ? undefined : v;
  };
  const text = (c: CsvColumn, key: string) => {
    const v = get(c);
    if (v !== undefined) props[key] = v.trim();
  };
  text("name", "name");
  text("start", "start");
  text("end", "end");
  text("series", "series");
  text("personnel_note", "personnelNote");
  text("assets", "assets");
  text("geometry_note", "geometryNote");
  text("description", "description");
  text("notes", "notes");
  const bloc = get("bloc");
  if (bloc !== undefined) props.bloc = BLOC_ALIASES[bloc.trim().toLowerCase()] ?? bloc.trim();
  const kind = get("kind");
  if (kind !== undefined) props.kind = kind.trim().toLowerCase().replace(/\s+/g, "-");
  const dp = get("date_precision");
  if (dp !== undefined) props.datePrecision = dp.trim().toLowerCase();
  const lp = get("location_precision");
  if (lp !== undefined) props.locationPrecision = lp.trim().toLowerCase();
  const lists: Array<[CsvColumn, string, boolean]> = [
    ["participants", "participants", true],
    ["alt_names", "altNames", false],
    ["places", "places", false],
    ["domains", "domains", false],
  ];
  for (const [column, key, upper] of lists) {
    const cell = get(column);
    const items = cell === undefined ? undefined : listCell(cell, column, problems, upper);
    if (items !== undefined) props[key] = column === "domains" ? items.map((d) => d.toLowerCase()) : items;
  }
  const segments = get("inferred_segments");
  if (segments !== undefined) {
    // `[]` says "none inferred" (the field is present but empty), as the export writes it.
    const parts =
      segments.trim() === "[]"
        ? []
        : segments
            .split(LIST_SPLIT)
            .map((x) => x.trim())
            .filter((x) => x !== "");
    if (parts.every((x) => /^\d{1,9}$/.test(x))) props.inferredSegments = parts.map(Number);
    else problems.push({ field: "inferred_segments", reason: "must be segment numbers (0, 1, 2, …) separated by ;" });
  }
  const scope = get("personnel_scope");
  if (scope !== undefined) props.personnelScope = scope.trim().toLowerCase();
  const joint = get("joint_personnel");
  if (joint !== undefined) {
    if (joint.trim().toLowerCase() === "null") props.jointPersonnel = null;
    else {
      const n = numberCell(joint.replace(/(\d)[ _](?=\d{3}\b)/g, "$1"), "joint_personnel", problems);
      if (n !== null) props.jointPersonnel = n;
    }
  }
  for (const [column, key] of [
    ["contingents", "contingents"],
    ["personnel_range", "personnelRange"],
  ] as const) {
    const value = jsonProperty(get(column), column, problems);
    if (value !== undefined) props[key] = value;
  }
  const personnel = get("personnel");
  if (personnel !== undefined) {
    const n = numberCell(personnel.replace(/(\d)[ _](?=\d{3}\b)/g, "$1"), "personnel", problems);
    if (n !== null) props.personnel = n;
  }
  const url = get("source_url");
  if (url !== undefined) {
    let host = url.trim();
    try {
      host = new URL(url.trim()).hostname || host;
    } catch {
      /* the schema names the bad address */
    }
    props.sources = [
      {
        title: get("source_title")?.trim() ?? url.trim(),
        publisher: get("source_publisher")?.trim() ?? host,
        date: get("source_date")?.trim() ?? null,
        url: url.trim(),
      },
    ];
  }
  const more = jsonProperty(get("more_sources"), "more_sources", problems);
  if (more !== undefined) {
    if (Array.isArray(more))
      props.sources = [...((props.sources as unknown[] | undefined) ?? []), ...(more as unknown[])];
    else
      problems.push({
        field: "more_sources",
        reason: "must be a JSON array of sources ({title, publisher, date, url})",
      });
  }

  let geometry: unknown = null;
  const wkt = get("geometry");
  const lat = get("lat");
  const lon = get("lon");
  if (wkt !== undefined) {
    const t = wkt.trim();
    if (t.startsWith("{")) {
      const parsed = jsonCell(t, "geometry", problems);
      if (parsed !== undefined) geometry = parsed;
    } else {
      const parsed = parseWkt(t);
      if (parsed.ok) geometry = parsed.geometry;
      else problems.push({ field: "geometry", reason: parsed.message });
    }
  } else if (lat !== undefined || lon !== undefined) {
    if (lat === undefined) problems.push({ field: "lat", reason: "is empty but lon is given" });
    if (lon === undefined) problems.push({ field: "lon", reason: "is empty but lat is given" });
    const y = lat === undefined ? null : numberCell(lat, "lat", problems);
    const x = lon === undefined ? null : numberCell(lon, "lon", problems);
    if (x !== null && y !== null) geometry = { type: "Point", coordinates: [x, y] };
  } else {
    problems.push({ field: "lat", reason: "a place is required: give lat and lon, or a geometry (WKT or GeoJSON)" });
  }
  const id = get("id");
  return { properties: props, geometry, problems, rawId: id === undefined ? null : id.trim() };
}

const FIELD_TO_COLUMN: Record<string, CsvColumn> = {
  altNames: "alt_names",
  datePrecision: "date_precision",
  personnelNote: "personnel_note",
  locationPrecision: "location_precision",
  geometryNote: "geometry_note",
  sources: "source_url",
  inferredSegments: "inferred_segments",
  personnelScope: "personnel_scope",
  jointPersonnel: "joint_personnel",
  personnelRange: "personnel_range",
};

/** `participants[1]` → `participants`, `sources[0].url` → `source_url`, `geometry…` → `geometry`. */
export function columnOfField(field: string, pointFromLatLon: boolean): string {
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? field;
  if (head === "geometry") {
    if (!pointFromLatLon) return "geometry";
    if (field.endsWith("[1]")) return "lat";
    if (field.endsWith("[0]")) return "lon";
    return "lat/lon";
  }
  if (head === "sources") {
    const index = Number(/^sources\[(\d+)\]/.exec(field)?.[1] ?? 0);
    if (index > 0) return "more_sources";
    const sub = /\.(title|publisher|date|url)$/.exec(field)?.[1];
    return sub ? `source_${sub}` : "source_url";
  }
  return FIELD_TO_COLUMN[head] ?? head;
}
