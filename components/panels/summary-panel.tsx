"use client";
/**
 * The Summary region: the sides side by side for the visible events (window and filters).
 * Every number is a button that lists the events behind it below the table; the list
 * follows the window (it names a figure and a side, not a fixed set of events). The drill
 * area (a polygon union, the one costly figure) is computed after paint and memoised, and
 * for very many polygons only on request.
 */
import { useEffect, useState } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { countryName } from "@/lib/domain/country-names";
import { selectSelectedEvent, selectVisibleEvents } from "@/lib/store/selectors";
import { SIDE_LABELS, sidesToShow, type Side } from "@/lib/stats/sides";
import { summarise, UNION_AUTO_LIMIT, type SideSummary, type Summary } from "@/lib/stats/summary";
import { comparedPersonnel, comparedPersonnelBasis } from "@/lib/stats/compared-personnel";
import { useAtlas } from "../state/atlas-store-provider";
import { EventButtons } from "./event-buttons";
import { formatInt } from "./format";
import { Proximity } from "./proximity";

interface Figure {
  key: string;
  label: string;
  /** The figure as shown, or null while it is being computed. */
  value: (s: SideSummary, areaKm2: number | null) => string | null;
  events: (s: SideSummary) => readonly AtlasEvent[];
  note?: (s: SideSummary) => string | undefined;
}

const FIGURES: Figure[] = [
  { key: "events", label: "Events", value: (s) => formatInt(s.events.length), events: (s) => s.events },
  {
    key: "personnel",
    label: "Personnel (reported)",
    value: (s) => formatInt(s.personnel.total),
    events: (s) => s.personnel.events,
    note: (s) =>
      [
        s.personnel.inUmbrella.length > 0
          ? `${s.personnel.inUmbrella.length} component(s) are already counted in their umbrella exercise's figure.`
          : "",
        s.personnel.hostExercises.length > 0
          ? `${s.personnel.hostExercises.length} host strategic exercise(s) count by their joint part, not the host's whole-exercise total.`
          : "",
      ]
        .filter((t) => t !== "")
        .join(" ") || undefined,
  },
  {
    key: "host-exercises",
    label: "Host exercises (joint part counted)",
    value: (s) => formatInt(s.personnel.hostExercises.length),
    events: (s) => s.personnel.hostExercises,
    note: () =>
      "National strategic exercises that a foreign contingent joined (Vostok, Tsentr, Kavkaz, Ocean…). Their reported totals count the host's whole exercise, so personnel counts only the joint part where a source gives it; each event's details show both figures.",
  },
  {
    key: "missing",
    label: "Without a personnel figure",
    value: (s) => formatInt(s.personnel.missing.length),
    events: (s) => s.personnel.missing,
    note: () => "These events report no personnel figure; they are not counted as zero.",
  },
  {
    key: "personnel-days",
    label: "Personnel-days",
    value: (s) => formatInt(s.personnelDays.total),
    events: (s) => s.personnelDays.events,
    note: () => "Personnel × duration in days, over the events with a figure.",
  },
  {
    key: "area",
    label: "Drill area",
    value: (_s, km2) => (km2 === null ? null : `${formatInt(km2)} km²`),
    events: (s) => s.areaEvents,
    note: () => "Area of the union of the events' polygons: overlapping areas are counted once.",
  },
  { key: "patrol", label: "Patrol distance", value: (s) => `${formatInt(s.patrolKm.total)} km`, events: (s) => s.patrolKm.events },
  {
    key: "countries",
    label: "Countries taking part",
    value: (s) => formatInt(s.countries.length),
    events: (s) => s.events,
    note: (s) => s.countries.map(countryName).join(", "),
  },
  {
    key: "largest",
    label: "Largest event (personnel)",
    value: (s) =>
      s.largest
        ? `${s.largest.name}: ${formatInt(comparedPersonnel(s.largest) ?? 0)}${comparedPersonnelBasis(s.largest) === "joint part" ? " (joint part)" : ""}`
        : "–",
    events: (s) => (s.largest ? [s.largest] : []),
  },
];

/**
 * Drill areas per side, computed after paint (a union of many polygons can take a while);
 * above UNION_AUTO_LIMIT polygons only once the user asks (`request`).
 */
function useDrillAreas(summary: Summary, sides: readonly Side[]) {
  const [areas, setAreas] = useState<{ key: Summary; km2: Map<Side, number> } | null>(null);
  const [requested, setRequested] = useState<Summary | null>(null);
  const sideKey = sides.join();
  const large = sides.some((side) => summary[side].areaEvents.length > UNION_AUTO_LIMIT);
  const wanted = !large || requested === summary;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // Loaded on first use: the union (polyclip) is the heaviest code in the panels.
    void import("@/lib/stats/drill-area").then(({ unionAreaKm2 }) => {
      if (!live) return;
      const km2 = new Map(sideKey.split(",").map((side) => [side as Side, unionAreaKm2(summary[side as Side].areaEvents)]));
      setAreas({ key: summary, km2 });
    });
    return () => {
      live = false;
    };
  }, [summary, sideKey, wanted]);
  return {
    km2: areas?.key === summary ? areas.km2 : new Map<Side, number>(),
    waiting: !wanted,
    request: () => setRequested(summary),
  };
}

export function SummaryPanel() {
  const events = useAtlas(selectVisibleEvents);
  const selected = useAtlas(selectSelectedEvent);
  const summary = summarise(events);
  const sides = sidesToShow(summary.imported.events.length > 0);
  const areas = useDrillAreas(summary, sides);
  const [open, setOpen] = useState<{ figure: string; side: Side } | null>(null);
  const openFigure = open && FIGURES.find((f) => f.key === open.figure);
  const openSummary = open && summary[open.side];
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
          {FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {sides.map((side) => {
                const s = summary[side];
                const value = f.value(s, areas.km2.get(side) ?? null);
                const pressed = open?.figure === f.key && open.side === side;
                return (
                  <td key={side} data-figure={f.key} data-side={side}>
                    {value === null && f.key === "area" && areas.waiting ? (
                      <button type="button" className="link-button" onClick={areas.request}>
                        Compute ({formatInt(s.areaEvents.length)} polygons)
                      </button>
                    ) : value === null ? (
                      <span className="muted">computing…</span>
                    ) : (
                      <button
                        type="button"
                        className="number-button"
                        aria-pressed={pressed}
                        aria-label={`${f.label}, ${SIDE_LABELS[side]}: ${value}. List the ${f.events(s).length} events behind it`}
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
          {openFigure.note?.(openSummary) && <p className="muted">{openFigure.note(openSummary)}</p>}
          <EventButtons events={openFigure.events(openSummary)} label={`Events behind ${openFigure.label}, ${SIDE_LABELS[openSummary.side]}`} />
          <button type="button" className="link-button" onClick={() => setOpen(null)}>
            Close the list
          </button>
        </div>
      )}
      {selected && <Proximity event={selected} />}
    </section>
  );
}
