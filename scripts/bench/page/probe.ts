/**
 * The benchmark's in-page half, bundled with esbuild and added to the page as a script
 * (`window.__benchProbe`). It reads the page's store and map (`window.__atlasStore`,
 * `window.__atlasMap`) and times, for one window change:
 *
 *   frame  from the change to the first rendered frame that shows the new window: for
 *          `naive`, the first frame at which its source has re-tiled and every tile is
 *          loaded; for `ours`, the first frame at which none of the app's event sources is
 *          loading (the app changes feature state, which the next frame shows, and re-tiles
 *          only its labels, and those only at zooms where labels are drawn);
 *   idle   from the change to the map's next `idle` event.
 *
 * Three ways to change the window are measured the same way: `ours` (the store's
 * `setWindow`, exactly what the slider calls), `naive` (a linear scan in JavaScript and
 * `setData` on a separate source drawn by the app's event layers without the shown state;
 * ours hidden meanwhile) and `floor` (a repaint with nothing changed).
 *
 * It also holds the fallback loader (events built with the app's own `toAtlasEvent` and
 * added with `addImport`) for pages without an import control, and playback pacing driven
 * by `playbackStep`.
 */
import type {
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MaplibreMap,
  MapSourceDataEvent,
} from "maplibre-gl";
import { Protocol } from "pmtiles";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { toMapCollection } from "@/lib/map/event-features";
import { syntheticToAtlasEvent } from "../import-defaults";
import { playbackStep } from "@/lib/domain/time-window";
import { DENSE_MAP_EVENTS, eventLayers } from "@/lib/map/event-layers";
import { selectAllEvents } from "@/lib/store/selectors";
import type { TimeWindow } from "@/lib/domain/visibility";

const NAIVE_SOURCE = "bench-naive";
/** The app's event sources: events, events-labels, events-selected, and a large import's events-2, … */
function appSources(m: MaplibreMap): string[] {
  return Object.keys(m.getStyle().sources ?? {}).filter((id) => id.startsWith("events"));
}
const STEP_TIMEOUT_MS = 60_000;

export interface StepTiming {
  frame: number;
  idle: number;
  /** The map did not become idle within STEP_TIMEOUT_MS (the times are then that bound). */
  timedOut?: boolean;
}

function theMap(): MaplibreMap {
  const m = window.__atlasMap;
  if (!m) throw new Error("window.__atlasMap is not set");
  return m;
}

function theStore() {
  const s = window.__atlasStore;
  if (!s) throw new Error("window.__atlasStore is not set");
  return s;
}

/**
 * What a change must have done before a frame counts as showing it: `retile` — the source
 * re-tiled and all its tiles are loaded; `settle` — none of the sources is loading; null —
 * nothing (the floor).
 */
type WaitFor = { retile: string } | { settle: readonly string[] } | null;

/** Times one change; see the module contract. */
function timeChange(wait: WaitFor, change: () => void, m: MaplibreMap = theMap()): Promise<StepTiming> {
  return new Promise((resolve) => {
    let retiled = wait === null || "settle" in wait;
    let frame = -1;
    const t0 = performance.now();
    const onData = (e: MapSourceDataEvent) => {
      if (wait && "retile" in wait && e.sourceId === wait.retile && e.tile !== undefined) retiled = true;
    };
    const loaded = () => {
      if (wait === null) return true;
      if ("retile" in wait) return m.isSourceLoaded(wait.retile);
      return wait.settle.every((id) => !m.getSource(id) || m.isSourceLoaded(id));
    };
    const onRender = () => {
      if (frame < 0 && retiled && loaded()) frame = performance.now() - t0;
    };
    const onIdle = () => {
      const idle = performance.now() - t0;
      cleanup();
      resolve({ frame: frame < 0 ? idle : frame, idle });
    };
    const timer = setTimeout(() => {
      cleanup();
      const t = performance.now() - t0;
      resolve({ frame: frame < 0 ? t : frame, idle: t, timedOut: true });
    }, STEP_TIMEOUT_MS);
    function cleanup() {
      clearTimeout(timer);
      m.off("sourcedata", onData);
      m.off("render", onRender);
      m.off("idle", onIdle);
    }
    m.on("sourcedata", onData);
    m.on("render", onRender);
    m.on("idle", onIdle);
    change();
  });
}

