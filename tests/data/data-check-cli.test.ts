/**
 * Behaviour of the `npm run data:check` command line: it reads a folder of `*.geojson`
 * files, prints every problem plus a summary line, and sets the exit code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { dataFile, eventProps, feature, goodDataset } from "../fixtures/bad-geodata/builders";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsxCli = join(root, "node_modules/tsx/dist/cli.mjs");
const script = join(root, "scripts/data-check.ts");
const dirs: string[] = [];

function folderWith(files: Array<{ file: string; text: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), "data-check-"));
  dirs.push(dir);
  for (const f of files) writeFileSync(join(dir, f.file), f.text);
  return dir;
}

function run(dir: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tsxCli, script, dir], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("data:check command", () => {
  it("exits 0 and prints an OK summary for a valid folder", () => {
    const r = run(folderWith([...goodDataset(), { file: "notes.txt", text: "not data" }]));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(
      "data:check OK: no problems in 3 files (context.geojson 2 features, 0 problems; events.geojson 5 features, 0 problems; patrols.geojson 2 features, 0 problems)",
    );
  }, 60_000);

  it("exits 1 and prints every problem, one per line, then the summary", () => {
    const bad = dataFile("bad.geojson", [feature(eventProps({ start: "2023-02-29", end: "2023-03-01", bloc: "x" }))]);
    const r = run(folderWith([bad, { file: "broken.geojson", text: "{" }]));
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      'bad.geojson: feature joint-sea-2012 field bloc: must be one of "cn-ru", "nato"',
      "bad.geojson: feature joint-sea-2012 field start: must be a real calendar date written YYYY-MM-DD",
      expect.stringMatching(/^broken\.geojson: json: is not valid JSON: /),
      "data:check FAILED: 3 problems in 2 files (bad.geojson 1 feature, 2 problems; broken.geojson unreadable, 1 problem)",
    ]);
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it("exits 1 when the folder holds no data file", () => {
    const r = run(folderWith([]));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no *.geojson files");
  }, 60_000);
});
