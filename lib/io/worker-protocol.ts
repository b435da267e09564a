/**
 * Messages between the page and the import worker.
 *
 * page → worker: `import` (a File and its new batch id), `restore` (load saved imports).
 * worker → page: `progress`, then exactly one `imported` / `restored` answer with the same
 * `job` number; an `imported` answer with `saving: true` is followed by one `saved` message
 * (a large batch is handed over before it is saved, so the map need not wait for the save).
 * The worker validates, derives the AtlasEvents and saves to IndexedDB itself, so the page
 * only receives finished records.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import type { ImportFormat, ImportProgress, Rejection } from "./types";

export type WorkerRequest =
  | {
      kind: "import";
      job: number;
      file: File;
      /** Chosen by the page (new, see `ids.ts`), so the page can delete whatever a stopped import saved. */
      batchId: string;
      importedCount: number;
    }
  | { kind: "restore"; job: number };

export interface BatchPayload {
  id: string;
  fileName: string;
  importedAt: string;
  events: AtlasEvent[];
}

export type WorkerResponse =
  | { kind: "progress"; job: number; progress: ImportProgress }
  | {
      kind: "imported";
      job: number;
      fileName: string;
      /** Null when the whole file was refused; then `error` says why. */
      batch: BatchPayload | null;
      error: string | null;
      format: ImportFormat | null;
      total: number;
      /** The first problems found (at most `MAX_REJECTIONS_PER_FILE`). */
      rejected: Rejection[];
      /** Problems beyond those in `rejected`. */
      omittedRejections: number;
      /** Distinct features or rows rejected. */
      rejectedFeatures: number;
      /** Set when the batch could not be saved (it is still shown until the page reloads). */
      saveError: string | null;
      /** True when the batch is still being saved: a `saved` message with the outcome follows. */
      saving: boolean;
    }
  | { kind: "saved"; job: number; batchId: string; saveError: string | null }
  | { kind: "restored"; job: number; batches: BatchPayload[]; dropped: number; error: string | null };

/** The answer to an import whose whole file was refused: nothing kept, `error` says why. */
export function refusedImport(
  job: number,
  fileName: string,
  error: string,
): Extract<WorkerResponse, { kind: "imported" }> {
  return {
    kind: "imported",
    job,
    fileName,
    batch: null,
    error,
    format: null,
    total: 0,
    rejected: [],
    omittedRejections: 0,
    rejectedFeatures: 0,
    saveError: null,
    saving: false,
  };
}
