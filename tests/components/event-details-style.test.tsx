// @vitest-environment jsdom
/**
 * The details panel wears the selected event's layer style, from the one layer table
 * (lib/map/layer-presentation.ts): the panel's edge colour and the marker before the layer's
 * name. An imported event is shown in the imported style (diamond, the imported colour)
 * whatever bloc it names; before, the panel looked at `bloc` only and styled an imported
 * "cn-ru" event as China–Russia.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AtlasStoreProvider } from "@/components/state/atlas-store-provider";
import { EventDetails } from "@/components/panels/event-details";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { parseDay } from "@/lib/domain/days";
import { LAYER_PRESENTATION } from "@/lib/map/layer-presentation";
import { PALETTES, type Theme } from "@/lib/map/palette";
import { ev, point } from "../unit/stats/fixtures";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

const extent = { from: parseDay("2019-01-01")!, to: parseDay("2021-12-31")! };
const bundledCnRu = ev({ id: "cn-ru-drill", bloc: "cn-ru", locationPrecision: "site" });
const bundledNato = ev({ id: "nato-drill", bloc: "nato" });
const importedCnRu = ev({ id: "imported-cn-ru", bloc: "cn-ru", locationPrecision: "site" }, point(120, 30), "imported");
const importedNato = ev({ id: "imported-nato", bloc: "nato" }, point(10, 55), "imported");

/** jsdom has no matchMedia; the colour scheme hook and nothing else asks it. */
function preferScheme(theme: Theme) {
  window.matchMedia = ((query: string) => ({
    matches: theme === "dark" && query.includes("dark"),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  preferScheme("light");
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function showDetails(selected: AtlasEvent) {
  const bundled = [...new Set([bundledCnRu, bundledNato, selected])];
  // A new provider (key) per call: the provider keeps the store it first made.
  const init = { bundled, context: [], extent, selectedId: selected.id };
  act(() => {
    root.render(
      <AtlasStoreProvider key={selected.id} init={init}>
        <EventDetails />
      </AtlasStoreProvider>,
    );
  });
  const panel = host.querySelector<HTMLElement>('[role="region"][aria-label="Event details"]');
  if (!panel) throw new Error("no details panel");
  const marker = panel.querySelector<SVGElement>(".details-kind svg");
  if (!marker) throw new Error("no marker in the details");
  const drawn = marker.querySelector("circle:not([opacity]), rect, path");
  return {
    panel,
    edge: panel.style.getPropertyValue("--details-side"),
    shape: marker.getAttribute("data-shape"),
    drawnAs: drawn?.tagName.toLowerCase(),
    stroke: drawn?.getAttribute("stroke"),
    fill: drawn?.getAttribute("fill"),
    kindText: panel.querySelector(".details-kind")?.textContent,
  };
}

describe("event details: the layer's style", () => {
  it("shows an imported China–Russia event as imported: diamond, imported colour, imported class", () => {
    expect(importedCnRu.layer).toBe("imported");
    const d = showDetails(importedCnRu);
    const imported = PALETTES.light.imported;
    expect(d.edge).toBe(imported);
    expect(d.shape).toBe("diamond");
    expect(d.drawnAs).toBe("path");
    expect([d.stroke, d.fill]).toEqual([imported, imported]); // a named site: a filled marker
    expect(d.panel.classList.contains("details-side-imported")).toBe(true);
    expect(d.panel.classList.contains("details-side-cnru")).toBe(false);
    expect(d.edge).not.toBe(PALETTES.light.cnru);
    expect(d.kindText).toBe("Imported · exercise");
  });

  it("shows an imported NATO event as imported too, hollow where its place is approximate", () => {
    const d = showDetails(importedNato);
    expect(d.edge).toBe(PALETTES.light.imported);
    expect(d.shape).toBe("diamond");
    expect(d.fill).toBe("none");
    expect(d.panel.classList.contains("details-side-nato")).toBe(false);
  });

  it("keeps the bundled sides' styles and class names", () => {
    const cn = showDetails(bundledCnRu);
    expect([cn.edge, cn.shape, cn.drawnAs]).toEqual([PALETTES.light.cnru, "circle", "circle"]);
    expect(cn.panel.classList.contains("details-side-cnru")).toBe(true);
    expect(cn.kindText).toBe(`${LAYER_PRESENTATION["cn-ru-exercises"].label} · exercise`);
    const nato = showDetails(bundledNato);
    expect([nato.edge, nato.shape, nato.drawnAs]).toEqual([PALETTES.light.nato, "square", "rect"]);
    expect(nato.panel.classList.contains("details-side-nato")).toBe(true);
  });

  it("follows the dark palette in the dark scheme", () => {
    preferScheme("dark");
    expect(showDetails(importedCnRu).edge).toBe(PALETTES.dark.imported);
  });
});
