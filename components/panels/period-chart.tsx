"use client";
/**
 * Both sides on one time axis: for each period a NATO bar and a China–Russia bar (and
 * Imported when present), each stacked by kind. Small SVG; the same numbers are in a table
 * for screen readers (the SVG itself is hidden from them).
 */
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { EVENT_KINDS } from "@/lib/domain/vocabulary";
import { SIDE_LABELS, type Side } from "@/lib/stats/sides";
import { total, type Period } from "@/lib/stats/time-series";
import { kindText } from "@/lib/text/kinds";

const W = 340;
const H = 140;
const PAD_BOTTOM = 16;
const PAD_TOP = 12;
/** Kinds are told apart by opacity within a side's colour (and by the table). */
const KIND_OPACITY: Record<AtlasEvent["kind"], number> = {
  exercise: 1,
  "command-post": 0.75,
  "air-patrol": 0.55,
  "naval-patrol": 0.4,
  "coast-guard-patrol": 0.25,
};

export function PeriodChart({
  periods,
  sides,
  caption,
}: {
  periods: readonly Period[];
  sides: readonly Side[];
  caption: string;
}) {
  const max = Math.max(1, ...periods.flatMap((p) => sides.map((s) => total(p.counts[s]))));
  const slot = W / Math.max(1, periods.length);
  const barW = Math.max(0.5, (slot * 0.8) / sides.length);
  const scale = (H - PAD_BOTTOM - PAD_TOP) / max;
  const base = H - PAD_BOTTOM;
  const nonEmpty = periods.filter((p) => sides.some((s) => total(p.counts[s]) > 0));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="period-chart" aria-hidden="true" data-periods={periods.length}>
        <line x1={0} x2={W} y1={base} y2={base} className="axis" />
        <text x={0} y={PAD_TOP - 2} className="tick">
          {max}
        </text>
        {periods.map((p, i) =>
          sides.map((side, j) => {
            let y = base;
            return EVENT_KINDS.map((kind) => {
              const n = p.counts[side][kind];
              if (n === 0) return null;
              const h = n * scale;
              y -= h;
              return (
                <rect
                  key={`${i}-${side}-${kind}`}
                  x={i * slot + slot * 0.1 + j * barW}
                  y={y}
                  width={barW}
                  height={h}
                  className={`bar side-fill-${side}`}
                  fillOpacity={KIND_OPACITY[kind]}
                />
              );
            });
          }),
        )}
        {periods.length > 0 && (
          <>
            <text x={0} y={H - 3} className="tick">
              {periods[0]?.label}
            </text>
            <text x={W} y={H - 3} className="tick" textAnchor="end">
              {periods[periods.length - 1]?.label}
            </text>
          </>
        )}
      </svg>
      <figcaption className="legend">
        {sides.map((s) => (
          <span key={s} className="legend-item">
            <span className={`swatch side-bg-${s}`} aria-hidden="true" /> {SIDE_LABELS[s]}
          </span>
        ))}
        <span className="legend-item muted">shade: {EVENT_KINDS.map((k) => kindText(k)).join(" → ")}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>{caption} (periods without events are left out)</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {sides.map((s) => (
              <th scope="col" key={s}>
                {SIDE_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nonEmpty.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              {sides.map((s) => (
                <td key={s} data-count={total(p.counts[s])}>
                  {total(p.counts[s])}
                  {total(p.counts[s]) > 0 &&
                    ` (${EVENT_KINDS.filter((k) => p.counts[s][k] > 0)
                      .map((k) => `${p.counts[s][k]} ${kindText(k)}`)
                      .join(", ")})`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
