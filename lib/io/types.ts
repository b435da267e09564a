/**
 * What an import produces. Shared by the importers, the worker and the UI.
 *
 * Contract: an import either fails as a whole (`ok: false`, one message saying what is wrong
 * with the file and where) or yields the accepted features and one `Rejection` per problem
 * of every rejected feature. A feature is accepted only when it has no problem at all.
 */
import type { EventFeature } from "../domain/feature-types";

/** One reason a feature (or a part of the file) was left out. */
export interface Rejection {
  /** 0-based position in `features` (GeoJSON); null for CSV rows and file-level entries. */
  index: number | null;
  /** 1-based line where the CSV row starts; null for GeoJSON. */
  line: number | null;
  /** The feature's own id or name as written in the file, when it has one (for the report). */
  label: string | null;
  /** The field (a property path such as `start` or `geometry.coordinates[0][3]`, or a CSV column). */
  field: string;
  /** What is wrong, in plain words. */
  reason: string;
}

export type ImportFormat = "geojson" | "csv";

export type ImportOutcome =
  | {
      ok: true;
      format: ImportFormat;
      features: EventFeature[];
      /** The first `MAX_REJECTIONS_PER_FILE` problems (see `rejection-log.ts`). */
      rejected: Rejection[];
      /** Problems found beyond those kept in `rejected`. */
      omittedRejections: number;
      /** Distinct features or rows rejected. */
      rejectedFeatures: number;
      total: number;
    }
  | { ok: false; message: string };

/** Progress of a long import, for the progress bar. `total` 0 means "unknown". */
export interface ImportProgress {
  stage: "reading" | "parsing" | "validating" | "preparing" | "saving";
  done: number;
  total: number;
}

export type ProgressFn = (p: ImportProgress) => void;

/** What an importer needs to know besides the text. */
export interface ImportContext {
  /** Prefix for the new ids (`import-<batchId>-…`), unique among imports. */
  batchId: string;
  onProgress?: ProgressFn;
}
