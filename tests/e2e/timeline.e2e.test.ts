/**
 * The timeline in real Chromium: moving the thumbs by keyboard and by pointer changes what
 * the map draws and what the "Visible events" list shows, and the two always agree once the
 * map is idle; a URL with from/to restores exactly that window; Play/Pause work (and
 * playback stops when the tab is hidden and never starts by itself); hostile URL values
 * give a plain-text notice and no crash; axe finds no serious problem in either theme; the
 * bar is usable on a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeSerious } from "./support/axe";
import { loadDataset } from "@/lib/data/load-dataset";
import { launchBrowser, openPage, waitForMapIdle } from "./support/browser";
import { listedIds } from "./support/events-list";
import { EVENT_LAYER_IDS } from "@/lib/map/event-layers";
import { drawnIds, expectMapMatchesList, jumpAndSettle, showWholeWorld } from "./support/map";

const events = loadDataset().events;
const steadfast = events.find((e) => e.id === "steadfast-defender-2024")!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slider = (page: Page, name: "Start date" | "End date") => page.getByRole("slider", { name, exact: true });
const valueText = (page: Page, name: "Start date" | "End date") => slider(page, name).getAttribute("aria-valuetext");

describe("timeline", () => {
  it("keyboard moves of the thumbs change the map and the list consistently, and the URL follows", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2024-01-01&to=2024-06-30");
    await waitForMapIdle(page);
    await showWholeWorld(page);
    const first = await expectMapMatchesList(page);
    expect(first.length).toBeGreaterThan(3);

    const end = slider(page, "End date");
    await end.focus();
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowLeft");
    expect(await valueText(page, "End date")).toBe("2024-03-29");
    const narrowed = await expectMapMatchesList(page);
    expect(narrowed.length).toBeLessThan(first.length);

    const start = slider(page, "Start date");
    await start.focus();
    await page.keyboard.press("Home");
    expect(await valueText(page, "Start date")).toBe("2005-01-01");
    const widened = await expectMapMatchesList(page);
    expect(widened.length).toBeGreaterThan(narrowed.length);
    await page.keyboard.press("End");
    expect(await valueText(page, "Start date")).toBe("2024-03-29");
    await expectMapMatchesList(page);
    await page.waitForFunction(
      () => location.search.includes("from=2024-03-29") && location.search.includes("to=2024-03-29"),
    );

    // One slider step to map idle, measured in the page (logged, not asserted).
    const timings = await page.evaluate(async () => {
      const thumb = document.querySelector<HTMLElement>('[role="slider"][aria-label="Start date"]')!;
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        const map = window.__atlasMap!;
        const idle = new Promise<number>((resolve) => map.once("idle", () => resolve(performance.now())));
        const t0 = performance.now();
        thumb.dispatchEvent(new KeyboardEvent("keydown", { key: "PageDown", bubbles: true }));
        // A step that changes nothing on the map draws no frame, so no idle would come.
        map.triggerRepaint();
        out.push((await idle) - t0);
      }
      return out;
    });
    console.log(`slider step (one month) to map idle: ${timings.map((t) => t.toFixed(0)).join(", ")} ms`);
    await expectMapMatchesList(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("pointer drags of a thumb and of the window change the map and the list consistently", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2016-01-01&to=2018-12-31");
    await waitForMapIdle(page);
    await showWholeWorld(page);
    const before = await expectMapMatchesList(page);

    const track = (await page.locator(".tl-track").boundingBox())!;
    const endBox = (await slider(page, "End date").boundingBox())!;
    const y = endBox.y + endBox.height / 2;
    await page.mouse.move(endBox.x + endBox.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width * 0.9, y, { steps: 8 });
    await page.mouse.up();
    const dragged = await valueText(page, "End date");
    expect(dragged! > "2018-12-31").toBe(true);
    const after = await expectMapMatchesList(page);
    expect(after.length).toBeGreaterThan(before.length);

    // Dragging the band between the thumbs moves the whole window, keeping its width.
    const startBefore = (await valueText(page, "Start date"))!;
    const band = (await page.locator(".tl-band").boundingBox())!;
    await page.mouse.move(band.x + band.width / 2, band.y + band.height / 2);
    await page.mouse.down();
    await page.mouse.move(band.x + band.width / 2 - track.width * 0.25, band.y + band.height / 2, { steps: 8 });
    await page.mouse.up();
    const startAfter = (await valueText(page, "Start date"))!;
    expect(startAfter < startBefore).toBe(true);
    await expectMapMatchesList(page);
    await page.waitForFunction((from) => location.search.includes(`from=${from}`), startAfter);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a URL with from/to restores exactly that window, mode included", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2016-07-01&to=2017-06-30&mode=cumulative");
    await waitForMapIdle(page);
    expect(await valueText(page, "Start date")).toBe("2016-07-01");
    expect(await valueText(page, "End date")).toBe("2017-06-30");
    expect(await page.getByLabel("From", { exact: true }).inputValue()).toBe("2016-07-01");
    expect(await page.getByLabel("To", { exact: true }).inputValue()).toBe("2017-06-30");
    expect(await page.getByRole("radio", { name: "Cumulative" }).isChecked()).toBe(true);
    await new Promise((r) => setTimeout(r, 400)); // longer than the URL throttle: nothing rewrites it
    const params = new URL(page.url()).searchParams;
    expect([params.get("from"), params.get("to"), params.get("mode")]).toEqual([
      "2016-07-01",
      "2017-06-30",
      "cumulative",
    ]);
    await showWholeWorld(page);
    await expectMapMatchesList(page);

    // Typed dates and presets set the window too.
    const from = page.getByLabel("From", { exact: true });
    await from.fill("2024-02-29");
    await from.press("Enter");
    expect(await valueText(page, "Start date")).toBe("2024-02-29");
    expect(await valueText(page, "End date")).toBe("2024-02-29");
    await from.fill("2024-02-30");
    await from.press("Enter");
    expect(await from.getAttribute("aria-invalid")).toBe("true");
    expect(await valueText(page, "Start date")).toBe("2024-02-29");
    await page.getByRole("combobox", { name: "Range preset" }).selectOption({ label: steadfast.name });
    expect([await valueText(page, "Start date"), await valueText(page, "End date")]).toEqual([
      steadfast.start,
      steadfast.end,
    ]);
    await expectMapMatchesList(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("writes the names of the visible events only, also after the window moved while names were not drawn", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2024-01-01&to=2024-06-30");
    await waitForMapIdle(page);
    // Distinct event ids whose names are on screen at a view where names are drawn.
    const labelsAt = async (zoom: number) => {
      await jumpAndSettle(page, { center: [21, 55], zoom });
      return drawnIds(page, { labels: true, only: [EVENT_LAYER_IDS.labels] });
    };
    const in2024 = await labelsAt(4);
    expect(in2024.length).toBeGreaterThan(0);
    const listed2024 = new Set(await listedIds(page));
    expect(in2024.filter((id) => !listed2024.has(id))).toEqual([]);

    // Zoomed out, names are not drawn; the window moves to June 2016 meanwhile.
    expect(await labelsAt(1)).toEqual([]);
    const slider = page.getByRole("slider", { name: "Start date" });
    await page.evaluate(() => window.__atlasStore!.getState().setWindow({ from: 16_953, to: 16_982 })); // 2016-06-01 … 2016-06-30
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe("2016-06-01");
    const in2016 = await labelsAt(4);
    const listed2016 = new Set(await listedIds(page));
    expect(in2016.length).toBeGreaterThan(0);
    expect(in2016.filter((id) => !listed2016.has(id))).toEqual([]);
    expect(in2016.filter((id) => listed2024.has(id))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps drawing exactly the visible events after the colour scheme changes while the page is open", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2022-01-01&to=2022-12-31");
    await waitForMapIdle(page);
    await showWholeWorld(page);
    const before = await expectMapMatchesList(page);
    expect(before.length).toBeGreaterThan(3);
    // The basemap style is swapped; the event sources come back as new sources, whose shown
    // state must be set again.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => page.getAttribute(".map-container", "data-theme")).toBe("dark");
    await showWholeWorld(page);
    expect(await expectMapMatchesList(page)).toEqual(before);
    await page.evaluate(() => window.__atlasStore!.getState().setWindow({ from: 19_358, to: 19_723 })); // 2023
    await showWholeWorld(page);
    const after = await expectMapMatchesList(page);
    expect(after).not.toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("plays and pauses, stops when the tab is hidden, and never starts by itself", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2010-01-01&to=2010-12-31", {
      reducedMotion: "reduce",
    });
    await waitForMapIdle(page);
    await new Promise((r) => setTimeout(r, 500));
    expect(await valueText(page, "End date")).toBe("2010-12-31");
    await page.getByRole("combobox", { name: "Playback speed" }).selectOption({ label: "1 year / s" });

    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByRole("button", { name: "Pause", exact: true }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[aria-label="End date"]')!.getAttribute("aria-valuetext")! > "2011-03-01",
    );
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await page.getByRole("button", { name: "Play", exact: true }).waitFor();
    const paused = [await valueText(page, "Start date"), await valueText(page, "End date")];
    // Window mode: both ends moved and the width is kept.
    expect(paused[0]! > "2010-01-01").toBe(true);
    await new Promise((r) => setTimeout(r, 400));
    expect([await valueText(page, "Start date"), await valueText(page, "End date")]).toEqual(paused);

    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.getByRole("button", { name: "Pause", exact: true }).waitFor();
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.getByRole("button", { name: "Play", exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("ignores hostile URL values with a plain-text notice and no crash", async () => {
    const markup = "<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script>";
    const q = new URLSearchParams({
      from: "2024-13-01",
      to: markup,
      mode: "<b>bold</b>",
      layers: `nato-drills,${markup}`,
      selected: "<script>alert(1)</script>",
      extra: "x".repeat(5000),
    });
    const { page, context, errors } = await openPage(browser, `/?${q.toString()}&from=${"9".repeat(300)}`);
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await waitForMapIdle(page);
    const notices = page.getByRole("status");
    await expect.poll(() => notices.textContent()).toContain("2024-13-01");
    const text = (await notices.textContent())!;
    expect(text).toContain("<img src=x");
    expect(text).toContain("Unknown layer");
    expect(
      await page.locator(".notices img, .notices script, .notices b, .timeline img, .timeline script").count(),
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    // Defaults: the whole range; the valid layer is kept.
    expect(await valueText(page, "Start date")).toBe("2005-01-01");
    expect(await slider(page, "End date").getAttribute("aria-valuenow")).toBe(
      await slider(page, "End date").getAttribute("aria-valuemax"),
    );
    await showWholeWorld(page);
    const ids = await expectMapMatchesList(page);
    expect(ids.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("has no serious accessibility problems in either theme and is usable on a phone", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, context, errors } = await openPage(browser, "/?from=2022-01-01&to=2023-12-31", { colorScheme });
      await waitForMapIdle(page);
      await page.getByRole("button", { name: /Finland joins NATO/ }).focus();
      expect(await axeSerious(page, ".atlas-timeline"), colorScheme).toEqual([]);
      // Hover/focus on a context marker says what and when; activating it centres the window.
      await expect.poll(() => page.locator(".tl-tip").textContent()).toContain("2023-04-04");
      await page.keyboard.press("Enter");
      // The window keeps its 729-day width, centred on 2023-04-04.
      expect([await valueText(page, "Start date"), await valueText(page, "End date")]).toEqual([
        "2022-04-05",
        "2024-04-03",
      ]);
      expect(errors).toEqual([]);
      await context.close();
    }

    const { page, context, errors } = await openPage(browser, "/", { viewport: { width: 390, height: 844 } });
    await waitForMapIdle(page).catch(() => undefined);
    const footer = (await page.locator(".atlas-timeline").boundingBox())!;
    const map = (await page.locator(".atlas-map").boundingBox())!;
    expect(footer.height).toBeLessThan(260);
    expect(map.height).toBeGreaterThan(150);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const name of ["Start date", "End date"] as const) {
      const box = (await slider(page, name).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await slider(page, "Start date").focus();
    await page.keyboard.press("PageUp");
    expect(await valueText(page, "Start date")).toBe("2005-02-01");
    expect(errors).toEqual([]);
    await context.close();
  });
});
