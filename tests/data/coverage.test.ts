/**
 * What the bundled dataset covers, checked on the real data: its metadata files are valid
 * and agree with the events, and no side is silent in a year from the first year to the
 * data's end without a recorded reason. `npm run data:coverage` prints the same table.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkMetaFiles } from "@/lib/coverage/check-meta";
import { periodTotals } from "@/lib/coverage/coverage-report";
import {
  countsBySideYear,
  coverageRuleProblems,
  seriesRows,
  unexplainedGaps,
  years,
} from "@/lib/coverage/coverage-table";
import { loadDataset } from "@/lib/data/load-dataset";
import { dataFile, eventProps, feature } from "../fixtures/bad-geodata/builders";

const root = fileURLToPath(new URL("../../", import.meta.url));
const geodata = join(root, "geodata");
const read = (f: string) => readFileSync(join(geodata, f), "utf8");
const dataset = loadDataset(geodata);
const bundled = dataset.events;
const check = checkMetaFiles(read("dataset.json"), read("coverage.json"), bundled);
const meta = check.meta!;
const coverage = check.coverage!;

describe("the bundled dataset's coverage", () => {
  it("has valid dataset.json and coverage.json that agree with the events", () => {
    expect(check.problems).toEqual([]);
    expect(meta).not.toBeNull();
    expect(coverage).not.toBeNull();
  });

  it("has an event on each side, or a recorded reason, in every year from 2005 to the data's end", () => {
    expect(meta.firstYear).toBe(2005);
    const rows = countsBySideYear(bundled, meta);
    expect(rows.map((r) => r.year)).toEqual(years(meta));
    expect(unexplainedGaps(rows, coverage)).toEqual([]);
  });

  it("reaches the data's end year on both sides: the data is current, not silent after 2025", () => {
    const last = Number(meta.dataThrough.slice(0, 4));
    expect(last).toBeGreaterThanOrEqual(2026);
    const rows = countsBySideYear(bundled, meta);
    const lastRow = rows.find((r) => r.year === last)!;
    const explained = new Set(coverage.gaps.map((g) => `${g.bloc}:${g.year}`));
    for (const bloc of ["nato", "cn-ru"] as const)
      expect(lastRow.counts[bloc] > 0 || explained.has(`${bloc}:${last}`)).toBe(true);
  });

  it("describes every series the events use", () => {
    for (const s of seriesRows(bundled, coverage)) {
      if (s.editions.some((e) => e.series !== null)) expect(s.coverage, `${s.bloc} ${s.series}`).not.toBeNull();
    }
  });

  it("states its data-through date from the dataset, never later than the events allow", () => {
    expect(meta.dataThrough).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of bundled) expect(e.start <= meta.dataThrough, e.id).toBe(true);
  });
});

describe("the README's coverage table", () => {
  it("shows the totals that data:coverage computes, and the data-through date", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const rows = countsBySideYear(bundled, meta);
    for (const p of periodTotals(rows, meta)) {
      expect(readme, p.label).toContain(`| ${p.label} | ${p.counts.nato} | ${p.counts["cn-ru"]} |`);
    }
    const all = rows.reduce((n, r) => ({ nato: n.nato + r.counts.nato, cnru: n.cnru + r.counts["cn-ru"] }), {
      nato: 0,
      cnru: 0,
    });
    expect(readme).toContain(`| total | ${all.nato} | ${all.cnru} |`);
    expect(readme).toContain(`Data through ${meta.dataThrough}`);
  });
});

describe("coverage rules", () => {
  const m = { ...meta, firstYear: 2012, dataThrough: "2014-12-31" };
  const e = (id: string, bloc: "nato" | "cn-ru", start: string, series: string | null = "Joint Sea") => ({
    id,
    name: id,
    bloc,
    series,
    start,
  });

  it("finds the side-years with no event and no reason", () => {
    const rows = countsBySideYear([e("a", "cn-ru", "2012-04-22"), e("b", "nato", "2013-06-01", null)], m);
    expect(rows.map((r) => [r.year, r.counts.nato, r.counts["cn-ru"]])).toEqual([
      [2012, 0, 1],
      [2013, 1, 0],
      [2014, 0, 0],
    ]);
    const gaps = unexplainedGaps(rows, { gaps: [{ bloc: "nato", year: 2012, reason: "none held" }] });
    expect(gaps).toEqual([
      { bloc: "cn-ru", year: 2013 },
      { bloc: "nato", year: 2014 },
      { bloc: "cn-ru", year: 2014 },
    ]);
  });

  it("reports an undeclared series, a stale gap, an event after dataThrough and a 'not found' edition that is in the data", () => {
    const events = [e("Joint Sea 2012", "cn-ru", "2012-04-22"), e("x", "cn-ru", "2015-01-01", "Mystery")];
    const cov = {
      series: [
        {
          series: "Joint Sea",
          bloc: "cn-ru" as const,
          what: "w",
          cadence: "c",
          scope: "census" as const,
          notFound: [{ edition: "Joint Sea 2012", year: 2012, note: "n" }],
        },
      ],
      excluded: [],
      gaps: [{ bloc: "cn-ru" as const, year: 2012, reason: "r" }],
    };
    const fields = coverageRuleProblems(events, m, cov).map((p) => `${p.file} ${p.field}`);
    expect(fields).toEqual([
      "dataset.json dataThrough",
      "coverage.json series",
      "coverage.json gaps[0]",
      "coverage.json series[0].notFound[0]",
    ]);
  });
});

describe("npm run data:coverage", () => {
  const tsxCli = join(root, "node_modules/tsx/dist/cli.mjs");
  const script = join(root, "scripts/data-coverage.ts");
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("prints events per side per year with a reason beside each empty side-year, and exits 0", () => {
    const r = spawnSync(process.execPath, [tsxCli, script], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(0);
    for (const y of years(meta)) expect(r.stdout).toMatch(new RegExp(`^${y} `, "m"));
    expect(r.stdout).toContain(`data through ${meta.dataThrough}`);
    expect(r.stdout).not.toContain("NO EVENT AND NO RECORDED REASON");
  }, 60_000);

  it("exits 1 and names the side-year when a side is silent in a year without a reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-coverage-"));
    dirs.push(dir);
    const f = dataFile("events.geojson", [feature(eventProps())]);
    writeFileSync(join(dir, f.file), f.text);
    writeFileSync(join(dir, "dataset.json"), JSON.stringify({ ...meta, firstYear: 2012, dataThrough: "2013-12-31" }));
    const cov = {
      series: [{ series: "Joint Sea", bloc: "cn-ru", what: "w", cadence: "c", scope: "census", notFound: [] }],
      excluded: [],
      gaps: [{ bloc: "nato", year: 2012, reason: "r" }],
    };
    writeFileSync(join(dir, "coverage.json"), JSON.stringify(cov));
    const r = spawnSync(process.execPath, [tsxCli, script, dir], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("UNEXPLAINED: NATO / allied 2013, China–Russia 2013");
  }, 60_000);
});
