/**
 * A guided tour: an ordered list of steps, each a view of the atlas (a time window, the
 * layers switched on, optionally a selected event, a camera and a side panel) with a short
 * plain-text explanation and the sources behind it. Tours are data files in geodata/tours/
 * (one `<id>.json` each), checked by `parseTour` at build time (`npm run data:check`) and
 * again in the browser, so the UI can rely on every field as typed here.
 */
import type { LayerId } from "../domain/layers";
import type { PanelTab } from "../url/url-state";

export interface TourSource {
  /** An http(s) address, preferably one already cited by the features the step shows. */
  url: string;
  title: string;
}

export interface TourCamera {
  /** [longitude, latitude]: lon in [-180, 180], lat in [-85, 85]. */
  center: [number, number];
  /** MapLibre zoom, 0 to 12. */
  zoom: number;
}

export interface TourStep {
  /** 1 to 80 characters. */
  title: string;
  /** Plain text (never HTML), at most 700 characters. */
  text: string;
  /** The step's time window, YYYY-MM-DD, real dates, from <= to. */
  from: string;
  to: string;
  /** Non-empty, distinct, never "imported". */
  layers: LayerId[];
  /** A bundled exercise or patrol visible in the step's window and layers. */
  selected?: string;
  camera?: TourCamera;
  /** The side panel to open. */
  tab?: PanelTab;
  /** At least one. */
  sources: TourSource[];
}

export interface Tour {
  /** Slug `[a-z0-9-]+`, the file name without `.json`. */
  id: string;
  title: string;
  summary: string;
  /** At least two. */
  steps: TourStep[];
}
