/**
 * Imports kept across reloads, in IndexedDB (usable from the page and from the worker).
 *
 * Contract: one record per import batch in the `batches` store of the `exercise-atlas`
 * database: `{ id, fileName, importedAt, version: 2, featuresJson }`, where `featuresJson` is
 * the validated features with their final ids, as JSON text. A save writes one record in one
 * transaction, so a failed or refused import never touches earlier ones, and the bundled data
 * is never stored. `loadBatches` returns the records in import order with their features
 * parsed; it still reads version 1 records (`features` as an array of objects), and skips
 * records of any other version or shape, or whose JSON does not parse (the caller
 * re-validates every feature anyway: storage is input too). Every function rejects its
 * promise on a storage error instead of throwing synchronously.
 *
 * Why JSON text: IndexedDB clones a value into storage. For 100,000 features, one string
 * (stringified in ~150 ms) was stored in ~0.2–0.4 s where the array of objects took 1.0–1.4 s
 * (in Chromium on this machine), and it reads back and parses in about the same time.
 */
import type { EventFeature } from "../domain/feature-types";

export const DB_NAME = "exercise-atlas";
const STORE = "batches";
export const PERSIST_VERSION = 2;

/** A batch as `loadBatches` returns it. */
export interface StoredBatch {
  id: string;
  fileName: string;
  importedAt: string;
  version: number;
  features: EventFeature[];
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let r: IDBOpenDBRequest;
    try {
      r = factory.open(DB_NAME, 1);
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE, { keyPath: "id" });
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB could not be opened"));
    r.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

async function withStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  run: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(factory);
  try {
    const tx = db.transaction(STORE, mode);
    const result = request(run(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction was aborted (storage full?)"));
    });
    return await result;
  } finally {
    db.close();
  }
}

export async function saveBatch(factory: IDBFactory, batch: Omit<StoredBatch, "version">): Promise<void> {
  const { features, ...rest } = batch;
  const record = { ...rest, version: PERSIST_VERSION, featuresJson: JSON.stringify(features) };
  await withStore(factory, "readwrite", (s) => s.put(record));
}

export async function deleteBatch(factory: IDBFactory, id: string): Promise<void> {
  await withStore(factory, "readwrite", (s) => s.delete(id));
}

/** A stored record as a batch, or null when it is of another version or shape. */
function readRecord(v: unknown): StoredBatch | null {
  if (typeof v !== "object" || v === null) return null;
  const b = v as Record<string, unknown>;
  if (typeof b.id !== "string" || typeof b.fileName !== "string" || typeof b.importedAt !== "string") return null;
  let features: unknown;
  if (b.version === PERSIST_VERSION && typeof b.featuresJson === "string") {
    try {
      features = JSON.parse(b.featuresJson);
    } catch {
      return null;
    }
  } else if (b.version === 1) {
    features = b.features;
  } else {
    return null;
  }
  if (!Array.isArray(features)) return null;
  return { id: b.id, fileName: b.fileName, importedAt: b.importedAt, version: b.version, features };
}

export async function loadBatches(factory: IDBFactory): Promise<StoredBatch[]> {
  const all = await withStore(factory, "readonly", (s) => s.getAll());
  return (all as unknown[])
    .map(readRecord)
    .filter((b): b is StoredBatch => b !== null)
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}
