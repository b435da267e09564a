/** Serious and critical axe-core violations on the page (or inside one element). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let axeSource: string | null = null;

/**
 * Puts axe-core into the page. Through the test driver, not a <script> tag: the page's CSP
 * allows no inline script but the build's own (by hash), and the tests keep that policy on.
 */
export async function injectAxe(page: Page): Promise<void> {
  axeSource ??= readFileSync(AXE, "utf8");
  await page.evaluate(axeSource);
}

/** `selector`: one element (the first match), or several selectors (every match of each); default the whole page. */
export async function axeSerious(page: Page, selector?: string | readonly string[]): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<Result> } }).axe;
    const context =
      sel === null
        ? document
        : typeof sel === "string"
          ? document.querySelector(sel)
          : { include: sel.map((s) => [s]) };
    const r = await axe.run(context, { resultTypes: ["violations"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, selector ?? null);
}
