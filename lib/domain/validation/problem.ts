/**
 * The shape of one dataset problem and how paths inside a feature are written.
 *
 * Contract: a `DatasetProblem` names the file, the feature (its `properties.id` when that is a
 * string, and its 0-based position in `features`; both null for file-level problems), the
 * field (a path such as `start`, `sources[0].url` or `geometry.coordinates[0][3]`; property
 * paths are written without a `properties.` prefix) and a human message.
 */

/** One problem found in the dataset. */
export interface DatasetProblem {
  /** File name as given to the validator, e.g. `nato-drills.geojson`. */
  file: string;
  /** The feature's `properties.id` when it is a string, else null. */
  id: string | null;
  /** 0-based index of the feature in `features`, or null for a problem with the whole file. */
  index: number | null;
  /** Where the problem is, e.g. `start`, `sources[0].url`, `geometry.coordinates[0]`. */
  field: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** A path into a JSON value: object keys and array indices. */
export type JsonPath = ReadonlyArray<string | number>;

/** Writes a path the way problems show it: `["sources", 0, "url"]` → `sources[0].url`. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
