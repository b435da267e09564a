/**
 * The HTTP security headers of every response: generated after the static build for the
 * static server `npm start` runs and for other static hosts (lib/security/static-hosting.mjs,
 * docs/security-headers.md), and sent by `next dev` (next.config.mjs). Plain JavaScript so
 * the Next config and the build scripts can import it; pure, so a unit test checks it.
 *
 * Contract: `securityHeaders({ basemapStyleUrl, frameAncestors, scriptHashes, dev })` returns
 * `[{ key, value }]`: a Content-Security-Policy that allows only our own origin, plus `blob:`
 * and `data:` for images and workers (MapLibre and the import worker), plus the origin of the
 * remote basemap style when one is configured (the same rule as lib/map/basemap-choice.ts:
 * only an http(s) address counts); `frame-ancestors 'none'` with `X-Frame-Options: DENY`
 * unless `frameAncestors` names the origins allowed to embed the page; nosniff; a referrer
 * policy that sends nothing to the sources analysts open; and a permissions policy that
 * switches off what the page never uses.
 *
 * Framing: the full app is always `frame-ancestors 'none'`. Only the embed page (/embed) may
 * be framed: by our own origin (the share dialog's preview) and by the origins listed in
 * ATLAS_FRAME_ANCESTORS (`embedFrameAncestors`); the hosting files give it that set.
 *
 * Scripts: the static HTML carries Next.js's page data in inline <script> tags. They are
 * the same for every request, so the build hashes each one and `script-src` allows exactly
 * those hashes (`scriptHashes`, e.g. "sha256-…") besides our own origin: no 'unsafe-inline'
 * in production, so injected markup could not run a script even if some text ever became
 * markup. `next dev` injects scripts of its own, so only there 'unsafe-inline' and
 * 'unsafe-eval' are allowed.
 */

/** @param {string | undefined | null} raw */
export function remoteStyleOrigin(raw) {
  const value = raw?.trim() ?? "";
  if (value === "") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Origins allowed to embed the page, from a space- or comma-separated list; `'self'` and
 * http(s) origins are kept, anything else is dropped (and named in `ignored`).
 * @param {string | undefined | null} raw
 * @returns {{ sources: string[], ignored: string[] }}
 */
export function parseFrameAncestors(raw) {
  const sources = [];
  const ignored = [];
  for (const part of (raw ?? "").split(/[\s,]+/).filter(Boolean)) {
    if (part === "'self'" || part === "self") {
      sources.push("'self'");
      continue;
    }
    const origin = remoteStyleOrigin(part);
    if (origin && !part.includes("*")) sources.push(origin);
    else ignored.push(part);
  }
  return { sources, ignored };
}

/**
 * Who may frame the embed page: our own origin (the share dialog previews it) and the
 * origins configured (ATLAS_FRAME_ANCESTORS, parsed by parseFrameAncestors).
 * @param {string | undefined | null} raw
 */
export function embedFrameAncestors(raw) {
  return ["'self'", ...parseFrameAncestors(raw).sources.filter((s) => s !== "'self'")].join(" ");
}

/**
 * The CSP source for the SHA-256 of an inline script's text, e.g. 'sha256-…='.
 * @param {string} base64Sha256
 */
export function scriptHashSource(base64Sha256) {
  return `'sha256-${base64Sha256}'`;
}

/**
 * @param {{ basemapStyleUrl?: string | null, frameAncestors?: string | null, scriptHashes?: readonly string[], dev?: boolean }} options
 * @returns {Array<{ key: string, value: string }>}
 */
export function securityHeaders({
  basemapStyleUrl = null,
  frameAncestors = null,
  scriptHashes = [],
  dev = false,
} = {}) {
  const remote = remoteStyleOrigin(basemapStyleUrl);
  const extra = remote ? ` ${remote}` : "";
  const ancestors = parseFrameAncestors(frameAncestors).sources;
  const csp = [
    "default-src 'self'",
    dev
      ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
      : ["script-src 'self'", ...[...new Set(scriptHashes)].sort().map(scriptHashSource)].join(" "),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    "font-src 'self'",
    // blob: for a large import's features, handed to MapLibre's worker as an object URL.
    `connect-src 'self' blob:${extra}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(" ") : "'none'"}`,
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  if (ancestors.length === 0) headers.push({ key: "X-Frame-Options", value: "DENY" });
  return headers;
}
