/**
 * The page's side of the import worker, apart from React: one worker at a time, a watchdog on
 * every import, a cancel, and a new worker whenever the old one had to be stopped or died.
 *
 * Contract: `createImportRunner(options)` returns a runner that
 * - `start()`s the worker (idempotent) and restores the saved imports once;
 * - `send(req)`s an import: the worker gets it, and a timer of `budgetMs(file.size)` starts;
 *   the import's answer (`imported`) clears the timer and is handed to `onMessage`, like every
 *   `progress` and `restored` message;
 * - on timeout, on `cancel()` and when the worker dies (`onerror`), terminates the worker, calls
 *   `onStopped(fileName, reason)` once for the running import (reason "timeout", "cancelled" or
 *   "crashed"), and makes a new worker on the next `send`, so the next import works;
 * - ignores anything an old worker still says after it was stopped (messages carry `job`).
 * Timers and the worker are injected, so this is tested without a browser.
 *
 * Why a watchdog although work per feature is bounded: the bounds are per feature, and a file
 * of many features at their limits, or a browser slower than ours, can still take minutes;
 * nothing the user does should wait for ever on a worker that will never answer.
 */
import type { WorkerRequest, WorkerResponse } from "./worker-protocol";

export interface WorkerLike {
  onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(m: WorkerRequest): void;
  terminate(): void;
}

export type StopReason = "timeout" | "cancelled" | "crashed";

export interface ImportRunnerOptions {
  createWorker(): WorkerLike;
  onMessage(m: WorkerResponse): void;
  onStopped(fileName: string, reason: StopReason, budgetMs: number): void;
  /** Called when the worker dies while no import runs (a restore, say). */
  onIdleCrash?(): void;
  budgetMs?: (fileBytes: number) => number;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export interface ImportRunner {
  start(): void;
  send(req: Extract<WorkerRequest, { kind: "import" }>): void;
  cancel(): void;
  /** Whether an import is running. */
  busy(): boolean;
  dispose(): void;
  nextJob(): number;
}

/**
 * 20 s, and 2 s more per megabyte: a 30 MB file of 100,000 events is read in about 5 s here,
 * so this leaves room for a machine several times slower, while a stuck import is stopped
 * within two minutes at the 50 MB limit.
 */
export function importBudgetMs(fileBytes: number): number {
  return 20_000 + Math.ceil(fileBytes / (1024 * 1024)) * 2_000;
}

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  const budgetOf = options.budgetMs ?? importBudgetMs;
  const setTimer = options.setTimer ?? ((f, ms) => setTimeout(f, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let worker: WorkerLike | null = null;
  let restored = false;
  let job = 0;
  let running: { job: number; fileName: string; budget: number; timer: unknown } | null = null;

  const stop = (reason: StopReason) => {
    const current = running;
    running = null;
    if (current) clearTimer(current.timer);
    worker?.terminate();
    worker = null;
    if (current) options.onStopped(current.fileName, reason, current.budget);
    else if (reason === "crashed") options.onIdleCrash?.();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = options.createWorker();
    worker = w;
    w.onmessage = (e) => {
      if (worker !== w) return; // a stopped worker's last words
      const m = e.data;
      if (m.kind === "imported") {
        if (!running || running.job !== m.job) return;
        clearTimer(running.timer);
        running = null;
      }
      options.onMessage(m);
    };
    w.onerror = () => {
      if (worker === w) stop("crashed");
    };
    if (!restored) {
      restored = true;
      w.postMessage({ kind: "restore", job: ++job });
    }
    return w;
  };

  return {
    start() {
      ensureWorker();
    },
    send(req) {
      if (running) stop("cancelled");
      const w = ensureWorker();
      const budget = budgetOf(req.file.size);
      running = { job: req.job, fileName: req.file.name, budget, timer: setTimer(() => stop("timeout"), budget) };
      w.postMessage(req);
    },
    cancel() {
      if (running) stop("cancelled");
    },
    busy: () => running !== null,
    dispose() {
      if (running) clearTimer(running.timer);
      running = null;
      worker?.terminate();
      worker = null;
    },
    nextJob: () => ++job,
  };
}

/** What the user is told when an import was stopped. */
export function stoppedMessage(fileName: string, reason: StopReason, budgetMs: number): string {
  switch (reason) {
    case "timeout":
      return `The import of ${fileName} was stopped after ${Math.round(budgetMs / 1000)} seconds, the time allowed for a file of its size; nothing was changed. Split or simplify the file and try again.`;
    case "cancelled":
      return `The import of ${fileName} was cancelled; nothing was changed.`;
    case "crashed":
      return `The import of ${fileName} stopped unexpectedly (the browser ended its worker, perhaps for lack of memory); nothing was changed.`;
  }
}
