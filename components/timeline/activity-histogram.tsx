"use client";
/**
 * The monthly activity of both sides on the timeline's axis: NATO bars rise above the
 * baseline (solid), China–Russia bars hang below it (hatched), so the two read apart
 * without colour. Months outside the window are dimmed. Hovering shows the month's counts.
 * Counts follow the non-time filters and layers (selectActivityHistogram).
 */
import { useMemo, useState, type PointerEvent } from "react";
import { formatDay } from "@/lib/domain/days";
import { windowsOverlap } from "@/lib/domain/time-window";
import { monthAbbreviation } from "@/lib/text/months";
import { dayToFraction } from "@/lib/timeline/axis";
import type { MonthBin } from "@/lib/timeline/histogram";
import { selectActivityHistogram } from "@/lib/store/timeline-selectors";
import { useAtlas } from "../state/atlas-store-provider";

const monthLabel = (b: MonthBin) => {
  const [y, m] = formatDay(b.from).split("-");
  return `${monthAbbreviation(Number(m))} ${y}`;
};

function summary(bins: readonly MonthBin[]): string {
  const total = (k: "nato" | "cnru") => bins.reduce((n, b) => n + b[k], 0);
  const peak = (k: "nato" | "cnru") =>
    bins.reduce<MonthBin | null>((best, b) => (b[k] > (best?.[k] ?? 0) ? b : best), null);
  const part = (k: "nato" | "cnru", name: string) => {
    const p = peak(k);
    return p ? `${name}: busiest ${monthLabel(p)} (${p[k]})` : `${name}: none`;
  };
  return `Monthly activity, NATO above the line and China–Russia below. ${part("nato", "NATO")}; ${part("cnru", "China–Russia")}. Event-months: NATO ${total("nato")}, China–Russia ${total("cnru")}.`;
}

export function ActivityHistogram({ width, height }: { width: number; height: number }) {
  const { bins, max } = useAtlas(selectActivityHistogram);
  const extent = useAtlas((s) => s.extent);
  const win = useAtlas((s) => s.window);
  const [hover, setHover] = useState<MonthBin | null>(null);
  const mid = height / 2;
  const scale = max === 0 ? 0 : (mid - 2) / max;
  const label = useMemo(() => summary(bins), [bins]);

  const x = (day: number) => dayToFraction(day, extent) * width;
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const f = (e.clientX - rect.left) / rect.width;
    const day = extent.from + f * (extent.to - extent.from);
    setHover(bins.find((b) => b.from <= day && day < b.to + 1) ?? null);
  };

  return (
    <div className="tl-histogram">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        width="100%"
        height={height}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      >
        <defs>
          <pattern id="tl-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <rect width="4" height="4" className="tl-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="4" className="tl-hatch-line" />
          </pattern>
        </defs>
        {bins.map((b) => {
          const x0 = x(b.from);
          const w = Math.max(0.5, x(b.to + 1) - x0 - (width > 600 ? 0.6 : 0.2));
          const inside = windowsOverlap(b, win);
          const cls = inside ? "" : " tl-out";
          return (
            <g key={b.from}>
              {b.nato > 0 ? (
                <rect
                  className={`tl-bar-nato${cls}`}
                  x={x0}
                  y={mid - b.nato * scale}
                  width={w}
                  height={b.nato * scale}
                />
              ) : null}
              {b.cnru > 0 ? (
                <rect className={`tl-bar-cnru${cls}`} x={x0} y={mid} width={w} height={b.cnru * scale} />
              ) : null}
            </g>
          );
        })}
        <line className="tl-baseline" x1={0} x2={width} y1={mid} y2={mid} />
        {hover ? (
          <rect
            className="tl-hover"
            x={x(hover.from)}
            y={0}
            width={Math.max(1, x(hover.to + 1) - x(hover.from))}
            height={height}
          />
        ) : null}
      </svg>
      <div className="tl-legend" aria-hidden="true">
        <span className="tl-legend-nato">▲ NATO</span>
        <span className="tl-legend-cnru">▼ China–Russia</span>
      </div>
      {hover ? (
        <div className="tl-readout" aria-hidden="true">
          {monthLabel(hover)} · NATO {hover.nato} · China–Russia {hover.cnru}
        </div>
      ) : null}
    </div>
  );
}
