"use client";
/**
 * The two-thumb window slider. Each thumb is an ARIA slider ("Start date" / "End date",
 * aria-valuetext YYYY-MM-DD) driven by the keys of lib/timeline/slider-keys. With a
 * pointer: drag a thumb to move that end, drag the band between them to move the whole
 * window, or press the bare track to bring the nearer thumb there. Any manual move pauses
 * playback. Positions come from the shared axis, so the thumbs sit exactly over the
 * histogram's months. Every move goes through the store's `scrubWindow`, which clamps it and
 * pauses playback.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import { formatDay } from "@/lib/domain/days";
import type { TimeWindow } from "@/lib/domain/visibility";
import { moveEdge } from "@/lib/domain/time-window";
import { dayToFraction, fractionToDay } from "@/lib/timeline/axis";
import { shifted } from "@/lib/timeline/scrub-targets";
import { sliderKeyTarget, type Edge } from "@/lib/timeline/slider-keys";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";

type Drag = { kind: "edge"; edge: Edge } | { kind: "band"; startDay: number; startWindow: TimeWindow };

const pct = (f: number) => `${(Math.min(Math.max(f, 0), 1) * 100).toFixed(4)}%`;

export function WindowSlider() {
  const store = useAtlasStoreApi();
  const win = useAtlas((s) => s.window);
  const extent = useAtlas((s) => s.extent);
  const trackRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);

  const dayAt = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return extent.from;
    return fractionToDay((clientX - rect.left) / rect.width, extent);
  };

  const apply = (next: TimeWindow) => store.getState().scrubWindow(next);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const target = e.target as HTMLElement;
    const edge = target.closest<HTMLElement>("[data-edge]")?.dataset.edge as Edge | undefined;
    const s = store.getState();
    const day = dayAt(e.clientX);
    if (edge) {
      drag.current = { kind: "edge", edge };
    } else if (target.closest(".tl-band") && s.window.to > s.window.from) {
      drag.current = { kind: "band", startDay: day, startWindow: s.window };
    } else {
      const nearer: Edge = Math.abs(day - s.window.from) <= Math.abs(day - s.window.to) ? "from" : "to";
      drag.current = { kind: "edge", edge: nearer };
      apply(moveEdge(s.window, nearer, day, s.extent));
    }
    const thumb = trackRef.current?.querySelector<HTMLElement>(
      `[data-edge="${drag.current.kind === "edge" ? drag.current.edge : "from"}"]`,
    );
    e.currentTarget.setPointerCapture(e.pointerId);
    thumb?.focus({ preventScroll: true });
    e.preventDefault();
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const s = store.getState();
    const day = dayAt(e.clientX);
    if (d.kind === "edge") apply(moveEdge(s.window, d.edge, day, s.extent));
    else apply(shifted(d.startWindow, day - d.startDay));
  };

  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (edge: Edge) => (e: KeyboardEvent<HTMLDivElement>) => {
    const s = store.getState();
    const next = sliderKeyTarget(e.key, edge, s.window, s.extent);
    if (!next) return;
    e.preventDefault();
    apply(next);
  };

  const fromF = dayToFraction(win.from, extent);
  const toF = dayToFraction(win.to, extent);
  // When the thumbs meet near the end, the start thumb must be on top to be draggable left.
  const startOnTop = fromF > 0.5;

  return (
    <div
      ref={trackRef}
      className="tl-track"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      <div className="tl-rail" />
      <div className="tl-band" style={{ left: pct(fromF), width: pct(toF - fromF) }} />
      {(["from", "to"] as const).map((edge) => (
        <div
          key={edge}
          data-edge={edge}
          className={`tl-thumb tl-thumb-${edge}`}
          style={{ left: pct(edge === "from" ? fromF : toF), zIndex: (edge === "from") === startOnTop ? 3 : 2 }}
          role="slider"
          tabIndex={0}
          aria-label={edge === "from" ? "Start date" : "End date"}
          aria-valuemin={edge === "from" ? extent.from : win.from}
          aria-valuemax={edge === "from" ? win.to : extent.to}
          aria-valuenow={win[edge]}
          aria-valuetext={formatDay(win[edge])}
          aria-orientation="horizontal"
          onKeyDown={onKeyDown(edge)}
        />
      ))}
    </div>
  );
}
