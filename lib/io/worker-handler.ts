/**
 * What the import worker does with each request (kept apart from the worker's wiring so it
 * can be tested without a browser).
 *
 * Contract: `handleRequest(req, post, storage)` answers every request with exactly one final
 * message (`imported` or `restored`) and never throws: reading, validating, deriving the
 * AtlasEvents and saving all report failures in the answer. A batch of
 * `SHOW_BEFORE_SAVE_MIN_EVENTS` or more is answered before it is saved (`saving: true`), and
 * one `saved` message with the save's outcome follows; a smaller one is saved first (it takes
 * milliseconds, and a reload right after its report then never loses it). An import whose file is refused,
 * or in which no feature passes, saves nothing and returns no batch, so it cannot change
 * earlier imports. Restored features are validated again (storage is input too) and must
 * carry their batch's id prefix; anything else is dropped and counted.
 */
import { toAtlasEvent, type AtlasEvent } from "../domain/atlas-event";
import type { EventFeature } from "../domain/feature-types";
import { tooLargeMessage } from "./decode";
import { checkImportedFeature } from "./import-feature";
import { importBytes } from "./import-file";
import { MAX_FILE_BYTES, MAX_IMPORTED_EVENTS, MAX_REJECTIONS_PER_FILE } from "./limits";
import { formatInt } from "../text/numbers";
import { loadBatches, saveBatch } from "./persist";
import type { ImportProgress, Rejection } from "./types";
import { refusedImport, type BatchPayload, type WorkerRequest, type WorkerResponse } from "./worker-protocol";

type Post = (m: WorkerResponse) => void;

/**
 * From this many events on, the page gets the batch before it is saved: saving 100,000
 * events (their JSON text, then IndexedDB) took ~0.9 s that the map waited for.
 */
export const SHOW_BEFORE_SAVE_MIN_EVENTS = 5_000;

async function readFile(file: File, onChunk: (done: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== "function") return new Uint8Array(await file.arrayBuffer());
  const out = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.byteLength > out.byteLength) throw new Error("the file grew while it was being read");
    out.set(value, offset);
    offset += value.byteLength;
    onChunk(offset);
  }
  return out.subarray(0, offset);
}

function derive(features: readonly EventFeature[], rejected: Rejection[] | null): AtlasEvent[] {
  const events: AtlasEvent[] = [];
  features.forEach((f, index) => {
    try {
      events.push(toAtlasEvent(f, "imported"));
    } catch (err) {
      rejected?.push({
        index,
        line: null,
        label: f.properties.name,
        field: "geometry",
        reason: `could not be measured (${err instanceof Error ? err.message : String(err)})`,
      });
    }
  });
  return events;
}

async function importFile(
  req: Extract<WorkerRequest, { kind: "import" }>,
  post: Post,
  storage: IDBFactory | null,
): Promise<void> {
  const { job, file } = req;
  const fail = (error: string): void => post(refusedImport(job, file.name, error));
  if (file.size > MAX_FILE_BYTES) return fail(tooLargeMessage(file.size));
  const progress = (p: ImportProgress) => post({ kind: "progress", job, progress: p });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file, (done) => progress({ stage: "reading", done, total: file.size }));
  } catch (err) {
    return fail(`The file could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { batchId } = req;
  const outcome = importBytes(file.name, bytes, { batchId, onProgress: progress });
  if (!outcome.ok) return fail(outcome.message);
  const room = MAX_IMPORTED_EVENTS - req.importedCount;
  if (outcome.features.length > room) {
    return fail(
      `This file has ${formatInt(outcome.features.length)} valid features, but only ${formatInt(Math.max(0, room))} more imported events fit (at most ${formatInt(MAX_IMPORTED_EVENTS)} in all); remove an earlier import first.`,
    );
  }
  progress({ stage: "preparing", done: 0, total: outcome.features.length });
  const rejected = [...outcome.rejected];
  const events = derive(outcome.features, rejected);
  const unmeasured = rejected.length - outcome.rejected.length;
  const omittedRejections = outcome.omittedRejections + Math.max(0, rejected.length - MAX_REJECTIONS_PER_FILE);
  rejected.length = Math.min(rejected.length, MAX_REJECTIONS_PER_FILE);
  const kept = new Set(events.map((e) => e.id));
  const features = outcome.features.filter((f) => kept.has(f.properties.id));
  const answer = (batch: BatchPayload | null, saveError: string | null, saving: boolean): WorkerResponse => ({
    kind: "imported",
    job,
    fileName: file.name,
    batch,
    error: null,
    format: outcome.format,
    total: outcome.total,
    rejected,
    omittedRejections,
    rejectedFeatures: outcome.rejectedFeatures + unmeasured,
    saveError,
    saving,
  });
  if (events.length === 0) return post(answer(null, null, false));
  const batch: BatchPayload = { id: batchId, fileName: file.name, importedAt: new Date().toISOString(), events };
  if (!storage) {
    return post(
      answer(
        batch,
        "The import is shown but could not be saved for the next visit (this browser offers no IndexedDB here).",
        false,
      ),
    );
  }
  const save = async (): Promise<string | null> => {
    try {
      await saveBatch(storage, { id: batch.id, fileName: batch.fileName, importedAt: batch.importedAt, features });
      return null;
    } catch (err) {
      return `The import is shown but could not be saved for the next visit (${err instanceof Error ? err.message : String(err)}).`;
    }
  };
  if (events.length >= SHOW_BEFORE_SAVE_MIN_EVENTS) {
    post(answer(batch, null, true));
    post({ kind: "saved", job, batchId: batch.id, saveError: await save() });
    return;
  }
  progress({ stage: "saving", done: 0, total: 0 });
  post(answer(batch, await save(), false));
}

async function restore(job: number, post: Post, storage: IDBFactory | null): Promise<void> {
  if (!storage) return post({ kind: "restored", job, batches: [], dropped: 0, error: null });
  let stored;
  try {
    stored = await loadBatches(storage);
  } catch (err) {
    return post({
      kind: "restored",
      job,
      batches: [],
      dropped: 0,
      error: `Saved imports could not be read (${err instanceof Error ? err.message : String(err)}).`,
    });
  }
  let dropped = 0;
  const batches: BatchPayload[] = [];
  for (const b of stored) {
    const valid: EventFeature[] = [];
    for (const f of b.features as unknown[]) {
      const rec = f as { properties?: unknown; geometry?: unknown };
      const props =
        typeof rec?.properties === "object" && rec.properties !== null
          ? (rec.properties as Record<string, unknown>)
          : null;
      const id = props?.id;
      if (!props || typeof id !== "string" || !id.startsWith(`import-${b.id}-`)) {
        dropped++;
        continue;
      }
      const checked = checkImportedFeature({ properties: props, geometry: rec.geometry, id });
      if (checked.ok) valid.push(checked.feature);
      else dropped++;
    }
    const events = derive(valid, null);
    dropped += valid.length - events.length;
    if (events.length > 0) batches.push({ id: b.id, fileName: b.fileName, importedAt: b.importedAt, events });
  }
  post({ kind: "restored", job, batches, dropped, error: null });
}

export async function handleRequest(req: WorkerRequest, post: Post, storage: IDBFactory | null): Promise<void> {
  try {
    if (req.kind === "import") await importFile(req, post, storage);
    else await restore(req.job, post, storage);
  } catch (err) {
    const message = `The import failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`;
    if (req.kind === "import") {
      post(refusedImport(req.job, req.file.name, message));
    } else {
      post({ kind: "restored", job: req.job, batches: [], dropped: 0, error: message });
    }
  }
}
