/**
 * What a GeoJSON source is given: the collection itself when it is small, an object URL of
 * its JSON text when it is large.
 *
 * Why: MapLibre hands a source's data to its worker by walking every object of it on the
 * page's thread (its own message serialisation). At 100,000 events that walk took ~3.2 s of
 * the page's time after an import, most of the time between the events reaching the store
 * and the map's first frame. Given a URL, the worker fetches and parses the text itself; the
 * page only stringifies it (~0.5 s at that size). Small collections (the bundled data, a
 * few hundred events) keep the direct path, which needs no fetch.
 *
 * Each collection gets one URL, kept while the collection lives (a second map, such as a
 * theatre's, reuses it; a map re-created later may fetch it again) and revoked once the
 * collection is garbage-collected. The page's CSP allows `blob:` in `connect-src` for this.
 */
import type { FeatureCollection } from "geojson";

/** From this many features on, a source is given an object URL. */
export const URL_DATA_MIN_FEATURES = 2_000;

const urls = new WeakMap<object, string>();
const revoke =
  typeof FinalizationRegistry === "function" ? new FinalizationRegistry<string>((u) => URL.revokeObjectURL(u)) : null;

export function sourceDataOf<C extends FeatureCollection>(collection: C): C | string {
  if (collection.features.length < URL_DATA_MIN_FEATURES) return collection;
  if (typeof URL.createObjectURL !== "function") return collection;
  let url = urls.get(collection);
  if (url === undefined) {
    url = URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: "application/geo+json" }));
    urls.set(collection, url);
    revoke?.register(collection, url);
  }
  return url;
}
