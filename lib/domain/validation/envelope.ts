/**
 * Checks the GeoJSON envelope of a data file: the FeatureCollection and each Feature around
 * the properties and geometry.
 *
 * Contract: `collectionProblems(value)` returns the features array (or null when there is
 * none to check) and the file-level problems; `featureEnvelopeProblems(value)` returns the
 * problems of one feature's envelope. Both never throw. The dataset is strict: a collection
 * has exactly `type: "FeatureCollection"` and `features`; a feature has exactly
 * `type: "Feature"`, `geometry` (an object, or null) and `properties` (an object). The id
 * lives in `properties.id`; derived values such as `bbox` are never stored.
 */
import { describeValue } from "../../geo/describe-value";
import type { SchemaProblem } from "./zod-issues";

const COLLECTION_KEYS: ReadonlySet<string> = new Set(["type", "features"]);
const FEATURE_KEYS: ReadonlySet<string> = new Set(["type", "geometry", "properties"]);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** File-level problems and the features to check; see the module contract. */
export function collectionProblems(value: unknown): { features: unknown[] | null; problems: SchemaProblem[] } {
  if (!isPlainObject(value)) {
    return {
      features: null,
      problems: [
        { path: ["file"], message: `must be a GeoJSON FeatureCollection object (found ${describeValue(value)})` },
      ],
    };
  }
  const problems: SchemaProblem[] = [];
  if (value.type !== "FeatureCollection") {
    problems.push({ path: ["type"], message: `must be "FeatureCollection" (found ${describeValue(value.type)})` });
  }
  for (const key of Object.keys(value)) {
    if (!COLLECTION_KEYS.has(key)) {
      problems.push({ path: [key], message: "is not allowed at the top of a data file (only type and features)" });
    }
  }
  const features = value.features;
  if (!Array.isArray(features)) {
    problems.push({ path: ["features"], message: `must be an array of features (found ${describeValue(features)})` });
    return { features: null, problems };
  }
  return { features, problems };
}

/** Problems with one feature's envelope (paths relative to the feature). */
export function featureEnvelopeProblems(value: unknown): SchemaProblem[] {
  if (!isPlainObject(value)) {
    return [{ path: [], message: `must be a GeoJSON Feature object (found ${describeValue(value)})` }];
  }
  const problems: SchemaProblem[] = [];
  if (value.type !== "Feature") {
    problems.push({ path: ["type"], message: `must be "Feature" (found ${describeValue(value.type)})` });
  }
  for (const key of Object.keys(value)) {
    if (!FEATURE_KEYS.has(key)) {
      problems.push({
        path: [key],
        message: "is not allowed on a feature (only type, geometry and properties; the id goes in properties)",
      });
    }
  }
  if (!("geometry" in value)) {
    problems.push({ path: ["geometry"], message: "is required (use null only for a context event without a place)" });
  } else if (value.geometry !== null && !isPlainObject(value.geometry)) {
    problems.push({
      path: ["geometry"],
      message: `must be a geometry object or null (found ${describeValue(value.geometry)})`,
    });
  }
  if (!isPlainObject(value.properties)) {
    problems.push({ path: ["properties"], message: `must be an object (found ${describeValue(value.properties)})` });
  }
  return problems;
}
