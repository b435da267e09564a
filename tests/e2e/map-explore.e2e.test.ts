/**
 * Exploring the map in real Chromium: a click on a rendered marker opens that event's
 * details with its sources as safe links; a `selected=` URL restores the selection and
 * moves the camera there; the layer switches empty the map of that layer; the three events
 * stacked at Chebarkul are each reachable (through the chooser, by keyboard); Escape clears
 * the selection; the details panel works on a phone; axe finds no serious violations with
 * the details open, in light (desktop) and dark (phone).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeSerious } from "./support/axe";
import type { Browser, Page } from "playwright-core";
import { foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { drawnFeatures, settleMap } from "./support/map";
import { EVENT_LAYER_IDS } from "@/lib/map/event-layers";

const CHEBARKUL: [number, number] = [60.35, 54.95];
const PEACE_MISSIONS = ["Peace Mission 2007", "Peace Mission 2013", "Peace Mission 2018"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Canvas coordinates of a longitude/latitude on the map. */
async function canvasPoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const p = window.__atlasMap!.project(ll);
    return { x: p.x, y: p.y };
  }, lngLat);
}

/** Page coordinates of a longitude/latitude on the map. */
async function pagePoint(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => {
    const map = window.__atlasMap!;
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

const details = (page: Page) => page.getByRole("region", { name: "Event details" });

async function selectedParam(page: Page) {
  await page.waitForTimeout(400); // the URL is written at most every 250 ms
  return new URL(page.url()).searchParams.get("selected");
}

describe("exploring an event on the map", () => {
  it("opens a clicked marker's details with its sources as safe links; Escape clears it", async () => {
    const { page, context, errors, requests } = await openPage(browser, "/", { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    // A rendered marker with no other marker within reach, so the click means exactly it.
    let target: { id: string; name: string; lngLat: [number, number] } | null = null;
    for (const f of await drawnFeatures(page, { only: [EVENT_LAYER_IDS.points] })) {
      if (!f.point) continue;
      const p = await canvasPoint(page, f.point);
      const near = await drawnFeatures(page, {
        only: [EVENT_LAYER_IDS.points],
        box: [
          [p.x - 10, p.y - 10],
          [p.x + 10, p.y + 10],
        ],
      });
      if (new Set(near.map((n) => n.id)).size === 1) {
        target = { id: f.id, name: f.name, lngLat: f.point };
        break;
      }
    }
    expect(target).not.toBeNull();
    const pt = await pagePoint(page, target!.lngLat);
    await page.mouse.move(pt.x, pt.y);
    // Hovering names the event and its dates.
    await expect.poll(() => page.locator(".map-tooltip").textContent()).toContain(target!.name);
    await page.mouse.click(pt.x, pt.y);

    await details(page).waitFor();
    expect(await details(page).getByRole("heading", { level: 2 }).textContent()).toBe(target!.name);
    const links = await details(page)
      .locator("a")
      .evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute("href") ?? "",
          target: a.getAttribute("target"),
          rel: a.getAttribute("rel") ?? "",
        })),
      );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.target).toBe("_blank");
      expect(l.rel.split(/\s+/)).toEqual(expect.arrayContaining(["noopener", "noreferrer"]));
    }
    expect(await selectedParam(page)).toBe(target!.id);
    // Highlighted on the map.
    await settleMap(page);
    const highlighted = await page.evaluate(
      (id) =>
        window
          .__atlasMap!.queryRenderedFeatures(undefined, { layers: ["events-selected-point"] })
          .filter((f) => f.properties.id === id).length,
      target!.id,
    );
    expect(highlighted).toBeGreaterThan(0);

    await page.keyboard.press("Escape");
    await details(page).waitFor({ state: "detached" });
    expect(await selectedParam(page)).toBeNull();
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it("restores a selected= URL: details open, the camera at the event, no serious axe violations (light)", async () => {
    const opened = await openPage(browser, "/?selected=peace-mission-2013", { reducedMotion: "reduce" });
    await waitForMapIdle(opened.page);
    await settleMap(opened.page);
    expect(await details(opened.page).getByRole("heading", { level: 2 }).textContent()).toBe("Peace Mission 2013");
    const text = await details(opened.page).textContent();
    expect(text).toContain("Russia");
    expect(text).toContain("China");
    const view = await opened.page.evaluate((ll) => {
      const map = window.__atlasMap!;
      const p = map.project(ll);
      const c = map.getCanvas();
      return { zoom: map.getZoom(), x: p.x / c.clientWidth, y: p.y / c.clientHeight };
    }, CHEBARKUL);
    expect(view.zoom).toBeGreaterThan(5);
    expect(view.x).toBeGreaterThan(0.3);
    expect(view.x).toBeLessThan(0.7);
    expect(view.y).toBeGreaterThan(0.3);
    expect(view.y).toBeLessThan(0.7);
    expect(await axeSerious(opened.page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it("empties the map of a layer switched off in the legend, and brings it back", async () => {
    const { page, context, errors } = await openPage(browser, "/");
    await waitForMapIdle(page);
    // Names count too: a layer switched off draws neither shapes nor names.
    const countOf = async (layer: string) =>
      (await drawnFeatures(page, { labels: true })).filter((f) => f.layer === layer).length;
    expect(await countOf("nato-drills")).toBeGreaterThan(0);
    expect(await countOf("cn-ru-patrols")).toBeGreaterThan(0);

    const natoSwitch = page.getByRole("checkbox", { name: /NATO drills/ });
    expect(await natoSwitch.isChecked()).toBe(true);
    await natoSwitch.uncheck();
    await settleMap(page);
    expect(await countOf("nato-drills")).toBe(0);
    expect(await countOf("cn-ru-patrols")).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).searchParams.get("layers")).toBe("cn-ru-exercises,cn-ru-patrols,imported");

    await page.getByRole("checkbox", { name: /China–Russia air and naval patrols/ }).uncheck();
    await settleMap(page);
    expect(await countOf("cn-ru-patrols")).toBe(0);

    await natoSwitch.check();
    await settleMap(page);
    expect(await countOf("nato-drills")).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reaches each of the three events stacked at Chebarkul, by pointer and keyboard", async () => {
    const { page, context, errors } = await openPage(browser, "/", { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c, zoom: 5 }), CHEBARKUL);
    await settleMap(page);
    for (let i = 0; i < PEACE_MISSIONS.length; i++) {
      const pt = await pagePoint(page, CHEBARKUL);
      await page.mouse.click(pt.x, pt.y);
      const chooser = page.getByRole("dialog", { name: "Events at this place" });
      await chooser.waitFor();
      const names = await chooser.locator(".stack-chooser-name").allTextContents();
      expect(names).toEqual(PEACE_MISSIONS);
      // Focus starts on the first event; Tab walks down the list; Enter chooses.
      for (let k = 0; k < i; k++) await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await chooser.waitFor({ state: "detached" });
      await expect.poll(() => details(page).getByRole("heading", { level: 2 }).textContent()).toBe(PEACE_MISSIONS[i]);
      await settleMap(page);
    }
    // Escape closes the chooser only; a second Escape clears the selection.
    const pt = await pagePoint(page, CHEBARKUL);
    await page.mouse.click(pt.x, pt.y);
    await page.getByRole("dialog", { name: "Events at this place" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Events at this place" }).waitFor({ state: "detached" });
    expect(await details(page).count()).toBe(1);
    await page.keyboard.press("Escape");
    await details(page).waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets the keyboard zoom the focused map, which names the list as its text alternative", async () => {
    const { page, context } = await openPage(browser, "/", { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    const canvas = page.locator(".maplibregl-canvas");
    expect(await canvas.getAttribute("tabindex")).toBe("0");
    expect(await canvas.getAttribute("aria-label")).toMatch(/map/i);
    const describedBy = await canvas.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(/list of visible events/i);
    await canvas.focus();
    const before = await page.evaluate(() => window.__atlasMap!.getZoom());
    await page.keyboard.press("Equal");
    await settleMap(page);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(before + 0.5);
    await context.close();
  });

  it("shows the details on a 390-px phone screen in the dark theme with no serious axe violations; the close button clears them", async () => {
    const { page, context, errors } = await openPage(browser, "/?selected=peace-mission-2018", {
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
    });
    await waitForMapIdle(page);
    // The map keeps a real share of the screen beside the details.
    expect((await page.locator(".map-container").boundingBox())!.height).toBeGreaterThan(200);
    expect(await axeSerious(page)).toEqual([]);
    const box = await details(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(391);
    expect(box!.y + 40).toBeLessThan(844);
    const close = details(page).getByRole("button", { name: "Close event details" });
    await close.click();
    await details(page).waitFor({ state: "detached" });
    expect(errors).toEqual([]);
    await context.close();
  });
});
