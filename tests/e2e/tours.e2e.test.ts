/**
 * Guided tours in Chromium: started from the header's "Guided tours" dialog with the
 * keyboard, stepped forward and back with the arrow keys and the buttons; each step's
 * window, layers, selection and camera are those of its file in geodata/tours; the URL holds
 * the tour and step, and opening that URL restores the step; Exit keeps the view; axe finds
 * no serious violation in the dialog or the panel.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Tour } from "@/lib/tours/tour";
import { axeSerious } from "./support/axe";
import { foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";

const TOURS_DIR = fileURLToPath(new URL("../../geodata/tours/", import.meta.url));
const tours: Tour[] = readdirSync(TOURS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(TOURS_DIR, f), "utf8")) as Tour);
const seed = tours.find((t) => t.id === "seed-article")!;
const SHOTS = mkdtempSync(join(tmpdir(), "atlas-tours-"));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The view the page shows now, in the tour file's terms. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const s = window.__atlasStore!.getState();
    const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    return {
      from: day(s.window.from),
      to: day(s.window.to),
      layers: [...s.layers].sort(),
      selected: s.selectedId,
      tab: s.tab,
      tour: s.tour,
    };
  });
}

async function expectStep(page: Page, tour: Tour, index: number, { url = true } = {}) {
  const step = tour.steps[index]!;
  await page.getByRole("region", { name: "Guided tour" }).getByRole("heading", { name: step.title }).waitFor();
  await expect
    .poll(() => shown(page))
    .toMatchObject({
      from: step.from,
      to: step.to,
      layers: [...step.layers].sort(),
      selected: step.selected ?? null,
      ...(step.tab ? { tab: step.tab } : {}),
      tour: { id: tour.id, step: index },
    });
  if (url)
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toMatchObject({ tour: tour.id, step: String(index + 1) });
  if (step.selected) {
    const name = await page.evaluate(
      (id) => window.__atlasStore!.getState().bundled.find((e) => e.id === id)?.name,
      step.selected,
    );
    await page.getByRole("heading", { level: 2, name: name! }).first().waitFor();
  }
  if (step.camera) {
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => window.__atlasMap!.isMoving())).toBe(false);
    const camera = await page.evaluate(() => ({
      center: window.__atlasMap!.getCenter().toArray(),
      zoom: window.__atlasMap!.getZoom(),
    }));
    expect(Math.abs(camera.zoom - step.camera.zoom), `${tour.id} step ${index + 1} zoom`).toBeLessThan(0.05);
    expect(Math.abs(camera.center[0]! - step.camera.center[0]), `${tour.id} step ${index + 1} longitude`).toBeLessThan(
      0.05,
    );
    expect(Math.abs(camera.center[1]! - step.camera.center[1]), `${tour.id} step ${index + 1} latitude`).toBeLessThan(
      0.05,
    );
  }
}

describe("guided tours", () => {
  it("starts from the keyboard, steps forward and back with arrows and buttons, each step matching its file; axe finds nothing serious", async () => {
    const { page, context, errors, requests } = await openPage(browser, "/", { reducedMotion: "reduce" });
    await waitForMapIdle(page);
    await page.getByRole("button", { name: "Guided tours" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Guided tours" });
    await dialog.waitFor();
    for (const t of tours) expect(await dialog.getByRole("heading", { name: t.title }).count()).toBe(1);
    expect(await axeSerious(page, "dialog[open]")).toEqual([]);
    await dialog.getByRole("button", { name: `Start tour: ${seed.title}` }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expectStep(page, seed, 0);
    // Focus went to the step's heading, so the arrow keys work at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("tour-step-heading");
    await page.keyboard.press("ArrowRight");
    await expectStep(page, seed, 1);
    await page.keyboard.press("ArrowLeft");
    await expectStep(page, seed, 0);
    await page.keyboard.press("ArrowLeft"); // nothing before the first step
    await expectStep(page, seed, 0);
    await page.screenshot({ path: join(SHOTS, "tour-step-1.png") });
    expect(await axeSerious(page, ".tour-panel")).toEqual([]);
    // The buttons, from the keyboard, to the last step.
    await page.getByRole("button", { name: "Next step" }).focus();
    for (let i = 1; i < seed.steps.length; i++) {
      await page.keyboard.press("Enter");
      await expectStep(page, seed, i);
    }
    await page.keyboard.press("Enter"); // nothing after the last
    await expectStep(page, seed, seed.steps.length - 1);
    await page.screenshot({ path: join(SHOTS, "tour-last-step.png") });
    expect(await axeSerious(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a step's URL restores that step of every tour; Exit tour keeps the view and drops the tour from the URL", async () => {
    for (const tour of tours) {
      const index = Math.min(2, tour.steps.length - 1);
      const { page, context, errors } = await openPage(browser, `/?tour=${tour.id}&step=${index + 1}`, {
        reducedMotion: "reduce",
      });
      await waitForMapIdle(page);
      await expectStep(page, tour, index);
      expect(await page.getByRole("region", { name: "Guided tour" }).textContent()).toContain(
        `Step ${index + 1} of ${tour.steps.length}`,
      );
      const before = await shown(page);
      await page.getByRole("button", { name: "Exit tour" }).click();
      await expect.poll(() => page.getByRole("region", { name: "Guided tour" }).count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.has("tour")).toBe(false);
      expect(await shown(page)).toEqual({ ...before, tour: null });
      expect(new URL(page.url()).searchParams.get("from")).toBe(tour.steps[index]!.from);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("a bad tour or step in the URL is a plain-text notice and the page still works", async () => {
    const { page, context, errors } = await openPage(browser, `/?tour=${seed.id}&step=99`);
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain(`"step" must be a whole number from 1 to ${seed.steps.length}; "99" was ignored.`);
    // The URL is left as it was until the view changes (as for every ignored value); the step shown is the first.
    await expectStep(page, seed, 0, { url: false });
    await page.getByRole("button", { name: "Next step" }).click();
    await expectStep(page, seed, 1);
    expect(errors).toEqual([]);
    await context.close();
    console.log(`screenshots: ${SHOTS}`);
  });
});
