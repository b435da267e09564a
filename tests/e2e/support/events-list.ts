/**
 * Reading the "Visible events" list in a test. The list is virtualised (only the rows in
 * view are in the DOM), so reading all of it means scrolling it through.
 */
import type { Page } from "playwright-core";

export async function showEventsTab(page: Page): Promise<void> {
  const tab = page.getByRole("tab", { name: "Events" });
  if ((await tab.count()) > 0 && (await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/** The count shown in the list's heading. */
export async function listedCount(page: Page): Promise<number> {
  await showEventsTab(page);
  const text = await page.locator("#events-heading .count").innerText();
  return Number(text.replace(/[^\d]/g, ""));
}

/** Every row of the list, in order, as { id, name }, scrolling the list through once. */
export async function listedEvents(page: Page): Promise<{ id: string; name: string }[]> {
  await showEventsTab(page);
  const seen = new Map<string, { id: string; name: string; index: number }>();
  const scroller = page.locator(".events-scroll");
  await scroller.evaluate((el) => (el.scrollTop = 0));
  for (let i = 0; i < 2000; i++) {
    const rows = await page.locator(".events-list li").evaluateAll((els) =>
      els.map((li) => {
        const row = li.querySelector("[data-event-id]");
        return {
          id: row?.getAttribute("data-event-id") ?? "",
          name: li.querySelector(".event-name")?.textContent ?? "",
          index: Number(li.getAttribute("data-index") ?? li.getAttribute("aria-posinset") ?? "0"),
        };
      }),
    );
    for (const r of rows) if (r.id) seen.set(r.id, r);
    const done = await scroller.evaluate((el) => {
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollTop += Math.max(1, el.clientHeight - 20);
      return end;
    });
    if (done) break;
    await page.waitForTimeout(30);
  }
  await scroller.evaluate((el) => (el.scrollTop = 0));
  return [...seen.values()].sort((a, b) => a.index - b.index).map(({ id, name }) => ({ id, name }));
}

export async function listedIds(page: Page): Promise<string[]> {
  return (await listedEvents(page)).map((e) => e.id).sort();
}
