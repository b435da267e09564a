/**
 * The page's main map (the single map, or the first theatre), for production code that needs
 * it outside the map's React tree: the PNG export. The map registers itself here
 * (components/map/base-map.tsx); `window.__atlasMap` is the tests' copy of the same map and is
 * never read by the app.
 */
import type { Map as MaplibreMap } from "maplibre-gl";

let main: MaplibreMap | null = null;

export function setMainMap(map: MaplibreMap | null): void {
  main = map;
}

/** Unregisters `map` only if it is still the main one (a newer map may have replaced it). */
export function clearMainMap(map: MaplibreMap): void {
  if (main === map) main = null;
}

export function getMainMap(): MaplibreMap | null {
  return main;
}

// Whether the main map has finished its first view: work that can wait (the import worker's
// script and the restore of saved imports) waits for it, so it does not share the machine's
// cores with the map's first frames.
let settled = false;
const waiting = new Set<() => void>();

/** Called by the main map when it first reaches idle. */
export function markMainMapSettled(): void {
  if (settled) return;
  settled = true;
  const run = [...waiting];
  waiting.clear();
  for (const f of run) f();
}

/** Runs `f` once the main map has first settled (at once if it has); returns a cancel. */
export function whenMainMapSettled(f: () => void): () => void {
  if (settled) {
    f();
    return () => {};
  }
  waiting.add(f);
  return () => waiting.delete(f);
}