async function ours(w: TimeWindow): Promise<StepTiming> {
  return timeChange({ settle: appSources(theMap()) }, () => {
    theStore().getState().setWindow(w);
    // A step that changes nothing on the map draws no frame of its own; this one then counts
    // (it is coalesced with the step's own frame otherwise).
    theMap().triggerRepaint();
  });
}

const THEATRE_MAPS = ["theatre-1", "theatre-2"] as const;

function theatreMaps(): MaplibreMap[] {
  return THEATRE_MAPS.map((id) => {
    const m = window.__atlasMaps?.[id];
    if (!m) throw new Error(`window.__atlasMaps["${id}"] is not set`);
    return m;
  });
}

/**
 * `ours` in the Theatres view: the same window change, timed on both maps at once (each
 * waits for its own sources, as `ours` does); a step counts when both maps have drawn it,
 * so its time is the later of the two.
 */
async function oursTheatres(w: TimeWindow): Promise<StepTiming> {
  const maps = theatreMaps();
  const change = () => {
    theStore().getState().setWindow(w);
    for (const m of maps) m.triggerRepaint();
  };
  // Every map listens before the one change, made by the last map's timer.
  const timings = await Promise.all(
    maps.map((m, i) => timeChange({ settle: appSources(m) }, i === maps.length - 1 ? change : () => {}, m)),
  );
  return {
    frame: Math.max(...timings.map((t) => t.frame)),
    idle: Math.max(...timings.map((t) => t.idle)),
    ...(timings.some((t) => t.timedOut) ? { timedOut: true } : {}),
  };
}

/** Switches the page to the Theatres view and waits until both maps have loaded and settled. */
async function showTheatres(): Promise<number[]> {
  theStore().getState().setView("theatres");
  const t0 = performance.now();
  while (!THEATRE_MAPS.every((id) => window.__atlasMaps?.[id]?.loaded())) {
    if (performance.now() - t0 > STEP_TIMEOUT_MS * 5) throw new Error("the theatre maps did not load");
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const m of theatreMaps()) {
    if (!m.loaded() || m.isMoving()) await new Promise<void>((r) => m.once("idle", () => r()));
    await timeChange(null, () => m.triggerRepaint(), m);
  }
  return theatreMaps().map((m) => m.getZoom());
}

async function floor(): Promise<StepTiming> {
  const m = theMap();
  return timeChange(null, () => m.triggerRepaint());
}

/** Waits for the map to settle after whatever happened last. */
async function settle(): Promise<void> {
  const m = theMap();
  if (m.loaded() && !m.isMoving()) {
    await timeChange(null, () => m.triggerRepaint());
    return;
  }
  await new Promise<void>((r) => m.once("idle", () => r()));
}

// ---- naive -----------------------------------------------------------------------------

interface NaiveState {
  features: Feature[];
  hidden: string[];
  added: string[];
}
let naive: NaiveState | null = null;

/** The app's event layers (not the selection's), which the naive run hides. */
function appEventLayers(m: MaplibreMap): LayerSpecification[] {
  return (m.getStyle().layers ?? []).filter(
    (l) =>
      "source" in l && typeof l.source === "string" && l.source.startsWith("events") && l.source !== "events-selected",
  );
}

/**
 * The app's own layer styles on the naive source: no filter but the shape, no shown state,
 * and the same dense drawing as the app's at this many events (so both draw alike).
 */
