"use client";
/**
 * The page's side of the import worker: one runner per page (`lib/io/import-runner.ts`: the
 * worker, its watchdog and its cancel), started when the page is idle, which first restores
 * the saved imports and then takes files one at a time. Finished batches go into the store
 * (`addImport`); the hook keeps only what the toolbar shows while a file is being read
 * (progress, Cancel) and the report of the last import. A stopped import (cancelled, over its
 * time budget, or its worker died) is reported like a refused file, and whatever it may have
 * saved is deleted, so nothing changes. A large batch arrives before it is saved; removing it
 * meanwhile deletes its copy once the save ends, and a save cut short is told to the reader.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportProgress } from "@/lib/io/types";
import { newBatchId } from "@/lib/io/ids";
import { createImportRunner, stoppedMessage, type ImportRunner } from "@/lib/io/import-runner";
import { deleteBatch } from "@/lib/io/persist";
import { createPendingSaves, type PendingSaves } from "@/lib/io/pending-saves";
import { refusedImport, type WorkerResponse } from "@/lib/io/worker-protocol";
import { useAtlasStoreApi } from "../state/atlas-store-provider";
import { whenMainMapSettled } from "../state/main-map";

export type ImportReport = Extract<WorkerResponse, { kind: "imported" }>;

export interface Importer {
  running: { fileName: string; progress: ImportProgress | null } | null;
  report: ImportReport | null;
  importFile(file: File): void;
  cancelImport(): void;
  removeImport(id: string): void;
  closeReport(): void;
}

function refusedReport(fileName: string, error: string): ImportReport {
  return refusedImport(0, fileName, error);
}

export function useImporter(): Importer {
  const store = useAtlasStoreApi();
  const runnerRef = useRef<ImportRunner | null>(null);
  const batchRef = useRef<string | null>(null);
  const [running, setRunning] = useState<Importer["running"]>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const pendingRef = useRef<PendingSaves | null>(null);

  /** Deletes a removed batch's saved copy; a failure is told to the reader. */
  const deleteSaved = useCallback(
    (id: string) => {
      if (typeof indexedDB === "undefined") return;
      deleteBatch(indexedDB, id).catch((err: unknown) =>
        store
          .getState()
          .notify(
            `The import was removed from the map but not from saved data (${err instanceof Error ? err.message : String(err)}).`,
            "warning",
          ),
      );
    },
    [store],
  );

  useEffect(() => {
    const warn = (text: string) => store.getState().notify(text, "warning");
    const pending = createPendingSaves(deleteSaved, warn);
    pendingRef.current = pending;
    const runner = createImportRunner({
      createWorker: () => new Worker(new URL("../../lib/io/import.worker.ts", import.meta.url), { type: "module" }),
      onMessage: (m) => {
        const { addImport, notify } = store.getState();
        if (m.kind === "progress") {
          setRunning((r) => (r ? { ...r, progress: m.progress } : r));
        } else if (m.kind === "restored") {
          const present = new Set(store.getState().imports.map((b) => b.id));
          for (const b of m.batches) if (!present.has(b.id)) addImport(b);
          if (m.error) notify(m.error, "warning");
          if (m.dropped > 0)
            notify(`${m.dropped} saved imported feature(s) no longer passed validation and were left out.`, "warning");
        } else if (m.kind === "saved") {
          pending.saved(m.batchId, m.saveError);
        } else {
          batchRef.current = null;
          setRunning(null);
          if (m.batch) {
            if (m.saving) pending.add(m.batch.id, m.fileName);
            addImport(m.batch);
          }
          setReport(m);
          if (m.saveError) notify(m.saveError, "warning");
        }
      },
      onStopped: (fileName, reason, budget) => {
        // An earlier batch's save, queued before this import in the worker, ended with it.
        pending.lost("its save was stopped with the import worker");
        const batchId = batchRef.current;
        batchRef.current = null;
        setRunning(null);
        setReport(refusedReport(fileName, stoppedMessage(fileName, reason, budget)));
        // The worker may have been saving when it was stopped.
        if (batchId && typeof indexedDB !== "undefined") deleteBatch(indexedDB, batchId).catch(() => undefined);
      },
      onIdleCrash: () => {
        if (pending.ids().length > 0) pending.lost("the import worker stopped unexpectedly");
        else warn("Saved imports could not be restored (the import worker stopped unexpectedly).");
      },
    });
    runnerRef.current = runner;
    // The worker (and the restore of saved imports) starts once the main map has drawn its
    // first view and the page is idle, so its script does not compete with the map's first
    // frames (a page without a map, WebGL refused, starts it after a few seconds anyway).
    // An import chosen before then starts the worker itself.
    const start = () => {
      try {
        runner.start();
      } catch (err) {
        store
          .getState()
          .notify(
            `Importing is unavailable in this browser (${err instanceof Error ? err.message : String(err)}).`,
            "error",
          );
      }
    };
    let idle: number | null = null;
    const startWhenIdle = () => {
      if (idle !== null) return;
      idle =
        typeof window.requestIdleCallback === "function"
          ? window.requestIdleCallback(start, { timeout: 1000 })
          : window.setTimeout(start, 200);
    };
    const cancelWait = whenMainMapSettled(startWhenIdle);
    const fallback = window.setTimeout(startWhenIdle, 6000);
    return () => {
      cancelWait();
      window.clearTimeout(fallback);
      if (idle !== null) {
        if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(idle);
        else window.clearTimeout(idle);
      }
      runner.dispose();
      runnerRef.current = null;
    };
  }, [store, deleteSaved]);

  const importFile = useCallback(
    (file: File) => {
      const runner = runnerRef.current;
      if (!runner) return;
      const { imports } = store.getState();
      const batchId = newBatchId(new Set(imports.map((b) => b.id)));
      setReport(null);
      setRunning({ fileName: file.name, progress: null });
      batchRef.current = batchId;
      try {
        runner.send({
          kind: "import",
          job: runner.nextJob(),
          file,
          batchId,
          importedCount: imports.reduce((n, b) => n + b.events.length, 0),
        });
      } catch (err) {
        batchRef.current = null;
        setRunning(null);
        setReport(
          refusedReport(
            file.name,
            `Importing is unavailable in this browser (${err instanceof Error ? err.message : String(err)}).`,
          ),
        );
      }
    },
    [store],
  );

  const cancelImport = useCallback(() => runnerRef.current?.cancel(), []);

  const removeImport = useCallback(
    (id: string) => {
      store.getState().removeImport(id);
      // Still being saved: its copy is deleted once the save has ended (lib/io/pending-saves.ts).
      if (pendingRef.current?.remove(id)) return;
      deleteSaved(id);
    },
    [store, deleteSaved],
  );

  return { running, report, importFile, cancelImport, removeImport, closeReport: () => setReport(null) };
}
