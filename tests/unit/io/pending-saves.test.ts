import { describe, expect, it } from "vitest";
import { createPendingSaves } from "@/lib/io/pending-saves";

function setUp() {
  const deleted: string[] = [];
  const warnings: string[] = [];
  const saves = createPendingSaves(
    (id) => deleted.push(id),
    (text) => warnings.push(text),
  );
  return { saves, deleted, warnings };
}

describe("batches shown while they are still being saved", () => {
  it("a batch removed during its save has its copy deleted once the save ends, not before", () => {
    const { saves, deleted, warnings } = setUp();
    saves.add("b1", "large.geojson");
    expect(saves.remove("b1")).toBe(true);
    expect(deleted).toEqual([]);
    saves.saved("b1", null);
    expect(deleted).toEqual(["b1"]);
    expect(warnings).toEqual([]);
    expect(saves.ids()).toEqual([]);
  });

  it("a batch not pending is left to its caller to delete; a finished save is forgotten", () => {
    const { saves, deleted } = setUp();
    expect(saves.remove("never")).toBe(false);
    saves.add("b2", "a.geojson");
    saves.saved("b2", null);
    expect(saves.remove("b2")).toBe(false);
    expect(deleted).toEqual([]);
  });

  it("a failed save is told to the reader; a removed batch's failed save is not", () => {
    const { saves, deleted, warnings } = setUp();
    saves.add("b3", "a.geojson");
    saves.saved("b3", "The import is shown but could not be saved for the next visit (quota).");
    saves.add("b4", "b.geojson");
    saves.remove("b4");
    saves.saved("b4", "could not be saved");
    expect(warnings).toEqual(["The import is shown but could not be saved for the next visit (quota)."]);
    expect(deleted).toEqual(["b4"]);
  });

  it("a worker stopped during saves names each batch still shown and deletes what was removed", () => {
    const { saves, deleted, warnings } = setUp();
    saves.add("b5", "kept.geojson");
    saves.add("b6", "gone.geojson");
    saves.remove("b6");
    saves.lost("the import worker stopped unexpectedly");
    expect(deleted).toEqual(["b6"]);
    expect(warnings).toEqual([
      "kept.geojson is shown but may not have been saved for the next visit (the import worker stopped unexpectedly).",
    ]);
    expect(saves.ids()).toEqual([]);
    // A late message of the stopped worker changes nothing.
    saves.saved("b5", null);
    expect(deleted).toEqual(["b6"]);
  });
});
