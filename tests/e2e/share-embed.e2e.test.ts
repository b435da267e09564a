/**
 * Share, embed and cite, in Chromium on the site as `npm start` serves it:
 * - the Share dialog gives the link, the iframe snippet and a preview of the embed;
 * - the snippet, pasted into a page on another origin that the configuration allows
 *   (ATLAS_FRAME_ANCESTORS, written into the headers exactly as `npm start` writes them),
 *   renders the embedded view of the chosen window; the same page on an origin that is not
 *   allowed gets nothing, and the full app can never be framed;
 * - the embed fits its frame and links back to the full view; "Cite this view" names the
 *   data's version, its data-through date, the link and today's date;
 * - axe finds no serious violation in the dialogs or the embed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { freePort, startServer } from "../../scripts/serve-production.mjs";
import { hostingFiles } from "../../scripts/build-static-hosting.mjs";
import { axeSerious } from "./support/axe";
import { BASE_URL, foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const meta = JSON.parse(readFileSync(join(ROOT, "geodata", "dataset.json"), "utf8")) as {
  version: string;
  dataThrough: string;
};
const SHOTS = mkdtempSync(join(tmpdir(), "atlas-share-"));
const VIEW = "/?from=2024-01-01&to=2024-05-31&layers=nato-drills&selected=steadfast-defender-2024";

let browser: Browser;
let allowed: { url: string; stop: () => Promise<void> };
let articlePort: number;
let article: Server;
/** The article page's HTML, set by each test before it loads the page. */
let articleHtml = "";

beforeAll(async () => {
  browser = await launchBrowser();
  // The "news site": a page on its own origin (another port), serving whatever the test pastes.
  articlePort = await freePort();
  article = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(articleHtml);
  });
  await new Promise<void>((r) => article.listen(articlePort, "127.0.0.1", r));
  // A second atlas server whose headers allow that origin, written as `npm start` writes them.
  const dir = mkdtempSync(join(tmpdir(), "atlas-hosting-"));
  const config = join(dir, "serve.json");
  writeFileSync(config, hostingFiles(ROOT, { ATLAS_FRAME_ANCESTORS: `http://127.0.0.1:${articlePort}` }).serveJson);
  allowed = await startServer(ROOT, {}, { config });
});
afterAll(async () => {
  await browser?.close();
  await allowed?.stop();
  await new Promise((r) => article?.close(r));
});

