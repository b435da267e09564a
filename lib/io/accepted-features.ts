/**
 * The features a file import keeps, and the file's vertex budget. Both importers (GeoJSON and
 * CSV) use one of these per file, so the budget rule and its message live once.
 *
 * The budget is charged before a feature's geometry is checked (`charge`, called by
 * `checkImportGeometry` with the feature's position count), for rejected features too: the
 * budget bounds the work a file can cause, not only what it leaves on the map.
 */
import type { EventFeature } from "../domain/feature-types";
import { MAX_VERTICES_PER_FILE } from "./limits";
import { formatInt } from "../text/numbers";

export interface AcceptedFeatures {
  readonly features: EventFeature[];
  /** Charges `vertices` to the file, or returns why not (the file's budget would be exceeded). */
  charge(vertices: number): string | null;
  add(feature: EventFeature): void;
}

export function acceptedFeatures(maxVertices = MAX_VERTICES_PER_FILE): AcceptedFeatures {
  const features: EventFeature[] = [];
  let total = 0;
  return {
    features,
    charge(vertices) {
      if (total + vertices > maxVertices) {
        return `would take the file past ${formatInt(maxVertices)} vertices (the limit per file)`;
      }
      total += vertices;
      return null;
    },
    add(feature) {
      features.push(feature);
    },
  };
}
