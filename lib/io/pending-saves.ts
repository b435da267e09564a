/**
 * The page's record of batches it shows that the worker is still saving (a large batch is
 * handed over before its save; lib/io/worker-handler.ts).
 *
 * Contract: `createPendingSaves(deleteSaved, warn)` returns
 * - `add(id, fileName)` when such a batch arrives;
 * - `remove(id)`: the reader removed the batch. True when it is still being saved: its saved
 *   copy is then deleted once the save has ended (deleting now would race the save, and the
 *   batch would come back on the next visit). False when nothing is pending for it;
 * - `saved(id, saveError)`: the save ended. A removed batch's copy is deleted; a failed save
 *   is told to the reader;
 * - `lost(reason)`: the worker was stopped, so any pending save may or may not have
 *   happened. A removed batch's copy is deleted (in case it was written); each batch still
 *   shown is named to the reader as perhaps not saved.
 */
export interface PendingSaves {
  add(id: string, fileName: string): void;
  remove(id: string): boolean;
  saved(id: string, saveError: string | null): void;
  lost(reason: string): void;
  /** Ids still being saved. */
  ids(): string[];
}

export function createPendingSaves(deleteSaved: (id: string) => void, warn: (text: string) => void): PendingSaves {
  const pending = new Map<string, { fileName: string; removed: boolean }>();
  return {
    add(id, fileName) {
      pending.set(id, { fileName, removed: false });
    },
    remove(id) {
      const p = pending.get(id);
      if (!p) return false;
      p.removed = true;
      return true;
    },
    saved(id, saveError) {
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      if (p.removed) deleteSaved(id);
      else if (saveError) warn(saveError);
    },
    lost(reason) {
      for (const [id, p] of pending) {
        if (p.removed) deleteSaved(id);
        else warn(`${p.fileName} is shown but may not have been saved for the next visit (${reason}).`);
      }
      pending.clear();
    },
    ids: () => [...pending.keys()],
  };
}
