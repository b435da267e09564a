/** Types for serve-production.mjs (plain JavaScript: `npm start` runs it with node alone). */
export function freePort(): Promise<number>;
export function ensureBuild(root: string, options?: { announce?: string | null }): boolean;
export function startServer(
  root: string,
  env?: Record<string, string>,
  options?: { config?: string },
): Promise<{ url: string; stop: () => Promise<void>; log: () => string }>;
