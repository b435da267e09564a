/**
 * A dense map, in real Chromium against the production build: an import that takes the map
 * to DENSE_MAP_EVENTS events or more switches the world view to its lighter drawing (smaller
 * markers without outline, arrows only zoomed in) while every marker is still drawn, and
 * removing the import brings the ordinary drawing back. While the import's tiles load, the
 * map runs its frames without painting them, and paints once they are in; the labels' data
 * waits until the map is zoomed in to where labels are drawn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import {
  DENSE_ARROWS_MIN_ZOOM,
  DENSE_MAP_EVENTS,
  EVENT_LAYER_IDS,
  LABELS_MIN_ZOOM,
  LABELS_SOURCE_ID,
} from "@/lib/map/event-layers";
import { launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { geojsonFile, importFile, type ImportedFeature } from "./support/import";
import { drawnFeatures, jumpAndSettle } from "./support/map";

/** `n` single-day drills on a grid over Europe and Asia, every one a site. */
function grid(n: number): ImportedFeature[] {
  return Array.from({ length: n }, (_, i) => ({
    properties: {
      name: `Grid drill ${i + 1}`,
      bloc: i % 2 ? "nato" : "cn-ru",
      kind: "exercise",
      start: "2020-06-01",
      end: "2020-06-01",
      participants: i % 2 ? ["PL"] : ["CN", "RU"],
      locationPrecision: "site",
    },
    geometry: { type: "Point", coordinates: [10 + (i % 100) * 1.2, 20 + Math.floor(i / 100) * 0.7] },
  }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a dense map", () => {
  it("draws every marker lighter at world zoom once an import makes it dense, and as before once removed", async () => {
    const { page, context, errors } = await openPage(browser, "/", {});
    await waitForMapIdle(page);
    const style = () =>
      page.evaluate(
        ([points, arrows]) => {
          const m = window.__atlasMap!;
          return { size: m.getLayoutProperty(points, "icon-size"), arrowsFrom: m.getLayer(arrows)?.minzoom ?? 0 };
        },
        [EVENT_LAYER_IDS.points, EVENT_LAYER_IDS.routeArrows] as const,
      );
    expect(await style()).toEqual({ size: 1, arrowsFrom: 0 });

    // Frames of the import: how many MapLibre ran, and how many drew anything (WebGL draw calls).
    await page.evaluate(() => {
      const m = window.__atlasMap!;
      const canvas = m.getCanvas();
      const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext;
      const w = window as unknown as { __frames: { ran: number; drew: number; heldWhileLoading: number } };
      w.__frames = { ran: 0, drew: 0, heldWhileLoading: 0 };
      let drew = false;
      const draw = gl.drawElements.bind(gl);
      gl.drawElements = (...args: Parameters<WebGLRenderingContext["drawElements"]>) => {
        drew = true;
        return draw(...args);
      };
      m.on("render", () => {
        w.__frames.ran++;
        if (drew) w.__frames.drew++;
        else if (!m.loaded()) w.__frames.heldWhileLoading++;
        drew = false;
      });
    });
    const n = DENSE_MAP_EVENTS + 200;
    const dialog = await importFile(page, "dense.geojson", geojsonFile(grid(n)));
    await expect.poll(() => dialog.locator("p").first().textContent(), { timeout: 60_000 }).toContain(`Imported`);
    await dialog.getByRole("button", { name: "Close" }).click();
    await waitForMapIdle(page);
    const dense = await style();
    expect(Array.isArray(dense.size), JSON.stringify(dense.size)).toBe(true);
    expect(dense.arrowsFrom).toBe(DENSE_ARROWS_MIN_ZOOM);
    // Lighter, not thinned: the imported markers are drawn at world zoom.
    await expect
      .poll(
        async () =>
          (await drawnFeatures(page, { only: [EVENT_LAYER_IDS.points] })).filter((f) => f.layer === "imported").length,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(100);
    // Frames are painted once the tiles are in, not once per tile (lib/map/hold-paint.ts).
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: { ran: number; drew: number; heldWhileLoading: number } }).__frames,
    );
    expect(frames.drew, JSON.stringify(frames)).toBeGreaterThan(0);
    expect(frames.heldWhileLoading, JSON.stringify(frames)).toBeGreaterThan(0);
    expect(frames.drew, JSON.stringify(frames)).toBeLessThan(frames.ran);

    // Zoomed out, where no label is drawn, the labels source holds nothing yet; zoomed in,
    // the imported drills' names are there.
    const labelsData = () =>
      page.evaluate((id) => {
        const data = (window.__atlasMap!.getSource(id)?.serialize() as { data?: unknown } | undefined)?.data;
        return typeof data === "string" ? "url" : ((data as { features?: unknown[] })?.features?.length ?? -1);
      }, LABELS_SOURCE_ID);
    expect(await labelsData()).toBe(0);
    await jumpAndSettle(page, { center: [40, 22], zoom: LABELS_MIN_ZOOM + 2 });
    await expect
      .poll(
        async () =>
          (await drawnFeatures(page, { labels: true, only: [EVENT_LAYER_IDS.labels] })).filter(
            (f) => f.layer === "imported",
          ).length,
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    expect(await labelsData()).not.toBe(0);
    await jumpAndSettle(page, { center: [60, 30], zoom: 1.5 });

    await page.getByRole("button", { name: /^Imports/ }).click();
    await page.getByRole("button", { name: "Remove dense.geojson" }).click();
    await expect.poll(style, { timeout: 30_000 }).toEqual({ size: 1, arrowsFrom: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
