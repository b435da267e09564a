import { describe, expect, it } from "vitest";
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { basemapStyle, detailLayers, detailSources } from "@/lib/map/basemap-style";
import { chooseBasemap } from "@/lib/map/basemap-choice";

describe("offline basemap style", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`is a valid MapLibre style in the ${theme} theme, detail layers included`, () => {
      const style = basemapStyle(theme, "http://localhost:3000");
      const withDetail = {
        ...style,
        sources: { ...style.sources, ...detailSources("http://localhost:3000") },
        layers: [...style.layers, ...detailLayers(theme)],
      };
      expect(validateStyleMin(withDetail)).toEqual([]);
    });
  }

  it("asks nothing of any origin but its own (no glyph server, no sprite, no remote tiles)", () => {
    const style = basemapStyle("light", "http://localhost:3000");
    const text = JSON.stringify({ ...style, detail: detailSources("http://localhost:3000") });
    const urls = [...text.matchAll(/https?:\/\/[^"]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith("http://localhost:3000/"))).toBe(true);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it("draws coarse geometry below the detail zoom and fine geometry from it on", () => {
    const style = basemapStyle("light", "");
    const coarse = style.layers.filter((l) => l.id.endsWith("-110m"));
    expect(coarse.every((l) => l.maxzoom === 3)).toBe(true);
    expect(detailLayers("light").every((l) => l.minzoom === 3)).toBe(true);
  });
});

describe("chooseBasemap", () => {
  it("is offline by default", () => {
    expect(chooseBasemap(undefined)).toEqual({ kind: "offline", warning: null });
    expect(chooseBasemap("  ")).toEqual({ kind: "offline", warning: null });
  });
  it("accepts an https style address", () => {
    expect(chooseBasemap("https://tiles.example.org/style.json")).toMatchObject({
      kind: "remote",
      origin: "https://tiles.example.org",
    });
  });
  it("falls back with a warning on an invalid or non-http value", () => {
    for (const bad of ["not a url", "javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/s.json"]) {
      const c = chooseBasemap(bad);
      expect(c.kind).toBe("offline");
      expect(c.warning).toMatch(/NEXT_PUBLIC_BASEMAP_STYLE_URL/);
    }
  });
});
