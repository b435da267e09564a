/**
 * The static build as `npm start` serves it (out/ through `serve` with the generated
 * headers): one HTML for every URL with no events in it; the events in a content-named file
 * cached for ever; a link with every parameter opens on that window, mode, layers, selection
 * and tab in the very first frame the atlas draws (no default view first); the open tab is
 * written to the URL; and every response carries the security headers, the CSP allowing
 * exactly the page's own inline scripts by hash, the same set as the generated host files.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { loadDataset } from "@/lib/data/load-dataset";
import { formatDay } from "@/lib/domain/days";
import { inlineScriptHashes } from "@/lib/security/static-hosting.mjs";
import { BASE_URL, foreignRequests, launchBrowser, openPage, waitForMapIdle } from "./support/browser";

const bundled = loadDataset(fileURLToPath(new URL("../../geodata/", import.meta.url))).events;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const text = async (path: string) => {
  const res = await fetch(BASE_URL + path);
  return { res, body: await res.text() };
};
const dataPathOf = (html: string) =>
  /<link rel="preload" href="(\/data\/atlas-data\.[0-9a-f]{16}\.json)" as="fetch"/.exec(html)?.[1];

/** What the page shows the first time the atlas is in the DOM, and again in the frame that paints it. */
interface FirstView {
  from: string;
  to: string;
  mode: string;
  tab: string;
  details: string | null;
}
declare global {
  interface Window {
    __firstView?: { mutation: FirstView; frame?: FirstView };
  }
}

describe("static build", () => {
  it("sends the same small HTML for every URL, with the events in a content-named file cached for ever", async () => {
    const plain = await text("/");
    const shared = await text("/?from=2016-01-01&to=2016-12-31&tab=compare&selected=peace-mission-2016");
    expect(shared.body).toBe(plain.body);
    // No event is in the page itself: its name and id are only in the data file.
    for (const e of bundled.slice(0, 50)) expect(plain.body.includes(`"${e.id}"`), e.id).toBe(false);

    const dataPath = dataPathOf(plain.body);
    expect(dataPath).toBeDefined();
    const data = await fetch(BASE_URL + dataPath!);
    expect(data.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await data.arrayBuffer());
    expect(dataPath).toContain(createHash("sha256").update(bytes).digest("hex").slice(0, 16));
    const parsed = JSON.parse(bytes.toString("utf8")) as { events: { id: string }[] };
    expect(parsed.events.map((e) => e.id).sort()).toEqual(bundled.map((e) => e.id).sort());
    expect(plain.res.headers.get("cache-control")).toBe("no-cache");
  });

  it("opens a link with every parameter on that view in the first frame after hydration", async () => {
    const target = bundled.find(
      (e) => e.layer === "nato-drills" && formatDay(e.startDay) >= "2016-01-01" && formatDay(e.endDay) <= "2016-12-31",
    );
    expect(target).toBeDefined();
    const query = `from=2016-01-01&to=2016-12-31&mode=cumulative&layers=nato-drills,cn-ru-patrols&selected=${target!.id}&tab=compare`;
    const { page, context, errors, requests } = await openPage(browser, "/", {});
    // Record the view the moment the timeline first exists, and again in the frame that paints it.
    await context.addInitScript(() => {
      const read = () => {
        const from = document.querySelector<HTMLInputElement>(".tl-dates input");
        if (!from) return null;
        const inputs = document.querySelectorAll<HTMLInputElement>(".tl-dates input");
        return {
          from: inputs[0]?.value ?? "",
          to: inputs[1]?.value ?? "",
          mode: document.querySelector<HTMLInputElement>('input[name="tl-mode"]:checked')?.value ?? "",
          tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? "",
          details: document.querySelector('[aria-label="Event details"] h2')?.textContent ?? null,
        };
      };
      new MutationObserver((_m, observer) => {
        const view = read();
        if (!view) return;
        observer.disconnect();
        window.__firstView = { mutation: view };
        requestAnimationFrame(() => {
          window.__firstView!.frame = read() ?? undefined;
        });
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${BASE_URL}/?${query}`, { waitUntil: "domcontentloaded" });
    await waitForMapIdle(page);
    const first = await page.evaluate(() => window.__firstView);
    const expected: FirstView = {
      from: "2016-01-01",
      to: "2016-12-31",
      mode: "cumulative",
      tab: "Compare",
      details: target!.name,
    };
    expect(first?.mutation).toEqual(expected);
    expect(first?.frame).toEqual(expected);
    // The layers the link named are the ones shown.
    expect(await page.evaluate(() => [...window.__atlasStore!.getState().layers].sort())).toEqual([
      "cn-ru-patrols",
      "nato-drills",
    ]);
    expect(page.url()).toContain("tab=compare");
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("writes the open tab to the URL, and a reload opens it again; a bad tab= is a plain-text notice", async () => {
    const { page, context, errors } = await openPage(browser, "/?tab=nonsense");
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByRole("status").first().textContent())
      .toContain('"tab" must be one of events, summary, compare, claims; "nonsense" was ignored.');
    expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("Events");
    await page.getByRole("tab", { name: "Summary" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("tab")).toBe("summary");
    await page.reload({ waitUntil: "domcontentloaded" });
    await page.getByRole("tab", { name: "Summary", selected: true }).waitFor();
    await page.getByRole("tab", { name: "Events" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("tab")).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("serves every page with the security headers; the CSP allows exactly the page's inline scripts by hash", async () => {
    const pages = ["/", "/coverage", "/no-such-page"];
    const served = await Promise.all(pages.map(text));
    const csp = served[0]!.res.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    for (const [i, { res, body }] of served.entries()) {
      expect(res.status, pages[i]).toBe(pages[i] === "/no-such-page" ? 404 : 200);
      expect(res.headers.get("content-security-policy")).toBe(csp);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      const hashes = inlineScriptHashes([body]);
      expect(hashes.length, pages[i]).toBeGreaterThan(0);
      for (const h of hashes) expect(scriptSrc, `${pages[i]} inline script ${h}`).toContain(`'sha256-${h}'`);
    }
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(served[0]!.body)?.[1];
    const chunkRes = await fetch(BASE_URL + chunk!);
    expect(chunkRes.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(chunkRes.headers.get("content-security-policy")).toBe(csp);

    // The files written for other hosts carry the same policy.
    expect(readFileSync(join(ROOT, "out", "_headers"), "utf8")).toContain(`  Content-Security-Policy: ${csp}\n`);
    expect(readFileSync(join(ROOT, "hosting", "nginx.conf"), "utf8")).toContain(
      `add_header Content-Security-Policy "${csp}" always;`,
    );
  });
});
