/**
 * The import worker's request handler and the persistence it uses, without a browser:
 * fake-indexeddb is a complete in-memory IndexedDB, so saves, loads and deletes run for real.
 */
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { MAX_IMPORTED_EVENTS } from "@/lib/io/limits";
import { DB_NAME, deleteBatch, loadBatches, saveBatch } from "@/lib/io/persist";
import { handleRequest, SHOW_BEFORE_SAVE_MIN_EVENTS } from "@/lib/io/worker-handler";
import type { WorkerResponse } from "@/lib/io/worker-protocol";

const feature = (id: string, name: string) => ({
  type: "Feature" as const,
  properties: {
    id,
    name,
    start: "2024-03-01",
    end: "2024-03-05",
    bloc: "nato",
    kind: "exercise",
    participants: ["PL"],
    datePrecision: "day",
    locationPrecision: "exact",
    sources: [{ url: "https://example.org/a", title: "A" }],
  },
  geometry: { type: "Point" as const, coordinates: [20, 52] },
});

const geojson = (names: string[]) =>
  JSON.stringify({
    type: "FeatureCollection",
    features: names.map((name) => ({
      type: "Feature",
      properties: { name, start: "2024-03-01", end: "2024-03-05", bloc: "nato", participants: ["PL"] },
      geometry: { type: "Point", coordinates: [20, 52] },
    })),
  });

async function run(
  storage: IDBFactory | null,
  file: File,
  batchId = "b1",
  importedCount = 0,
): Promise<WorkerResponse[]> {
  const out: WorkerResponse[] = [];
  await handleRequest({ kind: "import", job: 1, file, batchId, importedCount }, (m) => out.push(m), storage);
  return out;
}

