/**
 * The bundled events as the browser receives them: one JSON file written at build time
 * (public/data/atlas-data.<hash>.json, named by its content, so a host may cache it for
 * ever) and fetched by the page, instead of riding in every HTML response.
 *
 * Contract: `ATLAS_DATA_FORMAT` changes whenever the shape changes; `checkAtlasData` accepts
 * exactly a value of this shape and format and otherwise throws an Error whose message names
 * what is wrong, so a stale or damaged file is reported on the page rather than half-drawn.
 * The events inside were validated when the file was built (the same validator as
 * `npm run data:check`); this check guards the envelope, not each feature again. The tours
 * are checked again, one by one, against the events of this very file (lib/tours): a tour
 * that fails is dropped and added to `problemCount`, never a reason to refuse the file.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { MAX_TOURS, readBundledTours } from "../tours/check-tours";
import type { Tour } from "../tours/tour";
import type { ContextEvent } from "./build-dataset";

// 2: `tours` added.
export const ATLAS_DATA_FORMAT = 2;

export interface AtlasData {
  format: typeof ATLAS_DATA_FORMAT;
  events: AtlasEvent[];
  context: ContextEvent[];
  /** The guided tours (geodata/tours/), in file-name order; each passed `parseTour`. */
  tours: readonly Tour[];
  /** How many features and tours the build (or this check) left out because they failed validation. */
  problemCount: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function checkAtlasData(value: unknown, where: string): AtlasData {
  const fail = (what: string): never => {
    throw new Error(`The event data (${where}) ${what}; rebuild the site with \`npm run build\`.`);
  };
  if (!isObject(value)) return fail("is not a JSON object");
  if (value.format !== ATLAS_DATA_FORMAT)
    return fail(`has format ${JSON.stringify(value.format ?? null)}, expected ${ATLAS_DATA_FORMAT}`);
  const { events, context, problemCount } = value;
  if (
    !Array.isArray(events) ||
    !events.every(
      (e) => isObject(e) && typeof e.id === "string" && typeof e.startDay === "number" && typeof e.endDay === "number",
    )
  ) {
    return fail('has no valid "events" list');
  }
  if (!Array.isArray(context) || !context.every(isObject)) return fail('has no valid "context" list');
  if (typeof problemCount !== "number" || !Number.isInteger(problemCount) || problemCount < 0)
    return fail('has no valid "problemCount"');
  const checked = value as unknown as AtlasData;
  const tours = readBundledTours(value.tours, where, checked.events);
  // Each dropped tour is one problem; a missing, non-list or oversized `tours` counts as one.
  const listed = Array.isArray(value.tours) && value.tours.length <= MAX_TOURS ? value.tours.length : 1;
  const dropped = listed - tours.tours.length;
  return { ...checked, tours: tours.tours, problemCount: problemCount + dropped };
}
