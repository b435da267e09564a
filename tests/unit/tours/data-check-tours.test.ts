/**
 * `npm run data:check` on a folder with a `tours/` subfolder: each tour is checked against
 * the folder's events, every problem is one line, the summary counts the tours, and a broken
 * tour makes the command exit 1.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { goodDataset } from "../../fixtures/bad-geodata/builders";
import { goodStep, goodTour } from "./tour-builders";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const tsxCli = join(root, "node_modules/tsx/dist/cli.mjs");
const script = join(root, "scripts/data-check.ts");
const dirs: string[] = [];

// The fixture dataset's Joint Sea 2012 (22–27 April 2012, cn-ru-exercises); its last event ends on the 27th.
const step = (overrides = {}) =>
  goodStep({
    title: "Joint Sea 2012",
    from: "2012-04-01",
    to: "2012-04-27",
    selected: "joint-sea-2012",
    camera: { center: [122, 35], zoom: 5 },
    ...overrides,
  });
const tour = (id: string, steps = [step(), step({ title: "Again" })]) =>
  JSON.stringify(goodTour({ id }, steps), null, 2);

function folderWith(tours: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "data-check-tours-"));
  dirs.push(dir);
  for (const f of goodDataset()) writeFileSync(join(dir, f.file), f.text);
  mkdirSync(join(dir, "tours"));
  for (const [name, text] of Object.entries(tours)) writeFileSync(join(dir, "tours", name), text);
  return dir;
}

function run(dir: string) {
  const r = spawnSync(process.execPath, [tsxCli, script, dir], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, lines: r.stdout.trim().split("\n"), stderr: r.stderr };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("data:check with tours", () => {
  it("exits 0 and counts the tours in the summary when they are valid", () => {
    const r = run(folderWith({ "joint-sea.json": tour("joint-sea"), "notes.txt": "not a tour" }));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      "data:check OK: no problems in 4 files (context.geojson 2 features, 0 problems; events.geojson 5 features, 0 problems; patrols.geojson 2 features, 0 problems; tours/joint-sea.json 0 problems), including 1 tour file (1 valid tour)",
    ]);
  }, 60_000);

  it("exits 1 and prints one line per problem of a broken tour", () => {
    const broken = tour("broken", [
      step({ from: "2012-13-01" }),
      step({ selected: "joint-sea-1066", sources: [{ url: "javascript:alert(1)", title: "x" }] }),
    ]);
    const r = run(folderWith({ "joint-sea.json": tour("joint-sea"), "broken.json": broken, "unreadable.json": "{" }));
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'tours/broken.json: steps[0].from: "2012-13-01" is not a real date written YYYY-MM-DD',
      'tours/broken.json: steps[1].selected: no bundled exercise or patrol has the id "joint-sea-1066" (context events cannot be selected)',
      'tours/broken.json: steps[1].sources[0].url: "javascript:alert(1)" is not an http(s) address',
      expect.stringMatching(/^tours\/unreadable\.json: json: is not valid JSON/),
      expect.stringMatching(
        /^data:check FAILED: 4 problems in 6 files \(.*tours\/broken\.json 3 problems; tours\/joint-sea\.json 0 problems; tours\/unreadable\.json 1 problem\), including 3 tour files \(1 valid tour\)$/,
      ),
    ]);
  }, 60_000);
});
