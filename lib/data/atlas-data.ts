/**
 * The bundled events as the browser receives them: one JSON file written at build time
 * (public/data/atlas-data.<hash>.json, named by its content, so a host may cache it for
 * ever) and fetched by the page, instead of riding in every HTML response.
 *
 * Contract: `ATLAS_DATA_FORMAT` changes whenever the shape changes; `checkAtlasData` accepts
 * exactly a value of this shape and format and otherwise throws an Error whose message names
 * what is wrong, so a stale or damaged file is reported on the page rather than half-drawn.
 * The events inside were validated when the file was built (the same validator as
 * `npm run data:check`); this check guards the envelope, not each feature again.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import type { ContextEvent } from "./build-dataset";

export const ATLAS_DATA_FORMAT = 1;

export interface AtlasData {
  format: typeof ATLAS_DATA_FORMAT;
  events: AtlasEvent[];
  context: ContextEvent[];
  /** How many features the build left out because they failed validation. */
  problemCount: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function checkAtlasData(value: unknown, where: string): AtlasData {
  const fail = (what: string): never => {
    throw new Error(`The event data (${where}) ${what}; rebuild the site with \`npm run build\`.`);
  };
  if (!isObject(value)) return fail("is not a JSON object");
  if (value.format !== ATLAS_DATA_FORMAT) return fail(`has format ${JSON.stringify(value.format ?? null)}, expected ${ATLAS_DATA_FORMAT}`);
  const { events, context, problemCount } = value;
  if (!Array.isArray(events) || !events.every((e) => isObject(e) && typeof e.id === "string" && typeof e.startDay === "number" && typeof e.endDay === "number")) {
    return fail('has no valid "events" list');
  }
  if (!Array.isArray(context) || !context.every(isObject)) return fail('has no valid "context" list');
  if (typeof problemCount !== "number" || !Number.isInteger(problemCount) || problemCount < 0) return fail('has no valid "problemCount"');
  return value as unknown as AtlasData;
}
