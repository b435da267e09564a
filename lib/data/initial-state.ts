/**
 * The page's initial state from the bundled data, today's date and the page's URL
 * parameters (parsed as untrusted input; what is ignored becomes a notice). Runs in the
 * browser before the store is made: the HTML is the same for every URL.
 */
import { dayFromParts, dayParts } from "../domain/days";
import type { TimeWindow } from "../domain/visibility";
import type { AtlasInit } from "../store/atlas-store";
import { parseUrlState } from "../url/url-state";
import { defaultUrlState } from "../url/url-defaults";
import type { AtlasData } from "./atlas-data";
import { parseTourParams, tourStepAt, withStepDefaults } from "../tours/tour-param";

/** The timeline spans 1 January of the first event's year to the later of today and the last event. */
export function datasetExtent(dataset: Pick<AtlasData, "events">, today: number): TimeWindow {
  const first = Math.min(...dataset.events.map((e) => e.startDay), today);
  const last = Math.max(...dataset.events.map((e) => e.endDay), today);
  return { from: dayFromParts(dayParts(first).year, 1, 1), to: last };
}

export function initialState(dataset: AtlasData, today: number, params: URLSearchParams): AtlasInit {
  const extent = datasetExtent(dataset, today);
  const ids = new Set(dataset.events.map((e) => e.id));
  // A shared tour step: its view fills in what the URL leaves out (lib/tours/tour-param.ts).
  const tours = dataset.tours;
  const { position: tour, notices: tourNotices } = parseTourParams(params, tours);
  const at = tourStepAt(tours, tour);
  const { state, notices } = parseUrlState(
    at ? withStepDefaults(params, at.step) : params,
    defaultUrlState(extent),
    extent,
    ids,
  );
  const dataNotices =
    dataset.problemCount > 0
      ? [`${dataset.problemCount} problem(s) in the bundled data; the affected features or tours are left out.`]
      : [];
  return {
    bundled: dataset.events,
    context: dataset.context,
    extent,
    window: state.window,
    mode: state.mode,
    layers: state.layers,
    selectedId: state.selected,
    tab: state.tab,
    view: state.view,
    theatres: state.theatres,
    tours,
    tour,
    notices: [...dataNotices, ...tourNotices, ...notices],
  };
}
