import { PHASE_DEVELOPMENT_SERVER } from "next/constants.js";
import { parseFrameAncestors, securityHeaders } from "./lib/security/headers.mjs";

/**
 * Security headers are computed at build time from NEXT_PUBLIC_BASEMAP_STYLE_URL (a remote
 * style's origin is allowed) and ATLAS_FRAME_ANCESTORS (origins allowed to embed the page;
 * none by default). See docs/security-headers.md.
 *
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  const { ignored } = parseFrameAncestors(process.env.ATLAS_FRAME_ANCESTORS);
  if (ignored.length > 0) console.warn(`ATLAS_FRAME_ANCESTORS: ignored ${ignored.join(", ")} (use http(s) origins or 'self')`);
  const headers = securityHeaders({
    basemapStyleUrl: process.env.NEXT_PUBLIC_BASEMAP_STYLE_URL,
    frameAncestors: process.env.ATLAS_FRAME_ANCESTORS,
    dev: phase === PHASE_DEVELOPMENT_SERVER,
  });
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Type checking is its own step of `npm test` (`tsc --noEmit` over the whole tree,
    // tests included); the build does not repeat it.
    typescript: { ignoreBuildErrors: true },
    async headers() {
      return [{ source: "/:path*", headers }];
    },
  };
}
