import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  citationBibtex,
  citationKey,
  citationText,
  citationYear,
  escapeBibtex,
  type CitationInput,
} from "@/lib/cite/citation";

const view: CitationInput = {
  datasetTitle: "Exercise Atlas dataset",
  version: "2026.12.0",
  dataThrough: "2026-07-02",
  from: "2024-01-01",
  to: "2024-05-31",
  url: "https://atlas.example.org/?from=2024-01-01&to=2024-05-31&layers=nato-drills%2Ccn-ru-exercises",
  accessed: "2026-12-03",
};

/** True when every { has its }, ignoring escaped ones: BibTeX cannot read an entry otherwise. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth < 0) return false;
  }
  return depth === 0;
}

describe("citation of a view", () => {
  it("names the dataset version, the data-through date, the window, the address and the access date in plain text", () => {
    expect(citationText(view)).toBe(
      "Exercise Atlas contributors (2026). Exercise Atlas dataset, version 2026.12.0 (data through 2026-07-02). " +
        "View of 2024-01-01 to 2024-05-31. https://atlas.example.org/?from=2024-01-01&to=2024-05-31&layers=nato-drills%2Ccn-ru-exercises (accessed 2026-12-03).",
    );
  });

  it("gives a BibTeX entry with the same facts, TeX's special characters escaped and the address verbatim", () => {
    const bib = citationBibtex(view);
    expect(bib.split("\n")[0]).toBe("@misc{exerciseatlas_2026_12_0_20240101_20240531,");
    expect(bib).toContain("  author = {{Exercise Atlas contributors}},");
    expect(bib).toContain("  title = {{Exercise Atlas dataset}: view of 2024-01-01 to 2024-05-31},");
    expect(bib).toContain("  year = {2026},");
    expect(bib).toContain("  version = {2026.12.0},");
    expect(bib).toContain("  note = {Data through 2026-07-02},");
    expect(bib).toContain(`  url = {${view.url}},`);
    expect(bib).toContain("  urldate = {2026-12-03}");
    expect(bib.endsWith("}")).toBe(true);
    expect(balanced(bib)).toBe(true);
  });

  it("dates the citation by the version's year, else the data-through year, never the clock", () => {
    expect(citationYear({ version: "2026.12.0", dataThrough: "2025-01-01" })).toBe("2026");
    expect(citationYear({ version: "v3", dataThrough: "2025-01-01" })).toBe("2025");
    expect(citationYear({ version: "v3", dataThrough: "soon" })).toBe("n.d.");
  });

  it("escapes what TeX would read as commands and keeps line breaks out of every field", () => {
    expect(escapeBibtex("50% & #1 {x}_y ~ ^ \\")).toBe(
      "50\\% \\& \\#1 \\{x\\}\\_y \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
    const hostile = { ...view, datasetTitle: "A}\n@misc{evil,", version: "1}\r\n}", url: "https://x.example/?a={b}\n" };
    const bib = citationBibtex(hostile);
    expect(balanced(bib)).toBe(true);
    expect(bib.split("\n").filter((l) => l.startsWith("@"))).toHaveLength(1);
    expect(citationText(hostile)).not.toMatch(/[\r\n]/);
    expect(citationKey(hostile)).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it("stays one well-formed entry for any text in any field", () => {
    fc.assert(
      fc.property(
        fc.record({
          datasetTitle: fc.string(),
          version: fc.string(),
          dataThrough: fc.string(),
          from: fc.string(),
          to: fc.string(),
          url: fc.string(),
          accessed: fc.string(),
        }),
        (input) => {
          const bib = citationBibtex(input);
          expect(balanced(bib)).toBe(true);
          expect(bib.split("\n")).toHaveLength(9);
          expect(citationText(input)).not.toMatch(/[\r\n]/);
        },
      ),
    );
  });
});
