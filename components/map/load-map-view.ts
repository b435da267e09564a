/**
 * The map's code, loaded on demand: the map component and MapLibre are requested together
 * (the component imports MapLibre too; the second import reuses the first). The page calls
 * this as soon as it starts fetching its data, so the map's chunks download in parallel with
 * the events instead of after them, and MapLibre's worker starts then too (map-lib.ts); the
 * lazy component then finds them loaded.
 */
import { loadMapLib } from "./map-lib";

export const loadMapView = () => Promise.all([import("./map-view"), loadMapLib()]).then(([m]) => m.MapView);

/**
 * Asks for the map's code when the page's own modules run, before React hydrates: the chunks
 * then download while the page hydrates and MapLibre's module is evaluated in the gaps before
 * the atlas's first render, instead of after it (median startup 1.51 -> 1.37 s over 11 runs of
 * `BENCH_ONLY=startup BENCH_STARTUP_RUNS=11 npm run bench`). In the browser only; a failure is
 * left to the map component's own load, which reports it.
 */
export function preloadMapView(): void {
  if (typeof window !== "undefined") loadMapView().catch(() => {});
}
