#!/usr/bin/env node
/**
 * The last step of `npm run build`: hashes the inline scripts of every page in out/ and
 * writes the security and cache headers for this build (lib/security/static-hosting.mjs):
 * hosting/serve.json (used by `npm start`), hosting/nginx.conf, and out/_headers (Netlify,
 * Cloudflare Pages). NEXT_PUBLIC_BASEMAP_STYLE_URL and ATLAS_FRAME_ANCESTORS are read as
 * for the build itself. See docs/security-headers.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { securityHeaders } from "../lib/security/headers.mjs";
import { headersFile, inlineScriptHashes, nginxSnippet, serveConfig } from "../lib/security/static-hosting.mjs";

export const OUT_DIR = "out";
export const HOSTING_DIR = "hosting";

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

export function buildStaticHosting(root) {
  const out = join(root, OUT_DIR);
  if (!existsSync(join(out, "index.html"))) throw new Error(`${OUT_DIR}/index.html is missing: run \`next build\` (static export) first.`);
  const pages = htmlFiles(out);
  const scriptHashes = inlineScriptHashes(pages.map((p) => readFileSync(p, "utf8")));
  const headers = securityHeaders({
    basemapStyleUrl: process.env.NEXT_PUBLIC_BASEMAP_STYLE_URL,
    frameAncestors: process.env.ATLAS_FRAME_ANCESTORS,
    scriptHashes,
  });
  const hosting = join(root, HOSTING_DIR);
  mkdirSync(hosting, { recursive: true });
  writeFileSync(join(hosting, "serve.json"), JSON.stringify(serveConfig(headers), null, 2) + "\n");
  writeFileSync(join(hosting, "nginx.conf"), nginxSnippet(headers));
  writeFileSync(join(out, "_headers"), headersFile(headers));
  return { pages: pages.map((p) => relative(out, p)), scriptHashes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), "..", "..");
  const { pages, scriptHashes } = buildStaticHosting(root);
  console.log(`static hosting: ${pages.length} pages, ${scriptHashes.length} inline script hashes in the CSP; wrote ${HOSTING_DIR}/serve.json, ${HOSTING_DIR}/nginx.conf, ${OUT_DIR}/_headers`);
}
