/**
 * The bundled tours: every file in geodata/tours is one valid tour named by its id, the
 * dataset carries them all, and they reach the browser's data file and survive its check.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkAtlasData } from "@/lib/data/atlas-data";
import { dataFileOf } from "@/lib/data/data-file";
import { getDataset } from "@/lib/data/load-dataset";
import { formatProblem } from "@/lib/domain/validation/report";
import { checkTourFiles, tourExtent } from "@/lib/tours/check-tours";
import { parseTour } from "@/lib/tours/parse-tour";

const dir = join(process.cwd(), "geodata", "tours");
const names = readdirSync(dir).sort();
const dataset = getDataset();

describe("the bundled tours", () => {
  it("are the two tours, one JSON file each", () => {
    expect(names).toEqual(["after-2014-and-2022.json", "seed-article.json"]);
  });

  it.each(names)("%s is one tour whose id is the file name, with zero problems", (name) => {
    const value = JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
    const r = parseTour(value, `tours/${name}`, { events: dataset.events, extent: tourExtent(dataset.events) });
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.tour?.id).toBe(name.replace(/\.json$/, ""));
    expect(r.tour?.steps.length).toBeGreaterThanOrEqual(4);
    expect(r.tour?.steps.length).toBeLessThanOrEqual(8);
    // Rebuilt from the known fields, the tour is the file as written: nothing was dropped.
    expect(r.tour).toEqual(value);
  });

  it("are all in the dataset, and no problem was left over", () => {
    expect(dataset.problems.map(formatProblem)).toEqual([]);
    expect(dataset.tours.map((t) => t.id)).toEqual(names.map((n) => n.replace(/\.json$/, "")));
  });

  it("reach the browser's data file and pass its check again", () => {
    const back = checkAtlasData(JSON.parse(dataFileOf(dataset).text), "/data/x.json");
    expect(back.tours).toEqual(dataset.tours);
    expect(back.problemCount).toBe(0);
  });

  it("cite sources the data already cites, wherever they can", () => {
    const cited = new Set<string>();
    const collect = (v: unknown): void => {
      // Addresses stand alone (sources) or inside a sentence (coverage.json's reasons).
      if (typeof v === "string") for (const m of v.matchAll(/https?:\/\/[^\s)"]+/g)) cited.add(m[0]);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    for (const f of readdirSync(join(process.cwd(), "geodata")).filter(
      (n) => n.endsWith(".geojson") || n.endsWith(".json"),
    )) {
      collect(JSON.parse(readFileSync(join(process.cwd(), "geodata", f), "utf8")));
    }
    const uncited = dataset.tours
      .flatMap((t) => t.steps.flatMap((s) => s.sources.map((x) => x.url)))
      .filter((u) => !cited.has(u));
    expect(uncited).toEqual([]);
  });
});

describe("a broken tour file", () => {
  it("costs that tour only, with its problems named", () => {
    const good = readFileSync(join(dir, "seed-article.json"), "utf8");
    const r = checkTourFiles(
      [
        { file: "tours/seed-article.json", text: good },
        { file: "tours/broken.json", text: "{" },
        { file: "tours/empty.json", text: "" },
      ],
      dataset.events,
    );
    expect(r.tours.map((t) => t.id)).toEqual(["seed-article"]);
    expect(r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^tours\/broken\.json: json: is not valid JSON/),
      "tours/empty.json: json: file is empty; expected a tour (see geodata/README.md)",
    ]);
  });
});
