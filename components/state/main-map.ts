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
