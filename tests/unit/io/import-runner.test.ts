import { describe, expect, it } from "vitest";
import {
  createImportRunner,
  importBudgetMs,
  stoppedMessage,
  type StopReason,
  type WorkerLike,
} from "@/lib/io/import-runner";
import type { WorkerRequest, WorkerResponse } from "@/lib/io/worker-protocol";

/** A worker that records what it is sent and answers only when told to. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: WorkerRequest) {
    this.sent.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(m: WorkerResponse) {
    this.onmessage?.({ data: m } as MessageEvent<WorkerResponse>);
  }
}

function harness() {
  const workers: FakeWorker[] = [];
  const messages: WorkerResponse[] = [];
  const stopped: Array<{ fileName: string; reason: StopReason }> = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const runner = createImportRunner({
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    onMessage: (m) => messages.push(m),
    onStopped: (fileName, reason) => stopped.push({ fileName, reason }),
    setTimer: (f) => {
      timers.set(nextTimer, f);
      return nextTimer++;
    },
    clearTimer: (t) => timers.delete(t as number),
  });
  const file = (name: string, size = 10) => ({ name, size }) as File;
  const send = (name: string) => {
    const job = runner.nextJob();
    runner.send({ kind: "import", job, file: file(name), batchId: "abc123", importedCount: 0 });
    return job;
  };
  const fire = () => {
    for (const [id, f] of [...timers]) {
      timers.delete(id);
      f();
    }
  };
  const answer = (job: number, fileName: string): WorkerResponse => ({
    kind: "imported",
    job,
    fileName,
    batch: null,
    error: null,
    format: "geojson",
    total: 1,
    rejected: [],
    omittedRejections: 0,
    rejectedFeatures: 0,
    saveError: null,
    saving: false,
  });
  return { runner, workers, messages, stopped, timers, send, fire, answer };
}

describe("import runner (watchdog, cancel, worker recreation)", () => {
  it("restores once, passes answers through and clears the watchdog", () => {
    const h = harness();
    h.runner.start();
    expect(h.workers[0]?.sent.map((m) => m.kind)).toEqual(["restore"]);
    const job = h.send("a.geojson");
    expect(h.runner.busy()).toBe(true);
    expect(h.timers.size).toBe(1);
    h.workers[0]?.say(h.answer(job, "a.geojson"));
    expect(h.runner.busy()).toBe(false);
    expect(h.timers.size).toBe(0);
    expect(h.messages).toHaveLength(1);
  });

  it("stops a job over its time budget, names the file, and the next import works on a new worker", () => {
    const h = harness();
    h.send("hostile.geojson");
    h.fire();
    expect(h.stopped).toEqual([{ fileName: "hostile.geojson", reason: "timeout" }]);
    expect(h.workers[0]?.terminated).toBe(true);
    expect(h.runner.busy()).toBe(false);
    // The stopped worker's late answer is ignored.
    h.workers[0]?.say(h.answer(1, "hostile.geojson"));
    expect(h.messages).toHaveLength(0);
    const job = h.send("good.geojson");
    expect(h.workers).toHaveLength(2);
    expect(h.workers[1]?.sent.map((m) => m.kind)).toEqual(["import"]); // restore is not repeated
    h.workers[1]?.say(h.answer(job, "good.geojson"));
    expect(h.messages).toHaveLength(1);
  });

  it("cancels on request and when the worker dies, once each", () => {
    const h = harness();
    h.send("big.csv");
    h.runner.cancel();
    h.runner.cancel();
    expect(h.stopped).toEqual([{ fileName: "big.csv", reason: "cancelled" }]);
    h.send("other.csv");
    h.workers[1]?.onerror?.({} as ErrorEvent);
    expect(h.stopped[1]).toEqual({ fileName: "other.csv", reason: "crashed" });
    expect(h.timers.size).toBe(0);
  });

  it("gives larger files more time, and says what happened in plain words", () => {
    expect(importBudgetMs(50 * 1024 * 1024)).toBeGreaterThan(importBudgetMs(1024));
    expect(stoppedMessage("x.geojson", "timeout", 30_000)).toMatch(
      /x\.geojson was stopped after 30 seconds.*nothing was changed/,
    );
    expect(stoppedMessage("x.geojson", "cancelled", 1)).toMatch(/cancelled; nothing was changed/);
  });
});