function naiveLayers(eventCount: number): LayerSpecification[] {
  const theme = document.querySelector(".map-container")?.getAttribute("data-theme") === "dark" ? "dark" : "light";
  const dense = eventCount >= DENSE_MAP_EVENTS;
  return eventLayers(theme, ["all"], { shownByState: false, source: NAIVE_SOURCE, dense });
}

async function naiveSetup(): Promise<number> {
  const m = theMap();
  // Every event the store knows, as the app's own map features (the app's source may hold
  // only a time-indexed subset; the naive peer starts from all of them).
  const s = theStore().getState();
  const all = selectAllEvents(s);
  const features = toMapCollection(all).features as Feature[];
  m.addSource(NAIVE_SOURCE, { type: "geojson", data: { type: "FeatureCollection", features: [] }, tolerance: 0.2 });
  const layers = appEventLayers(m);
  const added: string[] = [];
  for (const l of naiveLayers(all.length)) {
    const copy = { ...l, id: `${NAIVE_SOURCE}-${l.id}` } as LayerSpecification;
    m.addLayer(copy, layers[0]?.id);
    added.push(copy.id);
  }
  for (const l of layers) m.setLayoutProperty(l.id, "visibility", "none");
  naive = { features, hidden: layers.map((l) => l.id), added };
  await settle();
  return features.length;
}

function naiveStep(w: TimeWindow): Promise<StepTiming> {
  const m = theMap();
  const state = naive;
  if (!state) throw new Error("naive not set up");
  const layers = theStore().getState().layers as ReadonlySet<string>;
  return timeChange({ retile: NAIVE_SOURCE }, () => {
    const visible: Feature[] = [];
    for (const f of state.features) {
      const p = f.properties as { startDay: number; endDay: number; layer: string };
      if (p.startDay <= w.to && p.endDay >= w.from && layers.has(p.layer)) visible.push(f);
    }
    (m.getSource(NAIVE_SOURCE) as GeoJSONSource).setData({ type: "FeatureCollection", features: visible });
  });
}

async function naiveTeardown(): Promise<void> {
  const m = theMap();
  if (!naive) return;
  for (const id of naive.added) m.removeLayer(id);
  m.removeSource(NAIVE_SOURCE);
  for (const id of naive.hidden) m.setLayoutProperty(id, "visibility", "visible");
  naive = null;
  await settle();
}

// ---- the vector-tiles prototype -------------------------------------------------------------

const TILES_SOURCE = "bench-tiles";
const TILE_LAYERS: { id: string; type: "circle" | "fill" | "line"; shape: string }[] = [
  { id: "bench-tiles-areas", type: "fill", shape: "area" },
  { id: "bench-tiles-routes", type: "line", shape: "route" },
  { id: "bench-tiles-points", type: "circle", shape: "point" },
];

function tileFilter(shape: string, w: TimeWindow): FilterSpecification {
  return ["all", ["==", ["get", "shape"], shape], ["<=", ["get", "startDay"], w.to], [">=", ["get", "endDay"], w.from]];
}

/**
 * Loads a PMTiles archive through the `pmtiles` protocol registered on the app's own
 * MapLibre module, drawn by plain layers whose filter is the window on the tiles' numeric
 * time attributes. Returns the number of features drawn once settled.
 */
async function tilesSetup(url: string, w: TimeWindow): Promise<number> {
  const lib = window.__atlasMapLib;
  if (!lib) throw new Error("window.__atlasMapLib is not set");
  const protocol = new Protocol();
  lib.addProtocol("pmtiles", protocol.tile);
  const m = theMap();
  m.addSource(TILES_SOURCE, { type: "vector", url: `pmtiles://${url}` });
  const paint = {
    circle: { "circle-radius": 3, "circle-color": "#b5460f" },
    fill: { "fill-color": "#1f5fbf", "fill-opacity": 0.2 },
    line: { "line-color": "#b5460f", "line-width": 1.5 },
  };
  for (const l of TILE_LAYERS) {
    m.addLayer({
      id: l.id,
      type: l.type,
      source: TILES_SOURCE,
      "source-layer": "events",
      filter: tileFilter(l.shape, w),
      paint: paint[l.type],
    } as LayerSpecification);
  }
  await new Promise<void>((resolve) => {
    const check = () => (m.isSourceLoaded(TILES_SOURCE) && m.loaded() ? resolve() : m.once("idle", check));
    m.once("idle", check);
  });
  return m.queryRenderedFeatures(undefined, { layers: TILE_LAYERS.map((l) => l.id) }).length;
}

