/** Types for build-static-hosting.mjs (plain JavaScript: it runs before any TypeScript tool). */
export const OUT_DIR: string;
export const HOSTING_DIR: string;
export interface HostingFiles {
  pages: string[];
  scriptHashes: string[];
  ignored: string[];
  serveJson: string;
  nginx: string;
  headers: string;
}
export function hostingFiles(root: string, env?: Record<string, string | undefined>): HostingFiles;
export function buildStaticHosting(root: string, env?: Record<string, string | undefined>): HostingFiles;
