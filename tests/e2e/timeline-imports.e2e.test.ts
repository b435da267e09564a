/**
 * The timeline spans the imported events too: after importing a file with one event dated
 * 1999 (before the bundled data), the year axis starts in 1999, the start thumb can be moved
 * there with the keyboard, and the event is then in the "Visible events" list and drawn on
 * the map, which draws exactly what the list shows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { listedEvents } from "./support/events-list";
import { closeReport, geojsonFile, importFile } from "./support/import";
import { drawnIds, expectMapMatchesList, settleMap, showWholeWorld } from "./support/map";

const NAME = "Baltic Shield 1999";
const FILE = geojsonFile([
  {
    properties: { name: NAME, start: "1999-06-14", end: "1999-06-18", bloc: "nato", kind: "exercise" },
    geometry: { type: "Point", coordinates: [20.5, 56.2] },
  },
]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const startThumb = (page: Page) => page.getByRole("slider", { name: "Start date", exact: true });

/** The first year written under the slider, and where it sits (percent of the axis). */
async function firstYearLabel(page: Page): Promise<{ year: number; left: number }> {
  const label = page.locator(".tl-years .tl-year").first();
  return {
    year: Number(await label.innerText()),
    left: Number.parseFloat((await label.getAttribute("style"))!.replace(/.*left:\s*/, "")),
  };
}

describe("the timeline with an import dated before the bundled data", () => {
  it("reaches an imported 1999 event with the slider: listed, drawn, and the axis starts in 1999", async () => {
    const { page, context, errors } = await openPage(browser, "/");
    await waitForMapIdle(page);
    expect((await firstYearLabel(page)).year).toBeGreaterThanOrEqual(2005);

    const dialog = await importFile(page, "old-drill.geojson", FILE);
    await expect
      .poll(() => dialog.locator("p").first().textContent())
      .toContain("Imported 1 of 1 feature from old-drill.geojson.");
    await closeReport(dialog);

    // The extent now starts on 1 January 1999; the window was left as it was, so the event is not listed yet.
    await expect
      .poll(() => startThumb(page).getAttribute("aria-valuemin"))
      .toBe(String(Date.UTC(1999, 0, 1) / 86_400_000));
    expect((await listedEvents(page)).map((e) => e.name)).not.toContain(NAME);
    // The year axis starts at 1999: its first label is 1999 or, thinned out, 2000, at its place on the new axis.
    const extent = await page.evaluate(() => window.__atlasStore!.getState().extent);
    const first = await firstYearLabel(page);
    expect([1999, 2000]).toContain(first.year);
    const expectedLeft = ((Date.UTC(first.year, 0, 1) / 86_400_000 - extent.from) / (extent.to - extent.from)) * 100;
    expect(first.left).toBeCloseTo(expectedLeft, 2);

    // The start thumb goes to the start of the timeline with the keyboard.
    await startThumb(page).focus();
    await page.keyboard.press("Home");
    expect(await startThumb(page).getAttribute("aria-valuetext")).toBe("1999-01-01");

    const imported = (await listedEvents(page)).find((e) => e.name === NAME);
    expect(imported, "the 1999 event is in the Visible events list").toBeDefined();
    await showWholeWorld(page);
    await settleMap(page);
    expect(await drawnIds(page)).toContain(imported!.id);
    expect(await expectMapMatchesList(page)).toContain(imported!.id);
    await page.waitForFunction(() => location.search.includes("from=1999-01-01"));
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
