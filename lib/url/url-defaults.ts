/**
 * The view a URL without parameters opens: the whole timeline, every layer, nothing selected,
 * the Events tab, the single map and the default theatres. Serialising writes only what
 * differs from it, so a fresh view has a clean URL.
 */
import { LAYER_IDS } from "../domain/layers";
import type { TimeWindow } from "../domain/visibility";
import { DEFAULT_THEATRES } from "../theatres/presets";
import type { UrlState } from "./url-state";

export function defaultUrlState(extent: TimeWindow): UrlState {
  return {
    window: { ...extent },
    mode: "window",
    layers: new Set(LAYER_IDS),
    selected: null,
    tab: "events",
    view: "single",
    theatres: DEFAULT_THEATRES,
  };
}
