/**
 * Holds back MapLibre's painting while the map is still loading, so a view that needs many
 * tiles is drawn once when they are in rather than once per tile.
 *
 * Why: in software WebGL (SwiftShader, what headless and GPU-less browsers use) every frame
 * is rasterised on the CPU and read back for compositing, and the page waits for it: ~100 ms
 * a frame at the first view, 200–400 ms with 100,000 events. A large import arrives as some
 * thirty tiles, one frame each, and those frames took the two cores the tiling needed (27 s
 * to map idle; ~20 s with the frames held). With a GPU frames are cheap, and holding them
 * changes little.
 *
 * The hold applies to the map's first view and, when asked for (`holdPaintForNextLoad`), to
 * the load of new event data; any other load (a filter change) paints as it comes.
 *
 * What is held is only the painting (`painter.render`): MapLibre's frame still runs, so
 * sources still request tiles, symbols are still placed and `render`/`idle` still fire; the
 * frame at which everything has loaded and its symbols are placed paints. Nothing is held
 * while the map moves (a reader dragging sees the map follow), nor for longer than
 * `maxHoldMs` since the last painted frame (a source that never finishes cannot freeze the
 * view), nor for a frame asked for with `paintNextFrame` (the PNG export copies the canvas
 * inside `render`).
 *
 * `painter` is MapLibre's own, not public API: if a version renames it, the hold is not
 * installed and the map paints every frame as before (the map still works).
 */

/** The longest the canvas goes without a painted frame while loading. */
export const MAX_HOLD_MS = 2_000;

interface Painter {
  render: (...args: unknown[]) => unknown;
}

export interface HoldableMap {
  loaded(): boolean;
  isMoving(): boolean;
  triggerRepaint(): void;
}

interface HoldState {
  /** Whether the hold applies now: from creation, and from `holdPaintForNextLoad`, until that load has been painted. */
  armed: boolean;
  armedAt: number;
  /** Whether a frame has seen the map loading (or placing) since it was armed. */
  sawBusy: boolean;
  lastPaint: number;
  timer: ReturnType<typeof setTimeout> | null;
  forceNext: boolean;
  held: number;
  painted: number;
}

const states = new WeakMap<object, HoldState>();

/**
 * Whether this frame's symbol placement is unfinished (MapLibre sets `_placementDirty` just
 * before painting): newly tiled markers and labels are not placed yet, so this frame would
 * paint without them and the next frame paints again anyway.
 */
function placing(map: object): boolean {
  return (map as { _placementDirty?: unknown })._placementDirty === true;
}

/**
 * Wraps `map.painter.render` (see above). `now` is injectable for tests. Returns false when
 * the map has no painter to wrap, true when the hold is in place (installing twice is a no-op).
 */
export function holdPaintWhileLoading(
  map: HoldableMap & { painter?: unknown },
  { maxHoldMs = MAX_HOLD_MS, now = () => performance.now() }: { maxHoldMs?: number; now?: () => number } = {},
): boolean {
  if (states.has(map)) return true;
  const painter = map.painter as Partial<Painter> | undefined;
  if (!painter || typeof painter.render !== "function") return false;
  const paint = painter.render.bind(painter);
  const state: HoldState = {
    armed: true,
    armedAt: now(),
    sawBusy: false,
    lastPaint: now(),
    timer: null,
    forceNext: false,
    held: 0,
    painted: 0,
  };
  states.set(map, state);
  painter.render = (...args: unknown[]) => {
    const t = now();
    const busy = !map.loaded() || placing(map);
    if (state.armed) {
      if (busy) state.sawBusy = true;
      // The load it was armed for has been drawn (or never came): back to painting every frame.
      else if (state.sawBusy || t - state.armedAt >= maxHoldMs) state.armed = false;
    }
    const hold = state.armed && busy && !state.forceNext && !map.isMoving() && t - state.lastPaint < maxHoldMs;
    if (hold) {
      state.held++;
      // MapLibre asks for a frame whenever a tile arrives (and the last one paints); this
      // one frame at the cap paints even if none arrives for a while. Not a frame per
      // animation frame: an unpainted frame still places every symbol.
      state.timer ??= setTimeout(
        () => {
          state.timer = null;
          map.triggerRepaint();
        },
        Math.max(0, maxHoldMs - (t - state.lastPaint)),
      );
      return undefined;
    }
    state.forceNext = false;
    state.lastPaint = t;
    if (state.timer !== null) clearTimeout(state.timer);
    state.timer = null;
    state.painted++;
    return paint(...args);
  };
  return true;
}

/**
 * Holds the painting again until the next load has finished: for a change of the events'
 * data (an import, a removal), called before the sources are given it. Other loads (a
 * label filter re-tiling while the reader scrubs zoomed in) are painted as they come, so the
 * markers never wait for the labels.
 */
export function holdPaintForNextLoad(map: object, now: () => number = () => performance.now()): void {
  const s = states.get(map);
  if (!s) return;
  s.armed = true;
  s.sawBusy = false;
  s.armedAt = now();
  s.lastPaint = s.armedAt;
}

/** The next frame paints whatever is loaded (for code that reads the canvas in `render`). */
export function paintNextFrame(map: object): void {
  const s = states.get(map);
  if (s) s.forceNext = true;
}

/** Frames held and painted so far (for tests); null without a hold. */
export function holdCounts(map: object): { held: number; painted: number } | null {
  const s = states.get(map);
  return s ? { held: s.held, painted: s.painted } : null;
}
