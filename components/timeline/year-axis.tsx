"use client";
/**
 * The year scale under the slider, and faint year lines through the chart, both from the
 * shared axis (labels thin out on narrow screens: every 1, 2, 5 or 10 years).
 */
import { useMemo } from "react";
import { dayToFraction, yearTicks } from "@/lib/timeline/axis";
import { useAtlas } from "../state/atlas-store-provider";

function useTicks(width: number) {
  const extent = useAtlas((s) => s.extent);
  return useMemo(
    () => yearTicks(extent, width).map((t) => ({ ...t, left: `${(dayToFraction(t.day, extent) * 100).toFixed(4)}%` })),
    [extent, width],
  );
}

export function YearGrid({ width }: { width: number }) {
  const ticks = useTicks(width);
  return (
    <div className="tl-grid" aria-hidden="true">
      {ticks.map((t) => (
        <span
          key={t.year}
          className={t.labelled ? "tl-grid-line tl-grid-major" : "tl-grid-line"}
          style={{ left: t.left }}
        />
      ))}
    </div>
  );
}

export function YearLabels({ width }: { width: number }) {
  const ticks = useTicks(width);
  return (
    <div className="tl-years" aria-hidden="true">
      {ticks
        .filter((t) => t.labelled)
        .map((t) => (
          <span key={t.year} className="tl-year" style={{ left: t.left }}>
            {t.year}
          </span>
        ))}
    </div>
  );
}
