// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { embedLink, escapeAttribute, iframeSnippet, viewLink } from "@/lib/share/share-links";
import { defaultUrlState } from "@/lib/url/url-defaults";
import { parseDay } from "@/lib/domain/days";
import { parseUrlState, type UrlState } from "@/lib/url/url-state";

const extent = { from: parseDay("2005-01-01")!, to: parseDay("2026-12-03")! };
const defaults = defaultUrlState(extent);
const view: UrlState = {
  ...defaults,
  window: { from: parseDay("2024-01-01")!, to: parseDay("2024-05-31")! },
  layers: new Set(["nato-drills", "cn-ru-patrols"]),
  selected: "nato-steadfast-defender-2024",
  tab: "compare",
};

describe("share links", () => {
  it("the link to the full view carries every part of the state that differs from the defaults", () => {
    const link = new URL(viewLink("https://atlas.example", view, defaults));
    expect(link.pathname).toBe("/");
    expect(Object.fromEntries(link.searchParams)).toEqual({
      from: "2024-01-01",
      to: "2024-05-31",
      layers: "cn-ru-patrols,nato-drills",
      selected: "nato-steadfast-defender-2024",
      tab: "compare",
    });
    expect(viewLink("https://atlas.example", defaults, defaults)).toBe("https://atlas.example/");
  });

  it("the embed link names the same window, layers and selection on /embed, and reads back to the same state", () => {
    const link = new URL(embedLink("https://atlas.example", { ...view, view: "theatres" }, defaults));
    expect(link.pathname).toBe("/embed");
    expect(link.searchParams.has("tab")).toBe(false);
    expect(link.searchParams.has("view")).toBe(false);
    const back = parseUrlState(link.searchParams, defaults, extent, new Set(["nato-steadfast-defender-2024"]));
    expect(back.notices).toEqual([]);
    expect(back.state.window).toEqual(view.window);
    expect([...back.state.layers].sort()).toEqual(["cn-ru-patrols", "nato-drills"]);
    expect(back.state.selected).toBe("nato-steadfast-defender-2024");
  });

  it("the iframe snippet quotes its attributes, has a title and a size", () => {
    const snippet = iframeSnippet(
      "https://atlas.example/embed?from=2024-01-01&to=2024-05-31",
      'Exercise Atlas: "spring" <2024>',
      "medium",
    );
    expect(snippet).toBe(
      '<iframe src="https://atlas.example/embed?from=2024-01-01&amp;to=2024-05-31" title="Exercise Atlas: &quot;spring&quot; &lt;2024&gt;" width="800" height="520" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>',
    );
    const parsed = new DOMParser().parseFromString(snippet, "text/html").querySelector("iframe")!;
    expect(parsed.getAttribute("src")).toBe("https://atlas.example/embed?from=2024-01-01&to=2024-05-31");
    expect(parsed.getAttribute("title")).toBe('Exercise Atlas: "spring" <2024>');
    expect(iframeSnippet("x", "t", "responsive")).toContain('width="100%"');
    expect(escapeAttribute('a&"<>')).toBe("a&amp;&quot;&lt;&gt;");
  });
});
