/**
 * package.json declares what is used, in the right section: every package the app's code
 * imports (app/, components/, lib/: what the build bundles) is a dependency; every package
 * only the scripts and tests import is a devDependency (or a dependency); and every declared
 * package is imported somewhere or is a tool named here with the reason it is declared.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Declared without an import: used through a binary, a config, or by the type checker. */
const TOOLS: Record<string, string> = {
  serve: "`npm start` runs its binary (scripts/static-server.mjs)",
  tsx: "runs the TypeScript scripts",
  typescript: "`npm run typecheck`",
  vite: "vitest's bundler",
  jsdom: "vitest's DOM environment for component tests",
  "eslint-config-next": "eslint.config.mjs",
  prettier: "`npm run format:check` (and `npm run format`)",
};

function imports(dirs: readonly string[]): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === "node_modules" || name === "fixtures") continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) {
        const text = readFileSync(path, "utf8");
        for (const m of text.matchAll(
          /(?:from\s+|import\s*\(\s*|require\(\s*|\.resolve\(\s*|import\s+)["']([^"'./][^"']*)["']/g,
        )) {
          const spec = m[1]!;
          if (spec.startsWith("@/") || spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0]!))
            continue;
          found.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        }
      }
    }
  };
  for (const d of dirs) walk(join(ROOT, d));
  return found;
}

const typeOnly = (name: string) => name.startsWith("@types/");
/** A package or, for a types-only import, its @types package. */
const declaredAs = (p: string, section: Record<string, string>) => p in section || `@types/${p}` in section;

describe("package.json", () => {
  const app = imports(["app", "components", "lib"]);
  const rest = imports(["scripts", "tests"]);
  for (const f of ["next.config.mjs", "eslint.config.mjs", "vitest.config.mts", "vitest.e2e.config.mts"]) {
    for (const m of readFileSync(join(ROOT, f), "utf8").matchAll(/from\s+["']([^"'./][^"']*)["']/g)) {
      if (!m[1]!.startsWith("node:"))
        rest.add(m[1]!.startsWith("@") ? m[1]!.split("/").slice(0, 2).join("/") : m[1]!.split("/")[0]!);
    }
  }

  it("lists every package the app's code imports as a dependency", () => {
    const missing = [...app].filter((p) => !(p in pkg.dependencies) && p !== "react-dom" && p !== "geojson");
    expect(missing).toEqual([]);
  });

  it("lists every package the scripts and tests import", () => {
    const missing = [...rest].filter(
      (p) => !declaredAs(p, pkg.dependencies) && !declaredAs(p, pkg.devDependencies) && p !== "geojson",
    );
    expect(missing).toEqual([]);
  });

  it("declares nothing unused, and keeps script- and test-only packages out of the dependencies", () => {
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    expect(declared.filter((p) => !app.has(p) && !rest.has(p) && !(p in TOOLS) && !typeOnly(p))).toEqual([]);
    // A types package counts as used when the code imports what it types.
    const used = new Set([...app, ...rest]);
    expect(
      declared.filter(
        (p) =>
          typeOnly(p) &&
          !used.has(p.slice("@types/".length)) &&
          p !== "@types/node" &&
          p !== "@types/react" &&
          p !== "@types/react-dom",
      ),
    ).toEqual([]);
    const runtimeTools = new Set(["serve", "@fontsource/noto-sans", "world-atlas"]);
    expect(Object.keys(pkg.dependencies).filter((p) => !app.has(p) && !runtimeTools.has(p))).toEqual([]);
  });

  it("uses turf as single-function packages only", () => {
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain("@turf/turf");
  });
});
