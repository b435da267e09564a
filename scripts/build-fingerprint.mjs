/**
 * A hash of everything that goes into the production build, stored in
 * .next/atlas-fingerprint, so `npm start` and the end-to-end tests rebuild only when the
 * sources changed.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "geodata",
  "scripts",
  "next.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];
const SKIP = new Set(["node_modules", ".next"]);

function walk(path, out) {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) if (!SKIP.has(name)) walk(join(path, name), out);
  } else {
    out.push(path);
  }
}

export function sourceFingerprint(root) {
  const files = [];
  for (const input of INPUTS) walk(join(root, input), files);
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(relative(root, f));
    hash.update(readFileSync(f));
  }
  hash.update(String(process.env.NEXT_PUBLIC_BASEMAP_STYLE_URL ?? ""));
  return hash.digest("hex");
}

const fingerprintFile = (root) => join(root, ".next", "atlas-fingerprint");

export function buildIsCurrent(root) {
  const f = fingerprintFile(root);
  return existsSync(f) && readFileSync(f, "utf8") === sourceFingerprint(root);
}

export function writeBuildFingerprint(root) {
  writeFileSync(fingerprintFile(root), sourceFingerprint(root));
}
