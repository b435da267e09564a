/**
 * The map's code, loaded on demand: the map component and MapLibre are requested together
 * (the component imports MapLibre too; the second import reuses the first). The page calls
 * this as soon as it starts fetching its data, so the map's chunks download in parallel with
 * the events instead of after them, and MapLibre's worker starts then too (map-lib.ts); the
 * lazy component then finds them loaded.
 */
import { loadMapLib } from "./map-lib";

export const loadMapView = () => Promise.all([import("./map-view"), loadMapLib()]).then(([m]) => m.MapView);