async function openShare(page: Page) {
  await page.getByRole("button", { name: "Share", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Share this view" });
  await dialog.waitFor();
  return dialog;
}

const embedWindow = (frame: Frame) => frame.locator('[data-testid="embed-window"]').textContent({ timeout: 60_000 });

describe("share and embed", () => {
  it("the Share dialog gives the link, the snippet and a working preview of this view; axe finds nothing serious", async () => {
    const { page, context, errors, requests } = await openPage(browser, VIEW);
    await waitForMapIdle(page);
    const dialog = await openShare(page);
    const link = await dialog.getByLabel("Link to this view").inputValue();
    expect(Object.fromEntries(new URL(link).searchParams)).toEqual({
      from: "2024-01-01",
      to: "2024-05-31",
      layers: "nato-drills",
      selected: "steadfast-defender-2024",
    });
    const snippet = await dialog.getByLabel("Embed code").inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, "&");
    expect(new URL(src).pathname).toBe("/embed");
    expect(new URL(src).searchParams.get("from")).toBe("2024-01-01");
    expect(snippet).toMatch(/ title="[^"]+"/);
    await dialog.getByLabel("Embed size").selectOption("responsive");
    expect(await dialog.getByLabel("Embed code").inputValue()).toContain('width="100%"');
    const preview = page.frameLocator('iframe[title="Preview of the embedded view"]');
    await expect
      .poll(() => preview.locator('[data-testid="embed-window"]').textContent({ timeout: 60_000 }))
      .toContain("2024-01-01 to 2024-05-31");
    await page.screenshot({ path: join(SHOTS, "share-dialog.png") });
    expect(await axeSerious(page, "dialog[open]")).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the snippet renders the chosen window in a page on an allowed origin, and nothing on another; the full app is never framed", async () => {
    const { page, context } = await openPage(browser, VIEW);
    await waitForMapIdle(page);
    const snippet = await (await openShare(page)).getByLabel("Embed code").inputValue();
    await context.close();
    const onAllowed = snippet.replace(BASE_URL, allowed.url);
    const fullApp = onAllowed.replace("/embed?", "/?").replace('title="', 'title="Full app: ');
    articleHtml = `<!DOCTYPE html><html lang="en"><head><title>An article</title></head><body><h1>An article</h1>${onAllowed}${snippet.replace('title="', 'title="Not allowed: ')}${fullApp}</body></html>`;

    const reader = await browser.newContext({ viewport: { width: 1100, height: 1800 } });
    const news = await reader.newPage();
    await news.goto(`http://127.0.0.1:${articlePort}/`);
    const frames = await news.locator("iframe").elementHandles();
    const [embedded, refused, app] = await Promise.all(frames.map((f) => f.contentFrame()));
    expect(await embedWindow(embedded!)).toMatch(/^2024-01-01 to 2024-05-31 · \d+ visible events?$/);
    await embedded!.waitForSelector('.map-container[data-map-state="idle"]', { timeout: 60_000 });
    expect(await embedded!.getByRole("link", { name: /Open the full view/ }).getAttribute("href")).toBe(
      `${allowed.url}/?from=2024-01-01&to=2024-05-31&layers=nato-drills&selected=steadfast-defender-2024`,
    );
    await news.screenshot({ path: join(SHOTS, "embed-in-article.png") });
    // The browser refuses the frames whose headers do not allow this origin: no document of ours loads.
    for (const frame of [refused!, app!]) {
      await expect.poll(() => frame.url()).not.toBe("about:blank");
      expect(await frame.locator(".embed, .atlas").count()).toBe(0);
    }
    await reader.close();
  });

  it("the embed fits a small frame, keeps the map, links back, and axe finds nothing serious", async () => {
    const { page, context, errors, requests } = await openPage(browser, "/embed?from=2016-06-01&to=2016-09-30", {
      viewport: { width: 640, height: 420 },
    });
    await waitForMapIdle(page);
    expect(await page.locator('[data-testid="embed-window"]').textContent()).toMatch(
      /^2016-06-01 to 2016-09-30 · \d+ visible events?$/,
    );
    const fits = await page.evaluate(() => ({
      scroll: document.documentElement.scrollHeight - window.innerHeight,
      map: document.querySelector(".embed-map")!.getBoundingClientRect().height,
    }));
    expect(fits.scroll).toBeLessThanOrEqual(0);
    expect(fits.map).toBeGreaterThan(150);
    expect(await page.getByRole("list", { name: "Legend" }).textContent()).toContain("NATO drills");
    expect(await page.getByText(`${meta.version}, data through ${meta.dataThrough}`).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "embed.png") });
    expect(await axeSerious(page)).toEqual([]);
    // The embed's own headers allow our origin to frame it (the preview), the app's never.
    const embedCsp = (await fetch(`${BASE_URL}/embed`)).headers.get("content-security-policy") ?? "";
    expect(embedCsp).toContain("frame-ancestors 'self'");
    const appRes = await fetch(`${BASE_URL}/`);
    expect(appRes.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(appRes.headers.get("x-frame-options")).toBe("DENY");
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Cite this view names the version, the data-through date, the view's link and today's date; axe finds nothing serious", async () => {
    const { page, context, errors } = await openPage(browser, VIEW);
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Cite this view" }).click();
    const dialog = page.getByRole("dialog", { name: "Cite this view" });
    await dialog.waitFor();
    const today = new Date().toISOString().slice(0, 10);
    const text = await dialog.getByLabel("Citation", { exact: true }).inputValue();
    expect(text).toContain(`version ${meta.version} (data through ${meta.dataThrough})`);
    expect(text).toContain("View of 2024-01-01 to 2024-05-31.");
    expect(text).toContain(
      `${BASE_URL}/?from=2024-01-01&to=2024-05-31&layers=nato-drills&selected=steadfast-defender-2024`,
    );
    expect(text).toContain(`(accessed ${today})`);
    const bib = await dialog.getByLabel("BibTeX").inputValue();
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain(`version = {${meta.version}}`);
    expect(bib).toContain(`urldate = {${today}}`);
    await page.screenshot({ path: join(SHOTS, "cite-dialog.png") });
    expect(await axeSerious(page, "dialog[open]")).toEqual([]);
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(errors).toEqual([]);
    await context.close();
    console.log(`screenshots: ${SHOTS}`);
  });
});
