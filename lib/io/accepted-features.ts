/**
 * The features a file import keeps, under the per-file vertex budget. Both importers (GeoJSON
 * and CSV) add each checked feature here, so the budget rule and its message live once.
 */
import type { EventFeature } from "../domain/feature-types";
import { formatCount, MAX_VERTICES_PER_FILE } from "./limits";

export interface AcceptedFeatures {
  readonly features: EventFeature[];
  /** Keeps the feature, or returns why not (the file's vertex budget would be exceeded). */
  add(feature: EventFeature, vertices: number): string | null;
}

export function acceptedFeatures(): AcceptedFeatures {
  const features: EventFeature[] = [];
  let total = 0;
  return {
    features,
    add(feature, vertices) {
      if (total + vertices > MAX_VERTICES_PER_FILE) {
        return `would take the file past ${formatCount(MAX_VERTICES_PER_FILE)} vertices (the limit per file)`;
      }
      total += vertices;
      features.push(feature);
      return null;
    },
  };
}