function tilesStep(w: TimeWindow): Promise<StepTiming> {
  const m = theMap();
  return timeChange({ retile: TILES_SOURCE }, () => {
    for (const l of TILE_LAYERS) m.setFilter(l.id, tileFilter(l.shape, w));
  });
}

// ---- loading without an import control -----------------------------------------------------

async function addImportDirectly(url: string, fileName: string): Promise<number> {
  const fc = (await (await fetch(url)).json()) as FeatureCollection;
  const batch = "bench";
  const events = fc.features.map((f, i) =>
    syntheticToAtlasEvent(f as Feature<Geometry, Record<string, unknown>>, i, batch),
  );
  theStore().getState().addImport({ id: batch, fileName, importedAt: new Date().toISOString(), events });
  return events.length;
}

function importedCount(): number {
  return theStore()
    .getState()
    .imports.reduce((n, b) => n + b.events.length, 0);
}

function clearImports(): void {
  theStore().getState().setImports([]);
}

// ---- playback --------------------------------------------------------------------------

/** Counts animation frames for `ms` while `run` is active; returns frames per second. */
function countFrames(ms: number): Promise<{ fps: number; mapFps: number }> {
  const m = theMap();
  return new Promise((resolve) => {
    let frames = 0;
    let renders = 0;
    const onRender = () => renders++;
    m.on("render", onRender);
    const t0 = performance.now();
    const tick = () => {
      frames++;
      const t = performance.now() - t0;
      if (t < ms) requestAnimationFrame(tick);
      else {
        m.off("render", onRender);
        resolve({ fps: (frames * 1000) / t, mapFps: (renders * 1000) / t });
      }
    };
    requestAnimationFrame(tick);
  });
}

/**
 * The playback floor: frames per second while the map repaints every animation frame with
 * nothing changed (what the machine's WebGL allows at all, whatever the app does).
 */
function repaintFps(ms: number): Promise<{ fps: number; mapFps: number }> {
  const m = theMap();
  let running = true;
  const frame = () => {
    if (!running) return;
    m.triggerRepaint();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return countFrames(ms).finally(() => {
    running = false;
  });
}

/** Plays with `playbackStep` paced by requestAnimationFrame (days per second of data). */
async function playWithSteps(ms: number, daysPerSecond: number): Promise<{ fps: number; mapFps: number }> {
  const store = theStore();
  let running = true;
  let last = performance.now();
  let carry = 0;
  const frame = (now: number) => {
    if (!running) return;
    carry += ((now - last) / 1000) * daysPerSecond;
    last = now;
    const whole = Math.floor(carry);
    if (whole >= 1) {
      carry -= whole;
      const s = store.getState();
      store.getState().setWindow(playbackStep(s.window, "window", whole, s.extent, true).window);
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const result = await countFrames(ms);
  running = false;
  return result;
}

const probe = {
  ours,
  oursTheatres,
  showTheatres,
  floor,
  settle,
  naiveSetup,
  naiveStep,
  naiveTeardown,
  addImportDirectly,
  importedCount,
  clearImports,
  countFrames,
  repaintFps,
  tilesSetup,
  tilesStep,
  playWithSteps,
};

declare global {
  interface Window {
    __benchProbe?: typeof probe;
  }
}

window.__benchProbe = probe;
