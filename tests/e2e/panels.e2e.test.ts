/**
 * The side panels in real Chromium: the list, the Summary, the charts and the map agree on
 * what is visible as the window moves; search and chips narrow list and map together; the
 * claims show their numbers for the whole range; selection shows Proximity; no serious axe
 * violations in light and dark; the 390-px phone layout works.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeSerious } from "./support/axe";
import { EVENT_LAYER_IDS } from "@/lib/map/event-layers";
import { foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { listedCount, listedIds } from "./support/events-list";
import { drawnIds, showWholeWorld } from "./support/map";
import { loadDataset } from "@/lib/data/load-dataset";
import { checkLargestExercise } from "@/lib/claims/largest-exercise";
import { fileURLToPath } from "node:url";

// Expected figures come from the bundled data itself, so the tests follow the data as it grows.
const bundled = loadDataset(fileURLToPath(new URL("../../geodata/", import.meta.url))).events;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EVENT_LAYERS = [
  EVENT_LAYER_IDS.areaFill,
  EVENT_LAYER_IDS.routes,
  EVENT_LAYER_IDS.routesInferred,
  EVENT_LAYER_IDS.points,
];

/** Distinct event ids drawn on the map, after it settles, with the whole world in view. */
async function mapIds(page: Page): Promise<string[]> {
  await showWholeWorld(page, { center: [60, 30], zoom: 0 });
  return drawnIds(page, { only: EVENT_LAYERS });
}

async function tab(page: Page, name: string) {
  await page.getByRole("tab", { name }).click();
}

async function summaryEvents(page: Page): Promise<number> {
  await tab(page, "Summary");
  const region = page.getByRole("region", { name: "Summary" });
  let sum = 0;
  for (const side of ["nato", "cn-ru"]) {
    sum += Number(
      (await region.locator(`td[data-figure="events"][data-side="${side}"]`).innerText()).replace(/[^\d]/g, ""),
    );
  }
  return sum;
}

async function chartTotal(page: Page): Promise<number> {
  await tab(page, "Compare");
  const cells = await page
    .locator(".compare-panel table")
    .first()
    .locator("td[data-count]")
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute("data-count"))));
  return cells.reduce((a, b) => a + b, 0);
}

async function laneIds(page: Page): Promise<string[]> {
  await tab(page, "Compare");
  return (
    await page.locator(".lane-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id") ?? ""))
  ).sort();
}

