"use client";
/**
 * A theatre's summary strip: for the visible events in its frame, per side, the events,
 * personnel as the Summary counts it (lib/stats/summary.ts: joint part of a host exercise,
 * an umbrella and its components once), drill area (union of the polygons) and patrol
 * distance; below, the events themselves. An event partly in the frame counts in full.
 * The drill area is a union of polygons: it is computed once the window has rested for a
 * moment, so scrubbing does not pay for it at every step.
 */
import { useEffect, useState } from "react";
import type { AtlasEvent } from "@/lib/domain/atlas-event";
import { SIDE_LABELS, sidesToShow, type Side } from "@/lib/stats/sides";
import { summarise, type Summary } from "@/lib/stats/summary";
import { selectTheatreEvents, type TheatreIndex } from "@/lib/store/theatre-selectors";
import { formatInt } from "@/lib/text/numbers";
import { useAtlas } from "../state/atlas-store-provider";
import { EventButtons } from "../panels/event-buttons";

const AREA_DELAY_MS = 200;

function useAreas(summary: Summary, sides: readonly Side[]): Map<Side, number> | null {
  const [areas, setAreas] = useState<{ key: Summary; km2: Map<Side, number> } | null>(null);
  const sideKey = sides.join();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void import("@/lib/stats/drill-area").then(({ unionAreaKm2 }) => {
        if (!live) return;
        const km2 = new Map(
          sideKey.split(",").map((side) => [side as Side, unionAreaKm2(summary[side as Side].areaEvents)]),
        );
        setAreas({ key: summary, km2 });
      });
    }, AREA_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [summary, sideKey]);
  return areas?.key === summary ? areas.km2 : null;
}

export function TheatreStrip({ index, name }: { index: TheatreIndex; name: string }) {
  const events: readonly AtlasEvent[] = useAtlas((s) => selectTheatreEvents(s, index));
  const summary = summarise(events);
  const sides = sidesToShow(summary.imported.events.length > 0);
  const areas = useAreas(summary, sides);
  return (
    <div className="theatre-strip">
      <p className="theatre-count">
        <strong data-theatre-count={index}>{formatInt(events.length)}</strong> visible event
        {events.length === 1 ? "" : "s"} in this frame
      </p>
      <table
        className="theatre-figures"
        aria-label={`Theatre ${index + 1} (${name}): figures for the visible events in its frame`}
      >
        <thead>
          <tr>
            <td />
            <th scope="col">Events</th>
            <th scope="col">Personnel</th>
            <th scope="col">Drill area</th>
            <th scope="col">Patrol distance</th>
          </tr>
        </thead>
        <tbody>
          {sides.map((side) => {
            const s = summary[side];
            const km2 = areas?.get(side);
            return (
              <tr key={side} data-side={side}>
                <th scope="row" className={`side-${side}`}>
                  {SIDE_LABELS[side]}
                </th>
                <td data-figure="events">{formatInt(s.events.length)}</td>
                <td data-figure="personnel">{formatInt(s.personnel.total)}</td>
                <td data-figure="area">
                  {km2 === undefined ? <span className="muted">…</span> : `${formatInt(km2)} km²`}
                </td>
                <td data-figure="patrol">{formatInt(s.patrolKm.total)} km</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="theatre-list">
        <summary>List the events in this frame</summary>
        <EventButtons events={events} label={`Visible events in theatre ${index + 1}`} limit={500} />
      </details>
    </div>
  );
}
