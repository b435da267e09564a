/**
 * What a static host needs to serve the built site (out/) safely, from one header set
 * (lib/security/headers.mjs): the inline scripts' hashes for the CSP, and the same headers
 * written for `serve` (the static server `npm start` runs), for Netlify / Cloudflare Pages
 * (`_headers`) and for nginx. Pure: scripts/build-static-hosting.mjs reads and writes files.
 *
 * Framing: the full app is never framed (`frame-ancestors 'none'`, X-Frame-Options DENY); the
 * embed page (EMBED_PAGE, /embed) has a header set of its own, allowing the origins configured
 * (lib/security/headers.mjs `embedHeaders`). Each host format says so in its own way below.
 *
 * Caching: files whose name carries a hash of their content (Next's /_next/static/ chunks
 * and the events file under /data/) are immutable for a year; everything else (the HTML,
 * the basemap, the worker) is revalidated on each visit, so a new build is seen at once.
 */
import { createHash } from "node:crypto";

/** Path prefixes whose files are named by their content. */
export const IMMUTABLE_PREFIXES = ["/_next/static/", "/data/"];
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
export const REVALIDATE_CACHE = "no-cache";

const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/**
 * The text of every inline script in `html` that a browser would run (no `src`; a JavaScript
 * or module type), exactly as written: the CSP hash is over these characters.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? "";
    if (!EXECUTABLE_TYPES.has(type)) continue;
    out.push(m[2] ?? "");
  }
  return out;
}

/**
 * @param {string} text
 * @returns {string} base64 SHA-256 of the UTF-8 bytes, as a CSP hash source wants it
 */
