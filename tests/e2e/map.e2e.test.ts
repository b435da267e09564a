/**
 * The map page in real Chromium: the offline basemap renders (land and sea both cover a
 * real share of the screenshot), it stays whole across the antimeridian, both themes
 * apply, labels are placed, there are no console errors, and nothing is requested from
 * outside our own origin.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { PALETTES } from "@/lib/map/palette";
import { BASE_URL, foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { colourShare, decodePng, shareAround } from "./support/pixels";
import { jumpAndSettle } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function mapScreenshot(page: Page) {
  return decodePng(await page.locator(".map-container").screenshot());
}

async function jumpAndLoad(page: Page, center: [number, number], zoom: number) {
  await jumpAndSettle(page, { center, zoom });
  // The finer basemap may still be arriving after the first idle at a new zoom.
  await page.waitForFunction(() => window.__atlasMap!.loaded());
}

async function project(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const p = window.__atlasMap!.project(ll);
    return { x: p.x, y: p.y };
  }, lngLat);
}

describe("map page", () => {
  it("renders the offline basemap with no errors and no request outside its origin", async () => {
    const started = Date.now();
    const { page, context, requests, errors } = await openPage(browser);
    await waitForMapIdle(page);
    const navToIdle = Date.now() - started;
    const loadMs = await page.evaluate(() => performance.now());
    console.log(`navigation to map idle: ${navToIdle} ms (page clock ${loadMs.toFixed(0)} ms)`);

    const png = await mapScreenshot(page);
    const light = PALETTES.light;
    const land = colourShare(png, light.land);
    const sea = colourShare(png, light.sea);
    console.log(`initial view: land ${(land * 100).toFixed(1)} %, sea ${(sea * 100).toFixed(1)} %`);
    expect(land).toBeGreaterThan(0.2);
    expect(sea).toBeGreaterThan(0.1);

    // Country labels are placed (rendered with the bundled font, no glyph server).
    const labels = await page.evaluate(
      () => window.__atlasMap!.queryRenderedFeatures(undefined, { layers: ["basemap-country-labels"] }).length,
    );
    expect(labels).toBeGreaterThan(5);

    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(requests.some((u) => u.endsWith("/maplibre-gl-worker.mjs"))).toBe(true);
    await context.close();
  });

  it("draws Chukotka, the Bering Sea and Alaska across the antimeridian without bands or holes", async () => {
    // All event layers off (`layers=`), so only the basemap is under test.
    const { page, context, errors } = await openPage(browser, "/?layers=");
    await waitForMapIdle(page);
    for (const zoom of [2, 3.5]) {
      await jumpAndLoad(page, [-178, 62], zoom);
      const png = await mapScreenshot(page);
      const land = PALETTES.light.land;
      const sea = PALETTES.light.sea;
      const checks: Array<[string, [number, number], string]> = [
        // 172°E written as −188° so it projects in the same world copy as the centre.
        ["Chukotka (west of 180°)", [-188, 66.5], land],
        ["Chukotka (east of 180°)", [-176, 65.5], land],
        ["Alaska", [-153, 64.5], land],
        ["Bering Sea", [-178, 58], sea],
      ];
      // The map is narrower than the window (side panel, timeline): keep the points in view.
      checks.push(zoom < 3 ? ["North Pacific", [-170, 50], sea] : ["Bering Sea (south)", [-174, 57.5], sea]);
      // Small features show only in the finer geometry.
      if (zoom >= 3) checks.push(["Gulf of Anadyr", [-179.5, 64.3], sea], ["St Lawrence Island", [-170, 63.4], land]);
      for (const [name, ll, hex] of checks) {
        const p = await project(page, ll);
        expect(
          p.x > 4 && p.y > 4 && p.x < png.width - 4 && p.y < png.height - 4,
          `${name} is in view at zoom ${zoom}`,
        ).toBe(true);
        // Most of a small square around the spot has the expected colour (a label may cross it).
        expect(shareAround(png, p.x, p.y, 4, hex), `${name} at zoom ${zoom}`).toBeGreaterThan(0.6);
      }
      // A band would paint whole rows in the land colour across open sea.
      expect(colourShare(png, sea)).toBeGreaterThan(0.25);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows a dark colour scheme", async () => {
    const { page, context, errors } = await openPage(browser, "/", { colorScheme: "dark" });
    await waitForMapIdle(page);
    const png = await mapScreenshot(page);
    expect(colourShare(png, PALETTES.dark.land)).toBeGreaterThan(0.2);
    expect(colourShare(png, PALETTES.dark.sea)).toBeGreaterThan(0.1);
    expect(colourShare(png, PALETTES.light.sea)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("serves the map library and its worker from our own origin, lazily", async () => {
    const res = await fetch(`${BASE_URL}/maplibre-gl-worker.mjs`);
    expect(res.status).toBe(200);
    const html = await (await fetch(BASE_URL)).text();
    // The first HTML names no chunk that contains MapLibre: it is fetched after hydration.
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
    for (const src of scripts) {
      const body = await (await fetch(new URL(src, BASE_URL))).text();
      expect(body.includes("Expected [x, y] or {x, y} point format"), `${src} should not contain MapLibre`).toBe(false);
    }
  });
});
