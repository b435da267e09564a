import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { viewCitation } from "@/lib/store/view-citation";
import { parseDay } from "@/lib/domain/days";
import { createAtlasStore } from "@/lib/store/atlas-store";

const meta = JSON.parse(readFileSync(join(process.cwd(), "geodata", "dataset.json"), "utf8")) as {
  title: string;
  version: string;
  dataThrough: string;
};
const extent = { from: parseDay("2005-01-01")!, to: parseDay("2026-12-03")! };

describe("the citation of the current view", () => {
  it("cites the bundled data's own version and data-through date, the window, the view's link and the access day", () => {
    const store = createAtlasStore({ bundled: [], context: [], extent, dataset: meta });
    store.getState().setWindow({ from: parseDay("2022-05-01")!, to: parseDay("2022-05-31")! });
    store.getState().setTab("compare");
    const cited = viewCitation(store.getState(), "https://atlas.example", parseDay("2026-12-03")!)!;
    expect(cited.text).toBe(
      `Exercise Atlas contributors (${meta.version.slice(0, 4)}). ${meta.title}, version ${meta.version} (data through ${meta.dataThrough}). ` +
        "View of 2022-05-01 to 2022-05-31. https://atlas.example/?from=2022-05-01&to=2022-05-31&tab=compare (accessed 2026-12-03).",
    );
    expect(cited.bibtex).toContain(`version = {${meta.version}}`);
    expect(cited.bibtex).toContain("url = {https://atlas.example/?from=2022-05-01&to=2022-05-31&tab=compare}");
  });

  it("gives no citation when the data carries no version", () => {
    expect(
      viewCitation(createAtlasStore({ bundled: [], context: [], extent }).getState(), "https://atlas.example", 0),
    ).toBeNull();
  });
});
