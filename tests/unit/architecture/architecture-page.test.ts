/**
 * docs/architecture.md is true of the tree: its folder table names every folder of lib/ and
 * components/ and nothing that is gone, and each row's "may import" is exactly the layering
 * table the lint rules are built from (scripts/architecture-layers.mjs). Every file path the
 * page names exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPONENT_LAYERS, LIB_LAYERS } from "../../../scripts/architecture-layers.mjs";

const ROOT = join(__dirname, "..", "..", "..");
const page = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
const folders = (area: string) =>
  readdirSync(join(ROOT, area)).filter((n) => statSync(join(ROOT, area, n)).isDirectory());

/** The folder table: `lib/geo` → ["lib/..."] (the "may import" column). */
function tableRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of page.split("\n")) {
    const m = /^\| `((?:lib|components)\/[a-z-]+)` \|[^|]*\| ([^|]*) \|$/.exec(line);
    if (!m) continue;
    const cell = m[2]!.trim();
    rows.set(m[1]!, cell === "(none)" ? [] : cell.split(",").map((s) => s.trim().replace(/`/g, "")));
  }
  return rows;
}

describe("the architecture page", () => {
  it("names every folder of lib/ and components/, and no folder that is gone", () => {
    const rows = tableRows();
    const tree = [
      ...folders("lib").map((f) => `lib/${f}`),
      ...folders("components").map((f) => `components/${f}`),
    ].sort();
    expect([...rows.keys()].sort()).toEqual(tree);
  });

  it("gives each folder exactly the imports the lint rules allow", () => {
    const rows = tableRows();
    for (const [folder, allowed] of Object.entries(LIB_LAYERS))
      expect(rows.get(`lib/${folder}`), `lib/${folder}`).toEqual(allowed.map((f) => `lib/${f}`));
    for (const [folder, allowed] of Object.entries(COMPONENT_LAYERS)) {
      expect(rows.get(`components/${folder}`), `components/${folder}`).toEqual(allowed.map((f) => `components/${f}`));
    }
    expect(Object.keys(LIB_LAYERS).sort()).toEqual(folders("lib").sort());
    expect(Object.keys(COMPONENT_LAYERS).sort()).toEqual(folders("components").sort());
  });

  it("names only files that exist", () => {
    const paths = [...page.matchAll(/\b((?:lib|components|scripts|tests|docs)\/[\w./-]+\.(?:ts|tsx|mjs|md))\b/g)].map(
      (m) => m[1]!,
    );
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});
