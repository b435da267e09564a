/**
 * The real dataset in `geodata/` must pass the validator with zero problems, and hold the
 * files that `geodata/README.md` lists. Failures print the same lines as `npm run data:check`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/domain/validate-dataset";
import { formatProblem } from "@/lib/domain/validation/report";

const geodata = fileURLToPath(new URL("../../geodata/", import.meta.url));
const EXPECTED_FILES = [
  "cn-ru-exercises.geojson",
  "cn-ru-patrols.geojson",
  "nato-drills.geojson",
  "context-events.geojson",
];

describe("geodata/", () => {
  it.each(EXPECTED_FILES)("holds %s (listed in geodata/README.md)", (file) => {
    expect(existsSync(join(geodata, file))).toBe(true);
  });

  it("passes every data check", () => {
    const files = readdirSync(geodata)
      .filter((f) => f.endsWith(".geojson"))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(geodata, file), "utf8") }));
    expect(files.length).toBeGreaterThan(0);
    expect(validateDataset(files).map(formatProblem)).toEqual([]);
  });
});
