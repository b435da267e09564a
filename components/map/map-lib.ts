/**
 * MapLibre, loaded once per page. Its worker is served from our own origin, and the workers
 * are started (prewarm) the moment the module arrives: the page asks for the module while it
 * fetches its data (load-map-view.ts), so the worker's 0.5 MB script downloads and compiles on
 * its own thread while the page is still rendering, not after the map is created.
 */
type MapLib = typeof import("maplibre-gl");

declare global {
  interface Window {
    /** The MapLibre module the map runs on (the benchmark registers its tiles protocol on it). */
    __atlasMapLib?: MapLib;
  }
}

let mapLibPromise: Promise<MapLib> | null = null;

export function loadMapLib(): Promise<MapLib> {
  mapLibPromise ??= import("maplibre-gl").then((lib) => {
    lib.setWorkerUrl(`${window.location.origin}/maplibre-gl-worker.mjs`);
    lib.prewarm();
    window.__atlasMapLib = lib;
    return lib;
  });
  return mapLibPromise;
}
