/**
 * A guided tour's place in the URL: `tour` (a tour's id) and `step` (1 to its number of
 * steps; 1 when absent), so a step can be shared. Parsed as untrusted input like the rest of
 * the URL (lib/url/url-state.ts): an unknown tour or a step out of range is ignored with a
 * plain-text notice.
 *
 * A step's view (window, layers, selection, tab) fills in what the URL does not say, and
 * what the URL says wins: a link written while on a step names the step's view anyway, and
 * a reader who moved the window during the tour gets back what they shared.
 */
import type { TimeWindow } from "../domain/visibility";
import { parseDay } from "../domain/days";
import type { LayerId } from "../domain/layers";
import { quoteValue as quote, type PanelTab } from "../url/url-state";
import type { Tour, TourStep } from "./tour";

/** Which tour is open and on which step (0-based; the URL's `step` is 1-based). */
export interface TourPosition {
  id: string;
  step: number;
}

const MAX_LENGTH = 200;

export function parseTourParams(
  params: URLSearchParams,
  tours: readonly Tour[],
): { position: TourPosition | null; notices: string[] } {
  const notices: string[] = [];
  const id = params.get("tour");
  const stepText = params.get("step");
  if (id === null) {
    if (stepText !== null) notices.push(`"step" was ignored: it needs a "tour".`);
    return { position: null, notices };
  }
  if (id.length > MAX_LENGTH) return { position: null, notices: [`The "tour" parameter is too long and was ignored.`] };
  const tour = tours.find((t) => t.id === id);
  if (!tour) return { position: null, notices: [`No guided tour has the id ${quote(id)}; no tour was opened.`] };
  let step = 0;
  if (stepText !== null) {
    const n = /^\d{1,4}$/.test(stepText) ? Number(stepText) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= tour.steps.length) step = n - 1;
    else
      notices.push(
        `"step" must be a whole number from 1 to ${tour.steps.length}; ${quote(stepText.slice(0, MAX_LENGTH))} was ignored.`,
      );
  }
  return { position: { id, step }, notices };
}

/** The tour and step a position names, or null when it names none. */
export function tourStepAt(
  tours: readonly Tour[],
  position: TourPosition | null,
): { tour: Tour; step: TourStep } | null {
  if (!position) return null;
  const tour = tours.find((t) => t.id === position.id);
  const step = tour?.steps[position.step];
  return tour && step ? { tour, step } : null;
}

/** The view a step shows, in the store's terms. */
export interface StepView {
  window: TimeWindow;
  layers: ReadonlySet<LayerId>;
  selected: string | null;
  tab: PanelTab | null;
}

export function stepView(step: TourStep): StepView {
  return {
    // The dates passed parseTour, so they parse.
    window: { from: parseDay(step.from) ?? 0, to: parseDay(step.to) ?? 0 },
    layers: new Set(step.layers),
    selected: step.selected ?? null,
    tab: step.tab ?? null,
  };
}

/** `params` with the step's view filled in wherever the URL says nothing of its own. */
export function withStepDefaults(params: URLSearchParams, step: TourStep): URLSearchParams {
  const out = new URLSearchParams(params);
  if (!out.has("from") && !out.has("to")) {
    out.set("from", step.from);
    out.set("to", step.to);
  }
  if (!out.has("layers")) out.set("layers", step.layers.join(","));
  if (!out.has("selected") && step.selected) out.set("selected", step.selected);
  if (!out.has("tab") && step.tab) out.set("tab", step.tab);
  return out;
}
