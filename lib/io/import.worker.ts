/**
 * The import worker: parsing, validation and saving run here so the page stays responsive
 * with a 30 MB file. Created by components/io/use-importer.ts with
 * `new Worker(new URL("…/import.worker.ts", import.meta.url), { type: "module" })`.
 */
import { handleRequest } from "./worker-handler";
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
  indexedDB?: IDBFactory;
}

const scope = self as unknown as WorkerScope;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e) => {
  // One request at a time, in order: an import and a restore never interleave their saves.
  queue = queue.then(() => handleRequest(e.data, (m) => scope.postMessage(m), scope.indexedDB ?? null));
};
