/**
 * The app's state (zustand, vanilla store made by a factory: one store per page, no module
 * global). It holds what the user chose — the time window and its mode, playback, layers,
 * filters, the selection — and the loaded data. It holds no map camera and nothing that
 * can be derived: what is visible, the statistics and the map's filters are computed from
 * this state by the selectors in `selectors.ts`.
 *
 * Every action keeps the window inside the timeline's extent and `from <= to`. Every move of
 * the window made on the timeline goes through one action, `scrubWindow`: it is the one
 * place that clamps the window and the one place that pauses playback for a manual move.
 *
 * The extent spans the bundled and the imported events (and today): it is recomputed when
 * imports are added, removed or restored, and the window is clamped into the new extent.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { AtlasEvent } from "../domain/atlas-event";
import type { ContextEvent } from "../domain/context-event";
import { LAYER_IDS, type LayerId } from "../domain/layers";
import type { EventKind } from "../domain/schema";
import type { TimeWindow } from "../domain/visibility";
import type { MapViewMode, PanelTab, WindowMode } from "../url/url-state";
import { DEFAULT_THEATRES, type TheatreFrame, type TheatrePair } from "../theatres/presets";
import { clampWindow } from "../domain/time-window";
import type { DatasetStatement } from "../cite/citation";
import type { Tour } from "../tours/tour";
import { stepView, type TourPosition } from "../tours/tour-param";
import { timelineExtent } from "../timeline/extent";

export interface Notice {
  id: number;
  /** Plain text; rendered as text, never as markup. */
  text: string;
  tone: "info" | "warning" | "error";
}

export interface ImportBatch {
  id: string;
  fileName: string;
  importedAt: string;
  events: AtlasEvent[];
}

export interface AtlasState {
  bundled: readonly AtlasEvent[];
  /** What the bundled data says of itself (version, data-through date), for citations. */
  dataset: DatasetStatement | null;
  imports: readonly ImportBatch[];
  context: readonly ContextEvent[];
  /**
   * The bundled data's range (its first year's 1 January to the later of today and its last
   * event). The URL is read against it at load, before the imports arrive from IndexedDB, so
   * it is also what the URL's defaults are written against.
   */
  bundledExtent: TimeWindow;
  /** The whole range the timeline spans: `bundledExtent` widened to every imported event. */
  extent: TimeWindow;

  window: TimeWindow;
  mode: WindowMode;
  playing: boolean;
  /** Playback speed in days of data per second of wall time. */
  speed: number;
  loop: boolean;

  layers: ReadonlySet<LayerId>;
  participants: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  kinds: ReadonlySet<EventKind>;
  /** What the user typed (the rule compares a trimmed lowercase form). */
  search: string;

  selectedId: string | null;
  /** The open side panel (shared in the URL as `tab`). */
  tab: PanelTab;
  notices: readonly Notice[];

  /** One map, or two side by side on their theatres (lib/theatres). */
  view: MapViewMode;
  /** The two theatres' frames: chosen from the presets, panned to or fitted; not the camera. */
  theatres: TheatrePair;

  /** The guided tours of the bundled data (lib/tours), and the one open, if any. */
  tours: readonly Tour[];
  tour: TourPosition | null;
}

export interface ScrubOptions {
  /** Pause playback if it is running (default true: any manual move pauses; playback's own steps pass false). */
  pause?: boolean;
}

export interface AtlasActions {
  /**
   * The one entry for a move of the window: clamps `window` into the extent (once, here),
   * pauses playback unless `pause: false`, and changes the state only if something changed
   * (one `set`, so subscribers see the window and the pause together).
   */
  scrubWindow(next: TimeWindow, options?: ScrubOptions): void;
  /** `scrubWindow(window, { pause: false })`: for tours, tests and the benchmark (`window.__atlasStore`). */
  setWindow(next: TimeWindow): void;
  setMode(mode: WindowMode): void;
  setPlaying(playing: boolean): void;
  setSpeed(daysPerSecond: number): void;
  setLoop(loop: boolean): void;
  setLayerVisible(layer: LayerId, visible: boolean): void;
  setLayers(layers: ReadonlySet<LayerId>): void;
  toggleFilterValue(facet: "participants" | "domains" | "kinds", value: string): void;
  clearFilters(): void;
  setSearch(search: string): void;
  /** Selects an event by id (null: nothing). */
  selectEvent(id: string | null): void;
  setTab(tab: PanelTab): void;
  addImport(batch: ImportBatch): void;
  removeImport(id: string): void;
  setImports(batches: readonly ImportBatch[]): void;
  notify(text: string, tone?: Notice["tone"]): void;
  dismissNotice(id: number): void;
  setView(view: MapViewMode): void;
  setTheatre(index: 0 | 1, frame: TheatreFrame): void;
  /** Opens a tour on a step (default the first) and shows that step's view. */
  startTour(id: string, step?: number): void;
  /** Moves the open tour to a step and shows its view; out of range does nothing. */
  goToTourStep(step: number): void;
  /** Closes the tour; the view stays as it is. */
  exitTour(): void;
}

export type AtlasStore = AtlasState & AtlasActions;

