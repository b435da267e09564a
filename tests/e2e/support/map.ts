/**
 * Reading what a map draws, in a test. Every event source counts: a large import is split
 * into chunks, each with its own sources and copy of the layers (`events`, `events-2`, …; see
 * lib/map/event-layers.ts), so the layers and sources are read from the map's style, never
 * hard-coded to the first chunk. Shapes of hidden events are queried too (at opacity 0):
 * only shapes whose `shown` feature state is set count as drawn (isShownFeature, the same
 * test the map's clicks use).
 *
 * `mapId` names a map of `window.__atlasMaps` (the theatres); without it, the page's main map
 * (`window.__atlasMap`).
 */
import { expect } from "vitest";
import type { FilterSpecification } from "maplibre-gl";
import type { Page } from "playwright-core";
import { isShapesSource, LABELS_SOURCE_ID } from "@/lib/map/event-layers";
import { isShownFeature } from "@/lib/map/shown-state";
import { listedIds } from "./events-list";

export interface MapOptions {
  mapId?: string;
}

const isLabelsSource = (id: string | undefined) =>
  id !== undefined && (id === LABELS_SOURCE_ID || new RegExp(`^${LABELS_SOURCE_ID}-\\d+$`).test(id));

/** Whether a style layer is chunk k's copy of the layer `base` (chunk 0 has the plain id). */
const isCopyOf = (id: string, base: string) => id === base || new RegExp(`^${base}-\\d+$`).test(id);

/** The style's layers and their sources. */
async function styleLayers(page: Page, { mapId }: MapOptions): Promise<{ id: string; source?: string }[]> {
  return page.evaluate(
    (m) =>
      (m ? window.__atlasMaps![m]! : window.__atlasMap!)
        .getStyle()
        .layers.map((l) => ({ id: l.id, source: (l as { source?: string }).source })),
    mapId ?? null,
  );
}

export interface DrawnQuery extends MapOptions {
  /** Count the names too (the labels layers). Default false: the shapes only (areas, routes, arrows, points). */
  labels?: boolean;
  /** Only these layers (chunk 0's ids, e.g. "events-points"; every chunk's copy is included). */
  only?: readonly string[];
  /** A box in canvas pixels; default the whole canvas. */
  box?: [[number, number], [number, number]];
}

export interface DrawnFeature {
  id: string;
  name: string;
  /** The event's layer (nato-drills, imported, …). */
  layer: string;
  /** The style layer that drew it. */
  styleLayer: string;
  /** Longitude/latitude, for a point. */
  point: [number, number] | null;
}

/** The event features the map draws now, from every event source. */
export async function drawnFeatures(page: Page, query: DrawnQuery = {}): Promise<DrawnFeature[]> {
  const layers = (await styleLayers(page, query))
    .filter((l) => isShapesSource(l.source) || (query.labels === true && isLabelsSource(l.source)))
    .filter((l) => !query.only || query.only.some((base) => isCopyOf(l.id, base)))
    .map((l) => l.id);
  const raw = await page.evaluate(
    ([m, ls, box]) =>
      (m ? window.__atlasMaps![m]! : window.__atlasMap!)
        .queryRenderedFeatures(box ?? undefined, { layers: ls })
        .map((f) => ({
          id: String(f.properties.id),
          name: String(f.properties.name),
          layer: String(f.properties.layer),
          styleLayer: f.layer.id,
          source: f.source,
          state: f.state as Record<string, unknown>,
          point: f.geometry.type === "Point" ? (f.geometry.coordinates as [number, number]) : null,
        })),
    [query.mapId ?? null, layers, query.box ?? null] as const,
  );
  return raw
    .filter((f) => isShownFeature(f, isShapesSource))
    .map(({ id, name, layer, styleLayer, point }) => ({ id, name, layer, styleLayer, point }));
}

/** The distinct ids of the events the map draws, sorted. */
export async function drawnIds(page: Page, query: DrawnQuery = {}): Promise<string[]> {
  return [...new Set((await drawnFeatures(page, query)).map((f) => f.id))].sort();
}

/** How many features every event source of the map holds under `filter` (drawn or not, in view or not). */
export async function sourceFeatureCount(
  page: Page,
  filter: FilterSpecification,
  options: MapOptions = {},
): Promise<number> {
  const sources = [
    ...new Set((await styleLayers(page, options)).map((l) => l.source).filter(isShapesSource)),
  ] as string[];
  // The filter crosses into the page as plain JSON (its full type is too deep for evaluate's).
  const args: [string | null, string[], unknown] = [options.mapId ?? null, sources, filter];
  return page.evaluate(([m, ids, f]) => {
    const map = m ? window.__atlasMaps![m]! : window.__atlasMap!;
    return ids.reduce((n, id) => n + map.querySourceFeatures(id, { filter: f as FilterSpecification }).length, 0);
  }, args);
}

/** Resolves once the map has loaded, stopped moving and drawn the frame after a repaint. */
export async function settleMap(page: Page, { mapId }: MapOptions = {}): Promise<void> {
  await page.waitForFunction(
    (m) => {
      const map = m ? window.__atlasMaps?.[m] : window.__atlasMap;
      return map !== undefined && map.loaded() && !map.isMoving();
    },
    mapId ?? null,
    { timeout: 60_000 },
  );
  await page.evaluate(
    (m) =>
      new Promise<void>((resolve) => {
        const map = m ? window.__atlasMaps![m]! : window.__atlasMap!;
        const done = () => (map.isMoving() ? map.once("idle", done) : resolve());
        map.once("idle", done);
        map.triggerRepaint();
      }),
    mapId ?? null,
  );
}

export interface View extends MapOptions {
  center: [number, number];
  zoom: number;
}

/** Moves the camera at once and resolves at the next idle (a repaint makes sure one comes). */
export async function jumpAndSettle(page: Page, { mapId, center, zoom }: View): Promise<void> {
  await page.evaluate(
    ([m, c, z]) =>
      new Promise<void>((resolve) => {
        const map = m ? window.__atlasMaps![m]! : window.__atlasMap!;
        map.once("idle", () => resolve());
        map.jumpTo({ center: c, zoom: z });
        map.triggerRepaint();
      }),
    [mapId ?? null, center, zoom] as const,
  );
}

/** Zooms out so every event of the dataset is on screen (the drawn set is then the visible set). */
export async function showWholeWorld(
  page: Page,
  { mapId, center = [60, 15], zoom = 1 }: Partial<View> = {},
): Promise<void> {
  await jumpAndSettle(page, { mapId, center, zoom });
}

/** Waits for the main map to settle after a change, then returns the ids it draws and the ids the list shows. */
export async function renderedAndListed(page: Page): Promise<{ rendered: string[]; listed: string[] }> {
  await settleMap(page);
  const rendered = await drawnIds(page);
  // The list is virtualised: read it whole by scrolling it through.
  const listed = await listedIds(page);
  return { rendered, listed };
}

/** The main map draws exactly the events the list shows; returns them. */
export async function expectMapMatchesList(page: Page): Promise<string[]> {
  const { rendered, listed } = await renderedAndListed(page);
  expect(rendered).toEqual(listed);
  return listed;
}
