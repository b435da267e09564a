/**
 * Bringing your own data, in real Chromium against the production build: a hostile GeoJSON
 * imports its valid features (shown as text in the list and drawn on the map) and names every
 * rejected one; no script runs, no prototype is polluted, the bundled events still render and
 * the Content-Security-Policy is never violated. Imports survive a reload and can be removed.
 * The CSV export of a window holds exactly the visible events; the PNG export is the map
 * with a header and a legend. Every response carries the security headers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { BASE_URL, foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { axeSerious } from "./support/axe";
import { listedEvents } from "./support/events-list";
import { importFile } from "./support/import";
import { drawnFeatures, sourceFeatureCount } from "./support/map";
import { decodePng } from "./support/pixels";

const FIXTURES = join(process.cwd(), "tests", "fixtures", "hostile");

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** Every name in the "Visible events" list (virtualised: read by scrolling it through). */
async function visibleNames(page: Page): Promise<string[]> {
  return (await listedEvents(page)).map((e) => e.name);
}

/** Features of imported events in the map's sources (every chunk's). */
async function renderedImported(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__atlasMap?.loaded() === true);
  return sourceFeatureCount(page, ["==", ["get", "layer"], "imported"]);
}

describe("import and export", () => {
  it("keeps the valid features of a hostile file, names the rejected ones, and runs nothing", async () => {
    const { page, context, requests, errors } = await openPage(browser, "/", {});
    await recordCspViolations(page);
    await page.reload({ waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);
    const bundledCount = (await visibleNames(page)).length;
    expect(bundledCount).toBeGreaterThan(50);

    const dialog = await importFile(
      page,
      "hostile.geojson",
      readFileSync(join(FIXTURES, "hostile.geojson")),
      "application/geo+json",
    );
    await expect
      .poll(() => dialog.locator("p").first().textContent())
      .toContain("Imported 2 of 10 features from hostile.geojson; 8 rejected.");
    const rows = await dialog
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? "").join(" | ")),
      );
    const expected: Array<[string, string, string]> = [
      ["features[2]", "properties.__proto__", "forbidden key"],
      ["features[3]", "properties.constructor", "forbidden key"],
      ["features[4]", "geometry.coordinates[0]", "longitude 500 is outside [-180, 180]"],
      ["features[5]", "end", "end date is before start date"],
      ["features[6]", "sources[0].url", "must be an http(s) address"],
      ["features[7]", "geometry.coordinates", "must not cross"],
      ["features[8]", "geometry.coordinates[0]", "ring is not closed"],
      ["features[9]", "start", "real calendar date"],
    ];
    for (const [where, field, reason] of expected) {
      expect(
        rows.some((r) => r.startsWith(where) && r.includes(`| ${field} |`) && r.includes(reason)),
        `${where} ${field}`,
      ).toBe(true);
    }

    // Accessibility of the report dialog and the toolbar.
    expect(await axeSerious(page, [".io-dialog", ".atlas-toolbar"])).toEqual([]);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The valid features are in the list, their markup shown as text.
    const names = await visibleNames(page);
    expect(names.length).toBe(bundledCount + 2);
    expect(names).toContain("<script>window.__pwned=1</script> Baltic Hostile Drill");
    expect(names).toContain("<svg onload=window.__pwned=1> Yellow Sea Hostile Patrol");
    // …and drawn on the map, beside the bundled events.
    await waitForMapIdle(page);
    await expect.poll(() => renderedImported(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const bundledRendered = (await drawnFeatures(page)).filter((f) => f.layer !== "imported").length;
    expect(bundledRendered).toBeGreaterThan(10);

    const safety = await page.evaluate(() => ({
      pwned: window.__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      injected:
        document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript:"]').length +
        Array.from(document.scripts).filter((s) => (s.textContent ?? "").includes("__pwned")).length,
      csp: window.__cspViolations,
    }));
    expect(safety.pwned).toBeUndefined();
    expect(safety.polluted).toBeUndefined();
    expect(safety.injected).toBe(0);
    expect(safety.csp).toEqual([]);

    // Imports survive a reload…
    await page.reload({ waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);
    await expect.poll(async () => (await visibleNames(page)).length, { timeout: 30_000 }).toBe(bundledCount + 2);

    // …and can be removed, for good.
    await page.getByRole("button", { name: /^Imports/ }).click();
    await page.getByRole("button", { name: "Remove hostile.geojson" }).click();
    await expect.poll(async () => (await visibleNames(page)).length).toBe(bundledCount);
    await page.reload({ waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);
    await page.waitForTimeout(500); // give a (wrong) restore the chance to show up
    expect((await visibleNames(page)).length).toBe(bundledCount);

    // A refused file changes nothing.
    const refused = await importFile(page, "empty.geojson", Buffer.alloc(0), "application/geo+json");
    await expect
      .poll(() => refused.locator("p").first().textContent())
      .toContain("Nothing was imported from empty.geojson. The file is empty (0 bytes).");
    await refused.getByRole("button", { name: "Close" }).click();
    expect((await visibleNames(page)).length).toBe(bundledCount);

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it("exports exactly the visible events as CSV (formulas defused) and the view as a PNG", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2016-01-01&to=2017-12-31");
    await recordCspViolations(page);
    await page.reload({ waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);

    const dialog = await importFile(
      page,
      "formula-cells.csv",
      readFileSync(join(FIXTURES, "formula-cells.csv")),
      "text/csv",
    );
    await expect
      .poll(() => dialog.locator("p").first().textContent())
      .toContain("Imported 3 of 4 features from formula-cells.csv; 1 rejected.");
    expect(await dialog.locator("tbody tr").first().textContent()).toContain("line 5");
    await dialog.getByRole("button", { name: "Close" }).click();

    // The imported rows are dated 2023, outside this window: they must not be exported.
    const visible = await visibleNames(page);
    expect(visible.length).toBeGreaterThan(3);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("exercise-atlas-2016-01-01-to-2017-12-31.csv");
    const csv = readFileSync(await download.path(), "utf8");
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.name).sort()).toEqual([...visible].sort());

    // Widen the window to 2023: now the formula rows are visible, and exported defused.
    await page.goto(`${BASE_URL}/?from=2023-01-01&to=2023-12-31`, { waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);
    await expect.poll(async () => (await visibleNames(page)).length).toBeGreaterThan(3);
    const visible2023 = await visibleNames(page);
    const [download2] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const csv2 = readFileSync(await download2.path(), "utf8");
    const rows2 = Papa.parse<Record<string, string>>(csv2, { header: true, skipEmptyLines: true }).data;
    // A defused cell is the text with a leading apostrophe, which spreadsheets do not show.
    const shown = (cell: string | undefined) => (cell ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
    expect(rows2.map((r) => shown(r.name)).sort()).toEqual([...visible2023].sort());
    const formulaRow = rows2.find((r) => r.name?.includes("HYPERLINK"));
    expect(formulaRow?.name).toBe(`'=HYPERLINK("https://example.org","click")`);
    expect(formulaRow?.description).toBe(`'=cmd|' /C calc'!A0`);
    for (const r of rows2) for (const cell of Object.values(r)) expect(/^[=+@\t\r]/.test(cell ?? "")).toBe(false);

    // GeoJSON export: the same events.
    const [download3] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export GeoJSON" }).click(),
    ]);
    const fc = JSON.parse(readFileSync(await download3.path(), "utf8")) as {
      features: Array<{ properties: { name: string } }>;
    };
    expect(fc.features.map((f) => f.properties.name).sort()).toEqual([...visible2023].sort());

    // PNG: the map plus a header and a footer with the legend.
    const [download4] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export PNG" }).click(),
    ]);
    const png = decodePng(readFileSync(await download4.path()));
    const canvas = await page.evaluate(() => ({
      w: window.__atlasMap!.getCanvas().width,
      h: window.__atlasMap!.getCanvas().height,
      css: window.__atlasMap!.getCanvas().clientWidth,
    }));
    expect(png.width).toBe(canvas.w);
    expect(png.height).toBeGreaterThan(canvas.h);
    // Under the legend, the citation of the view ("Cite this view"'s line): at least one line
    // of text below the 56-px header, the map and the 48-px legend row.
    const scale = canvas.w / canvas.css;
    const citationTop = canvas.h + Math.round(56 * scale) + Math.round(48 * scale);
    expect(png.height - citationTop).toBeGreaterThanOrEqual(Math.floor(15 * scale));
    let ink = 0;
    for (let y = citationTop; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if ((png.data[i] ?? 255) < 160) ink++;
      }
    }
    expect(ink, "text pixels in the citation line").toBeGreaterThan(50);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
    expect(colours.size).toBeGreaterThan(20); // a drawn map, not a blank buffer

    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("serves the page with the security headers", async () => {
    const res = await fetch(BASE_URL);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-powered-by")).toBeNull();
    const worker = await fetch(`${BASE_URL}/maplibre-gl-worker.mjs`);
    expect(worker.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
