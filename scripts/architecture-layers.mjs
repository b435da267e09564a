/**
 * The layering of the code, as data: which folder may import which. One table, read by the
 * lint rules (eslint.config.mjs turns it into `import/no-restricted-paths` zones, so
 * `npm test` fails on an import across a forbidden boundary) and checked against
 * docs/architecture.md by tests/unit/architecture (the page lists the same folders and the
 * same allowances). A folder may always import itself; nothing here may import app/,
 * scripts/ or tests/.
 *
 * lib/ is pure TypeScript, no React; its folders form a graph without cycles, from lib/geo
 * (pure geometry, imports nothing of ours) up to lib/data (the page's initial state).
 * components/ may import any of lib/; its feature folders import only ui/, state/ and the
 * folders listed. components/*.tsx (the composition root) may import every folder.
 */

/** lib/<folder> → the lib folders it may import. */
export const LIB_LAYERS = {
  geo: [],
  domain: ["geo"],
  text: ["domain", "geo"],
  stats: ["domain", "geo", "text"],
  coverage: ["domain", "text"],
  map: ["domain", "geo", "text"],
  io: ["domain", "geo", "text"],
  timeline: ["domain", "text"],
  claims: ["domain", "geo", "stats", "text"],
  theatres: ["domain", "geo", "map"],
  url: ["domain", "theatres"],
  tours: ["domain", "url"],
  share: ["url"],
  cite: [],
  security: [],
  store: ["domain", "geo", "text", "stats", "map", "timeline", "theatres", "url", "tours", "share", "cite"],
  data: ["domain", "geo", "text", "coverage", "claims", "store", "url", "tours", "theatres"],
};

/** components/<folder> → the component folders it may import (any lib/ folder is allowed). */
export const COMPONENT_LAYERS = {
  state: [],
  ui: ["state"],
  map: ["state", "ui"],
  timeline: ["state", "ui"],
  panels: ["state", "ui"],
  io: ["state", "ui"],
  share: ["state", "ui"],
  tours: ["state", "ui"],
  coverage: ["ui"],
  theatres: ["state", "ui", "map", "panels"],
  embed: ["state", "ui", "map", "timeline"],
};

const OUTSIDE = ["./app", "./scripts", "./tests"];

/**
 * The zones of eslint-plugin-import's `no-restricted-paths` for the table above.
 * @returns {{ target: string, from: string, except?: string[], message: string }[]}
 */
export function boundaryZones() {
  const zones = [];
  for (const [folder, allowed] of Object.entries(LIB_LAYERS)) {
    zones.push({
      target: `./lib/${folder}`,
      from: "./lib",
      except: [folder, ...allowed].map((f) => `./${f}`),
      message: allowed.length
        ? `lib/${folder} may import only ${allowed.map((f) => `lib/${f}`).join(", ")} (docs/architecture.md).`
        : `lib/${folder} imports nothing else of lib/ (docs/architecture.md).`,
    });
  }
  zones.push({
    target: "./lib",
    from: "./components",
    message: "lib/ is pure TypeScript: it never imports components/ (docs/architecture.md).",
  });
  for (const from of OUTSIDE)
    zones.push({ target: "./lib", from, message: `lib/ never imports ${from.slice(2)}/ (docs/architecture.md).` });
  for (const [folder, allowed] of Object.entries(COMPONENT_LAYERS)) {
    zones.push({
      target: `./components/${folder}`,
      from: "./components",
      except: [folder, ...allowed].map((f) => `./${f}`),
      message: allowed.length
        ? `components/${folder} may import only ${allowed.map((f) => `components/${f}`).join(", ")} among the component folders (docs/architecture.md).`
        : `components/${folder} imports no other component folder (docs/architecture.md).`,
    });
  }
  for (const from of OUTSIDE)
    zones.push({
      target: "./components",
      from,
      message: `components/ never imports ${from.slice(2)}/ (docs/architecture.md).`,
    });
  return zones;
}
