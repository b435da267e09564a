"use client";
/**
 * The Summary region: the sides side by side for the visible events (window and filters).
 * The numbers come from `selectSummaryFigures` (per-period aggregates, so a window change does
 * not walk every visible event); the lists behind them are built from the visible set only
 * while one is open. Every number is a button that lists the events behind it below the
 * table; the list follows the window (it names a figure and a side, not a fixed set of
 * events). The drill area (a polygon union, the one costly figure) is computed after paint
 * and memoised, and for very many polygons only on request.
 */
import { useEffect, useState } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { selectSelectedEvent, selectSummaryFigures, selectVisibleEvents } from "@/lib/store/selectors";
import { groupBySide, SIDE_LABELS, sidesToShow, type Side } from "@/lib/stats/sides";
import { summarise, UNION_AUTO_LIMIT } from "@/lib/stats/summary";
import type { SummaryFigures } from "@/lib/stats/summary-figures";
import { formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { EventButtons } from "./event-buttons";
import { Proximity } from "./proximity";
import { SUMMARY_ROWS } from "./summary-rows";

/**
 * Drill areas per side, computed after paint (a union of many polygons can take a while);
 * above UNION_AUTO_LIMIT polygons only once the user asks (`request`).
 */
function useDrillAreas(events: readonly AtlasEvent[], figures: SummaryFigures, sides: readonly Side[]) {
  const [areas, setAreas] = useState<{ key: readonly AtlasEvent[]; km2: Map<Side, number> } | null>(null);
  const [requested, setRequested] = useState<readonly AtlasEvent[] | null>(null);
  const sideKey = sides.join();
  const large = sides.some((side) => figures[side].areaEvents > UNION_AUTO_LIMIT);
  const wanted = !large || requested === events;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // Loaded on first use: the union (polyclip) is the heaviest code in the panels.
    void import("@/lib/stats/drill-area").then(({ unionAreaKm2 }) => {
      if (!live) return;
      const bySide = groupBySide(events);
      // The events of SideSummary.areaEvents (those with a polygon), without a whole summary.
      const km2 = new Map(
        sideKey
          .split(",")
          .map((side) => [side as Side, unionAreaKm2(bySide[side as Side].filter((e) => e.areaKm2 !== null))]),
      );
      setAreas({ key: events, km2 });
    });
    return () => {
      live = false;
    };
  }, [events, sideKey, wanted]);
  return {
    km2: areas?.key === events ? areas.km2 : new Map<Side, number>(),
    waiting: !wanted,
    request: () => setRequested(events),
  };
}

export function SummaryPanel() {
  const events = useAtlas(selectVisibleEvents);
  const selected = useAtlas(selectSelectedEvent);
  const figures = useAtlas(selectSummaryFigures);
  const sides = sidesToShow(figures.imported.events > 0);
  const areas = useDrillAreas(events, figures, sides);
  const [open, setOpen] = useState<{ figure: string; side: Side } | null>(null);
  const openFigure = open && SUMMARY_ROWS.find((f) => f.key === open.figure);
  // The lists are linear in the visible events: built only while one is open.
  const openSummary = open && summarise(events)[open.side];
  return (
    <section className="panel summary-panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <p className="muted">The visible events (window and filters). Select a number to list the events behind it.</p>
      <p className="muted" id="personnel-basis">
        Personnel compares like with like: each event&apos;s reported headcount, except a host nation&apos;s strategic
        exercise that a foreign contingent joined, which counts only its joint part; an umbrella exercise and its
        components are never counted twice.
      </p>
      <table className="summary-table">
        <thead>
          <tr>
            <td />
            {sides.map((side) => (
              <th scope="col" key={side} className={`side-${side}`}>
                {SIDE_LABELS[side]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SUMMARY_ROWS.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {sides.map((side) => {
                const s = figures[side];
                const value = f.value(s, areas.km2.get(side) ?? null);
                const pressed = open?.figure === f.key && open.side === side;
                return (
                  <td key={side} data-figure={f.key} data-side={side}>
                    {value === null && f.key === "area" && areas.waiting ? (
                      <button type="button" className="link-button" onClick={areas.request}>
                        Compute ({formatInt(s.areaEvents)} polygons)
                      </button>
                    ) : value === null ? (
                      <span className="muted">computing…</span>
                    ) : (
                      <button
                        type="button"
                        className="number-button"
                        aria-pressed={pressed}
                        aria-label={`${f.label}, ${SIDE_LABELS[side]}: ${value}. List the ${f.count(s)} events behind it`}
                        onClick={() => setOpen(pressed ? null : { figure: f.key, side })}
                      >
                        {value}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {openFigure && openSummary && (
        <div className="behind" role="group" aria-labelledby="behind-heading">
          <h3 id="behind-heading">
            {openFigure.label}, {SIDE_LABELS[openSummary.side]}: events behind it{" "}
            <span className="count">{formatInt(openFigure.events(openSummary).length)}</span>
          </h3>
          {openFigure.note?.(figures[openSummary.side]) && (
            <p className="muted">{openFigure.note(figures[openSummary.side])}</p>
          )}
          <EventButtons
            events={openFigure.events(openSummary)}
            label={`Events behind ${openFigure.label}, ${SIDE_LABELS[openSummary.side]}`}
          />
          <button type="button" className="link-button" onClick={() => setOpen(null)}>
            Close the list
          </button>
        </div>
      )}
      {selected && <Proximity event={selected} />}
    </section>
  );
}
