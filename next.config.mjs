import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { embedFrameAncestors, parseFrameAncestors, securityHeaders } from "./lib/security/headers.mjs";

/**
 * `next build` writes a static site to out/ (static export): the same files for every
 * reader, for any static host or CDN. A static export sends no headers of its own, so the
 * security headers are written after the build for the hosts (scripts/build-static-hosting.mjs,
 * docs/security-headers.md); only `next dev` sends them itself. Both read
 * NEXT_PUBLIC_BASEMAP_STYLE_URL (a remote style's origin is allowed) and ATLAS_FRAME_ANCESTORS
 * (origins allowed to frame the embed page, /embed; the full app is never framed).
 *
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  const { ignored } = parseFrameAncestors(process.env.ATLAS_FRAME_ANCESTORS);
  if (ignored.length > 0)
    console.warn(`ATLAS_FRAME_ANCESTORS: ignored ${ignored.join(", ")} (use http(s) origins or 'self')`);
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  /** @type {import('next').NextConfig} */
  const config = {
    output: "export",
    reactStrictMode: true,
    poweredByHeader: false,
    // Type checking is its own step of `npm test` (`tsc --noEmit` over the whole tree,
    // tests included); the build does not repeat it.
    typescript: { ignoreBuildErrors: true },
  };
  if (!dev) return config;
  const basemapStyleUrl = process.env.NEXT_PUBLIC_BASEMAP_STYLE_URL;
  const app = securityHeaders({ basemapStyleUrl, dev });
  const embed = securityHeaders({
    basemapStyleUrl,
    frameAncestors: embedFrameAncestors(process.env.ATLAS_FRAME_ANCESTORS),
    dev,
  });
  return {
    ...config,
    async headers() {
      return [
        { source: "/:path((?!embed$).*)", headers: app },
        { source: "/embed", headers: embed },
      ];
    },
  };
}
