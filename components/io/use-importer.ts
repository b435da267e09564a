"use client";
/**
 * The page's side of the import worker: one worker per page, created on mount, which first
 * restores the saved imports and then takes files one at a time. Finished batches go into
 * the store (`addImport`); the hook keeps only what the toolbar shows while a file is being
 * read (progress) and the report of the last import.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportProgress } from "@/lib/io/types";
import { deleteBatch } from "@/lib/io/persist";
import type { WorkerRequest, WorkerResponse } from "@/lib/io/worker-protocol";
import { useAtlasStoreApi } from "../state/atlas-store-provider";

export type ImportReport = Extract<WorkerResponse, { kind: "imported" }>;

export interface Importer {
  running: { fileName: string; progress: ImportProgress | null } | null;
  report: ImportReport | null;
  importFile(file: File): void;
  removeImport(id: string): void;
  closeReport(): void;
}

export function useImporter(): Importer {
  const store = useAtlasStoreApi();
  const workerRef = useRef<Worker | null>(null);
  const jobRef = useRef(0);
  const [running, setRunning] = useState<Importer["running"]>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  useEffect(() => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("../../lib/io/import.worker.ts", import.meta.url), { type: "module" });
    } catch (err) {
      store.getState().notify(`Importing is unavailable in this browser (${err instanceof Error ? err.message : String(err)}).`, "error");
      return;
    }
    workerRef.current = worker;
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      const { addImport, notify } = store.getState();
      if (m.kind === "progress") {
        setRunning((r) => (r ? { ...r, progress: m.progress } : r));
      } else if (m.kind === "restored") {
        const present = new Set(store.getState().imports.map((b) => b.id));
        for (const b of m.batches) if (!present.has(b.id)) addImport(b);
        if (m.error) notify(m.error, "warning");
        if (m.dropped > 0) notify(`${m.dropped} saved imported feature(s) no longer passed validation and were left out.`, "warning");
      } else {
        setRunning(null);
        if (m.batch) addImport(m.batch);
        setReport(m);
        if (m.saveError) notify(m.saveError, "warning");
      }
    };
    worker.onerror = () => {
      setRunning(null);
      store.getState().notify("The import stopped unexpectedly; nothing was changed.", "error");
    };
    const restore: WorkerRequest = { kind: "restore", job: ++jobRef.current };
    worker.postMessage(restore);
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [store]);

  const importFile = useCallback(
    (file: File) => {
      const worker = workerRef.current;
      if (!worker) return;
      const { imports } = store.getState();
      const req: WorkerRequest = {
        kind: "import",
        job: ++jobRef.current,
        file,
        takenBatchIds: imports.map((b) => b.id),
        importedCount: imports.reduce((n, b) => n + b.events.length, 0),
      };
      setReport(null);
      setRunning({ fileName: file.name, progress: null });
      worker.postMessage(req);
    },
    [store],
  );

  const removeImport = useCallback(
    (id: string) => {
      store.getState().removeImport(id);
      deleteBatch(indexedDB, id).catch((err: unknown) =>
        store.getState().notify(`The import was removed from the map but not from saved data (${err instanceof Error ? err.message : String(err)}).`, "warning"),
      );
    },
    [store],
  );

  return { running, report, importFile, removeImport, closeReport: () => setReport(null) };
}
