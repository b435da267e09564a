/**
 * Shared set-up for the end-to-end tests: one headless Chromium per test file (software
 * WebGL through SwiftShader), and pages that record every request, console error and
 * uncaught exception, so each test can assert "nothing left our origin" and "no errors".
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BASE_URL = process.env.ATLAS_URL ?? "";
if (!BASE_URL) throw new Error("ATLAS_URL is not set: run the end-to-end tests with `npm run test:e2e`.");

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH;
  if (!executablePath) throw new Error("CHROME_PATH is not set: run the end-to-end tests with `npm run test:e2e`.");
  // A fresh profile per launch; playwright passes it through its own option.
  const userDataDir = mkdtempSync(join(tmpdir(), "atlas-chromium-"));
  return chromium
    .launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`],
    })
    .catch(async () =>
      // Some Chromium builds refuse --user-data-dir through launch(); retry without it.
      chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS }),
    );
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

export async function openPage(
  browser: Browser,
  path = "/",
  options: {
    colorScheme?: "light" | "dark";
    viewport?: { width: number; height: number };
    reducedMotion?: "reduce" | "no-preference";
  } = {},
): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: options.reducedMotion ?? "no-preference",
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(BASE_URL + path, { waitUntil: "domcontentloaded" });
  return { page, context, requests, errors };
}

/** Waits until the map has loaded and settled (the map sets data-map-state="idle"). */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('.map-container[data-map-state="idle"]', { timeout });
  await page.waitForFunction(() => window.__atlasMap?.loaded() === true, undefined, { timeout });
}

/** Requests that went anywhere but our own origin (data: and blob: stay on the page). */
export function foreignRequests(requests: string[]): string[] {
  const origin = new URL(BASE_URL).origin;
  return requests.filter((u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).origin !== origin);
}
