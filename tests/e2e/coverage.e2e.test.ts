/**
 * The dataset speaks for itself, in real Chromium: with the window on 2005–2015 both sides
 * have figures in the Summary and the Compare charts (the NATO layer no longer starts in
 * 2016); the header states "Data through" from dataset.json; the "Data coverage" page lists
 * every year with both sides and every series, reachable from the map by keyboard, with no
 * serious axe violations, and makes no request outside its origin.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { foreignRequests, launchBrowser, openPage } from "./support/browser";
import { axeSerious } from "./support/axe";

const meta = JSON.parse(readFileSync(new URL("../../geodata/dataset.json", import.meta.url), "utf8")) as {
  dataThrough: string;
  firstYear: number;
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const num = (s: string) => Number(s.replace(/[^\d]/g, ""));

async function summaryFigure(page: Page, figure: string, side: string): Promise<number> {
  const cell = page
    .getByRole("region", { name: "Summary" })
    .locator(`td[data-figure="${figure}"][data-side="${side}"]`);
  return num(await cell.innerText());
}

/** Per-side totals of the Compare tab's first chart, read from its table alternative. */
async function compareTotals(page: Page): Promise<number[]> {
  await page.getByRole("tab", { name: "Compare" }).click();
  const table = page.locator(".compare-panel table").first();
  await table.waitFor({ state: "attached" });
  return table.locator("tbody tr").evaluateAll((rows) => {
    const sums: number[] = [];
    for (const row of rows)
      row
        .querySelectorAll("td[data-count]")
        .forEach((td, i) => (sums[i] = (sums[i] ?? 0) + Number(td.getAttribute("data-count"))));
    return sums;
  });
}

describe("data coverage", () => {
  it("shows figures for both sides in the Summary and Compare with the window at 2005–2015", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2005-01-01&to=2015-12-31");
    await page.getByRole("tab", { name: "Summary" }).click();
    await expect.poll(() => summaryFigure(page, "events", "nato")).toBeGreaterThan(0);
    expect(await summaryFigure(page, "events", "cn-ru")).toBeGreaterThan(0);
    expect(await summaryFigure(page, "personnel", "nato")).toBeGreaterThan(0);
    expect(await summaryFigure(page, "personnel", "cn-ru")).toBeGreaterThan(0);
    expect(await summaryFigure(page, "countries", "nato")).toBeGreaterThan(0);
    const [nato = 0, cnru = 0] = await compareTotals(page);
    expect(nato).toBeGreaterThan(0);
    expect(cnru).toBeGreaterThan(0);
    // The chart and the Summary count the same events.
    await page.getByRole("tab", { name: "Summary" }).click();
    expect(nato).toBe(await summaryFigure(page, "events", "nato"));
    expect(cnru).toBe(await summaryFigure(page, "events", "cn-ru"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("states the data-through date from the dataset and opens the coverage page from the map by keyboard", async () => {
    const { page, context, requests, errors } = await openPage(browser, "/");
    await expect.poll(() => page.getByTestId("data-through").innerText()).toBe(`Data through ${meta.dataThrough}`);
    const link = page.getByRole("link", { name: "Data coverage" });
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/coverage$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Data coverage");
    const table = page.getByRole("table", { name: "Events per year" });
    const rows = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        year: Number(tr.querySelector("th")?.textContent),
        nato: Number(tr.querySelector('[data-side="nato"]')?.textContent),
        cnru: Number(tr.querySelector('[data-side="cn-ru"]')?.textContent),
        why: tr.querySelector("td:last-child")?.textContent ?? "",
      })),
    );
    const last = Number(meta.dataThrough.slice(0, 4));
    expect(rows.map((r) => r.year)).toEqual(
      Array.from({ length: last - meta.firstYear + 1 }, (_, i) => meta.firstYear + i),
    );
    for (const r of rows) {
      if (r.nato === 0 || r.cnru === 0) expect(r.why, String(r.year)).not.toMatch(/no recorded reason|^$/);
    }
    for (const side of ["NATO / allied", "China–Russia"]) {
      await expect
        .poll(() =>
          page
            .getByRole("table", { name: `Series: ${side}` })
            .locator("tbody tr")
            .count(),
        )
        .toBeGreaterThan(10);
    }
    expect(await axeSerious(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("reads on a 390-pixel phone in the dark theme: no sideways page scroll, no serious axe violations", async () => {
    const { page, context, errors } = await openPage(browser, "/coverage", {
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
    });
    await page.getByRole("table", { name: "Events per year" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
