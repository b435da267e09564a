/**
 * The dataset's contract, as zod schemas. Everything that enters the app (our own
 * geodata and, later, user imports) is parsed with these before anything else sees it.
 * The schema checks shape and per-value rules; cross-feature rules (unique ids,
 * resolving parents) and geometric rules (ring closure, self-intersection) live in
 * `validate-dataset.ts`, which reports every problem at once.
 */
import { z } from "zod";
import { isIsoCountryCode } from "./country-codes";
import { isCalendarDay } from "./days";
import { isHttpUrl } from "./http-url";
import {
  BLOCS,
  CONTEXT_CATEGORIES,
  DATE_PRECISIONS,
  DOMAINS,
  EVENT_KINDS,
  LOCATION_PRECISIONS,
  PERSONNEL_SCOPES,
} from "./vocabulary";

// zod compiles fast parsers with `new Function` after probing whether eval is allowed; our
// Content-Security-Policy forbids eval, and the probe alone is reported as a violation.
z.config({ jitless: true });

export {
  BLOCS,
  EVENT_KINDS,
  DATE_PRECISIONS,
  LOCATION_PRECISIONS,
  DOMAINS,
  CONTEXT_CATEGORIES,
  PERSONNEL_SCOPES,
} from "./vocabulary";

export type Bloc = (typeof BLOCS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type Domain = (typeof DOMAINS)[number];
export type PersonnelScope = (typeof PERSONNEL_SCOPES)[number];

export { isCalendarDay } from "./days";

/** Start/end order is only meaningful when both are real days (else "start" alone is reported). */
function bothCalendarDays(p: { start: string; end: string }): boolean {
  return isCalendarDay(p.start) && isCalendarDay(p.end);
}

export const isoDay = z.string().refine(isCalendarDay, { message: "must be a real calendar date written YYYY-MM-DD" });

/** A source's publication date may be known only to the month or year. */
const sourceDate = z
  .string()
  .refine((s) => isCalendarDay(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s) || /^\d{4}$/.test(s), {
    message: "must be YYYY-MM-DD, YYYY-MM or YYYY",
  })
  .nullable();

export const httpUrl = z.string().refine(isHttpUrl, { message: "must be an http(s) address" });

export const sourceSchema = z.strictObject({
  // Trimmed like every other text, so a title means the same whichever format brought it.
  title: z.string().trim().min(1, "must not be empty"),
  publisher: z.string().trim().min(1, "must not be empty"),
  date: sourceDate,
  url: httpUrl,
});
export type Source = z.infer<typeof sourceSchema>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug such as joint-sea-2012");

const countryCode = z.string().refine(isIsoCountryCode, { message: "is not an ISO 3166-1 alpha-2 country code" });

const nonEmptyText = z.string().trim().min(1, "must not be empty");

const headcount = z.number().int().positive();

/**
 * What one participant sent, where sources say. A disputed figure is a range: `personnel`
 * the lower, `personnelMax` the higher, with the sources of both. Each entry of `sources` is
 * the address of one of the feature's own sources (checked in `validation/personnel-rules.ts`).
 */
export const contingentSchema = z.strictObject({
  participant: countryCode,
  personnel: headcount.nullable(),
  personnelMax: headcount.nullable(),
  note: nonEmptyText.nullable(),
  sources: z.array(httpUrl).min(1, "must name the address of at least one of the feature's sources"),
});
export type Contingent = z.infer<typeof contingentSchema>;

/** Where sources disagree on the whole event's headcount: both ends, with their sources. */
export const personnelRangeSchema = z.strictObject({
  min: headcount,
  max: headcount,
  note: nonEmptyText.nullable(),
  sources: z.array(httpUrl).min(1, "must name the address of at least one of the feature's sources"),
});
export type PersonnelRange = z.infer<typeof personnelRangeSchema>;

export const eventPropertiesSchema = z
  .strictObject({
    id: slug,
    name: nonEmptyText,
    altNames: z.array(nonEmptyText),
    bloc: z.enum(BLOCS),
    kind: z.enum(EVENT_KINDS),
    series: nonEmptyText.nullable(),
    parent: slug.nullable(),
    start: isoDay,
    end: isoDay,
    datePrecision: z.enum(DATE_PRECISIONS),
    participants: z.array(countryCode).min(1, "must name at least one participant"),
    places: z.array(nonEmptyText),
    domains: z.array(z.enum(DOMAINS)),
    personnel: z.number().int().positive().nullable(),
    personnelNote: nonEmptyText.nullable(),
    /**
     * "event" (the default): `personnel` counts the whole joint or allied event.
     * "host-exercise": `personnel` is the host's whole national exercise, most of which was
     * not part of the joint drill (Vostok-2018's 300,000 beside the PLA's 3,200); the
     * comparison then uses `jointPersonnel`.
     */
    personnelScope: z.enum(PERSONNEL_SCOPES).optional(),
    /** The joint part's headcount (required, possibly null, for a host exercise). */
    jointPersonnel: headcount.nullable().optional(),
    contingents: z.array(contingentSchema).optional(),
    personnelRange: personnelRangeSchema.optional(),
    assets: nonEmptyText.nullable(),
    locationPrecision: z.enum(LOCATION_PRECISIONS),
    geometryNote: nonEmptyText.nullable(),
    inferredSegments: z.array(z.number().int().nonnegative()).optional(),
    description: nonEmptyText,
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
    notes: nonEmptyText.nullable(),
  })
  .refine((p) => !bothCalendarDays(p) || p.start <= p.end, {
    message: "end date is before start date",
    path: ["end"],
  });
export type EventProperties = z.infer<typeof eventPropertiesSchema>;

export const contextPropertiesSchema = z
  .strictObject({
    id: slug,
    name: nonEmptyText,
    kind: z.literal("context"),
    category: z.enum(CONTEXT_CATEGORIES),
    start: isoDay,
    end: isoDay,
    datePrecision: z.enum(DATE_PRECISIONS),
    locationPrecision: z.enum(LOCATION_PRECISIONS).nullable(),
    description: nonEmptyText,
    sources: z.array(sourceSchema).min(1, "must list at least one source"),
    notes: nonEmptyText.nullable(),
  })
  .refine((p) => !bothCalendarDays(p) || p.start <= p.end, {
    message: "end date is before start date",
    path: ["end"],
  });
export type ContextProperties = z.infer<typeof contextPropertiesSchema>;
