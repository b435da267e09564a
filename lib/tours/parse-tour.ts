/**
 * Checks one tour (see tour.ts) read from an untrusted source: a file in geodata/tours/ at
 * build time, or the data file in the browser (our own data is untrusted too).
 *
 * Contract: `parseTour(value, file, ctx)` never throws. It returns the tour, rebuilt from
 * the known fields only, when there is no problem, and otherwise `tour: null` with every
 * problem found, each naming the file and the JSON path (`steps[2].from`) the way
 * `npm run data:check` prints file-level problems (formatProblem). Rules beyond the types:
 * dates are real days (lib/domain/days.ts) with from <= to, inside `ctx.extent` when given;
 * a selected id is a bundled exercise or patrol (context events cannot be selected) that
 * the app's own visibility rule (lib/domain/visibility.ts) shows in the step's window and
 * layers with no other filter; when `file` ends in `.json`, the id equals its base name.
 */
import type { AtlasEvent } from "../domain/atlas-event";
import { formatDay, parseDay } from "../domain/days";
import { LAYER_IDS, type LayerId } from "../domain/layers";
import { formatPath, type DatasetProblem, type JsonPath } from "../domain/validation/problem";
import { isVisible, type TimeWindow, type VisibilityFields } from "../domain/visibility";
import type { EventKind } from "../domain/schema";
import { PANEL_TABS, type PanelTab } from "../url/url-state";
import type { Tour, TourCamera, TourSource, TourStep } from "./tour";
import {
  checkKeys,
  own,
  quote,
  readHttpUrl,
  readList,
  readNumber,
  readObject,
  readText,
  kindOf,
  type JsonObject,
  type ProblemSink,
} from "./untrusted-json";

/** Tour problems print like the dataset's file-level problems. */
export type TourProblem = DatasetProblem;

/** The fields of an event a tour step is checked against (an AtlasEvent has them all). */
export type TourEvent = Pick<AtlasEvent, "id" | "origin"> & VisibilityFields;

export interface TourContext {
  /** The bundled events. */
  events: readonly TourEvent[];
  /** The timeline's span in UTC day numbers; step windows must lie inside it. */
  extent?: TimeWindow;
}

export interface TourParseResult {
  tour: Tour | null;
  problems: TourProblem[];
}

export const TOUR_LIMITS = {
  idLength: 64,
  tourTitle: 120,
  summary: 400,
  steps: { min: 2, max: 20 },
  stepTitle: 80,
  stepText: 700,
  eventId: 120,
  sources: { min: 1, max: 12 },
  sourceTitle: 200,
  url: 2000,
  zoom: { min: 0, max: 12 },
} as const;

/** Every layer but "imported": a tour is part of the bundled data and cannot rely on a user's import. */
export const TOUR_LAYERS: readonly LayerId[] = LAYER_IDS.filter((l) => l !== "imported");

const TOUR_KEYS = ["id", "title", "summary", "steps"] as const;
const STEP_KEYS = ["title", "text", "from", "to", "layers", "selected", "camera", "tab", "sources"] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseTour(value: unknown, file: string, ctx: TourContext): TourParseResult {
  const out: ProblemSink = [];
  const byId = new Map(ctx.events.filter((e) => e.origin === "bundled").map((e) => [e.id, e]));
  const tour = readTour(value, file, { ...ctx, byId }, out);
  const problems = out.map((p) => ({
    file,
    id: null,
    index: null,
    field: formatPath(p.path) || "(file)",
    message: p.message,
  }));
  return { tour: problems.length === 0 ? tour : null, problems };
}

interface Ctx extends TourContext {
  byId: ReadonlyMap<string, TourEvent>;
}

/** `tours/seed-article.json` → `seed-article`; null when the name says nothing about the id. */
function idFromFile(file: string): string | null {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.endsWith(".json") ? base.slice(0, -".json".length) : null;
}

