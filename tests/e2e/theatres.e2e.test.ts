/**
 * The Theatres view in real Chromium: on spring 2024 each map draws exactly the visible
 * events in its frame, which its strip counts and lists, and the rest are counted as outside
 * both; a keyboard step on the slider changes both maps; panning changes a frame and the URL,
 * and the URL restores the frames; axe finds no serious problem; at 390 px the maps stack.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { EVENT_LAYER_IDS, THEATRE_LABELS_MIN_ZOOM } from "@/lib/map/event-layers";
import { axeSerious } from "./support/axe";
import { foreignRequests, launchBrowser, openPage } from "./support/browser";
import { listedIds, showEventsTab } from "./support/events-list";
import { drawnFeatures, drawnIds, settleMap } from "./support/map";

const MAPS = ["theatre-1", "theatre-2"] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until both theatre maps have loaded and settled after whatever happened last. */
async function settleBoth(page: Page) {
  for (const mapId of MAPS) {
    await page.waitForSelector(`.map-container[data-map-id="${mapId}"][data-map-state="idle"]`, { timeout: 60_000 });
    await settleMap(page, { mapId });
  }
}

/** The events a theatre's map draws: id → name, from what MapLibre rendered on its canvas. */
async function drawn(page: Page, mapId: (typeof MAPS)[number]): Promise<Map<string, string>> {
  return new Map((await drawnFeatures(page, { mapId })).map((f) => [f.id, f.name]));
}

async function stripCount(page: Page, index: 0 | 1): Promise<number> {
  return Number((await page.locator(`[data-theatre-count="${index}"]`).innerText()).replace(/[^\d]/g, ""));
}

/** The names the strip lists for theatre `index` (its "List the events" part). */
async function stripNames(page: Page, index: 0 | 1): Promise<string[]> {
  const details = page.locator(`[data-theatre="${index}"] details.theatre-list`);
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
  const names = await details.locator(".event-buttons li button").allInnerTexts();
  return names.sort();
}

async function outsideCount(page: Page): Promise<number> {
  return Number((await page.locator("[data-outside-count]").innerText()).replace(/[^\d]/g, ""));
}

/** Every check of "draws exactly the visible events in its frame", for the current window. */
async function expectTheatresMatch(page: Page) {
  await settleBoth(page);
  const listed = await listedIds(page);
  const maps = [await drawn(page, "theatre-1"), await drawn(page, "theatre-2")];
  for (const i of [0, 1] as const) {
    const ids = [...maps[i]!.keys()];
    expect(
      ids.filter((id) => !listed.includes(id)),
      `theatre ${i + 1} draws only visible events`,
    ).toEqual([]);
    expect(await stripCount(page, i)).toBe(ids.length);
    expect(await stripNames(page, i)).toEqual([...maps[i]!.values()].sort());
  }
  const inEither = new Set([...maps[0]!.keys(), ...maps[1]!.keys()]);
  expect(inEither.size + (await outsideCount(page))).toBe(listed.length);
  return { listed, maps, inEither };
}

