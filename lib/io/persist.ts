/**
 * Imports kept across reloads, in IndexedDB (usable from the page and from the worker).
 *
 * Contract: one record per import batch in the `batches` store of the `exercise-atlas`
 * database: `{ id, fileName, importedAt, version, features }`, where `features` are the
 * validated features with their final ids. A save writes one record in one transaction, so a
 * failed or refused import never touches earlier ones, and the bundled data is never stored.
 * `loadBatches` returns the records in import order; records of another `version` or another
 * shape are skipped (and re-validated by the caller anyway). Every function rejects its
 * promise on a storage error instead of throwing synchronously.
 */
import type { EventFeature } from "../domain/feature-types";

export const DB_NAME = "exercise-atlas";
const STORE = "batches";
export const PERSIST_VERSION = 1;

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
  await withStore(factory, "readwrite", (s) => s.put({ ...batch, version: PERSIST_VERSION }));
}

export async function deleteBatch(factory: IDBFactory, id: string): Promise<void> {
  await withStore(factory, "readwrite", (s) => s.delete(id));
}

function isStoredBatch(v: unknown): v is StoredBatch {
  if (typeof v !== "object" || v === null) return false;
  const b = v as Record<string, unknown>;
  return (
    b.version === PERSIST_VERSION &&
    typeof b.id === "string" &&
    typeof b.fileName === "string" &&
    typeof b.importedAt === "string" &&
    Array.isArray(b.features)
  );
}

export async function loadBatches(factory: IDBFactory): Promise<StoredBatch[]> {
  const all = await withStore(factory, "readonly", (s) => s.getAll());
  return (all as unknown[])
    .filter(isStoredBatch)
    .sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
}
