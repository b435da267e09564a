/**
 * The shareable part of the view in the URL: `from`, `to` (YYYY-MM-DD), `mode`
 * (window | cumulative), `layers` (comma-separated layer ids), `selected` (an event id),
 * `tab` (the open side panel: events | summary | compare | claims), `view` (single |
 * theatres) and `theatres` (the two theatres' frames, see lib/theatres/theatres-param.ts;
 * written only with `view=theatres`); `tour` and `step` (an open guided tour, parsed with
 * the tours by lib/tours/tour-param.ts and only written here).
 *
 * Parsing treats the URL as untrusted: every value is checked, anything invalid is dropped
 * in favour of the default and described in a plain-text notice (never echoed as markup).
 * Serialising writes only what differs from the defaults, so a fresh view has a clean URL.
 */
import { formatDay, parseDay } from "../domain/days";
import { isLayerId, LAYER_IDS, type LayerId } from "../domain/layers";
import type { TimeWindow } from "../domain/visibility";
import type { TheatrePair } from "../theatres/presets";
import { parseTheatresParam, serialiseTheatres } from "../theatres/theatres-param";

export type WindowMode = "window" | "cumulative";
export type MapViewMode = "single" | "theatres";

/** The side panels' tabs, in their order on screen; the first is the default. */
export const PANEL_TABS = ["events", "summary", "compare", "claims"] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface UrlState {
  window: TimeWindow;
  mode: WindowMode;
  layers: ReadonlySet<LayerId>;
  selected: string | null;
  tab: PanelTab;
  view: MapViewMode;
  theatres: TheatrePair;
  /** The open guided tour and its step (0-based), if any (lib/tours/tour-param.ts parses them). */
  tour?: { id: string; step: number } | null;
}

export interface UrlParseResult {
  state: UrlState;
  /** Plain-text descriptions of what was ignored. */
  notices: string[];
}

const MAX_PARAM_LENGTH = 200;

/** Shows a rejected value safely: truncated, control characters removed, quoted. */
export function quoteValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 40);
  return JSON.stringify(value.length > 40 ? `${clean}…` : clean);
}

export function parseUrlState(
  params: URLSearchParams,
  defaults: UrlState,
  extent: TimeWindow,
  knownIds: ReadonlySet<string>,
): UrlParseResult {
  const notices: string[] = [];
  const get = (name: string): string | null => {
    const v = params.get(name);
    if (v === null) return null;
    if (v.length > MAX_PARAM_LENGTH) {
      notices.push(`The "${name}" parameter is too long and was ignored.`);
      return null;
    }
    return v;
  };

  /** One of a fixed set of words; anything else keeps the default, with a notice. */
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const text = get(name);
    if (text === null) return fallback;
    if ((allowed as readonly string[]).includes(text)) return text as T;
    const options = allowed.length === 2 ? `${allowed[0]} or ${allowed[1]}` : `one of ${allowed.join(", ")}`;
    notices.push(`"${name}" must be ${options}; ${quoteValue(text)} was ignored.`);
    return fallback;
  };

  let from = defaults.window.from;
  let to = defaults.window.to;
  const fromText = get("from");
  const toText = get("to");
  const fromDay = fromText === null ? null : parseDay(fromText);
  const toDay = toText === null ? null : parseDay(toText);
  if (fromText !== null && fromDay === null)
    notices.push(`"from" must be a real date written YYYY-MM-DD; ${quoteValue(fromText)} was ignored.`);
  if (toText !== null && toDay === null)
    notices.push(`"to" must be a real date written YYYY-MM-DD; ${quoteValue(toText)} was ignored.`);
  const candidateFrom = fromDay ?? from;
  const candidateTo = toDay ?? to;
  if ((fromDay !== null || toDay !== null) && candidateFrom > candidateTo) {
    notices.push(
      `"from" (${formatDay(candidateFrom)}) is after "to" (${formatDay(candidateTo)}); the default window is shown.`,
    );
  } else {
    from = candidateFrom;
    to = candidateTo;
    if (from < extent.from || to > extent.to) {
      const clampedFrom = Math.min(Math.max(from, extent.from), extent.to);
      const clampedTo = Math.max(Math.min(to, extent.to), extent.from);
      if (clampedFrom !== from || clampedTo !== to) {
        notices.push(
          `The window was limited to the data's range (${formatDay(extent.from)} to ${formatDay(extent.to)}).`,
        );
      }
      from = clampedFrom;
      to = Math.max(clampedTo, from);
    }
  }

  const mode = choice("mode", ["window", "cumulative"] as const, defaults.mode);

  let layers = defaults.layers;
  const layersText = get("layers");
  if (layersText !== null) {
    const parts = layersText
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const known = parts.filter(isLayerId);
    const unknown = parts.filter((p) => !isLayerId(p));
    if (unknown.length > 0) notices.push(`Unknown layer ${unknown.map(quoteValue).join(", ")} was ignored.`);
    if (known.length > 0 || (parts.length === 0 && layersText.trim() === "")) layers = new Set(known);
  }

  let selected = defaults.selected;
  const selectedText = get("selected");
  if (selectedText !== null) {
    if (knownIds.has(selectedText)) selected = selectedText;
    else notices.push(`No event has the id ${quoteValue(selectedText)}; nothing was selected.`);
  }

  const tab = choice("tab", PANEL_TABS, defaults.tab);
  const view = choice("view", ["single", "theatres"] as const, defaults.view);

  let theatres = defaults.theatres;
  const theatresText = get("theatres");
  if (theatresText !== null) {
    const parsed = parseTheatresParam(theatresText, quoteValue);
    theatres = parsed.theatres;
    notices.push(...parsed.notices);
  }

  return { state: { window: { from, to }, mode, layers, selected, tab, view, theatres }, notices };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Query string (without "?") for `state`, omitting values equal to the defaults. */
export function serialiseUrlState(state: UrlState, defaults: UrlState): string {
  const p = new URLSearchParams();
  if (state.window.from !== defaults.window.from || state.window.to !== defaults.window.to) {
    p.set("from", formatDay(state.window.from));
    p.set("to", formatDay(state.window.to));
  }
  if (state.mode !== defaults.mode) p.set("mode", state.mode);
  if (!sameSet(state.layers, defaults.layers)) p.set("layers", LAYER_IDS.filter((l) => state.layers.has(l)).join(","));
  if (state.selected !== null) p.set("selected", state.selected);
  if (state.tab !== defaults.tab) p.set("tab", state.tab);
  if (state.view !== defaults.view) p.set("view", state.view);
  const theatres = state.view === "theatres" ? serialiseTheatres(state.theatres) : null;
  if (theatres !== null) p.set("theatres", theatres);
  if (state.tour) {
    p.set("tour", state.tour.id);
    p.set("step", String(state.tour.step + 1));
  }
  return p.toString();
}