describe("Theatres view", () => {
  it("draws exactly the visible events in each frame on spring 2024, counted in each strip, the rest outside both", async () => {
    const { page, context, errors, requests } = await openPage(browser, "/?from=2024-03-01&to=2024-05-31");
    await page.getByRole("radio", { name: "Theatres" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("theatres");
    const { maps, listed } = await expectTheatresMatch(page);
    // Spring 2024 was the Baltic's: Steadfast Defender and its parts; nothing in the Pacific frame.
    expect(maps[0]!.has("steadfast-defender-2024")).toBe(true);
    expect(maps[0]!.size).toBeGreaterThan(5);
    expect(maps[1]!.size).toBe(0);
    // Nordic Response (northern Norway) and Security Belt (Gulf of Oman) are visible but in neither frame.
    expect(listed).toEqual(expect.arrayContaining(["nordic-response-2024", "security-belt-2024"]));
    expect(await outsideCount(page)).toBeGreaterThanOrEqual(2);
    expect(await page.getByLabel("Theatre 1 frame").inputValue()).toBe("baltic");
    expect(await page.getByLabel("Theatre 2 frame").inputValue()).toBe("pacific");

    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });

  it("draws names only once a theatre is zoomed in past its frame's overview, and only for what it draws", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2024-03-01&to=2024-05-31&view=theatres");
    await settleBoth(page);
    const labelsOf = (mapId: string) => drawnIds(page, { mapId, labels: true, only: [EVENT_LAYER_IDS.labels] });
    expect(await page.evaluate(() => window.__atlasMaps!["theatre-1"]!.getZoom())).toBeLessThan(
      THEATRE_LABELS_MIN_ZOOM,
    );
    expect(await labelsOf("theatre-1")).toEqual([]);
    // Zoom the Baltic theatre in on Poland: its frame follows, and its names appear.
    await page.evaluate(
      (z) => window.__atlasMaps!["theatre-1"]!.jumpTo({ center: [19, 52.5], zoom: z + 0.5 }),
      THEATRE_LABELS_MIN_ZOOM,
    );
    await settleBoth(page);
    const shown = await drawn(page, "theatre-1");
    const labelled = await labelsOf("theatre-1");
    expect(labelled.length).toBeGreaterThan(0);
    expect(
      labelled.filter((id) => !shown.has(id)),
      "a label for an event the theatre does not draw",
    ).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a keyboard step on the slider changes both maps", async () => {
    const { page, context, errors } = await openPage(browser, "/?from=2024-08-20&to=2024-09-05&view=theatres");
    const before = await expectTheatresMatch(page);
    const end = page.getByRole("slider", { name: "End date", exact: true });
    await end.focus();
    await page.keyboard.press("PageUp");
    await expect.poll(() => end.getAttribute("aria-valuetext")).toBe("2024-10-05");
    const after = await expectTheatresMatch(page);
    for (const i of [0, 1] as const) {
      expect([...after.maps[i]!.keys()].sort(), `theatre ${i + 1} changed`).not.toEqual(
        [...before.maps[i]!.keys()].sort(),
      );
    }
    // September 2024's Pacific drills arrive in the second map, the Baltic's autumn in the first.
    expect(after.maps[1]!.has("northern-interaction-2024")).toBe(true);
    expect(after.maps[0]!.has("northern-coasts-2024")).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("restores the frames from the URL, and a pan changes a frame and the URL", async () => {
    const { page, context, errors } = await openPage(
      browser,
      "/?from=2024-01-01&to=2024-12-31&view=theatres&theatres=central-asia,120_20_150_45",
    );
    await settleBoth(page);
    expect(await page.getByLabel("Theatre 1 frame").inputValue()).toBe("central-asia");
    expect(await page.getByLabel("Theatre 2 frame").inputValue()).toBe("custom");
    const covers = (m: string, box: number[]) =>
      page.evaluate(
        ([id, [w, s, e, n]]) => {
          const b = window.__atlasMaps![id as string]!.getBounds();
          const slack = 1e-6;
          return (
            b.getWest() <= w! + slack &&
            b.getSouth() <= s! + slack &&
            b.getEast() >= e! - slack &&
            b.getNorth() >= n! - slack
          );
        },
        [m, box] as const,
      );
    expect(await covers("theatre-2", [120, 20, 150, 45])).toBe(true);
    expect(await covers("theatre-1", [46, 35, 88, 55])).toBe(true);

    // Pan theatre 2 east with the keyboard, as MapLibre's canvas allows: the frame written to
    // the URL moves east of where the map showed it before (the shown area is wider than the
    // requested box when the aspect ratios differ, so compare with what was shown).
    const westBefore = await page.evaluate(() => window.__atlasMaps!["theatre-2"]!.getBounds().getWest());
    await page.locator('[data-map-id="theatre-2"] canvas').focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const westInUrl = () =>
      Number(new URL(page.url()).searchParams.get("theatres")?.split(",")[1]?.split("_")[0] ?? NaN);
    await expect.poll(westInUrl, { timeout: 15_000 }).toBeGreaterThan(westBefore + 1);
    await settleBoth(page);
    await page.waitForTimeout(500); // the URL is written at most every 250 ms
    const param = new URL(page.url()).searchParams.get("theatres")!;
    expect(param.startsWith("central-asia,")).toBe(true);
    const box = param.split(",")[1]!.split("_").map(Number);
    const count = await stripCount(page, 1);

    // The shared URL opens on the same frames and counts.
    const again = await openPage(browser, new URL(page.url()).pathname + new URL(page.url()).search);
    await settleBoth(again.page);
    expect(await again.page.getByLabel("Theatre 2 frame").inputValue()).toBe("custom");
    expect(
      await again.page.evaluate(([w, s, e, n]) => {
        const b = window.__atlasMaps!["theatre-2"]!.getBounds();
        return (
          b.getWest() <= w! + 1e-6 && b.getSouth() <= s! + 1e-6 && b.getEast() >= e! - 1e-6 && b.getNorth() >= n! - 1e-6
        );
      }, box),
    ).toBe(true);
    expect(await stripCount(again.page, 1)).toBe(count);
    expect(new URL(again.page.url()).searchParams.get("theatres")).toBe(param);

    // A preset puts the frame back and the URL with it.
    await again.page.getByLabel("Theatre 2 frame").selectOption("pacific");
    await expect.poll(() => new URL(again.page.url()).searchParams.get("theatres")).toBe("central-asia,pacific");
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.context.close();
    await context.close();
  });

  it("switches back to the single map, and a bad frame in the URL is a plain notice", async () => {
    const { page, context, errors } = await openPage(browser, "/?view=theatres&theatres=atlantis,pacific");
    await settleBoth(page);
    await expect
      .poll(() => page.locator(".notice").allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining('"atlantis" was ignored')]));
    expect(await page.getByLabel("Theatre 1 frame").inputValue()).toBe("baltic");
    // By keyboard: the arrow keys move a radio group's choice.
    await page.getByRole("radio", { name: "Theatres" }).focus();
    await page.keyboard.press("ArrowLeft");
    expect(await page.getByRole("radio", { name: "Single map" }).isChecked()).toBe(true);
    await page.waitForSelector('.map-container[data-map-id="single"][data-map-state="idle"]', { timeout: 60_000 });
    expect(await page.locator('[data-map-id^="theatre-"]').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("is clean under axe, and stacks the maps at 390 px", async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { page, context, errors } = await openPage(browser, "/?from=2024-03-01&to=2024-05-31&view=theatres", {
        viewport,
      });
      await settleBoth(page);
      await showEventsTab(page);
      expect(await axeSerious(page), `axe at ${viewport.width} px`).toEqual([]);
      const a = (await page.locator('[data-theatre="0"] .theatre-map').boundingBox())!;
      const b = (await page.locator('[data-theatre="1"] .theatre-map').boundingBox())!;
      expect(a.height).toBeGreaterThan(150);
      expect(b.height).toBeGreaterThan(150);
      if (viewport.width < 640) {
        expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
        expect(Math.abs(a.width - b.width)).toBeLessThan(2);
        expect(a.width).toBeGreaterThan(viewport.width * 0.9);
      } else {
        expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
        expect(Math.abs(a.y - b.y)).toBeLessThan(2);
      }
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