describe("side panels", () => {
  it("list, summary, charts and map agree as the window moves", async () => {
    const { page, context, errors, requests } = await openPage(browser, "/?from=2016-01-01&to=2016-12-31");
    await waitForMapIdle(page);
    const count2016 = await listedCount(page);
    const ids2016 = await listedIds(page);
    expect(count2016).toBeGreaterThan(3);
    expect(ids2016).toHaveLength(count2016);
    expect(await summaryEvents(page)).toBe(count2016);
    expect(await chartTotal(page)).toBe(count2016);
    expect(await laneIds(page)).toEqual(ids2016);
    expect(await mapIds(page)).toEqual(ids2016);

    await page.goto(page.url().replace(/\?.*$/, "?from=2024-01-01&to=2024-06-30"));
    await waitForMapIdle(page);
    const count2024 = await listedCount(page);
    const ids2024 = await listedIds(page);
    expect(ids2024).toHaveLength(count2024);
    expect(ids2024).not.toEqual(ids2016);
    expect(ids2024).toContain("steadfast-defender-2024");
    expect(await summaryEvents(page)).toBe(count2024);
    expect(await chartTotal(page)).toBe(count2024);
    // The lane chart nests the umbrella's components under it.
    const lanes = await page.locator(".lane-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
    const sd = lanes.indexOf("steadfast-defender-2024");
    expect(lanes[sd + 1]).toBe("brilliant-jump-2024");
    expect(await mapIds(page)).toEqual(ids2024);

    // A number in the Summary lists the events behind it, and one of them can be selected.
    await tab(page, "Summary");
    const region = page.getByRole("region", { name: "Summary" });
    await region.locator('td[data-figure="missing"][data-side="nato"] button').click();
    const behind = page.getByRole("list", { name: /Events behind Without a personnel figure, NATO/ });
    await expect.poll(() => behind.getByRole("button").count()).toBeGreaterThan(0);
    await expect.poll(() => behind.getByRole("button", { name: "Immediate Response 24 (Poland)" }).count()).toBe(1);
    await region.locator('td[data-figure="personnel"][data-side="nato"] button').click();
    const personnelText = await region.locator('td[data-figure="personnel"][data-side="nato"]').innerText();
    expect(Number(personnelText.replace(/[^\d]/g, ""))).toBeGreaterThan(90_000);
    // Overlapping areas: the drill area is computed, and is at most the sum of the areas.
    await expect.poll(() => region.locator('td[data-figure="area"][data-side="nato"] button').count()).toBe(1);

    // Selecting a NATO drill shows its distance to Russian or Belarusian territory.
    await tab(page, "Events");
    await page.locator('.events-list [data-event-id="dragon-24"]').click();
    await tab(page, "Summary");
    const proximity = page.getByRole("region", { name: "Proximity" });
    await expect.poll(() => proximity.innerText(), { timeout: 10_000 }).toMatch(/Belarus: .*\d+ km|Russia: .*\d+ km/);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it("search and chips narrow the list and the map together; the keyboard moves through the list", async () => {
    const { page, context, errors } = await openPage(browser, "/");
    await waitForMapIdle(page);
    const all = await listedCount(page);
    // Virtualised: only the rows in view (plus a few) are in the DOM.
    expect(all).toBeGreaterThan(100);
    expect(await page.locator(".events-list li").count()).toBeLessThan(40);
    expect(await page.locator(".events-list li").first().getAttribute("aria-setsize")).toBe(String(all));
    await page.getByRole("searchbox", { name: "Search events" }).fill("baltops");
    const baltops = bundled
      .filter((e) => e.searchText.includes("baltops"))
      .map((e) => e.id)
      .sort();
    expect(baltops.length).toBeGreaterThan(15);
    await expect.poll(() => listedCount(page)).toBe(baltops.length);
    expect(await listedIds(page)).toEqual(baltops);
    expect(await mapIds(page)).toEqual(await listedIds(page));

    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect.poll(() => listedCount(page)).toBe(all);
    await page.getByText("Filter by country, domain or kind").click();
    await page.getByRole("group", { name: "Participant country" }).getByRole("button", { name: /^Iran/ }).click();
    const iran = await listedCount(page);
    expect(iran).toBeGreaterThan(3);
    expect(iran).toBeLessThan(all);
    expect(await mapIds(page)).toEqual(await listedIds(page));
    await expect.poll(() => page.getByRole("group", { name: "Active filters" }).innerText()).toContain("Iran");

    // Keyboard: the list is one tab stop; ArrowDown moves to the next row in start order; Enter selects.
    await tab(page, "Events");
    const rowIds = await page
      .locator(".events-list [data-event-id]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
    await page.getByText("Filter by country, domain or kind").click(); // close the chips again
    await page.getByRole("searchbox", { name: "Search events" }).focus();
    let focused = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
    for (let i = 0; i < 6 && focused !== rowIds[0]; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
    }
    expect(focused).toBe(rowIds[0]);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(rowIds[1]);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(rowIds[1]);
    expect(await page.locator(`.events-list [data-event-id="${rowIds[1]}"]`).getAttribute("aria-current")).toBe("true");

    // Tabs: arrow keys move between them.
    await page.getByRole("tab", { name: "Events" }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: "Summary" }).getAttribute("aria-selected")).toBe("true");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the claims' numbers for the whole range", async () => {
    const { page, context } = await openPage(browser, "/");
    await waitForMapIdle(page);
    await tab(page, "Claims");
    const value = (id: string) => page.locator(`[data-claim="${id}"] [data-claim-value]`).innerText();
    expect(await value("sco-partners")).toMatch(/^\d+ of \d+ \(\d+ %\)$/);
    expect(await page.locator('[data-claim="sco-partners"]').innerText()).toMatch(/does not support|supports/);
    expect(await value("largest-exercise")).toBe("90,000 personnel");
    // The finding on the China–Russia side (ranked by the joint part of host exercises) is the
    // one the data gives: the largest rival of 2023–2025, or that none reports a comparable figure.
    const expected = checkLargestExercise(bundled);
    const text = await page.locator('[data-claim="largest-exercise"]').innerText();
    expect(text).toContain(expected.finding);
    expect(text).toMatch(
      expected.rivals[0]
        ? new RegExp(expected.rivals[0].name)
        : /No China–Russia event of 2023–2025 with a personnel figure/,
    );
    expect(await value("patrol-timing")).toMatch(/^[1-9]\d* of \d+/);
    expect(await page.locator('[data-claim="patrol-timing"]').innerText()).toMatch(/Quad/);
    // Events behind a claim can be selected.
    await page.locator('[data-claim="patrol-timing"] summary').click();
    await page.locator('[data-claim="patrol-timing"] .event-buttons button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toMatch(/air-patrol/);
    await context.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`has no serious axe violations in the ${colorScheme} theme`, async () => {
      const { page, context } = await openPage(browser, "/?from=2024-01-01&to=2024-12-31", { colorScheme });
      await page.waitForSelector(".events-list [data-event-id]");
      const found: string[] = [];
      for (const name of ["Events", "Summary", "Compare", "Claims"]) {
        await tab(page, name);
        if (name === "Events") await page.getByText("Filter by country, domain or kind").click();
        if (name === "Summary") await page.locator('td[data-figure="events"][data-side="nato"] button').click();
        found.push(...(await axeSerious(page, ".atlas-sidebar")).map((v) => `${name}: ${v}`));
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }

  it("works at a 390-pixel-wide phone layout", async () => {
    const { page, context, errors } = await openPage(browser, "/", { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page);
    const map = await page.locator(".atlas-map").boundingBox();
    const sheet = await page.locator(".atlas-sidebar").boundingBox();
    expect(map && sheet).toBeTruthy();
    // The panels sit under the map as a bottom sheet, full width, without horizontal scroll.
    expect(sheet!.y).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
    expect(sheet!.width).toBeGreaterThan(380);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const name of ["Events", "Summary", "Compare", "Claims"]) {
      const t = page.getByRole("tab", { name });
      const box = await t.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await page.locator(".events-list [data-event-id]").first().click();
    await tab(page, "Summary");
    expect(await page.getByRole("region", { name: "Summary" }).isVisible()).toBe(true);
    expect(await page.locator(".atlas-sidebar").evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
