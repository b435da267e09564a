#!/usr/bin/env node
/**
 * The last step of `npm run build` (and of every `npm start`): hashes the inline scripts of
 * every page in out/ and writes the security and cache headers for this build
 * (lib/security/static-hosting.mjs): hosting/serve.json (used by `npm start`),
 * hosting/nginx.conf, and out/_headers (Netlify, Cloudflare Pages). Reads
 * NEXT_PUBLIC_BASEMAP_STYLE_URL (a remote basemap's origin) and ATLAS_FRAME_ANCESTORS (the
 * origins that may frame the embed page; the full app is never framed). Running it again
 * with other values rewrites the headers without rebuilding. See docs/security-headers.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { embedFrameAncestors, parseFrameAncestors, securityHeaders } from "../lib/security/headers.mjs";
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

/**
 * The hosting files' texts for the build in out/ and the given environment; writes nothing.
 * @param {string} root
 * @param {Record<string, string | undefined>} env
 */
export function hostingFiles(root, env = process.env) {
  const out = join(root, OUT_DIR);
  if (!existsSync(join(out, "index.html")))
    throw new Error(`${OUT_DIR}/index.html is missing: run \`next build\` (static export) first.`);
  const paths = htmlFiles(out);
  const pages = paths.map((p) => relative(out, p).split("\\").join("/"));
  const scriptHashes = inlineScriptHashes(paths.map((p) => readFileSync(p, "utf8")));
  const common = { basemapStyleUrl: env.NEXT_PUBLIC_BASEMAP_STYLE_URL, scriptHashes };
  const app = securityHeaders(common);
  const embed = securityHeaders({ ...common, frameAncestors: embedFrameAncestors(env.ATLAS_FRAME_ANCESTORS) });
  return {
    pages,
    scriptHashes,
    ignored: parseFrameAncestors(env.ATLAS_FRAME_ANCESTORS).ignored,
    serveJson: JSON.stringify(serveConfig(app, embed), null, 2) + "\n",
    nginx: nginxSnippet(app, embed),
    headers: headersFile(app, { pages, embed }),
  };
}

export function buildStaticHosting(root, env = process.env) {
  const files = hostingFiles(root, env);
  const hosting = join(root, HOSTING_DIR);
  mkdirSync(hosting, { recursive: true });
  writeFileSync(join(hosting, "serve.json"), files.serveJson);
  writeFileSync(join(hosting, "nginx.conf"), files.nginx);
  writeFileSync(join(root, OUT_DIR, "_headers"), files.headers);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), "..", "..");
  const { pages, scriptHashes, ignored } = buildStaticHosting(root);
  if (ignored.length > 0)
    console.warn(`ATLAS_FRAME_ANCESTORS: ignored ${ignored.join(", ")} (use http(s) origins or 'self')`);
  console.log(
    `static hosting: ${pages.length} pages, ${scriptHashes.length} inline script hashes in the CSP; wrote ${HOSTING_DIR}/serve.json, ${HOSTING_DIR}/nginx.conf, ${OUT_DIR}/_headers`,
  );
}
