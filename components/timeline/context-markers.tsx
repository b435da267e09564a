"use client";
/**
 * Context events (summits, wars, accessions, rulings) as markers on the timeline's axis.
 * Hover or focus shows what and when; activating one centres the window on it (keeping the
 * window's width). Markers close in time are stacked in two lanes so each stays visible.
 * Text from the data is rendered as text.
 */
import { useMemo, useState, type CSSProperties } from "react";
import type { ContextEvent } from "@/lib/domain/context-event";
import { dayToFraction } from "@/lib/timeline/axis";
import { markerLanes } from "@/lib/timeline/marker-lanes";
import { centredOn } from "@/lib/timeline/scrub-targets";
import { useAtlas, useAtlasStoreApi } from "../state/atlas-store-provider";
import { overlaps } from "@/lib/domain/time-window";

const when = (c: ContextEvent) => (c.start === c.end ? c.start : `${c.start} to ${c.end}`);

const MIN_GAP_PX = 14;

export function ContextMarkers({ width }: { width: number }) {
  const store = useAtlasStoreApi();
  const context = useAtlas((s) => s.context);
  const extent = useAtlas((s) => s.extent);
  const win = useAtlas((s) => s.window);
  const [active, setActive] = useState<string | null>(null);
  const shown = context.find((c) => c.id === active) ?? null;
  const place = (c: ContextEvent) => dayToFraction((c.startDay + c.endDay) / 2, extent);
  const lanes = useMemo(
    () =>
      markerLanes(
        context.map((c) => dayToFraction((c.startDay + c.endDay) / 2, extent) * width),
        MIN_GAP_PX,
        2,
      ),
    [context, extent, width],
  );

  const centre = (c: ContextEvent) => {
    const s = store.getState();
    s.scrubWindow(centredOn(s.window, Math.round((c.startDay + c.endDay) / 2)));
  };

  return (
    <div className="tl-markers" role="group" aria-label="Context events">
      {context.map((c, i) => {
        const f = place(c);
        if (f < 0 || f > 1) return null;
        const inside = overlaps(c, win);
        return (
          <div
            key={c.id}
            className={`tl-marker${inside ? " tl-marker-in" : ""}`}
            style={{ left: `${(f * 100).toFixed(4)}%`, "--lane": lanes[i] ?? 0 } as CSSProperties}
          >
            <span className="tl-marker-guide" aria-hidden="true" />
            <button
              type="button"
              className="tl-marker-button"
              aria-label={`${c.name}, ${when(c)}`}
              data-category={c.category}
              onClick={() => centre(c)}
              onPointerEnter={() => setActive(c.id)}
              onPointerLeave={() => setActive((a) => (a === c.id ? null : a))}
              onFocus={() => setActive(c.id)}
              onBlur={() => setActive((a) => (a === c.id ? null : a))}
            >
              <span aria-hidden="true" className="tl-marker-shape" />
            </button>
          </div>
        );
      })}
      {shown ? (
        <div
          className="tl-tip"
          aria-hidden="true"
          data-align={place(shown) < 0.2 ? "start" : place(shown) > 0.8 ? "end" : "middle"}
          style={{ left: `${(place(shown) * 100).toFixed(4)}%` }}
        >
          <strong>{shown.name}</strong>
          <span>{when(shown)} · activate to centre the window</span>
        </div>
      ) : null}
    </div>
  );
}