describe("persistence of imports", () => {
  it("saves, loads in import order and deletes one batch without touching the others", async () => {
    const db = new IDBFactory();
    await saveBatch(db, {
      id: "b2",
      fileName: "two.geojson",
      importedAt: "2026-01-02T00:00:00Z",
      features: [feature("import-b2-1", "Two") as never],
    });
    await saveBatch(db, {
      id: "b1",
      fileName: "one.geojson",
      importedAt: "2026-01-01T00:00:00Z",
      features: [feature("import-b1-1", "One") as never],
    });
    expect((await loadBatches(db)).map((b) => b.id)).toEqual(["b1", "b2"]);
    await deleteBatch(db, "b1");
    expect((await loadBatches(db)).map((b) => b.fileName)).toEqual(["two.geojson"]);
  });

  it("skips records of another version or shape (storage is input too)", async () => {
    const db = new IDBFactory();
    await saveBatch(db, { id: "ok", fileName: "ok.csv", importedAt: "2026-01-01T00:00:00Z", features: [] });
    await new Promise<void>((resolve, reject) => {
      const r = db.open(DB_NAME, 1);
      r.onsuccess = () => {
        const tx = r.result.transaction("batches", "readwrite");
        tx.objectStore("batches").put({ id: "old", version: 0, fileName: "x", importedAt: "x", features: [] });
        tx.objectStore("batches").put({ id: "junk", version: 1, fileName: 7 });
        tx.objectStore("batches").put({
          id: "not-json",
          version: 2,
          fileName: "x",
          importedAt: "x",
          featuresJson: "[{",
        });
        tx.objectStore("batches").put({
          id: "not-list",
          version: 2,
          fileName: "x",
          importedAt: "x",
          featuresJson: "{}",
        });
        tx.objectStore("batches").put({ id: "v1-junk", version: 1, fileName: "x", importedAt: "x", features: "[]" });
        tx.oncomplete = () => {
          r.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await loadBatches(db)).map((b) => b.id)).toEqual(["ok"]);
  });

  it("stores the features as JSON text and still reads the records of version 1", async () => {
    const db = new IDBFactory();
    const features = [feature("import-b2-1", "Two") as never];
    await saveBatch(db, { id: "b2", fileName: "two.geojson", importedAt: "2026-01-02T00:00:00Z", features });
    const raw = await new Promise<Record<string, unknown>>((resolve, reject) => {
      const r = db.open(DB_NAME, 1);
      r.onsuccess = () => {
        const tx = r.result.transaction("batches", "readwrite");
        tx.objectStore("batches").put({
          id: "b1",
          version: 1,
          fileName: "one.geojson",
          importedAt: "2026-01-01T00:00:00Z",
          features: [feature("import-b1-1", "One")],
        });
        const got = tx.objectStore("batches").get("b2");
        tx.oncomplete = () => {
          r.result.close();
          resolve(got.result as Record<string, unknown>);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    expect(raw.version).toBe(2);
    expect(typeof raw.featuresJson).toBe("string");
    expect(raw.features).toBeUndefined();
    const loaded = await loadBatches(db);
    expect(loaded.map((b) => b.id)).toEqual(["b1", "b2"]);
    expect(loaded[1]!.features).toEqual(features);
    expect((loaded[0]!.features[0] as { properties: { name: string } }).properties.name).toBe("One");
  });
});

describe("the worker's request handler", () => {
  it("imports a file: progress, then exactly one final message with the batch, saved for the next visit", async () => {
    const db = new IDBFactory();
    const out = await run(db, new File([geojson(["Alpha", "Beta"])], "drills.geojson"));
    const finals = out.filter((m) => m.kind === "imported");
    expect(finals).toHaveLength(1);
    const final = finals[0]!;
    if (final.kind !== "imported") throw new Error("unreachable");
    expect(final.error).toBeNull();
    expect(final.saveError).toBeNull();
    expect(final.batch?.events.map((e) => e.name).sort()).toEqual(["Alpha", "Beta"]);
    expect(final.batch?.events.every((e) => e.origin === "imported" && e.id.startsWith("import-b1-"))).toBe(true);
    expect(out.some((m) => m.kind === "progress")).toBe(true);
    const saved = await loadBatches(db);
    expect(saved.map((b) => [b.id, b.features.length])).toEqual([["b1", 2]]);

    // Restoring gives the same events back, validated again.
    const restored: WorkerResponse[] = [];
    await handleRequest({ kind: "restore", job: 2 }, (m) => restored.push(m), db);
    expect(restored).toHaveLength(1);
    const r = restored[0]!;
    if (r.kind !== "restored") throw new Error("unreachable");
    expect(r.dropped).toBe(0);
    expect(r.batches[0]!.events.map((e) => e.name).sort()).toEqual(["Alpha", "Beta"]);
  });

  it("a small batch is saved before it is answered; a large one is answered first, then its save's outcome", async () => {
    const db = new IDBFactory();
    const small = await run(db, new File([geojson(["Alpha"])], "small.geojson"), "b1");
    const smallFinal = small.at(-1)!;
    if (smallFinal.kind !== "imported") throw new Error("unreachable");
    expect(smallFinal.saving).toBe(false);
    expect(small.some((m) => m.kind === "saved")).toBe(false);

    const n = SHOW_BEFORE_SAVE_MIN_EVENTS;
    const names = Array.from({ length: n }, (_, i) => `Drill ${i}`);
    const large = await run(db, new File([geojson(names)], "large.geojson"), "b2");
    const kinds = large.filter((m) => m.kind !== "progress").map((m) => m.kind);
    expect(kinds).toEqual(["imported", "saved"]);
    const answer = large.find((m) => m.kind === "imported")!;
    const saved = large.at(-1)!;
    if (answer.kind !== "imported" || saved.kind !== "saved") throw new Error("unreachable");
    expect(answer.saving).toBe(true);
    expect(answer.saveError).toBeNull();
    expect(answer.batch?.events).toHaveLength(n);
    expect(saved).toMatchObject({ job: 1, batchId: "b2", saveError: null });
    expect((await loadBatches(db)).map((b) => [b.id, b.features.length])).toEqual([
      ["b1", 1],
      ["b2", n],
    ]);

    // A save that fails after the answer says so in the `saved` message.
    const failing = {
      open: () => {
        throw new Error("disk on fire");
      },
    } as unknown as IDBFactory;
    const lost = await run(failing, new File([geojson(names)], "large.geojson"), "b3");
    const last = lost.at(-1)!;
    if (last.kind !== "saved") throw new Error("unreachable");
    expect(last.saveError).toContain("disk on fire");
  });

  it("a refused file saves nothing and leaves earlier imports alone", async () => {
    const db = new IDBFactory();
    await run(db, new File([geojson(["Kept"])], "first.geojson"), "b1");
    const out = await run(db, new File(["{ not json"], "broken.geojson"), "b2");
    const final = out.at(-1)!;
    if (final.kind !== "imported") throw new Error("unreachable");
    expect(final.batch).toBeNull();
    expect(final.error).toMatch(/\S/);
    expect((await loadBatches(db)).map((b) => b.id)).toEqual(["b1"]);
  });

  it("without IndexedDB the import is still shown, with a save error that says so", async () => {
    const out = await run(null, new File([geojson(["Only here"])], "a.geojson"));
    const final = out.at(-1)!;
    if (final.kind !== "imported") throw new Error("unreachable");
    expect(final.batch?.events).toHaveLength(1);
    expect(final.saveError).toContain("could not be saved");
  });

  it("refuses an import that would pass the limit of imported events, naming the room left", async () => {
    const out = await run(
      new IDBFactory(),
      new File([geojson(["A", "B", "C"])], "a.geojson"),
      "b1",
      MAX_IMPORTED_EVENTS - 2,
    );
    const final = out.at(-1)!;
    if (final.kind !== "imported") throw new Error("unreachable");
    expect(final.batch).toBeNull();
    expect(final.error).toContain("only 2 more imported events fit");
  });

  it("restores only features that carry their batch's id prefix and pass validation again", async () => {
    const db = new IDBFactory();
    // A real import's saved record, then two features that must not come back added to it.
    await run(db, new File([geojson(["Good"])], "f.geojson"), "b1");
    const [saved] = await loadBatches(db);
    const good = saved!.features[0]!;
    const foreign = { ...good, properties: { ...good.properties, id: "import-other-1", name: "Foreign" } };
    const broken = {
      ...good,
      properties: { ...good.properties, id: "import-b1-9", name: "Broken" },
      geometry: { type: "Point", coordinates: [500, 100] },
    };
    await saveBatch(db, {
      id: "b1",
      fileName: saved!.fileName,
      importedAt: saved!.importedAt,
      features: [good, foreign, broken] as never,
    });
    const out: WorkerResponse[] = [];
    await handleRequest({ kind: "restore", job: 3 }, (m) => out.push(m), db);
    const r = out[0]!;
    if (r.kind !== "restored") throw new Error("unreachable");
    expect(r.batches[0]!.events.map((e) => e.name)).toEqual(["Good"]);
    expect(r.dropped).toBe(2);
  });

  it("never throws: a storage that fails becomes an error in the answer", async () => {
    const failing = {
      open: () => {
        throw new Error("disk on fire");
      },
    } as unknown as IDBFactory;
    const out: WorkerResponse[] = [];
    await handleRequest({ kind: "restore", job: 4 }, (m) => out.push(m), failing);
    const r = out[0]!;
    if (r.kind !== "restored") throw new Error("unreachable");
    expect(r.error).toContain("disk on fire");
    const imported = await run(failing, new File([geojson(["Shown anyway"])], "a.geojson"));
    const final = imported.at(-1)!;
    if (final.kind !== "imported") throw new Error("unreachable");
    expect(final.batch?.events).toHaveLength(1);
    expect(final.saveError).toContain("disk on fire");
  });
});