function readTour(value: unknown, file: string, ctx: Ctx, out: ProblemSink): Tour | null {
  const obj = readObject(value, [], out);
  if (!obj) return null;
  checkKeys(obj, TOUR_KEYS, [], out);
  const id = readId(own(obj, "id"), idFromFile(file), out);
  const title = readText(own(obj, "title"), ["title"], out, TOUR_LIMITS.tourTitle);
  const summary = readText(own(obj, "summary"), ["summary"], out, TOUR_LIMITS.summary);
  const list = readList(own(obj, "steps"), ["steps"], out, TOUR_LIMITS.steps.min, TOUR_LIMITS.steps.max);
  const steps = list?.map((s, i) => readStep(s, ["steps", i], ctx, out)) ?? [];
  if (id === null || title === null || summary === null || list === null) return null;
  const ok = steps.filter((s): s is TourStep => s !== null);
  return ok.length === steps.length ? { id, title, summary, steps: ok } : null;
}

function readId(v: unknown, expected: string | null, out: ProblemSink): string | null {
  const id = readText(v, ["id"], out, TOUR_LIMITS.idLength);
  if (id === null) return null;
  if (!SLUG.test(id)) {
    out.push({ path: ["id"], message: `${quote(id)} must be a lowercase slug such as seed-article` });
    return null;
  }
  if (expected !== null && id !== expected) {
    out.push({ path: ["id"], message: `${quote(id)} must equal the file name without .json (${quote(expected)})` });
    return null;
  }
  return id;
}

function readStep(value: unknown, path: JsonPath, ctx: Ctx, out: ProblemSink): TourStep | null {
  const obj = readObject(value, path, out);
  if (!obj) return null;
  const before = out.length;
  checkKeys(obj, STEP_KEYS, path, out);
  const title = readText(own(obj, "title"), [...path, "title"], out, TOUR_LIMITS.stepTitle);
  const text = readText(own(obj, "text"), [...path, "text"], out, TOUR_LIMITS.stepText);
  const win = readWindow(obj, path, ctx.extent, out);
  const layers = readLayers(own(obj, "layers"), [...path, "layers"], out);
  const selected = optional(obj, "selected", (v) => readSelected(v, [...path, "selected"], win, layers, ctx.byId, out));
  const camera = optional(obj, "camera", (v) => readCamera(v, [...path, "camera"], out));
  const tab = optional(obj, "tab", (v) => readTab(v, [...path, "tab"], out));
  const sources = readSources(own(obj, "sources"), [...path, "sources"], out);
  if (out.length > before || title === null || text === null || win === null || layers === null || sources === null)
    return null;
  const step: TourStep = { title, text, from: formatDay(win.from), to: formatDay(win.to), layers, sources };
  if (selected) step.selected = selected;
  if (camera) step.camera = camera;
  if (tab) step.tab = tab;
  return step;
}

/** An absent key is fine; a present one (even null) must pass `read`. */
function optional<T>(obj: JsonObject, key: string, read: (v: unknown) => T | null): T | null {
  return Object.hasOwn(obj, key) ? read(own(obj, key)) : null;
}

function readDay(v: unknown, path: JsonPath, out: ProblemSink): number | null {
  if (typeof v !== "string") {
    out.push({
      path,
      message: v === undefined ? "is required" : `must be a date written YYYY-MM-DD (found ${kindOf(v)})`,
    });
    return null;
  }
  const day = v.length === 10 ? parseDay(v) : null;
  if (day === null) out.push({ path, message: `${quote(v)} is not a real date written YYYY-MM-DD` });
  return day;
}

function readWindow(
  obj: JsonObject,
  path: JsonPath,
  extent: TimeWindow | undefined,
  out: ProblemSink,
): TimeWindow | null {
  const from = readDay(own(obj, "from"), [...path, "from"], out);
  const to = readDay(own(obj, "to"), [...path, "to"], out);
  if (from === null || to === null) return null;
  if (from > to) {
    out.push({ path: [...path, "to"], message: `${formatDay(to)} is before from (${formatDay(from)})` });
    return null;
  }
  if (extent && from < extent.from) {
    out.push({
      path: [...path, "from"],
      message: `${formatDay(from)} is before the timeline starts (${formatDay(extent.from)})`,
    });
    return null;
  }
  if (extent && to > extent.to) {
    out.push({
      path: [...path, "to"],
      message: `${formatDay(to)} is after the last day of the data's timeline (${formatDay(extent.to)})`,
    });
    return null;
  }
  return { from, to };
}