export function sha256Base64(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

/**
 * The distinct hashes of the inline scripts of all `pages` (HTML texts), sorted.
 * @param {readonly string[]} pages
 */
export function inlineScriptHashes(pages) {
  return [...new Set(pages.flatMap(inlineScripts).map(sha256Base64))].sort();
}

/**
 * @typedef {{ key: string, value: string }} Header
 */

/** The page that other sites may frame (app/embed), as a file of out/. */
export const EMBED_PAGE = "embed.html";

/** The headers that say who may frame a page; they differ between the app and the embed. */
const FRAME_KEYS = new Set(["content-security-policy", "x-frame-options"]);
const isFrameHeader = (/** @type {Header} */ h) => FRAME_KEYS.has(h.key.toLowerCase());

/**
 * serve's configuration (serve.json, read by serve-handler): clean URLs (/coverage serves
 * coverage.html), no directory listings, the security headers everywhere, and the cache
 * policy per path; a later rule's value wins, so the immutable rules come last. Rules match
 * the file served (404.html for a missing page). With `embed`, the embed page's rule
 * replaces the CSP, and X-Frame-Options (which cannot list origins, and which serve cannot
 * remove once set) is sent only on the other pages.
 * @param {readonly Header[]} headers
 * @param {readonly Header[] | null} [embed]
 */
export function serveConfig(headers, embed = null) {
  const xfo = (/** @type {Header} */ h) => h.key.toLowerCase() === "x-frame-options";
  /** @type {{ source: string, headers: Header[] }[]} */
  const rules = [];
  if (!embed) rules.push({ source: "**", headers: [...headers, { key: "Cache-Control", value: REVALIDATE_CACHE }] });
  else {
    rules.push({
      source: "**",
      headers: [...headers.filter((h) => !xfo(h)), { key: "Cache-Control", value: REVALIDATE_CACHE }],
    });
    const denied = headers.filter(xfo);
    if (denied.length > 0) rules.push({ source: `!(${EMBED_PAGE.slice(0, -".html".length)}).html`, headers: denied });
    rules.push({ source: EMBED_PAGE, headers: embed.filter((h) => isFrameHeader(h) && !xfo(h)) });
  }
  rules.push(
    ...IMMUTABLE_PREFIXES.map((p) => ({
      source: `${p.slice(1)}**`,
      headers: [{ key: "Cache-Control", value: IMMUTABLE_CACHE }],
    })),
  );
  return { cleanUrls: true, directoryListing: false, headers: rules };
}

/** The addresses a page of out/ answers at: "coverage.html" → /coverage and /coverage.html. */
export function pageRoutes(/** @type {string} */ file) {
  const path = `/${file.replace(/\\/g, "/")}`;
  if (path === "/index.html") return ["/", "/index.html"];
  if (path.endsWith("/index.html")) return [path.slice(0, -"index.html".length), path];
  return [path.slice(0, -".html".length), path];
}

/** A CSP without its frame-ancestors directive (a policy that says nothing about framing). */
function withoutFrameAncestors(/** @type {string} */ csp) {
  return csp
    .split("; ")
    .filter((d) => !d.startsWith("frame-ancestors "))
    .join("; ");
}

/**
 * Netlify's and Cloudflare Pages' `_headers` file (placed at the root of out/). Both apply
 * every matching rule: Netlify lets a later rule's value win, Cloudflare joins the values
 * with commas, which for a CSP means several policies, all enforced. So `/*` carries the set
 * with a CSP that says nothing about framing, and each page's own rule adds the full CSP
 * with its frame-ancestors (and X-Frame-Options for the app's pages): the same result on
 * both hosts. Cache-Control is set only on the immutable paths; the HTML keeps the hosts'
 * default, which revalidates.
 * @param {readonly Header[]} headers
 * @param {{ pages?: readonly string[], embed?: readonly Header[] | null }} [options]
 */
export function headersFile(headers, { pages = [], embed = null } = {}) {
  const line = (/** @type {Header} */ h) => `  ${h.key}: ${h.value}`;
  const lines = ["/*"];
  if (pages.length === 0) lines.push(...headers.map(line));
  else {
    for (const h of headers) {
      if (h.key.toLowerCase() === "content-security-policy")
        lines.push(line({ key: h.key, value: withoutFrameAncestors(h.value) }));
      else if (!isFrameHeader(h)) lines.push(line(h));
    }
    for (const page of [...pages].sort()) {
      const set = page === EMBED_PAGE && embed ? embed : headers;
      for (const route of pageRoutes(page)) lines.push(route, ...set.filter(isFrameHeader).map(line));
    }
  }
  for (const p of IMMUTABLE_PREFIXES) lines.push(`${p}*`, `  Cache-Control: ${IMMUTABLE_CACHE}`);
  return lines.join("\n") + "\n";
}

/** @param {string} value */
const nginxQuote = (value) => `"${value.replace(/["\\]/g, "\\$&")}"`;

/**
 * nginx locations to include in a `server { }` whose `root` is out/. nginx drops inherited
 * `add_header`s in a location that has its own, so every location repeats the full set; with
 * `embed`, exact locations for /embed and /embed.html send the embed's set instead.
 * @param {readonly Header[]} headers
 * @param {readonly Header[] | null} [embed]
 */
export function nginxSnippet(headers, embed = null) {
  /** @param {string} cache */
  const block = (cache) =>
    [...headers, { key: "Cache-Control", value: cache }].map(
      (h) => `    add_header ${h.key} ${nginxQuote(h.value)} always;`,
    );
  return [
    "# Exercise Atlas: headers for the static build, generated by `npm run build` (do not edit;",
    "# rebuild instead: the CSP lists the hashes of this build's inline scripts).",
    "# Inside the server { } block:  root /path/to/out;  include /path/to/nginx.conf;",
    "server_tokens off;",
    "error_page 404 /404.html;",
    "location / {",
    "    try_files $uri $uri.html $uri/index.html =404;",
    ...block(REVALIDATE_CACHE),
    "}",
    ...IMMUTABLE_PREFIXES.flatMap((p) => [`location ${p} {`, ...block(IMMUTABLE_CACHE), "}"]),
    ...(embed
      ? pageRoutes(EMBED_PAGE).flatMap((route) => [
          `location = ${route} {`,
          `    try_files /${EMBED_PAGE} =404;`,
          ...[...embed, { key: "Cache-Control", value: REVALIDATE_CACHE }].map(
            (h) => `    add_header ${h.key} ${nginxQuote(h.value)} always;`,
          ),
          "}",
        ])
      : []),
    "",
  ].join("\n");
}
