/**
 * The layering holds and is enforced: the lint rule built from scripts/architecture-layers.mjs
 * refuses an import across a forbidden boundary (so `npm test`, which lints, fails on one) and
 * accepts the allowed ones; the folder graph of the tree has no cycle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { COMPONENT_LAYERS, LIB_LAYERS } from "../../../scripts/architecture-layers.mjs";

const ROOT = join(__dirname, "..", "..", "..");
const eslint = new ESLint({ cwd: ROOT });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("import boundaries", () => {
  it("refuse an import across a forbidden boundary, naming the rule's page", async () => {
    const cases: Array<[string, string]> = [
      ["lib/geo/probe.ts", 'import type { AtlasEvent } from "../domain/atlas-event";\nexport type X = AtlasEvent;\n'],
      [
        "lib/domain/probe.ts",
        'import type { AtlasState } from "@/lib/store/atlas-store";\nexport type X = AtlasState;\n',
      ],
      ["lib/store/probe.ts", 'import { initialState } from "../data/initial-state";\nexport const x = initialState;\n'],
      ["lib/map/probe.ts", 'import { Legend } from "@/components/map/legend";\nexport const x = Legend;\n'],
      [
        "components/map/probe.tsx",
        'import { EventDetails } from "../panels/event-details";\nexport const x = EventDetails;\n',
      ],
      ["components/panels/probe.tsx", 'import { Atlas } from "../atlas";\nexport const x = Atlas;\n'],
    ];
    for (const [file, source] of cases) {
      const errors = await boundaryErrors(file, source);
      expect(errors, file).toHaveLength(1);
      expect(errors[0], file).toContain("docs/architecture.md");
    }
  }, 60_000);

  it("accept the allowed imports", async () => {
    const cases: Array<[string, string]> = [
      [
        "lib/domain/probe.ts",
        'import { unwrapLongitudes } from "../geo/unwrap-longitudes";\nexport const x = unwrapLongitudes;\n',
      ],
      ["lib/store/probe.ts", 'import { parseDay } from "@/lib/domain/days";\nexport const x = parseDay;\n'],
      ["components/theatres/probe.tsx", 'import { MapView } from "../map/map-view";\nexport const x = MapView;\n'],
      ["components/probe.tsx", 'import { Sidebar } from "./panels/sidebar";\nexport const x = Sidebar;\n'],
    ];
    for (const [file, source] of cases) expect(await boundaryErrors(file, source), file).toEqual([]);
  }, 60_000);
});

/** Every import of every file under lib/ and components/, as folder → folder edges. */
function folderGraph(): Map<string, Set<string>> {
  const folderOf = (path: string): string | null => {
    const parts = relative(ROOT, path).split("/");
    return (parts[0] === "lib" || parts[0] === "components") && parts.length > 2 ? `${parts[0]}/${parts[1]}` : null;
  };
  const graph = new Map<string, Set<string>>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|mjs)$/.test(name)) {
        const from = folderOf(path);
        if (!from) continue;
        for (const m of readFileSync(path, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
          const spec = m[1]!;
          const target = spec.startsWith("@/")
            ? join(ROOT, spec.slice(2))
            : spec.startsWith(".")
              ? normalize(join(dirname(path), spec))
              : null;
          const to = target ? folderOf(target) : null;
          if (to && to !== from) (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
        }
      }
    }
  };
  walk(join(ROOT, "lib"));
  walk(join(ROOT, "components"));
  return graph;
}

describe("the folder graph", () => {
  it("has no cycle, and every edge is in the layering table", () => {
    const graph = folderGraph();
    const allowed = (from: string, to: string) => {
      const [area, folder] = from.split("/") as [string, string];
      const [toArea, toFolder] = to.split("/") as [string, string];
      if (area === "lib") return toArea === "lib" && (LIB_LAYERS[folder] ?? []).includes(toFolder);
      return toArea === "lib" || (COMPONENT_LAYERS[folder] ?? []).includes(toFolder);
    };
    const outside = [...graph].flatMap(([from, tos]) =>
      [...tos].filter((to) => !allowed(from, to)).map((to) => `${from} → ${to}`),
    );
    expect(outside).toEqual([]);
    // Depth-first search for a cycle.
    const state = new Map<string, "open" | "done">();
    const cycle: string[] = [];
    const visit = (node: string, path: string[]): boolean => {
      if (state.get(node) === "done") return false;
      if (state.get(node) === "open") {
        cycle.push(...path.slice(path.indexOf(node)), node);
        return true;
      }
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) if (visit(next, [...path, node])) return true;
      state.set(node, "done");
      return false;
    };
    for (const node of graph.keys()) if (visit(node, [])) break;
    expect(cycle).toEqual([]);
  });
});