function readLayers(v: unknown, path: JsonPath, out: ProblemSink): LayerId[] | null {
  const list = readList(v, path, out, 1, TOUR_LAYERS.length);
  if (!list) return null;
  const layers: LayerId[] = [];
  list.forEach((item, i) => {
    const layer = TOUR_LAYERS.find((l) => l === item);
    if (layer === undefined) {
      const shown = typeof item === "string" ? quote(item) : kindOf(item);
      out.push({ path: [...path, i], message: `${shown} is not a tour layer (expected ${TOUR_LAYERS.join(", ")})` });
    } else if (layers.includes(layer)) {
      out.push({ path: [...path, i], message: `${quote(layer)} is listed twice` });
    } else layers.push(layer);
  });
  return layers.length === list.length ? layers : null;
}

function readSelected(
  v: unknown,
  path: JsonPath,
  win: TimeWindow | null,
  layers: readonly LayerId[] | null,
  byId: ReadonlyMap<string, TourEvent>,
  out: ProblemSink,
): string | null {
  if (typeof v !== "string" || v.length === 0 || v.length > TOUR_LIMITS.eventId) {
    out.push({
      path,
      message: `must be the id of a bundled event (found ${typeof v === "string" ? `text of ${v.length} characters` : kindOf(v)})`,
    });
    return null;
  }
  const event = byId.get(v);
  if (!event) {
    out.push({
      path,
      message: `no bundled exercise or patrol has the id ${quote(v)} (context events cannot be selected)`,
    });
    return null;
  }
  if (!win || !layers) return null; // already reported; visibility cannot be judged
  const criteria = {
    window: win,
    layers: new Set(layers),
    participants: new Set<string>(),
    domains: new Set<string>(),
    kinds: new Set<EventKind>(),
    search: "",
  };
  if (!isVisible(event, criteria)) {
    out.push({
      path,
      message: `${quote(v)} is not visible in the step's window and layers (it runs ${formatDay(event.startDay)} to ${formatDay(event.endDay)} on layer ${event.layer})`,
    });
    return null;
  }
  return v;
}

function readCamera(v: unknown, path: JsonPath, out: ProblemSink): TourCamera | null {
  const obj = readObject(v, path, out);
  if (!obj) return null;
  checkKeys(obj, ["center", "zoom"], path, out);
  const center = readList(own(obj, "center"), [...path, "center"], out, 2, 2);
  const lon = center ? readNumber(center[0], [...path, "center", 0], out, -180, 180) : null;
  const lat = center ? readNumber(center[1], [...path, "center", 1], out, -85, 85) : null;
  const zoom = readNumber(own(obj, "zoom"), [...path, "zoom"], out, TOUR_LIMITS.zoom.min, TOUR_LIMITS.zoom.max);
  return lon === null || lat === null || zoom === null ? null : { center: [lon, lat], zoom };
}

function readTab(v: unknown, path: JsonPath, out: ProblemSink): PanelTab | null {
  const tab = PANEL_TABS.find((t) => t === v);
  if (tab === undefined) {
    out.push({
      path,
      message: `${typeof v === "string" ? quote(v) : kindOf(v)} is not a side panel (expected ${PANEL_TABS.join(", ")})`,
    });
    return null;
  }
  return tab;
}

function readSources(v: unknown, path: JsonPath, out: ProblemSink): TourSource[] | null {
  const list = readList(v, path, out, TOUR_LIMITS.sources.min, TOUR_LIMITS.sources.max);
  if (!list) return null;
  const sources = list.map((item, i): TourSource | null => {
    const obj = readObject(item, [...path, i], out);
    if (!obj) return null;
    checkKeys(obj, ["url", "title"], [...path, i], out);
    const url = readHttpUrl(own(obj, "url"), [...path, i, "url"], out, TOUR_LIMITS.url);
    const title = readText(own(obj, "title"), [...path, i, "title"], out, TOUR_LIMITS.sourceTitle);
    return url === null || title === null ? null : { url, title };
  });
  const ok = sources.filter((s): s is TourSource => s !== null);
  return ok.length === sources.length ? ok : null;
}
