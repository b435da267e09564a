/**
 * An import that would tie up the worker can be stopped: a file of 20 star polygons, each of
 * 44,000 vertices and too intricate to check quickly (before the bounded crossing test this
 * file kept the worker busy for minutes), shows a progress line with "Cancel import"; Cancel
 * stops it with a message naming the file, nothing is added, and the next import (on a new
 * worker) lands on the map.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { listedEvents } from "./support/events-list";
import { axeSerious } from "./support/axe";
import { chooseImportFile, geojsonFile, importFile, importReport } from "./support/import";
import { sourceFeatureCount } from "./support/map";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** A valid star polygon of `spikes` long spikes: every segment overlaps most others on both axes. */
function star(spikes: number, cx: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < 2 * spikes; i++) {
    const a = (Math.PI * i) / spikes;
    const r = i % 2 ? 1 : 8;
    ring.push([r5(cx + r * Math.cos(a)), r5(r * Math.sin(a))]);
  }
  ring.push(ring[0] as number[]);
  return ring;
}

function hostileFile(): Buffer {
  return geojsonFile(
    Array.from({ length: 20 }, (_, i) => ({
      properties: { name: `Star ${i}`, start: "2024-03-01", bloc: "nato" },
      geometry: { type: "Polygon", coordinates: [star(22_000, -160 + i * 16)] },
    })),
  );
}

function goodFile(): Buffer {
  return geojsonFile([
    {
      properties: { name: "After Cancel Drill", start: "2024-03-05", bloc: "nato" },
      geometry: { type: "Point", coordinates: [21, 52] },
    },
  ]);
}

describe("cancelling an import", () => {
  it("stops a slow hostile import with a message, keeps everything as it was, and imports the next file", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2024-01-01&to=2024-06-30", {});
    await waitForMapIdle(page);
    const before = (await listedEvents(page)).length;

    await chooseImportFile(page, "stars.geojson", hostileFile());
    const cancel = page.getByRole("button", { name: "Cancel import" });
    await cancel.waitFor({ timeout: 30_000 });
    expect(await page.getByRole("status").filter({ hasText: "stars.geojson" }).count()).toBeGreaterThan(0);
    expect(await axeSerious(page, ".io-toolbar")).toEqual([]);
    await cancel.focus();
    await page.keyboard.press("Enter");

    const dialog = importReport(page);
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.locator("p").first().textContent()).toContain(
      "Nothing was imported from stars.geojson. The import of stars.geojson was cancelled; nothing was changed.",
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await cancel.count()).toBe(0);
    expect((await listedEvents(page)).length).toBe(before);

    await importFile(page, "good.geojson", goodFile());
    await expect
      .poll(() => dialog.locator("p").first().textContent())
      .toContain("Imported 1 of 1 feature from good.geojson.");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(async () => (await listedEvents(page)).map((e) => e.name)).toContain("After Cancel Drill");
    await waitForMapIdle(page);
    await expect
      .poll(() => sourceFeatureCount(page, ["==", ["get", "name"], "After Cancel Drill"]), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
