/** Types for headers.mjs (plain JavaScript so next.config.mjs can import it). */
export interface HeaderEntry {
  key: string;
  value: string;
}
export function remoteStyleOrigin(raw: string | undefined | null): string | null;
export function parseFrameAncestors(raw: string | undefined | null): { sources: string[]; ignored: string[] };
export function embedFrameAncestors(raw: string | undefined | null): string;
export function scriptHashSource(base64Sha256: string): string;
export function securityHeaders(options?: {
  basemapStyleUrl?: string | null;
  frameAncestors?: string | null;
  /** Base64 SHA-256 digests of the inline scripts the built HTML contains. */
  scriptHashes?: readonly string[];
  dev?: boolean;
}): HeaderEntry[];
