/** Types for static-hosting.mjs (plain JavaScript so the build scripts can import it). */
import type { HeaderEntry } from "./headers.mjs";

export const IMMUTABLE_PREFIXES: readonly string[];
export const IMMUTABLE_CACHE: string;
export const REVALIDATE_CACHE: string;
export function inlineScripts(html: string): string[];
export function sha256Base64(text: string): string;
export function inlineScriptHashes(pages: readonly string[]): string[];
export const EMBED_PAGE: string;
export function pageRoutes(file: string): string[];
export function serveConfig(
  headers: readonly HeaderEntry[],
  embed?: readonly HeaderEntry[] | null,
): {
  cleanUrls: boolean;
  directoryListing: boolean;
  headers: { source: string; headers: HeaderEntry[] }[];
};
export function headersFile(
  headers: readonly HeaderEntry[],
  options?: { pages?: readonly string[]; embed?: readonly HeaderEntry[] | null },
): string;
export function nginxSnippet(headers: readonly HeaderEntry[], embed?: readonly HeaderEntry[] | null): string;
