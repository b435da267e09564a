/**
 * The schema imported events are held to: the dataset's own `eventPropertiesSchema`, with
 * the fields an analyst's list rarely has made optional, and sensible defaults.
 *
 * Required: `name`, `start`, `bloc` ("cn-ru" or "nato"). Defaulted when missing: `end` (=
 * `start`), `kind` ("exercise"), `datePrecision` ("day"), `altNames`, `participants`,
 * `places`, `domains`, `sources` (empty lists), `series`, `personnel`, `personnelNote`,
 * `assets`, `geometryNote`, `notes` (null), `description` (""), `locationPrecision` (from the
 * geometry: Point/MultiPoint → site, lines → route, polygons → region). Every value that is
 * present is checked by the dataset's own rule for it (calendar dates, ISO country codes,
 * http(s) source links, start ≤ end). `id` and `parent` are not taken over: imported events
 * get fresh ids and stand alone. The optional personnel fields (`personnelScope`,
 * `jointPersonnel`, `contingents`, `personnelRange`) are kept when present and held to the
 * dataset's personnel rules, so our own GeoJSON export imports back whole. Unknown
 * properties are ignored.
 *
 * Contract: `importedProperties(raw, geometryType, id)` never throws; it returns the full
 * `EventProperties` or `{ path, message }` problems.
 */
import { z } from "zod";
import { eventPropertiesSchema, isCalendarDay, type EventProperties, type LocationPrecision } from "../domain/schema";
import { schemaProblems, type SchemaProblem } from "../domain/validation/zod-issues";
import type { EventGeometry } from "../domain/feature-types";

const base = eventPropertiesSchema.shape;

export const importPropertiesSchema = z
  .object({
    name: base.name,
    altNames: base.altNames.default([]),
    bloc: base.bloc,
    kind: base.kind.default("exercise"),
    series: base.series.default(null),
    start: base.start,
    end: base.end.optional(),
    datePrecision: base.datePrecision.default("day"),
    participants: z.array(base.participants.element).default([]),
    places: base.places.default([]),
    domains: base.domains.default([]),
    personnel: base.personnel.default(null),
    personnelNote: base.personnelNote.default(null),
    // Optional, kept when present so the app's own GeoJSON export imports back whole.
    personnelScope: base.personnelScope,
    jointPersonnel: base.jointPersonnel,
    contingents: base.contingents,
    personnelRange: base.personnelRange,
    assets: base.assets.default(null),
    locationPrecision: base.locationPrecision.optional(),
    geometryNote: base.geometryNote.default(null),
    inferredSegments: base.inferredSegments,
    description: z.string().trim().default(""),
    sources: z.array(base.sources.element).default([]),
    notes: base.notes.default(null),
  })
  .refine((p) => p.end === undefined || !isCalendarDay(p.start) || !isCalendarDay(p.end) || p.start <= p.end, {
    message: "end date is before start date",
    path: ["end"],
  });

export function precisionFor(type: EventGeometry["type"]): LocationPrecision {
  if (type === "Point" || type === "MultiPoint") return "site";
  if (type === "LineString" || type === "MultiLineString") return "route";
  return "region";
}

export type PropertiesResult = { ok: true; properties: EventProperties } | { ok: false; problems: SchemaProblem[] };

export function importedProperties(
  raw: Record<string, unknown>,
  geometryType: EventGeometry["type"],
  id: string,
): PropertiesResult {
  // One parse on the happy path; the second, with readable messages, only for a bad feature.
  const parsed = importPropertiesSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: schemaProblems(importPropertiesSchema, raw) };
  const p = parsed.data;
  const properties: EventProperties = {
    ...p,
    id,
    parent: null,
    end: p.end ?? p.start,
    locationPrecision: p.locationPrecision ?? precisionFor(geometryType),
  };
  // Absent optional fields stay absent (not `undefined` keys), as in the bundled data.
  for (const key of [
    "inferredSegments",
    "personnelScope",
    "jointPersonnel",
    "contingents",
    "personnelRange",
  ] as const) {
    if (properties[key] === undefined) delete properties[key];
  }
  return { ok: true, properties };
}
