/**
 * The two files that say what the dataset is, beside the events themselves:
 *
 * - `geodata/dataset.json`: the dataset's version, the last day its sources were searched
 *   up to (`dataThrough`, shown in the app as "Data through YYYY-MM-DD": the clock never
 *   stands in for it) and the definition of what it counts on each side;
 * - `geodata/coverage.json`: per series, what it is and the editions looked for and not in
 *   the data (with why); the events found and left out under the dataset's rules; and the
 *   reason for every side-year from 2005 to the data's end that has no event.
 *
 * Both are untrusted input like every data file: parsed with these strict schemas, every
 * problem reported with its path.
 */
import { z } from "zod";
import { isoDay, sourceSchema } from "../domain/schema";
import { BLOCS } from "../domain/vocabulary";

z.config({ jitless: true });

const text = z.string().trim().min(1, "must not be empty");
const year = z.number().int().min(1900).max(2100);

export const datasetMetaSchema = z.strictObject({
  title: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version such as 2026.12.0"),
  dataThrough: isoDay,
  dataThroughNote: text,
  firstYear: year,
  definition: z.strictObject({ nato: text, "cn-ru": text, context: text, multilateralRule: text }),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

export const SERIES_SCOPES = ["census", "selection"] as const;

const notFoundSchema = z.strictObject({ edition: text, year, note: text });

export const seriesCoverageSchema = z.strictObject({
  series: text,
  bloc: z.enum(BLOCS),
  what: text,
  cadence: text,
  /** "census": every edition held in the period is meant to be in the data; "selection": only some. */
  scope: z.enum(SERIES_SCOPES),
  notFound: z.array(notFoundSchema),
});
export type SeriesCoverage = z.infer<typeof seriesCoverageSchema>;

export const coverageSchema = z.strictObject({
  series: z.array(seriesCoverageSchema),
  excluded: z.array(
    z.strictObject({ name: text, year, bloc: z.enum(BLOCS), reason: text, sources: z.array(sourceSchema) }),
  ),
  gaps: z.array(z.strictObject({ bloc: z.enum(BLOCS), year, reason: text })),
});
export type Coverage = z.infer<typeof coverageSchema>;