export interface AtlasInit {
  bundled: readonly AtlasEvent[];
  context: readonly ContextEvent[];
  /** The bundled data's extent (lib/data/initial-state.ts); imports widen it later. */
  extent: TimeWindow;
  window?: TimeWindow;
  mode?: WindowMode;
  layers?: ReadonlySet<LayerId>;
  selectedId?: string | null;
  tab?: PanelTab;
  notices?: readonly string[];
  view?: MapViewMode;
  theatres?: TheatrePair;
  dataset?: DatasetStatement | null;
  tours?: readonly Tour[];
  tour?: TourPosition | null;
}

export const DEFAULT_SPEED = 30;

/** The imports with the extent they give and the window clamped into it (kept as it is when it still fits). */
function withImports(
  s: AtlasState,
  imports: readonly ImportBatch[],
): Pick<AtlasState, "imports" | "extent" | "window"> {
  const extent = timelineExtent(
    s.bundledExtent,
    imports.flatMap((b) => b.events),
  );
  const clamped = clampWindow(s.window, extent);
  const win = clamped.from === s.window.from && clamped.to === s.window.to ? s.window : clamped;
  return { imports, extent, window: win };
}

export function createAtlasStore(init: AtlasInit): StoreApi<AtlasStore> {
  let noticeId = 0;
  const initialNotices: Notice[] = (init.notices ?? []).map((text) => ({ id: ++noticeId, text, tone: "warning" }));
  return createStore<AtlasStore>()((set, get) => ({
    bundled: init.bundled,
    dataset: init.dataset ?? null,
    imports: [],
    context: init.context,
    bundledExtent: init.extent,
    extent: init.extent,
    window: clampWindow(init.window ?? init.extent, init.extent),
    mode: init.mode ?? "window",
    playing: false,
    speed: DEFAULT_SPEED,
    loop: false,
    layers: init.layers ?? new Set(LAYER_IDS),
    participants: new Set(),
    domains: new Set(),
    kinds: new Set(),
    search: "",
    selectedId: init.selectedId ?? null,
    tab: init.tab ?? "events",
    notices: initialNotices,
    view: init.view ?? "single",
    theatres: init.theatres ?? DEFAULT_THEATRES,
    tours: init.tours ?? [],
    tour:
      init.tour && init.tours?.some((t) => t.id === init.tour?.id && init.tour.step < t.steps.length)
        ? init.tour
        : null,

    scrubWindow: (wanted, { pause = true } = {}) => {
      const s = get();
      const next = clampWindow(wanted, s.extent);
      const moved = next.from !== s.window.from || next.to !== s.window.to;
      const stop = pause && s.playing;
      if (moved || stop) set({ ...(moved ? { window: next } : {}), ...(stop ? { playing: false } : {}) });
    },
    setWindow: (wanted) => get().scrubWindow(wanted, { pause: false }),
    setMode: (mode) => set({ mode }),
    setPlaying: (playing) => set({ playing }),
    setSpeed: (speed) => set({ speed: Math.max(1, speed) }),
    setLoop: (loop) => set({ loop }),
    setLayerVisible: (layer, visible) => {
      const layers = new Set(get().layers);
      if (visible) layers.add(layer);
      else layers.delete(layer);
      set({ layers });
    },
    setLayers: (layers) => set({ layers: new Set(layers) }),
    toggleFilterValue: (facet, value) => {
      const next = new Set<string>(get()[facet]);
      if (next.has(value)) next.delete(value);
      else next.add(value);
      set({ [facet]: next } as unknown as Pick<AtlasState, typeof facet>);
    },
    clearFilters: () => set({ participants: new Set(), domains: new Set(), kinds: new Set(), search: "" }),
    setSearch: (search) => set({ search }),
    selectEvent: (selectedId) => set({ selectedId }),
    setTab: (tab) => set({ tab }),
    addImport: (batch) => set(withImports(get(), [...get().imports, batch])),
    removeImport: (id) => {
      const imports = get().imports.filter((b) => b.id !== id);
      const removed = get().imports.find((b) => b.id === id);
      const selectedGone = removed?.events.some((e) => e.id === get().selectedId) ?? false;
      set({ ...withImports(get(), imports), ...(selectedGone ? { selectedId: null } : {}) });
    },
    setImports: (imports) => set(withImports(get(), imports)),
    notify: (text, tone = "info") => set({ notices: [...get().notices, { id: ++noticeId, text, tone }].slice(-5) }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    setView: (view) => set({ view }),
    setTheatre: (index, frame) => {
      const [a, b] = get().theatres;
      set({ theatres: index === 0 ? [frame, b] : [a, frame] });
    },
    startTour: (id, step = 0) => {
      const tour = get().tours.find((t) => t.id === id);
      const target = tour?.steps[step];
      if (!tour || !target) return;
      // The step's view, whole: a leftover filter or the theatres view could hide what it shows.
      const view = stepView(target);
      set({
        tour: { id, step },
        window: clampWindow(view.window, get().extent),
        mode: "window",
        playing: false,
        layers: view.layers,
        selectedId: view.selected,
        ...(view.tab ? { tab: view.tab } : {}),
        participants: new Set(),
        domains: new Set(),
        kinds: new Set(),
        search: "",
        view: "single",
      });
    },
    goToTourStep: (step) => {
      const open = get().tour;
      if (open) get().startTour(open.id, step);
    },
    exitTour: () => set({ tour: null }),
  }));
}
